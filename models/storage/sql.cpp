#include "sql.h"

#include "errors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sql {

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        throw PanelistError(QCoreApplication::translate("sql", "Database error preparing %1: %2")
                                .arg(statement.simplified().left(80), query.lastError().text()));
    }
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; our text columns mean "empty" by it.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        throw PanelistError(QCoreApplication::translate("sql", "Database error running %1: %2")
                                .arg(statement.simplified().left(80), query.lastError().text()));
    }
    return query;
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
