#pragma once

#include "domain/vocabulary.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

// Small helpers so every statement is prepared, bound and checked the same way.
namespace sql {

// Prepares `statement`, binds `values` positionally and executes it; throws
// PanelistError naming the statement's purpose on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement,
               std::initializer_list<QVariant> values = {});
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Runs a statement that returns one value (first column of first row), or `fallback`.
QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> values = {}, const QVariant &fallback = {});
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const QVariant &fallback = {});

// Statements prepared once on `db` and run many times: a batch writing thousands of rows
// of the same shape (a team's first join) parses each statement, and compiles its
// triggers, once instead of once a row. Each run is reset when it is done (a scalar after
// its value is read), so none is left running at a commit. Same errors as exec().
class Statements
{
public:
    explicit Statements(QSqlDatabase db);
    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    // A statement that returns no rows.
    void run(const QString &statement, const QVariantList &values);
    QVariant scalar(const QString &statement, const QVariantList &values,
                    const QVariant &fallback = {});

private:
    QSqlQuery &prepared(const QString &statement, const QVariantList &values);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

// The vocabulary value `value`, read from `column` ("questions.level"), stands for
// (vocabulary::parseLevel and the others). Throws PanelistError naming the database
// file, the column and the value when it is no key this Panelist knows. A NULL or empty
// recommendation is Recommendation::None.
vocabulary::Level storedLevel(const QSqlDatabase &db, const QVariant &value, const QString &column);
vocabulary::Kind storedKind(const QSqlDatabase &db, const QVariant &value, const QString &column);
vocabulary::InterviewStatus storedStatus(const QSqlDatabase &db, const QVariant &value,
                                         const QString &column);
vocabulary::ItemState storedItemState(const QSqlDatabase &db, const QVariant &value,
                                      const QString &column);
vocabulary::Recommendation storedRecommendation(const QSqlDatabase &db, const QVariant &value,
                                                const QString &column);
// What a recommendation is stored as: its key, or NULL for Recommendation::None.
QVariant recommendationValue(vocabulary::Recommendation value);

} // namespace sql
