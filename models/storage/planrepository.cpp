#include "storage/planrepository.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/wallclock.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <algorithm>

using vocabulary::EntityKind;

namespace {

QString now()
{
    return wallclock::now().toString(Qt::ISODateWithMs);
}

// "<name> (copy)", the name cut so the suffix never pushes it over its limit.
QString copyName(const QString &name)
{
    const QString suffix = PlanRepository::tr(" (copy)");
    return name.left(limits::kTitle - suffix.size()) + suffix;
}

const QString kPlanColumns =
    QStringLiteral("id, uuid, name, role, level, target_minutes, shipped, created_at, updated_at");

// Throws for a plan's details a person may not save.
void checkDetails(const QString &name, int targetMinutes)
{
    if (name.trimmed().isEmpty())
        throw PanelistError(PlanRepository::tr("A plan needs a name."));
    if (targetMinutes < limits::kMinTargetMinutes || targetMinutes > limits::kMaxTargetMinutes)
        throw PanelistError(PlanRepository::tr("The target must be between %1 and %2 minutes.")
                                .arg(limits::kMinTargetMinutes)
                                .arg(limits::kMaxTargetMinutes));
}

void checkMinutes(int minutes)
{
    if (minutes < limits::kMinMinutes || minutes > limits::kMaxMinutes)
        throw PanelistError(PlanRepository::tr("Minutes must be between %1 and %2.")
                                .arg(limits::kMinMinutes)
                                .arg(limits::kMaxMinutes));
}

// Throws for competencies (or an item mapping) that may not be saved, naming the plan,
// the competency and why (plancompetencies::problems).
void checkCompetencies(const Plan &plan)
{
    const QStringList problems = plancompetencies::problems(plan);
    if (!problems.isEmpty())
        throw PanelistError(problems.join(QLatin1Char('\n')));
}

// Every check a whole plan passes before it is written.
void checkPlan(const Plan &plan)
{
    checkDetails(plan.name, plan.targetMinutes);
    for (const PlanItem &item : plan.items)
        checkMinutes(item.minutes);
    checkCompetencies(plan);
}

} // namespace

PlanRepository::PlanRepository(Database &database)
    : m_db(database.connection())
{}

QList<PlanSummary> PlanRepository::plans() const
{
    QList<PlanSummary> result;
    sql::Row row(m_db, sql::exec(m_db, QStringLiteral(R"(
        SELECT p.id, p.uuid, p.name, p.role, p.level, p.target_minutes,
               COALESCE(SUM(i.minutes), 0) AS total_minutes, COUNT(i.id) AS questions
          FROM plans p LEFT JOIN plan_items i ON i.plan_id = p.id
         GROUP BY p.id, p.uuid, p.name, p.role, p.level, p.target_minutes
         ORDER BY p.name COLLATE NOCASE, p.id)")),
                 "plans");
    while (row.next()) {
        PlanSummary summary;
        summary.id = row.id("id");
        summary.uuid = row.text("uuid");
        summary.name = row.text("name");
        summary.role = row.text("role");
        summary.level = row.level("level");
        summary.targetMinutes = row.integer("target_minutes");
        summary.totalMinutes = row.integer("total_minutes");
        summary.questionCount = row.integer("questions");
        result.append(summary);
    }
    return result;
}

QList<PlanItem> PlanRepository::readItems(qint64 planId) const
{
    QList<PlanItem> items;
    // The item's own columns, and the question's it shows.
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT i.id, i.question_id, q.uuid, q.title, c.name AS category, q.level, q.archived,
               i.minutes, i.note
          FROM plan_items i
          JOIN questions q ON q.id = i.question_id
          JOIN categories c ON c.id = q.category_id
         WHERE i.plan_id = ?
         ORDER BY i.position, i.id)"),
                           {planId}),
                 "plan_items");
    while (row.next()) {
        PlanItem item;
        item.id = row.id("id");
        item.questionId = row.id("question_id");
        item.questionUuid = row.text("questions.uuid");
        item.title = row.text("questions.title");
        item.category = row.text("category");
        item.level = row.level("questions.level");
        item.archived = row.flag("questions.archived");
        item.minutes = row.integer("minutes");
        item.note = row.text("note");
        items.append(item);
    }
    // Which competencies each item evidences, by the competencies' positions.
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < items.size(); ++i)
        indexOf.insert(items.at(i).id, i);
    sql::Row mapping(m_db,
                     sql::exec(m_db, QStringLiteral(R"(
        SELECT m.item_id, c.position
          FROM plan_item_competencies m
          JOIN plan_competencies c ON c.id = m.competency_id
         WHERE c.plan_id = ?
         ORDER BY m.item_id, c.position)"),
                               {planId}),
                     "plan_item_competencies");
    while (mapping.next()) {
        const auto found = indexOf.constFind(mapping.id("item_id"));
        if (found != indexOf.constEnd())
            items[*found].competencies << mapping.integer("plan_competencies.position");
    }
    return items;
}

