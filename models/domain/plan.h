#pragma once

#include "domain/question.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Interview plans: an ordered, time-boxed list of bank questions, reused for every
// candidate of a role. Plain value types; PlanRepository fills them.

// One competency the plan's scorecard rates (Greenhouse's "focus attribute"): a name
// ("Concurrency"), a short description, and its place in Plan::competencies (the order
// the scorecard lists them in).
struct PlanCompetency
{
    qint64 id = 0;       // the stored row; 0 until saved
    QString name;        // limits::kCompetencyName, unique in its plan (letter case ignored)
    QString description; // limits::kCompetencyDescription
};

struct PlanItem
{
    qint64 id = 0;
    qint64 questionId = 0;
    // Read from the bank for display; not stored with the item.
    QString questionUuid;
    QString title;
    QString category;
    vocabulary::Level level = vocabulary::Level::Middle;
    bool archived = false;
    // The item's own fields.
    int minutes = 5; // limits::kMinMinutes–kMaxMinutes; defaults to the question's minutes
    QString note;    // private note for the interviewer
    // The competencies the item gives evidence of: positions in Plan::competencies,
    // ascending, each once. Empty: the item counts for no competency.
    QList<int> competencies;
};

struct Plan
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
    vocabulary::Level level = vocabulary::Level::Senior; // the level the plan hires for
    int targetMinutes = 60;             // limits::kMinTargetMinutes–kMaxTargetMinutes
    bool shipped = false;               // created from a template that ships with the app
    QList<PlanCompetency> competencies; // none, or limits::kMinCompetencies–kMaxCompetencies
    QList<PlanItem> items;
    QDateTime createdAt;
    QDateTime updatedAt;

    int totalMinutes() const;
    // The items that give evidence of competency `position`, as indexes into items.
    QList<int> itemsOf(int position) const;
};

// The rules of a plan's competencies, shared by the repository, the plan file reader,
// the team payload and the editor, so what one accepts the others accept.
namespace plancompetencies {

// The problems that make `plan`'s competencies unsavable, each naming the plan, the
// competency (or item) and the reason: more than limits::kMaxCompetencies, an empty,
// too long or repeated name, a too long description, an item naming a competency the
// plan lacks. Empty when it may be saved. Fewer than kMinCompetencies (but some) is
// not among them: it is what a plan being edited passes through; see shortfall().
QStringList problems(const Plan &plan);

// "" when the plan has none or kMinCompetencies–kMaxCompetencies; otherwise what to
// do ("Add at least one more competency: a scorecard rates 2 to 6.").
QString shortfall(const Plan &plan);

// `items` with competency `position` taken out: items naming it lose it, positions
// after it move down by one.
void removeFrom(QList<PlanItem> &items, int position);
// `items` after the competency at `from` moved to `to` (as QList::move).
void moveIn(QList<PlanItem> &items, int from, int to);
// The sorted, de-duplicated form of an item's competency positions.
QList<int> normalized(QList<int> positions);

} // namespace plancompetencies

// One row of the plans list.
struct PlanSummary
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
    vocabulary::Level level = vocabulary::Level::Senior;
    int targetMinutes = 0;
    int totalMinutes = 0;
    int questionCount = 0;
};

// A plan as it travels in a plan file (README, "Plan exchange format"): the plan, its
// items naming their questions by `questionUuid` (with minutes and note), and every
// question the items use, so the plan can be imported into a bank that lacks them.
struct PlanDocument
{
    // 2: plans name competencies and items map to them (version 1 files still read).
    static constexpr int kFormatVersion = 2;

    Plan plan;
    QList<Question> questions;
};
