#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

class SyncEngine;

// The team's sync status as QML reads it (the `Team` singleton): whether the database is
// in a team, the status in a few words for the window's header ("Synced", "Offline — 12
// changes waiting", "Sign-in needed", "2 conflicts"), the counts, and syncNow(). It
// follows the SyncEngine app/ starts when the database is linked; with none it says
// "not linked" and shows nothing.
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

public:
    // `engine` may be null (the database is in no team); it must outlive this object.
    explicit TeamStatus(SyncEngine *engine, QObject *parent = nullptr);

    static TeamStatus *create(QQmlEngine *, QJSEngine *);
    static void setInstance(TeamStatus *instance);

    bool linked() const;
    QString statusText() const;
    int state() const;
    int pendingCount() const;
    int conflictCount() const;

    Q_INVOKABLE void syncNow();

signals:
    void statusChanged();

private:
    SyncEngine *m_engine;
};
