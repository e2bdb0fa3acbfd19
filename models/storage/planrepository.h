#pragma once

#include <QCoreApplication>

#include "domain/plan.h"
#include "domain/question.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <optional>

class BankRepository;
class Database;

// Owns the SQL of plans and their items. Every write is one transaction and marks the
// plan as edited by the user (so a template upgrade never overwrites it).
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Database &database);

    QList<PlanSummary> plans() const; // by name
    std::optional<Plan> plan(qint64 id) const;
    std::optional<Plan> planByUuid(const QString &uuid) const;

    // Throws PanelistError for an empty name or target minutes outside
    // limits::kMinTargetMinutes–kMaxTargetMinutes.
    qint64 create(const QString &name, const QString &role, vocabulary::Level level,
                  int targetMinutes);
    void updateDetails(qint64 id, const QString &name, const QString &role, vocabulary::Level level,
                       int targetMinutes);
    // A copy named "<name> (copy)" with the same items.
    qint64 duplicate(qint64 id);
    // Interviews that came from the plan keep their snapshot; their plan_id becomes NULL.
    void remove(qint64 id);

    // Appends (position -1) or inserts question `questionId`; minutes default to the
    // question's expected minutes. Returns the new item's id.
    qint64 addItem(qint64 planId, qint64 questionId, int position = -1);
    void removeItem(qint64 itemId);
    // Moves the item at `from` to `to` (0-based) and renumbers the rest.
    void moveItem(qint64 planId, int from, int to);
    void setItemMinutes(qint64 itemId, int minutes); // limits::kMinMinutes–kMaxMinutes
    void setItemNote(qint64 itemId, const QString &note);
    // Replaces all items with `items` (questionId, minutes, note, competencies used) in one
    // transaction: how undo restores an earlier state.
    void replaceItems(qint64 planId, const QList<PlanItem> &items);

    // Replaces the plan's competencies with `competencies` (in order; 0 or up to
    // limits::kMaxCompetencies, see plancompetencies::problems) and every item's mapping
    // with `mapping` (item id -> positions in `competencies`; an item not in it maps to
    // none), in one transaction. Throws PanelistError naming the plan, competency and why.
    void setCompetencies(qint64 planId, const QList<PlanCompetency> &competencies,
                         const QHash<qint64, QList<int>> &mapping);
    // The competencies (positions in the plan's list) item `itemId` gives evidence of.
    void setItemCompetencies(qint64 itemId, const QList<int> &positions);

    // Adds a whole plan with its items in one transaction, keeping `plan.uuid` when set:
    // how templates (shipped = true) and imported plans arrive.
    qint64 insertPlan(const Plan &plan, bool shipped);

    struct ImportResult
    {
        qint64 planId = 0;
        int questionsAdded = 0; // questions of the file the bank did not have
        bool replaced = false;  // a plan with the file's uuid existed and was replaced
    };
    // Imports a plan file's content in one transaction, all or nothing. Questions whose
    // uuid the bank lacks are added through `bank` (same database); questions already
    // there are left exactly as they are. A plan with the same uuid is replaced — its
    // details and items become the file's, it keeps its id and its interviews — and is
    // marked as edited by the user; otherwise the plan is added. Every item must name a
    // question of `document.questions` or of the bank. Throws PanelistError.
    ImportResult importPlan(const PlanDocument &document, BankRepository &bank);

    // Writes the team's `plan` (by uuid, added when missing) exactly as it is, its items
    // naming their questions by questionUuid. An item whose question is not here is left
    // out and its uuid added to `missing`. Returns the plan's id.
    qint64 applyPlan(const Plan &plan, QStringList *missing = nullptr);

    // The minutes `planId` spends in each category (bank order) and level (vocabulary
    // order), for coverage. Only categories and levels the plan uses appear.
    QList<QPair<QString, int>> minutesByCategory(qint64 planId) const;
    QList<QPair<vocabulary::Level, int>> minutesByLevel(qint64 planId) const;

private:
    void touch(qint64 planId);
    // Inserts the plan row and its items; no transaction of its own.
    qint64 writePlan(const Plan &plan, bool shipped);
    // Replaces the items of `planId` with their competency mappings (the plan's
    // competencies are written first); no transaction of its own.
    void writeItems(qint64 planId, const QList<PlanItem> &items);
    // Replaces the competencies of `planId` (their items' mappings go with them).
    void writeCompetencies(qint64 planId, const QList<PlanCompetency> &competencies);
    void writeMapping(qint64 planId, qint64 itemId, const QList<int> &positions);
    QList<PlanCompetency> readCompetencies(qint64 planId) const;
    qint64 planOfItem(qint64 itemId) const;
    void checkPlanExists(qint64 planId) const;
    QList<qint64> itemOrder(qint64 planId) const;
    void renumber(const QList<qint64> &order);
    QList<PlanItem> readItems(qint64 planId) const;
    std::optional<Plan> readPlan(const QString &where, const QVariant &key) const;

    QSqlDatabase m_db;
};