QList<PlanCompetency> PlanRepository::readCompetencies(qint64 planId) const
{
    QList<PlanCompetency> competencies;
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT id, name, description FROM plan_competencies "
                                          "WHERE plan_id = ? ORDER BY position"),
                           {planId}),
                 "plan_competencies");
    while (row.next())
        competencies.append({row.id("id"), row.text("name"), row.text("description")});
    return competencies;
}

void PlanRepository::writeCompetencies(qint64 planId, const QList<PlanCompetency> &competencies)
{
    // The items' mappings go with the rows (ON DELETE CASCADE); writeItems or
    // writeMapping writes them again.
    sql::exec(m_db,
              QStringLiteral("DELETE FROM plan_item_competencies WHERE competency_id IN "
                             "(SELECT id FROM plan_competencies WHERE plan_id = ?)"),
              {planId});
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_competencies WHERE plan_id = ?"), {planId});
    for (int i = 0; i < competencies.size(); ++i)
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO plan_competencies (plan_id, position, name, "
                                 "description) VALUES (?, ?, ?, ?)"),
                  {planId, i, competencies.at(i).name.trimmed(),
                   competencies.at(i).description.trimmed()});
}

void PlanRepository::writeMapping(qint64 planId, qint64 itemId, const QList<int> &positions)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_item_competencies WHERE item_id = ?"),
              {itemId});
    for (const int position : plancompetencies::normalized(positions)) {
        const QVariant competency = sql::scalar(
            m_db,
            QStringLiteral("SELECT id FROM plan_competencies WHERE plan_id = ? AND position = ?"),
            {planId, position});
        if (!competency.isValid())
            throw PanelistError(
                PlanRepository::tr("The plan has no competency %1; choose one of its "
                                   "competencies.")
                    .arg(position + 1));
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO plan_item_competencies (item_id, competency_id) "
                                 "VALUES (?, ?)"),
                  {itemId, competency});
    }
}

std::optional<Plan> PlanRepository::readPlan(const QString &where, const QVariant &key) const
{
    // `where` is a column name from this file, never input.
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT ") + kPlanColumns +
                               QStringLiteral(" FROM plans WHERE ") + where +
                               QStringLiteral(" = ?"),
                           {key}),
                 "plans");
    if (!row.next())
        return std::nullopt;
    Plan plan;
    plan.id = row.id("id");
    plan.uuid = row.text("uuid");
    plan.name = row.text("name");
    plan.role = row.text("role");
    plan.level = row.level("level");
    plan.targetMinutes = row.integer("target_minutes");
    plan.shipped = row.flag("shipped");
    plan.createdAt = row.time("created_at");
    plan.updatedAt = row.time("updated_at");
    plan.competencies = readCompetencies(plan.id);
    plan.items = readItems(plan.id);
    return plan;
}

std::optional<Plan> PlanRepository::plan(qint64 id) const
{
    return readPlan(QStringLiteral("id"), id);
}

std::optional<Plan> PlanRepository::planByUuid(const QString &uuid) const
{
    return readPlan(QStringLiteral("uuid"), uuid);
}

