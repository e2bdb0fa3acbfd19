#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <vector>

namespace sql {

// Reads the rows of a query by column name: `row.text("title")`. Each name is looked up
// in the query's record once, at its first read, and kept with the name's address (the
// names are string literals), so a read costs a few pointer compares, not a lookup by
// name. A name that the query does not return throws PanelistError naming the column.
//
// Columns are named as the query returns them: SQLite drops a table prefix ("q.title"
// is "title"), and an expression needs `AS name`. A name may carry the table it comes
// from, for messages only: "questions.level" reads column "level". Without one the
// row's `table` is named. Enum columns are read through the stored*() helpers, so a key
// this Panelist does not know names the database file, table.column and the value.
class Row
{
public:
    // `query` has run (sql::exec).
    Row(const QSqlDatabase &db, QSqlQuery query, const char *table);

    bool next() { return m_query.next(); }

    QVariant value(const char *column) const;
    QString text(const char *column) const { return value(column).toString(); }
    qint64 id(const char *column) const { return value(column).toLongLong(); }
    int integer(const char *column) const { return value(column).toInt(); }
    bool flag(const char *column) const { return value(column).toBool(); }
    // An ISO-8601 time as the repositories write it, read as UTC; invalid for NULL or "".
    QDateTime time(const char *column) const;

    vocabulary::Level level(const char *column) const;
    vocabulary::Kind kind(const char *column) const;
    vocabulary::InterviewStatus status(const char *column) const;
    vocabulary::ItemState itemState(const char *column) const;
    // NULL or "" is Recommendation::None.
    vocabulary::Recommendation recommendation(const char *column) const;

private:
    struct Column
    {
        const char *name; // as the caller spelled it
        int index;
        QString label; // "table.column", for messages
    };
    const Column &column(const char *name) const;

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QSqlRecord m_record;
    const char *m_table;
    mutable std::vector<Column> m_columns; // resolved so far, in the order first read
};

} // namespace sql
