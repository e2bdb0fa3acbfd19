#pragma once

#include <QSqlDatabase>

// A write transaction that rolls back unless commit() is reached. On SQLite it is
// BEGIN IMMEDIATE, so a writer takes the lock up front instead of failing half-way.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};