void PlanRepository::checkPlanExists(qint64 planId) const
{
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM plans WHERE id = ?"), {planId}).isValid())
        throw PanelistError(PlanRepository::tr("That plan no longer exists."));
}

qint64 PlanRepository::planOfItem(qint64 itemId) const
{
    const QVariant planId =
        sql::scalar(m_db, QStringLiteral("SELECT plan_id FROM plan_items WHERE id = ?"), {itemId});
    if (!planId.isValid())
        throw PanelistError(PlanRepository::tr("That question is no longer in the plan."));
    return planId.toLongLong();
}

void PlanRepository::touch(qint64 planId)
{
    sql::exec(m_db, QStringLiteral("UPDATE plans SET user_edited = 1, updated_at = ? WHERE id = ?"),
              {now(), planId});
    Outbox::record(m_db, EntityKind::Plan, planId);
}

QList<qint64> PlanRepository::itemOrder(qint64 planId) const
{
    QList<qint64> order;
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral(
                               "SELECT id FROM plan_items WHERE plan_id = ? ORDER BY position, id"),
                           {planId}),
                 "plan_items");
    while (row.next())
        order << row.id("id");
    return order;
}

void PlanRepository::renumber(const QList<qint64> &order)
{
    for (int i = 0; i < order.size(); ++i)
        sql::exec(m_db, QStringLiteral("UPDATE plan_items SET position = ? WHERE id = ?"),
                  {i, order.at(i)});
}

qint64 PlanRepository::create(const QString &name, const QString &role, vocabulary::Level level,
                              int targetMinutes)
{
    checkDetails(name, targetMinutes);
    Transaction transaction(m_db);
    const QString timestamp = now();
    const qint64 id =
        sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO plans (uuid, name, role, level, target_minutes, shipped, user_edited,
                           created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 0, 1, ?, ?)
        RETURNING id)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(),
                     role.trimmed(), vocabulary::key(level), targetMinutes, timestamp, timestamp})
            .toLongLong();
    Outbox::record(m_db, EntityKind::Plan, id);
    transaction.commit();
    return id;
}

void PlanRepository::updateDetails(qint64 id, const QString &name, const QString &role,
                                   vocabulary::Level level, int targetMinutes)
{
    checkDetails(name, targetMinutes);
    Transaction transaction(m_db);
    checkPlanExists(id);
    sql::exec(m_db, QStringLiteral(R"(
        UPDATE plans SET name = ?, role = ?, level = ?, target_minutes = ?, user_edited = 1,
                         updated_at = ?
         WHERE id = ?)"),
              {name.trimmed(), role.trimmed(), vocabulary::key(level), targetMinutes, now(), id});
    Outbox::record(m_db, EntityKind::Plan, id);
    transaction.commit();
}

qint64 PlanRepository::duplicate(qint64 id)
{
    Transaction transaction(m_db);
    const std::optional<Plan> original = plan(id);
    if (!original)
        throw PanelistError(PlanRepository::tr("That plan no longer exists."));
    const QString timestamp = now();
    const qint64 copy =
        sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO plans (uuid, name, role, level, target_minutes, shipped, user_edited,
                           created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 0, 1, ?, ?)
        RETURNING id)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), copyName(original->name),
                     original->role, vocabulary::key(original->level), original->targetMinutes,
                     timestamp, timestamp})
            .toLongLong();
    writeCompetencies(copy, original->competencies);
    writeItems(copy, original->items);
    Outbox::record(m_db, EntityKind::Plan, copy);
    transaction.commit();
    return copy;
}

void PlanRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    checkPlanExists(id);
    // Items go with the plan (ON DELETE CASCADE); interviews keep their snapshot and
    // lose only the link (ON DELETE SET NULL). Said here too, so it never depends on
    // the foreign-key pragma alone.
    // The interviews' own payloads name the plan by uuid; each laptop unlinks its copies
    // when the deletion arrives, so they are not queued here (they are their owners').
    Outbox::record(m_db, EntityKind::Plan, id, Outbox::Change::Deleted);
    sql::exec(m_db, QStringLiteral("UPDATE interviews SET plan_id = NULL WHERE plan_id = ?"), {id});
    writeCompetencies(id, {});
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_items WHERE plan_id = ?"), {id});
    sql::exec(m_db, QStringLiteral("DELETE FROM plans WHERE id = ?"), {id});
    transaction.commit();
}

qint64 PlanRepository::addItem(qint64 planId, qint64 questionId, int position)
{
    Transaction transaction(m_db);
    checkPlanExists(planId);
    sql::Row question(
        m_db,
        sql::exec(m_db,
                  QStringLiteral("SELECT minutes, archived, title FROM questions WHERE id = ?"),
                  {questionId}),
        "questions");
    if (!question.next())
        throw PanelistError(PlanRepository::tr("That question is no longer in the bank."));
    if (question.flag("archived"))
        throw PanelistError(PlanRepository::tr("“%1” is archived; restore it to use it in a plan.")
                                .arg(question.text("title")));
    QList<qint64> order = itemOrder(planId);
    const qint64 itemId = sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO plan_items (plan_id, position, question_id, minutes, note)
        VALUES (?, ?, ?, ?, '')
        RETURNING id)"),
                                      {planId, order.size(), questionId,
                                       std::clamp(question.integer("minutes"), limits::kMinMinutes,
                                                  limits::kMaxMinutes)})
                              .toLongLong();
    if (position < 0 || position >= order.size())
        order.append(itemId);
    else
        order.insert(position, itemId);
    renumber(order);
    touch(planId);
    transaction.commit();
    return itemId;
}

void PlanRepository::removeItem(qint64 itemId)
{
    Transaction transaction(m_db);
    const qint64 planId = planOfItem(itemId);
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_item_competencies WHERE item_id = ?"),
              {itemId});
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_items WHERE id = ?"), {itemId});
    renumber(itemOrder(planId));
    touch(planId);
    transaction.commit();
}

void PlanRepository::moveItem(qint64 planId, int from, int to)
{
    Transaction transaction(m_db);
    checkPlanExists(planId);
    QList<qint64> order = itemOrder(planId);
    if (from < 0 || from >= order.size() || to < 0 || to >= order.size())
        throw PanelistError(PlanRepository::tr("The plan has no question at position %1.")
                                .arg((from < 0 || from >= order.size() ? from : to) + 1));
    order.move(from, to);
    renumber(order);
    touch(planId);
    transaction.commit();
}

void PlanRepository::setItemMinutes(qint64 itemId, int minutes)
{
    checkMinutes(minutes);
    Transaction transaction(m_db);
    const qint64 planId = planOfItem(itemId);
    sql::exec(m_db, QStringLiteral("UPDATE plan_items SET minutes = ? WHERE id = ?"),
              {minutes, itemId});
    touch(planId);
    transaction.commit();
}

void PlanRepository::setItemNote(qint64 itemId, const QString &note)
{
    Transaction transaction(m_db);
    const qint64 planId = planOfItem(itemId);
    sql::exec(m_db, QStringLiteral("UPDATE plan_items SET note = ? WHERE id = ?"), {note, itemId});
    touch(planId);
    transaction.commit();
}

void PlanRepository::writeItems(qint64 planId, const QList<PlanItem> &items)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM plan_item_competencies WHERE item_id IN (SELECT id "
                             "FROM plan_items WHERE plan_id = ?)"),
              {planId});
    sql::exec(m_db, QStringLiteral("DELETE FROM plan_items WHERE plan_id = ?"), {planId});
    for (int i = 0; i < items.size(); ++i) {
        const PlanItem &item = items.at(i);
        if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM questions WHERE id = ?"),
                         {item.questionId})
                 .isValid())
            throw PanelistError(
                PlanRepository::tr("A question of this plan is no longer in the bank."));
        const qint64 itemId = sql::scalar(m_db, QStringLiteral(R"(
            INSERT INTO plan_items (plan_id, position, question_id, minutes, note)
            VALUES (?, ?, ?, ?, ?)
            RETURNING id)"),
                                          {planId, i, item.questionId, item.minutes, item.note})
                                  .toLongLong();
        if (!item.competencies.isEmpty())
            writeMapping(planId, itemId, item.competencies);
    }
}

