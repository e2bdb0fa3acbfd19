#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The team's schema on its PostgreSQL server: schema `panelist` with its own numbered
// migrations and `panelist.schema_version`, the group roles, the grants and the
// row-level security. What each table and function is for is said next to its SQL in
// teamschema.cpp. Every migration is one transaction (DDL is transactional in
// PostgreSQL), taken under an advisory lock so two `team init` runs cannot interleave.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    // The schema this build writes and reads.
    static constexpr int kVersion = 3;
    // The group roles every interviewer and lead login role is a member of. Roles are
    // the server's, not one database's: every team database on that server shares them.
    static QString interviewerRole() { return QStringLiteral("panelist_interviewer"); }
    static QString leadRole() { return QStringLiteral("panelist_lead"); }

    struct Migration
    {
        int from = 0; // the version found (0: none yet)
        int to = 0;   // the version now
    };

    // Creates or brings up to date the schema in the database `db` is connected to
    // (needs a role that may create schemas and roles: the database owner with
    // CREATEROLE, or a superuser). A no-op when it is current. Throws TeamError:
    // NewerSchema (nothing touched), NotATeam when a schema `panelist` exists that is not
    // ours, Refused/Unreachable when a statement fails (that step rolled back).
    // `upTo` (tests of an upgrade) stops at that version.
    static Migration migrate(const QSqlDatabase &db, const QString &server, int upTo = kVersion);

    // The version installed, or 0 when the database has no Panelist team schema.
    static int installedVersion(const QSqlDatabase &db, const QString &server);

    // Refuses (TeamError) a database without the schema, with a newer or an older one,
    // or whose schema this role may not use. What TeamServer::open checks.
    static void check(const QSqlDatabase &db, const QString &server, const QString &role);
};
