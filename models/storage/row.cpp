#include "storage/row.h"

#include "domain/errors.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <cstring>

namespace sql {

namespace {

struct RowText
{
    Q_DECLARE_TR_FUNCTIONS(RowText)
};

} // namespace

Row::Row(const QSqlDatabase &db, QSqlQuery query, const char *table)
    : m_db(db)
    , m_query(std::move(query))
    , m_record(m_query.record())
    , m_table(table)
{
    m_columns.reserve(std::size_t(m_record.count()));
}

const Row::Column &Row::column(const char *name) const
{
    for (const Column &known : m_columns) {
        if (known.name == name)
            return known;
    }
    // First read of this name in this query (or the same name from another literal).
    const char *dot = std::strchr(name, '.');
    const QString field = QString::fromLatin1(dot ? dot + 1 : name);
    const QString label =
        dot ? QString::fromLatin1(name) : QString::fromLatin1(m_table) + QLatin1Char('.') + field;
    const int index = m_record.indexOf(field);
    if (index < 0)
        throw PanelistError(
            RowText::tr("%1: a query of Panelist reads the column %2, which it does not "
                        "return. This is a bug in Panelist; please report it.")
                .arg(m_db.databaseName(), label));
    m_columns.push_back({name, index, label});
    return m_columns.back();
}

QVariant Row::value(const char *name) const
{
    return m_query.value(column(name).index);
}

QDateTime Row::time(const char *name) const
{
    const QString text = value(name).toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

vocabulary::Level Row::level(const char *name) const
{
    const Column &c = column(name);
    return storedLevel(m_db, m_query.value(c.index), c.label);
}

vocabulary::Kind Row::kind(const char *name) const
{
    const Column &c = column(name);
    return storedKind(m_db, m_query.value(c.index), c.label);
}

vocabulary::InterviewStatus Row::status(const char *name) const
{
    const Column &c = column(name);
    return storedStatus(m_db, m_query.value(c.index), c.label);
}

vocabulary::ItemState Row::itemState(const char *name) const
{
    const Column &c = column(name);
    return storedItemState(m_db, m_query.value(c.index), c.label);
}

vocabulary::Recommendation Row::recommendation(const char *name) const
{
    const Column &c = column(name);
    return storedRecommendation(m_db, m_query.value(c.index), c.label);
}

} // namespace sql
