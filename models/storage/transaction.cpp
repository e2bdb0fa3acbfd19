#include "storage/transaction.h"

#include "storage/sql.h"

#include <QHash>

namespace {

// Open transactions per connection. A connection belongs to one thread, so each thread
// keeps its own count.
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

QString savepoint(int depth)
{
    return QStringLiteral("panelist_%1").arg(depth); // our own integer only
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &open = openTransactions()[m_db.connectionName()];
    if (open > 0) {
        sql::exec(m_db, QStringLiteral("SAVEPOINT ") + savepoint(open));
    } else {
        const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
        sql::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    m_depth = open++;
}

Transaction::~Transaction()
{
    if (!m_done) {
        if (m_depth > 0) {
            QSqlQuery(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth), m_db);
            QSqlQuery(QStringLiteral("RELEASE ") + savepoint(m_depth), m_db);
        } else {
            QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
        }
    }
    int &open = openTransactions()[m_db.connectionName()];
    open = m_depth;
    if (open == 0)
        openTransactions().remove(m_db.connectionName());
}

void Transaction::commit()
{
    sql::exec(m_db, m_depth > 0 ? QStringLiteral("RELEASE ") + savepoint(m_depth)
                                : QStringLiteral("COMMIT"));
    m_done = true;
}
