#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

// Makes notes durable off the UI thread. write() only hands the latest text of an
// item to a worker thread that has a connection of its own and commits it at once;
// texts handed over while a commit runs are merged, so the worker always writes the
// newest text and never falls behind the typing. A failed commit (a locked or full
// disk) keeps the text and retries; nothing handed over is dropped.
class NoteWriter : public QObject
{
    Q_OBJECT

public:
    explicit NoteWriter(QString databaseLocation, QObject *parent = nullptr);
    // Writes what is still pending, then stops the worker.
    ~NoteWriter() override;

    // Hands over the whole notes text of `itemId`; returns its sequence number.
    // Never touches the disk.
    qint64 write(qint64 itemId, const QString &notes);
    // Blocks until every text handed over so far is committed, or `timeoutMs` passed;
    // true when all is durable.
    bool flush(int timeoutMs = 5000);
    // The sequence number of the newest text known to be committed.
    qint64 durableSequence() const;

signals:
    // Queued to the writer's thread: texts up to `sequence` are on disk.
    void written(qint64 sequence);
    // A commit failed; the text is kept and tried again. Empty once a commit succeeds.
    void failed(const QString &message);

private:
    struct Pending
    {
        QString notes;
        qint64 sequence = 0;
    };
    void run();

    const QString m_databaseLocation;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;     // the worker waits for texts or the stop
    std::condition_variable m_progress; // flush() waits for commits
    QHash<qint64, Pending> m_pending;
    qint64 m_handedOver = 0;
    qint64 m_durable = 0;
    bool m_stopping = false;
    bool m_failing = false;
    std::thread m_thread;
};
