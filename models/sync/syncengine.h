#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>

class SyncWorker;

// The team's sync engine (issue 15). Lives on the UI thread and never blocks it: the
// work runs on a worker with its own thread, its own SQLite connection (a Database opened
// on the same file) and its own TeamServer connection, signed in with the password
// libpq reads from its password file (sync/credentials.h).
//
// Wake-ups: a teammate's change (LISTEN, within a second), a periodic pull every
// kPeriodicMs, a local change (the outbox count, polled on the worker every kOutboxPollMs
// on its own connection, so the typing path does no more work), syncNow(). Offline, it
// retries with exponential backoff from kBackoffMinMs to kBackoffMaxMs.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { NotLinked, Synced, Syncing, Offline, SignInNeeded, Conflicts };
    Q_ENUM(State)

    static constexpr int kPeriodicMs = 10000;
    static constexpr int kOutboxPollMs = 500;
    static constexpr int kBackoffMinMs = 1000;
    static constexpr int kBackoffMaxMs = 60000;

    // Starts the worker on `databasePath` (a database the app opened already, so its
    // schema is current). With a database in no team the state stays NotLinked and the
    // worker only watches for a link (a join from the command line meanwhile).
    explicit SyncEngine(const QString &databasePath, QObject *parent = nullptr);
    // Stops the worker and waits for it (a cycle in progress finishes its statement).
    ~SyncEngine() override;

    State state() const { return m_state; }
    // "Synced", "Offline — 12 changes waiting", "Sign-in needed", "2 conflicts"; empty
    // when not linked.
    QString statusText() const;
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    // The last error's message (offline or sign-in), empty after a good cycle.
    QString lastError() const { return m_lastError; }
    // Cycles finished since start (for tests and the bench).
    int cycles() const { return m_cycles; }

    static QString statusText(State state, int pending, int conflicts);

public slots:
    void syncNow();

signals:
    void statusChanged();
    // After every cycle that ended, good or not.
    void cycleFinished(bool ok);
    // A teammate's changes are in the local file now: the views read them again.
    void changesArrived();

private:
    friend class SyncWorker;
    void takeStatus(int state, int pending, int conflicts, const QDateTime &lastSyncAt,
                    const QString &error, bool cycleEnded, bool ok);

    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    State m_state = State::NotLinked;
    int m_pending = 0;
    int m_conflicts = 0;
    QDateTime m_lastSyncAt;
    QString m_lastError;
    int m_cycles = 0;
};
