#include "storage/notewriter.h"

#include "storage/interviewrepository.h"
#include "storage/database.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <chrono>

NoteWriter::NoteWriter(QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_databaseLocation(std::move(databaseLocation))
    , m_thread([this] { run(); })
{}

NoteWriter::~NoteWriter()
{
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

qint64 NoteWriter::write(qint64 itemId, const QString &notes)
{
    qint64 sequence = 0;
    {
        std::lock_guard lock(m_mutex);
        sequence = ++m_handedOver;
        m_pending.insert(itemId, {notes, sequence});
    }
    m_wake.notify_one();
    return sequence;
}

bool NoteWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                               [this] { return m_durable >= m_handedOver; });
}

qint64 NoteWriter::durableSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_durable;
}

void NoteWriter::run()
{
    // Everything below runs on the worker thread, on its own connection.
    std::unique_ptr<Database> database;
    std::unique_ptr<InterviewRepository> repository;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_pending.isEmpty(); });
        if (m_pending.isEmpty() && m_stopping)
            return;
        QHash<qint64, Pending> batch;
        batch.swap(m_pending);
        // Every text handed over until now is in the batch or replaced by a newer one
        // in it, so committing the batch makes all of them durable.
        const qint64 upTo = m_handedOver;
        lock.unlock();

        QString error;
        try {
            if (!database) {
                database =
                    std::make_unique<Database>(m_databaseLocation, Database::Role::Secondary);
                repository = std::make_unique<InterviewRepository>(*database);
            }
            for (auto it = batch.cbegin(); it != batch.cend(); ++it)
                repository->setNotes(it.key(), it->notes);
        } catch (const PanelistError &e) {
            error = e.message();
        }

        lock.lock();
        if (error.isEmpty()) {
            m_durable = std::max(m_durable, upTo);
            const bool recovered = m_failing;
            m_failing = false;
            lock.unlock();
            m_progress.notify_all();
            emit written(upTo);
            if (recovered)
                emit failed(QString());
            lock.lock();
            continue;
        }
        // Keep every text that nothing newer replaced, and try again shortly.
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            if (!m_pending.contains(it.key()))
                m_pending.insert(it.key(), *it);
        }
        m_failing = true;
        if (m_stopping)
            return; // quitting with the disk failing: nothing more can be done
        lock.unlock();
        emit failed(error);
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        lock.lock();
    }
}
