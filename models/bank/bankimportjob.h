#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

// Imports a bank file off the UI thread, on a connection of its own, with progress
// and cancel. The import is one transaction: cancelled or failed, nothing is written.
class BankImportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionBank.importJob")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY runningChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY runningChanged)

public:
    explicit BankImportJob(QString databaseLocation, QObject *parent = nullptr);
    ~BankImportJob() override;

    bool running() const { return m_thread != nullptr; }
    double progress() const { return m_progress; }
    QString summary() const { return m_summary; }
    bool succeeded() const { return m_succeeded; }

    Q_INVOKABLE bool start(const QUrl &file);
    Q_INVOKABLE void cancel();
    // Blocks until the running import ends (tests, and quitting mid-import).
    void wait();

signals:
    void runningChanged();
    void progressChanged();
    void finished();

private:
    void run(const QString &path);
    void report(double progress);
    void complete(bool succeeded, const QString &summary);

    QString m_databaseLocation;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    double m_progress = 0;
    QString m_summary;
    bool m_succeeded = false;
};