void PlanRepository::replaceItems(qint64 planId, const QList<PlanItem> &items)
{
    for (const PlanItem &item : items)
        checkMinutes(item.minutes);
    Transaction transaction(m_db);
    checkPlanExists(planId);
    writeItems(planId, items);
    touch(planId);
    transaction.commit();
}

void PlanRepository::setCompetencies(qint64 planId, const QList<PlanCompetency> &competencies,
                                     const QHash<qint64, QList<int>> &mapping)
{
    Transaction transaction(m_db);
    const std::optional<Plan> stored = plan(planId);
    if (!stored)
        throw PanelistError(PlanRepository::tr("That plan no longer exists."));
    Plan changed = *stored;
    changed.competencies = competencies;
    for (PlanItem &item : changed.items)
        item.competencies = plancompetencies::normalized(mapping.value(item.id));
    checkCompetencies(changed);
    writeCompetencies(planId, competencies);
    for (const PlanItem &item : std::as_const(changed.items))
        writeMapping(planId, item.id, item.competencies);
    touch(planId);
    transaction.commit();
}

void PlanRepository::setItemCompetencies(qint64 itemId, const QList<int> &positions)
{
    Transaction transaction(m_db);
    const qint64 planId = planOfItem(itemId);
    writeMapping(planId, itemId, positions);
    touch(planId);
    transaction.commit();
}

qint64 PlanRepository::writePlan(const Plan &plan, bool shipped)
{
    const QString timestamp = now();
    const QString uuid =
        plan.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : plan.uuid;
    const qint64 id =
        sql::scalar(m_db, QStringLiteral(R"(
        INSERT INTO plans (uuid, name, role, level, target_minutes, shipped, user_edited,
                           created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        RETURNING id)"),
                    {uuid, plan.name.trimmed(), plan.role.trimmed(), vocabulary::key(plan.level),
                     plan.targetMinutes, shipped, !shipped, timestamp, timestamp})
            .toLongLong();
    writeCompetencies(id, plan.competencies);
    writeItems(id, plan.items);
    Outbox::record(m_db, EntityKind::Plan, id);
    return id;
}

qint64 PlanRepository::insertPlan(const Plan &plan, bool shipped)
{
    checkPlan(plan);
    Transaction transaction(m_db);
    const qint64 id = writePlan(plan, shipped);
    transaction.commit();
    return id;
}

PlanRepository::ImportResult PlanRepository::importPlan(const PlanDocument &document,
                                                        BankRepository &bank)
{
    if (bank.connection().connectionName() != m_db.connectionName())
        throw PanelistError(
            QStringLiteral("A plan import needs the bank of the same database connection."));
    Plan plan = document.plan;
    checkPlan(plan);

    ImportResult result;
    Transaction transaction(m_db);
    QHash<QString, qint64> questionIds;
    for (const Question &question : document.questions) {
        bool added = false;
        questionIds.insert(question.uuid, bank.addQuestionIfMissing(question, added));
        result.questionsAdded += added ? 1 : 0;
    }
    for (PlanItem &item : plan.items) {
        auto found = questionIds.constFind(item.questionUuid);
        if (found == questionIds.constEnd()) {
            const QVariant id =
                sql::scalar(m_db, QStringLiteral("SELECT id FROM questions WHERE uuid = ?"),
                            {item.questionUuid});
            if (!id.isValid())
                throw PanelistError(
                    PlanRepository::tr("Plan \"%1\": question %2 is neither in the file nor in "
                                       "the bank.")
                        .arg(plan.name, item.questionUuid));
            found = questionIds.insert(item.questionUuid, id.toLongLong());
        }
        item.questionId = *found;
    }
    const QVariant existing =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE uuid = ?"), {plan.uuid});
    if (existing.isValid()) {
        result.planId = existing.toLongLong();
        result.replaced = true;
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE plans SET name = ?, role = ?, level = ?, target_minutes = ?, user_edited = 1,
                             updated_at = ?
             WHERE id = ?)"),
                  {plan.name.trimmed(), plan.role.trimmed(), vocabulary::key(plan.level),
                   plan.targetMinutes, now(), result.planId});
        writeCompetencies(result.planId, plan.competencies);
        writeItems(result.planId, plan.items);
        Outbox::record(m_db, EntityKind::Plan, result.planId);
    } else {
        result.planId = writePlan(plan, false);
    }
    transaction.commit();
    return result;
}

