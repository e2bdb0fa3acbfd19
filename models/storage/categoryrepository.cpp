#include "storage/categoryrepository.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QUuid>

using vocabulary::EntityKind;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Category readCategory(const sql::Row &row)
{
    Category category;
    category.id = row.id("id");
    category.name = row.text("name");
    category.position = row.integer("position");
    category.uuid = row.text("uuid");
    return category;
}

} // namespace

CategoryRepository::CategoryRepository(Database &database)
    : m_db(database.connection())
{}

QList<Category> CategoryRepository::categories() const
{
    QList<Category> result;
    sql::Row row(
        m_db,
        sql::exec(m_db, QStringLiteral("SELECT id, uuid, name, position FROM categories ORDER "
                                       "BY position, name")),
        "categories");
    while (row.next())
        result.append(readCategory(row));
    return result;
}

QList<CategoryRepository::Row> CategoryRepository::categoriesWithCounts() const
{
    QList<Row> result;
    sql::Row row(m_db, sql::exec(m_db, QStringLiteral(R"(
        SELECT c.id, c.uuid, c.name, c.position, COUNT(q.id) AS questions
          FROM categories c LEFT JOIN questions q ON q.category_id = c.id
         GROUP BY c.id, c.uuid, c.name, c.position
         ORDER BY c.position, c.name)")),
                 "categories");
    while (row.next())
        result.append({readCategory(row), row.integer("questions")});
    return result;
}

qint64 CategoryRepository::ensure(const QString &name)
{
    const QString clean = name.simplified();
    const qint64 existing = idOf(clean, 0);
    if (existing > 0)
        return existing;
    const qint64 id = sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO categories (uuid, name, position)
        VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM categories))
        RETURNING id)"),
                                  {newUuid(), clean})
                          .toLongLong();
    Outbox::record(m_db, EntityKind::Category, id);
    return id;
}

std::optional<Category> CategoryRepository::byUuid(const QString &uuid) const
{
    sql::Row row(
        m_db,
        sql::exec(m_db,
                  QStringLiteral("SELECT id, uuid, name, position FROM categories WHERE uuid = ?"),
                  {uuid}),
        "categories");
    if (!row.next())
        return std::nullopt;
    return readCategory(row);
}

qint64 CategoryRepository::applyNew(const Category &category)
{
    // The same name made on two laptops is one category: the one here takes the team's
    // uuid, and its questions stay in it. (So a join pulls before it pushes.)
    // Only one the server never had: two categories of the team keep their own uuids.
    const qint64 named = idOf(category.name.simplified(), 0);
    const bool shared = named > 0 && sql::scalar(m_db, QStringLiteral(R"(
            SELECT 1 FROM sync_versions v JOIN categories c ON c.uuid = v.uuid
             WHERE v.kind = ? AND c.id = ?)"),
                                                 {vocabulary::key(EntityKind::Category), named})
                                         .isValid();
    if (named > 0 && !shared) {
        sql::exec(m_db, QStringLiteral("UPDATE categories SET uuid = ? WHERE id = ?"),
                  {category.uuid, named});
        return named;
    }
    return sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO categories (uuid, name, position)
        VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM categories))
        RETURNING id)"),
                       {category.uuid, category.name})
        .toLongLong();
}

qint64 CategoryRepository::apply(const Category &category)
{
    Transaction transaction(m_db);
    const std::optional<Category> current = byUuid(category.uuid);
    const qint64 id = current ? current->id : applyNew(category);
    if (idOf(category.name.simplified(), id) > 0)
        throw PanelistError(
            CategoryRepository::tr("The team's category \"%1\" has the name of another "
                                   "category here; rename one of them.")
                .arg(category.name));
    sql::exec(m_db, QStringLiteral("UPDATE categories SET name = ?, position = ? WHERE id = ?"),
              {category.name, category.position, id});
    Outbox::record(m_db, EntityKind::Category, id);
    transaction.commit();
    return id;
}

CategoryRepository::Lookup::Lookup(CategoryRepository &repository)
    : m_db(repository.m_db)
    , m_insert(m_db)
{
    if (!m_insert.prepare(
            QStringLiteral("INSERT INTO categories (uuid, name, position) VALUES (?, ?, ?)")))
        throw PanelistError(
            CategoryRepository::tr("Cannot add categories: %1").arg(m_insert.lastError().text()));
    sql::Row row(
        m_db,
        sql::exec(m_db, QStringLiteral(
                            "SELECT id, name, position FROM categories ORDER BY position, name")),
        "categories");
    while (row.next()) {
        // The first of two names that fold alike wins, as in idOf().
        const QString key = row.text("name").toCaseFolded();
        if (!m_ids.contains(key))
            m_ids.insert(key, row.id("id"));
        m_nextPosition = std::max(m_nextPosition, row.integer("position") + 1);
    }
}

qint64 CategoryRepository::Lookup::ensure(const QString &name)
{
    const QString clean = name.simplified();
    const QString key = clean.toCaseFolded();
    const auto found = m_ids.constFind(key);
    if (found != m_ids.constEnd())
        return *found;
    m_insert.bindValue(0, newUuid());
    m_insert.bindValue(1, clean);
    m_insert.bindValue(2, m_nextPosition++);
    if (!m_insert.exec())
        throw PanelistError(CategoryRepository::tr("Cannot add category \"%1\": %2")
                                .arg(clean, m_insert.lastError().text()));
    const qint64 id = m_insert.lastInsertId().toLongLong();
    Outbox::record(m_db, EntityKind::Category, id);
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
    Outbox::record(m_db, EntityKind::Category, id);
    Outbox::recordQuestionsOfCategory(m_db, id);
    // The category is part of each question's content: an upgrade must not undo this.
    sql::exec(m_db,
              QStringLiteral(
                  "UPDATE questions SET user_edited = 1, updated_at = ? WHERE category_id = ?"),
              {wallclock::now().toString(Qt::ISODateWithMs), id});
    transaction.commit();
}

void CategoryRepository::renumber(const QList<qint64> &order)
{
    for (int i = 0; i < order.size(); ++i) {
        const QSqlQuery update = sql::exec(
            m_db,
            QStringLiteral("UPDATE categories SET position = ? WHERE id = ? AND position <> ?"),
            {i, order.at(i), i});
        if (update.numRowsAffected() > 0)
            Outbox::record(m_db, EntityKind::Category, order.at(i));
    }
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
                    "\"%1\" holds %n question(s); choose the category they move to.", nullptr, used)
                    .arg(name));
        nameOf(moveQuestionsTo);
        Outbox::recordQuestionsOfCategory(m_db, id);
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE questions SET category_id = ?, user_edited = 1, updated_at = ?
             WHERE category_id = ?)"),
                  {moveQuestionsTo, wallclock::now().toString(Qt::ISODateWithMs), id});
    }
    Outbox::record(m_db, EntityKind::Category, id, Outbox::Change::Deleted);
    sql::exec(m_db, QStringLiteral("DELETE FROM categories WHERE id = ?"), {id});
    QList<qint64> order;
    for (const Category &category : categories())
        order << category.id;
    renumber(order);
    transaction.commit();
}
