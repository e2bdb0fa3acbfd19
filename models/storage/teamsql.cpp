#include "storage/teamsql.h"

#include <QSqlError>

namespace teamsql {

bool isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *sign :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "could not receive data", "could not send data", "connection not open",
          "Connection refused", "the database system is", "Unable to connect",
          // Over TLS (sslmode prefer and up, against a server with ssl = on) a server
          // that stops or a dropped network reads like this, not as a closed connection.
          "SSL SYSCALL error", "SSL connection has been closed unexpectedly", "EOF detected"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

TeamError failure(const QSqlError &error, const QString &server, const QString &purpose)
{
    const QString reason = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    if (isConnectionLost(error))
        return TeamError(TeamError::Kind::Unreachable,
                         TeamSql::tr("Lost the connection to the team server %1 during %2: %3.")
                             .arg(server, purpose, reason.section(QLatin1Char('\n'), 0, 0)));
    return TeamError(TeamError::Kind::Refused,
                     TeamSql::tr("The team server %1 refused %2: %3")
                         .arg(server, purpose, reason.section(QLatin1Char('\n'), 0, 0)));
}

QSqlQuery exec(const QSqlDatabase &db, const QString &server, const QString &purpose,
               const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw failure(query.lastError(), server, purpose);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw failure(query.lastError(), server, purpose);
    return query;
}

void execDirect(const QSqlDatabase &db, const QString &server, const QString &purpose,
                const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw failure(query.lastError(), server, purpose);
}

} // namespace teamsql
