#pragma once

#include "bank/question.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The full-text index over questions (SQLite FTS5). Everything engine-specific about
// search lives here; the bank repository calls it inside its own transactions.
namespace searchindex {

struct Request
{
    QString text;     // what the person typed, verbatim
    QString level;    // empty: any
    QString category; // empty: any
    QString kind;     // empty: any
    bool includeArchived = false;
    int limit = 200;
    int offset = 0;
};

// Turns free text into a safe FTS5 expression: every word becomes a quoted prefix
// term and all of them must match. Operators, quotes and stray punctuation typed by
// a person are treated as text. Returns an empty string when nothing is searchable.
QString matchExpression(const QString &text);

// Best matches first.
QList<QuestionSummary> search(const QSqlDatabase &db, const Request &request);

// Rewrites the index row of one question from the tables (call inside the write's
// transaction), or removes it.
void update(const QSqlDatabase &db, qint64 questionId);
void remove(const QSqlDatabase &db, qint64 questionId);

} // namespace searchindex
