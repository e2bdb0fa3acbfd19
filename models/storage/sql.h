#pragma once

#include "domain/vocabulary.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

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
