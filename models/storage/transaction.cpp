#include "transaction.h"

#include "sql.h"

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    sql::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done)
        QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}
