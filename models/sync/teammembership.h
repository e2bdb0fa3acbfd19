#pragma once

#include "storage/localsync.h"
#include "storage/teamurl.h"
#include "sync/synccycle.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Joining and leaving a team (issue 15), for `panelist team join/leave` and Settings'
// team section alike. It runs no SQL itself: TeamServer signs in, LocalSync links the
// local file, SyncCycle runs the first sync, credentials keeps the password in libpq's
// password file. Everything here blocks on the network: the window calls it on a worker
// thread with a Database of its own (Database::Role::Secondary).
class TeamMembership
{
    Q_DECLARE_TR_FUNCTIONS(TeamMembership)

public:
    explicit TeamMembership(Database &database);

    // What a first join shares: categories, questions and plans (interviews are the
    // owner's and travel once the laptop is in the team).
    static const QList<vocabulary::EntityKind> &sharedKinds();

    // Who `url` signs in as, and what the team holds.
    struct Check
    {
        QString server; // the display URL, never the password
        QString role;
        bool lead = false;
        int categories = 0;
        int questions = 0;
        int plans = 0;
    };
    // Signs in with `password` (else the URL's, else libpq's own) and closes again.
    // Throws TeamError (Unreachable, AuthenticationFailed, NotATeam, NotAMember, …).
    static Check check(const TeamUrl &url, const QString &password);

    // What this database holds that the server has never had, per kind.
    struct Unshared
    {
        int categories = 0;
        int questions = 0;
        int plans = 0;
        int total() const { return categories + questions + plans; }
    };
    Unshared unshared() const;

    struct Joined
    {
        Check who;
        SyncCycle::Moved moved;
        // Without `uploadLocal`: what this database holds that the team lacks, after the
        // team's data was downloaded. When any, the join did not happen (the link is
        // undone, the downloaded data stays) and it must run again with `uploadLocal`.
        Unshared unshared;
        bool linked() const { return unshared.total() == 0; }
    };
    // Signs in, links the database, runs the first sync and keeps `password` (when given)
    // in the password file. With `uploadLocal` everything here is queued first (what the
    // team holds too is adopted or kept as a conflict, never overwritten unseen).
    // Throws PanelistError when the database is in a team already, TeamError when the
    // server refuses or goes away (the link is undone then).
    Joined join(const TeamUrl &url, const QString &password, bool uploadLocal);

    struct Left
    {
        QString server;
        int pending = 0; // local changes that had not reached the server
    };
    // Unlinks the database and forgets its password; the local data stays. Throws
    // PanelistError when the database is in no team.
    Left leave();

    LocalSync &local() { return m_local; }

private:
    Database &m_database;
    LocalSync m_local;
};
