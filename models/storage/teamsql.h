#pragma once

#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlError;

// What went wrong with a team server, so the sync engine can tell "offline" (try again
// later) from "sign-in needed" and from what only a person can fix. The message is
// complete (server URL without password, the reason, what to do) and never holds a
// password.
class TeamError : public PanelistError
{
public:
    enum class Kind {
        Unreachable,          // no connection, or it was lost: try again later
        AuthenticationFailed, // wrong password or no such role: sign in again
        NotATeam,             // the database holds no Panelist team schema (or no database)
        NotAMember,           // the role is not in panelist_interviewer
        NewerSchema,          // the server's schema is newer than this Panelist knows
        OlderSchema,          // older: the lead runs `panelist team init` first
        Refused,              // the server refused a statement (a rule, a bad value)
    };

    TeamError(Kind kind, const QString &message)
        : PanelistError(message)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Running statements on a QPSQL connection, with errors turned into TeamError.
namespace teamsql {

struct TeamSql
{
    Q_DECLARE_TR_FUNCTIONS(TeamSql)
};

// True when `error` means the connection is gone (server stopped, network down) rather
// than a refusal: SQLSTATE class 08, an administrator's shutdown (57P), or libpq's texts.
bool isConnectionLost(const QSqlError &error);

// Prepares `statement`, binds `values` positionally and runs it; throws TeamError
// (Unreachable when the connection is lost, else Refused) saying `purpose` ("the
// push of question 3f2…") and the server's reason, with `server` (the display URL).
QSqlQuery exec(const QSqlDatabase &db, const QString &server, const QString &purpose,
               const QString &statement, const QVariantList &values = {});
// A statement without parameters, sent as it is (DDL and DO blocks cannot be prepared).
void execDirect(const QSqlDatabase &db, const QString &server, const QString &purpose,
                const QString &statement);

// The TeamError for a failed statement or transaction command.
TeamError failure(const QSqlError &error, const QString &server, const QString &purpose);

} // namespace teamsql
