#include "storage/categoryrepository.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace {} // namespace

CategoryRepository::CategoryRepository(Database &database)
    : m_db(database.connection())
{}

QList<Category> CategoryRepository::categories() const
{
    QList<Category> result;
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT id, name, position FROM categories ORDER BY position, name"));
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return result;
}

QList<CategoryRepository::Row> CategoryRepository::categoriesWithCounts() const
{
    QList<Row> result;
    QSqlQuery query = sql::exec(m_db, QStringLiteral(R"(
        SELECT c.id, c.name, c.position, COUNT(q.id)
          FROM categories c LEFT JOIN questions q ON q.category_id = c.id
         GROUP BY c.id, c.name, c.position
         ORDER BY c.position, c.name)"));
    while (query.next()) {
        result.append(
            {{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()},
             query.value(3).toInt()});
    }
    return result;
}

qint64 CategoryRepository::ensure(const QString &name)
{
    const QString clean = name.simplified();
    const qint64 existing = idOf(clean, 0);
    if (existing > 0)
        return existing;
    return sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO categories (name, position)
        VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM categories))
        RETURNING id)"),
                       {clean})
        .toLongLong();
}

CategoryRepository::Lookup::Lookup(CategoryRepository &repository)
    : m_db(repository.m_db)
    , m_insert(m_db)
{
    if (!m_insert.prepare(QStringLiteral("INSERT INTO categories (name, position) VALUES (?, ?)")))
        throw PanelistError(
            CategoryRepository::tr("Cannot add categories: %1").arg(m_insert.lastError().text()));
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT id, name, position FROM categories ORDER BY position, name"));
    while (query.next()) {
        // The first of two names that fold alike wins, as in idOf().
        const QString key = query.value(1).toString().toCaseFolded();
        if (!m_ids.contains(key))
            m_ids.insert(key, query.value(0).toLongLong());
        m_nextPosition = std::max(m_nextPosition, query.value(2).toInt() + 1);
    }
}

qint64 CategoryRepository::Lookup::ensure(const QString &name)
{
    const QString clean = name.simplified();
    const QString key = clean.toCaseFolded();
    const auto found = m_ids.constFind(key);
    if (found != m_ids.constEnd())
        return *found;
    m_insert.bindValue(0, clean);
    m_insert.bindValue(1, m_nextPosition++);
    if (!m_insert.exec())
        throw PanelistError(CategoryRepository::tr("Cannot add category \"%1\": %2")
                                .arg(clean, m_insert.lastError().text()));
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_ids.insert(key, id);
    return id;
}

qint64 CategoryRepository::idOf(const QString &name, qint64 exceptId) const
{
    // Compared here rather than in SQL: SQLite's lower() knows only ASCII letters.
    for (const Category &category : categories()) {
        if (category.id != exceptId && category.name.compare(name, Qt::CaseInsensitive) == 0)
            return category.id;
    }
    return 0;
}

QString CategoryRepository::nameOf(qint64 id) const
{
    const QVariant name =
        sql::scalar(m_db, QStringLiteral("SELECT name FROM categories WHERE id = ?"), {id});
    if (!name.isValid())
        throw PanelistError(CategoryRepository::tr("That category no longer exists."));
    return name.toString();
}

void CategoryRepository::checkNewName(const QString &name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        throw PanelistError(CategoryRepository::tr("A category needs a name."));
    if (idOf(name.simplified(), exceptId) > 0)
        throw PanelistError(CategoryRepository::tr("There is already a category named \"%1\".")
                                .arg(name.simplified()));
}

qint64 CategoryRepository::add(const QString &name)
{
    Transaction transaction(m_db);
    checkNewName(name, 0);
    const qint64 id = ensure(name.simplified());
    transaction.commit();
    return id;
}

void CategoryRepository::rename(qint64 id, const QString &name)
{
    Transaction transaction(m_db);
    nameOf(id);
    checkNewName(name, id);
    sql::exec(m_db, QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"),
              {name.simplified(), id});
    // The category is part of each question's content: an upgrade must not undo this.
    sql::exec(m_db,
              QStringLiteral(
                  "UPDATE questions SET user_edited = 1, updated_at = ? WHERE category_id = ?"),
              {wallclock::now().toString(Qt::ISODateWithMs), id});
    transaction.commit();
}

void CategoryRepository::renumber(const QList<qint64> &order)
{
    for (int i = 0; i < order.size(); ++i)
        sql::exec(m_db, QStringLiteral("UPDATE categories SET position = ? WHERE id = ?"),
                  {i, order.at(i)});
}

void CategoryRepository::move(qint64 id, int position)
{
    Transaction transaction(m_db);
    QList<qint64> order;
    for (const Category &category : categories())
        order << category.id;
    const qsizetype from = order.indexOf(id);
    if (from < 0)
        throw PanelistError(CategoryRepository::tr("That category no longer exists."));
    order.move(from, std::clamp<qsizetype>(position, 0, order.size() - 1));
    renumber(order);
    transaction.commit();
}

void CategoryRepository::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        throw PanelistError(CategoryRepository::tr("A category cannot be merged into itself."));
    remove(fromId, intoId);
}

void CategoryRepository::remove(qint64 id, qint64 moveQuestionsTo)
{
    Transaction transaction(m_db);
    const QString name = nameOf(id);
    const int used =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM questions WHERE category_id = ?"),
                    {id})
            .toInt();
    if (used > 0) {
        if (moveQuestionsTo == 0 || moveQuestionsTo == id)
            throw PanelistError(
                CategoryRepository::tr(
                    "\"%1\" holds %2 question(s); choose the category they move to.")
                    .arg(name)
                    .arg(used));
        nameOf(moveQuestionsTo);
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE questions SET category_id = ?, user_edited = 1, updated_at = ?
             WHERE category_id = ?)"),
                  {moveQuestionsTo, wallclock::now().toString(Qt::ISODateWithMs), id});
    }
    sql::exec(m_db, QStringLiteral("DELETE FROM categories WHERE id = ?"), {id});
    QList<qint64> order;
    for (const Category &category : categories())
        order << category.id;
    renumber(order);
    transaction.commit();
}
