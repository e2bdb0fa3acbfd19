#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class Database;
class QTimer;
class SyncCycle;
class TeamServer;
class TeamUrl;

// The engine's worker (sync/syncengine.h): created on the engine's thread, moved to its
// own; everything it owns is created in start() on that thread and destroyed in stop().
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(const QString &databasePath);
    ~SyncWorker() override;

public slots:
    void start();
    void stop();
    void syncNow();

signals:
    void status(int state, int pending, int conflicts, const QDateTime &lastSyncAt,
                const QString &error, bool cycleEnded, bool ok);
    // A cycle wrote, deleted or purged pulled changes in the local file.
    void changesApplied(int pulled);

private:
    void cycle(bool pushToo);
    void pollOutbox();
    void scheduleRetry();
    void report(bool cycleEnded, bool ok);
    void signIn();

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TeamServer> m_server;
    std::unique_ptr<SyncCycle> m_cycle;
    QTimer *m_periodic = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_soon = nullptr;
    int m_state = 0;
    int m_backoffMs = 0;
    int m_lastPending = -1;
    QString m_error;
    QString m_linkedUrl;
    bool m_listening = false;
};
