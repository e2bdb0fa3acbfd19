#include "storage/sql.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace sql {

namespace {

struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(SqlText)
};

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Full = 13,
    Constraint = 19,
};

// What a person can act on, naming the database file: a busy or read-only file, a full
// disk, a limit the triggers or constraints enforce. Anything else names the statement.
QString describe(const QSqlDatabase &db, const QString &verb, const QString &statement,
                 const QSqlError &error)
{
    const QString file = db.databaseName();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Busy:
    case Locked:
        return SqlText::tr("%1 is busy in another Panelist process; try again.").arg(file);
    case ReadOnly:
        return SqlText::tr("%1 cannot be written: the file or its folder is read-only.").arg(file);
    case Full:
        return SqlText::tr("%1 cannot be written: the disk is full. Free some space and try again.")
            .arg(file);
    case IoError:
        return SqlText::tr("%1 cannot be read or written: the disk reported an error (%2).")
            .arg(file, error.databaseText());
    case Constraint:
        return SqlText::tr("%1 refused the change: %2.").arg(file, error.databaseText());
    default:
        return SqlText::tr("Database error %1 %2: %3")
            .arg(verb, statement.simplified().left(80), error.text());
    }
}

template<typename Enum>
Enum stored(const QSqlDatabase &db, const QVariant &value, const QString &column,
            std::optional<Enum> (*parse)(QStringView))
{
    const QString key = value.toString();
    const std::optional<Enum> parsed = parse(key);
    if (!parsed)
        throw PanelistError(
            SqlText::tr("%1: %2 holds \"%3\", which this version of Panelist does not "
                        "know; the file was changed by another program or by a newer "
                        "Panelist. Open it with the Panelist that wrote it.")
                .arg(db.databaseName(), column, key.left(60)));
    return *parsed;
}

} // namespace

vocabulary::Level storedLevel(const QSqlDatabase &db, const QVariant &value, const QString &column)
{
    return stored(db, value, column, &vocabulary::parseLevel);
}

vocabulary::Kind storedKind(const QSqlDatabase &db, const QVariant &value, const QString &column)
{
    return stored(db, value, column, &vocabulary::parseKind);
}

vocabulary::InterviewStatus storedStatus(const QSqlDatabase &db, const QVariant &value,
                                         const QString &column)
{
    return stored(db, value, column, &vocabulary::parseStatus);
}

vocabulary::ItemState storedItemState(const QSqlDatabase &db, const QVariant &value,
                                      const QString &column)
{
    return stored(db, value, column, &vocabulary::parseItemState);
}

vocabulary::Recommendation storedRecommendation(const QSqlDatabase &db, const QVariant &value,
                                                const QString &column)
{
    return stored(db, value, column, &vocabulary::parseRecommendation);
}

QVariant recommendationValue(vocabulary::Recommendation value)
{
    return value == vocabulary::Recommendation::None ? QVariant()
                                                     : QVariant(vocabulary::key(value));
}

namespace {

QVariant bindable(const QVariant &value)
{
    // A null QString binds as SQL NULL; our text columns mean "empty" by it.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw PanelistError(describe(db, SqlText::tr("preparing"), statement, query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        throw PanelistError(describe(db, SqlText::tr("running"), statement, query.lastError()));
    return query;
}

Statements::Statements(QSqlDatabase db)
    : m_db(std::move(db))
{}

Statements::~Statements() = default;

QSqlQuery &Statements::prepared(const QString &statement, const QVariantList &values)
{
    std::shared_ptr<QSqlQuery> &query = m_queries[statement];
    if (!query) {
        auto fresh = std::make_shared<QSqlQuery>(m_db);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(statement)) {
            const QSqlError error = fresh->lastError();
            m_queries.remove(statement);
            throw PanelistError(describe(m_db, SqlText::tr("preparing"), statement, error));
        }
        query = fresh;
    }
    QSqlQuery &result = *query;
    for (int i = 0; i < values.size(); ++i)
        result.bindValue(i, bindable(values.at(i)));
    if (!result.exec()) {
        const QSqlError error = result.lastError();
        result.finish();
        throw PanelistError(describe(m_db, SqlText::tr("running"), statement, error));
    }
    return result;
}

void Statements::run(const QString &statement, const QVariantList &values)
{
    prepared(statement, values).finish();
}

QVariant Statements::scalar(const QString &statement, const QVariantList &values,
                            const QVariant &fallback)
{
    QSqlQuery &query = prepared(statement, values);
    const QVariant value = query.next() ? query.value(0) : fallback;
    query.finish();
    return value;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement,
               std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const QVariant &fallback)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : fallback;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> values, const QVariant &fallback)
{
    return scalar(db, statement, QVariantList(values), fallback);
}

} // namespace sql
