#include "sync/syncengine.h"

#include "sync/credentials.h"
#include "sync/syncworker.h"

SyncEngine::SyncEngine(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    credentials::usePasswordFile();
    m_thread.setObjectName(QStringLiteral("panelist-sync"));
    m_worker = new SyncWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(m_worker, &SyncWorker::status, this, &SyncEngine::takeStatus);
    connect(m_worker, &SyncWorker::changesApplied, this, &SyncEngine::changesArrived);
    m_thread.start();
}

SyncEngine::~SyncEngine()
{
    // Its connections belong to its thread: closed there, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

QString SyncEngine::statusText() const
{
    return statusText(m_state, m_pending, m_conflicts);
}

QString SyncEngine::statusText(State state, int pending, int conflicts)
{
    switch (state) {
    case State::NotLinked:
        return {};
    case State::Syncing:
        return tr("Syncing…");
    case State::Synced:
        return tr("Synced");
    case State::Offline:
        return pending > 0 ? tr("Offline — %n change(s) waiting", nullptr, pending) : tr("Offline");
    case State::SignInNeeded:
        return tr("Sign-in needed");
    case State::Conflicts:
        return tr("%n conflict(s)", nullptr, conflicts);
    }
    return {};
}

void SyncEngine::takeStatus(int state, int pending, int conflicts, const QDateTime &lastSyncAt,
                            const QString &error, bool cycleEnded, bool ok)
{
    m_state = State(state);
    if (m_state == State::Synced && conflicts > 0)
        m_state = State::Conflicts;
    m_pending = pending;
    m_conflicts = conflicts;
    m_lastSyncAt = lastSyncAt;
    m_lastError = error;
    if (cycleEnded)
        ++m_cycles;
    emit statusChanged();
    if (cycleEnded)
        emit cycleFinished(ok);
}
