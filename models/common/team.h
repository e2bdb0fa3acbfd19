#pragma once

#include "common/conflictlistmodel.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QJSEngine;
class QQmlEngine;
class QThread;

class Database;
class SyncEngine;

// The team as QML sees it (the `Team` singleton): the header's status in a few words
// ("Synced", "Offline — 12 changes waiting", "Sign-in needed", "2 conflicts"), Settings'
// team section (the server, the role, the last sync, Test connection, Join, Leave) and
// the conflicts. It follows the SyncEngine app/ runs while the database is in a team.
//
// Test connection and Join sign in to the server, so they run on a worker thread of
// their own (with its own connection to the database file); `busy` is true meanwhile and
// the outcome comes back as a signal and in `message`. The password is handed to the
// worker and to libpq's password file (sync/credentials.h), never kept here, never in
// QSettings.
class TeamStatus : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Team)
    QML_SINGLETON
    Q_PROPERTY(bool linked READ linked NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    // SyncEngine::State as a number: 0 not linked, 1 synced, 2 syncing, 3 offline,
    // 4 sign-in needed, 5 conflicts.
    Q_PROPERTY(int state READ state NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY statusChanged)
    // The linked server (without a password), the role signed in as, the last good sync
    // in the locale's date and time ("never" before one), the engine's last error.
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY statusChanged)
    Q_PROPERTY(QString role READ role NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    // A test or a join is running on the worker.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The outcome of the last test, join or leave in a sentence; `messageIsError` when it
    // failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(ConflictListModel *conflicts READ conflicts CONSTANT)

public:
    // Starts the engine once the database joins a team (Window owns it).
    using EngineStarter = std::function<SyncEngine *()>;

    // `engine` may be null (the database is in no team); it must outlive this object.
    TeamStatus(Database &database, SyncEngine *engine, EngineStarter startEngine = {},
               QObject *parent = nullptr);
    ~TeamStatus() override;

    static TeamStatus *create(QQmlEngine *, QJSEngine *);
    static void setInstance(TeamStatus *instance);

    bool linked() const;
    QString statusText() const;
    int state() const;
    int pendingCount() const;
    int conflictCount() const;
    QString serverUrl() const;
    QString role() const;
    QString lastSyncText() const;
    QString lastError() const;
    bool busy() const { return m_worker != nullptr; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    ConflictListModel *conflicts() { return &m_conflicts; }

    Q_INVOKABLE void syncNow();
    // Signs in to `url` with `password` on the worker and says who that is and what the
    // team holds (tested()).
    Q_INVOKABLE void testConnection(const QString &url, const QString &password);
    // Joins on the worker. Without `uploadLocal`, a database holding what the team lacks
    // does not join: uploadAsked() carries the question to ask, and Join runs again with
    // `uploadLocal` once the person agrees.
    Q_INVOKABLE void join(const QString &url, const QString &password, bool uploadLocal);
    // What leaving means, for the question before leave(): the local data stays, how many
    // changes have not reached the server.
    Q_INVOKABLE QString leaveQuestion() const;
    Q_INVOKABLE bool leave();

signals:
    void statusChanged();
    void busyChanged();
    void messageChanged();
    void tested(bool ok);
    // "Share this laptop's 12 questions and 2 plans with the team?"
    void uploadAsked(const QString &question);
    void joined(bool ok);
    // The local data changed here outside the views' own edits (a join's download, a
    // teammate's change the engine pulled, a resolved conflict): the views read it again.
    void localDataChanged();

private:
    struct Outcome;
    void runOnWorker(std::function<void(Outcome &)> work,
                     std::function<void(const Outcome &)> done);
    void setEngine(SyncEngine *engine);
    void readTeam();
    void setMessage(const QString &message, bool error);
    void onEngineStatus();

    Database &m_database;
    SyncEngine *m_engine;
    EngineStarter m_startEngine;
    ConflictListModel m_conflicts;
    QThread *m_worker = nullptr;
    QString m_serverUrl;
    QString m_role;
    QDateTime m_lastSyncAt;
    bool m_linked = false;
    QString m_message;
    bool m_messageIsError = false;
};