qint64 PlanRepository::applyPlan(const Plan &plan, QStringList *missing)
{
    checkPlan(plan);
    Transaction transaction(m_db);
    QList<PlanItem> items;
    for (const PlanItem &item : plan.items) {
        const QVariant id = sql::scalar(
            m_db, QStringLiteral("SELECT id FROM questions WHERE uuid = ?"), {item.questionUuid});
        if (!id.isValid()) {
            // Deleted here meanwhile: the deletion reaches the team and the plan after it.
            if (missing)
                missing->append(item.questionUuid);
            continue;
        }
        PlanItem resolved = item;
        resolved.questionId = id.toLongLong();
        items.append(resolved);
    }
    const QVariant existing =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE uuid = ?"), {plan.uuid});
    qint64 id = 0;
    if (existing.isValid()) {
        id = existing.toLongLong();
        sql::exec(m_db, QStringLiteral(R"(
            UPDATE plans SET name = ?, role = ?, level = ?, target_minutes = ?, shipped = ?,
                             user_edited = 1, updated_at = ?
             WHERE id = ?)"),
                  {plan.name, plan.role, vocabulary::key(plan.level), plan.targetMinutes,
                   plan.shipped, now(), id});
    } else {
        const QString timestamp = now();
        id = sql::scalar(m_db, QStringLiteral(R"(
            INSERT INTO plans (uuid, name, role, level, target_minutes, shipped, user_edited,
                               created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
            RETURNING id)"),
                         {plan.uuid, plan.name, plan.role, vocabulary::key(plan.level),
                          plan.targetMinutes, plan.shipped, timestamp, timestamp})
                 .toLongLong();
    }
    writeCompetencies(id, plan.competencies);
    writeItems(id, items);
    Outbox::record(m_db, EntityKind::Plan, id);
    transaction.commit();
    return id;
}

QList<QPair<QString, int>> PlanRepository::minutesByCategory(qint64 planId) const
{
    QList<QPair<QString, int>> result;
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT c.name, SUM(i.minutes) AS minutes
          FROM plan_items i
          JOIN questions q ON q.id = i.question_id
          JOIN categories c ON c.id = q.category_id
         WHERE i.plan_id = ?
         GROUP BY c.id, c.name, c.position
         ORDER BY c.position, c.name)"),
                           {planId}),
                 "categories");
    while (row.next())
        result.append({row.text("name"), row.integer("plan_items.minutes")});
    return result;
}

QList<QPair<vocabulary::Level, int>> PlanRepository::minutesByLevel(qint64 planId) const
{
    QList<QPair<vocabulary::Level, int>> result;
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT q.level, SUM(i.minutes) AS minutes
          FROM plan_items i JOIN questions q ON q.id = i.question_id
         WHERE i.plan_id = ?
         GROUP BY q.level)"),
                           {planId}),
                 "questions");
    while (row.next())
        result.append({row.level("level"), row.integer("plan_items.minutes")});
    // Grouped by stored key; listed in the vocabulary's order.
    const QList<vocabulary::Level> order = vocabulary::levels();
    std::sort(result.begin(), result.end(), [&order](const auto &a, const auto &b) {
        return order.indexOf(a.first) < order.indexOf(b.first);
    });
    return result;
}
