#include "storage/outbox.h"

#include "storage/sql.h"

#include <QHash>

using vocabulary::EntityKind;

namespace {

QHash<QString, int> &suppressions()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Outbox::Suppression::Suppression(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
    ++suppressions()[m_connection];
}

Outbox::Suppression::~Suppression()
{
    int &open = suppressions()[m_connection];
    if (--open <= 0)
        suppressions().remove(m_connection);
}

bool Outbox::suppressed(const QSqlDatabase &db)
{
    return suppressions().value(db.connectionName()) > 0;
}

// `select` yields the uuids (column `uuid`) with `values` bound; it ends in a WHERE, so
// SQLite reads the ON CONFLICT as the upsert's.
void Outbox::insert(const QSqlDatabase &db, EntityKind kind, const QString &select,
                    const QVariantList &values, Change change)
{
    if (suppressed(db))
        return;
    QVariantList bound{vocabulary::key(kind), change != Change::Edited, change == Change::Purged};
    bound << values;
    // Once a purge, always a purge: the removal must reach the team whatever follows.
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO outbox (kind, uuid, deleted, purge) SELECT ?, uuid, ?, ? FROM (") +
                  select + QStringLiteral(R"() WHERE EXISTS (SELECT 1 FROM team)
        ON CONFLICT (kind, uuid) DO UPDATE SET deleted = excluded.deleted,
                                                purge = max(purge, excluded.purge),
                                                revision = revision + 1)"),
              bound);
}

void Outbox::record(const QSqlDatabase &db, EntityKind kind, qint64 id, Change change)
{
    insert(db, kind,
           QStringLiteral("SELECT uuid FROM ") + tableOf(kind) + QStringLiteral(" WHERE id = ?"),
           {id}, change);
}

void Outbox::recordUuid(const QSqlDatabase &db, EntityKind kind, const QString &uuid, Change change)
{
    insert(db, kind, QStringLiteral("SELECT ? AS uuid"), {uuid}, change);
}

void Outbox::recordQuestionsOfCategory(const QSqlDatabase &db, qint64 categoryId)
{
    insert(db, EntityKind::Question,
           QStringLiteral("SELECT uuid FROM questions WHERE category_id = ?"), {categoryId},
           Change::Edited);
}

void Outbox::recordPlansUsingQuestion(const QSqlDatabase &db, qint64 questionId)
{
    insert(db, EntityKind::Plan,
           QStringLiteral("SELECT uuid FROM plans WHERE id IN (SELECT plan_id FROM plan_items "
                          "WHERE question_id = ?)"),
           {questionId}, Change::Edited);
}

void Outbox::recordInterviewOfItem(const QSqlDatabase &db, qint64 itemId)
{
    insert(db, EntityKind::Interview,
           QStringLiteral("SELECT uuid FROM interviews WHERE id = (SELECT interview_id FROM "
                          "interview_items WHERE id = ?)"),
           {itemId}, Change::Edited);
}

void Outbox::requeue(const QSqlDatabase &db, EntityKind kind, const QString &uuid)
{
    sql::exec(db, QStringLiteral(R"(
        INSERT INTO outbox (kind, uuid, deleted) SELECT ?, ?, 0 WHERE EXISTS (SELECT 1 FROM team)
        ON CONFLICT (kind, uuid) DO UPDATE SET revision = revision + 1)"),
              {vocabulary::key(kind), uuid});
}

QString Outbox::tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Category:
        return QStringLiteral("categories");
    case EntityKind::Question:
        return QStringLiteral("questions");
    case EntityKind::Plan:
        return QStringLiteral("plans");
    case EntityKind::Interview:
        return QStringLiteral("interviews");
    }
    return {};
}
