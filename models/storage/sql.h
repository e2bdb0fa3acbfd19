#pragma once

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

} // namespace sql
