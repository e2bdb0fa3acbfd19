#pragma once

#include <QCoreApplication>

#include "domain/question.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

class Database;

// Owns the SQL of categories: their names, their order, and moving questions between
// them. Writes are transactions of their own unless noted.
class CategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRepository)

public:
    explicit CategoryRepository(Database &database);

    struct Row
    {
        Category category;
        int questionCount = 0; // archived questions included: they still belong here
    };

    QList<Category> categories() const;
    QList<Row> categoriesWithCounts() const;

    // Returns the id of `name`, adding it at the end when missing. No transaction of
    // its own: callers write it together with the question that needs it.
    qint64 ensure(const QString &name);

    // Category ids by name for one transaction of many writes (an import): one query
    // up front, then a hash lookup per name. Names it adds go at the end, in order.
    // Valid only inside the caller's transaction.
    class Lookup
    {
    public:
        explicit Lookup(CategoryRepository &repository);
        // As CategoryRepository::ensure.
        qint64 ensure(const QString &name);

    private:
        QSqlDatabase m_db;
        QSqlQuery m_insert;           // prepared once: an import may add 100,000 categories
        QHash<QString, qint64> m_ids; // case-folded name -> id
        int m_nextPosition = 0;
    };

    std::optional<Category> byUuid(const QString &uuid) const;
    // Writes the team's `category` (its uuid, name and position): the one with its uuid,
    // else the one of its name (which takes the uuid), else a new one. Returns its id.
    // Throws PanelistError when another category here has its name.
    qint64 apply(const Category &category);
    // The category for the team's `category`, unknown here by its uuid: the one of its
    // name, which takes the uuid, else a new one at the end. No transaction of its own.
    qint64 applyNew(const Category &category);

    qint64 add(const QString &name);
    void rename(qint64 id, const QString &name);
    // Moves the category to `position` (0-based) and renumbers the others.
    void move(qint64 id, int position);
    // Moves every question of `fromId` into `intoId`, then removes `fromId`.
    void merge(qint64 fromId, qint64 intoId);
    // Removes an empty category; one that holds questions needs `moveQuestionsTo`.
    void remove(qint64 id, qint64 moveQuestionsTo = 0);

private:
    QString nameOf(qint64 id) const;
    // The category called `name` in any letter case, other than `exceptId`; 0 if none.
    qint64 idOf(const QString &name, qint64 exceptId) const;
    void checkNewName(const QString &name, qint64 exceptId) const;
    void renumber(const QList<qint64> &order);

    QSqlDatabase m_db;
};
