#pragma once

#include <QSqlDatabase>

// A write transaction that rolls back unless commit() is reached. On SQLite it is
// BEGIN IMMEDIATE, so a writer takes the lock up front instead of failing half-way.
// Opened while another Transaction of the same connection (and thread) is open, it is a
// SAVEPOINT inside that one: a use case that makes several repository calls (the demo,
// say) runs them as one all-or-nothing transaction, and each call still rolls back its
// own part when it fails.
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
    int m_depth = 0; // 0: the outermost transaction, else the savepoint's level
    bool m_done = false;
};
