#include "domain/plan.h"

#include "domain/limits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// The translation context of the competency rules' messages.
struct PlanCompetencies
{
    Q_DECLARE_TR_FUNCTIONS(PlanCompetencies)
};

QString planName(const Plan &plan)
{
    return plan.name.trimmed().isEmpty() ? PlanCompetencies::tr("(unnamed)") : plan.name.trimmed();
}

} // namespace

int Plan::totalMinutes() const
{
    int total = 0;
    for (const PlanItem &item : items)
        total += item.minutes;
    return total;
}

QList<int> Plan::itemsOf(int position) const
{
    QList<int> result;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).competencies.contains(position))
            result << i;
    }
    return result;
}

namespace plancompetencies {

QStringList problems(const Plan &plan)
{
    QStringList found;
    const QString name = planName(plan);
    if (plan.competencies.size() > limits::kMaxCompetencies)
        found << PlanCompetencies::tr("Plan \"%1\" names %2 competencies; a scorecard rates at "
                                      "most %3. Remove some or merge them.")
                     .arg(name)
                     .arg(plan.competencies.size())
                     .arg(limits::kMaxCompetencies);
    QSet<QString> seen;
    for (int i = 0; i < plan.competencies.size(); ++i) {
        const PlanCompetency &competency = plan.competencies.at(i);
        const QString title = competency.name.trimmed();
        if (title.isEmpty()) {
            found << PlanCompetencies::tr("Plan \"%1\": competency %2 has no name. Name it or "
                                          "remove it.")
                         .arg(name)
                         .arg(i + 1);
            continue;
        }
        if (title.size() > limits::kCompetencyName)
            found << PlanCompetencies::tr("Plan \"%1\": the name of competency %2 (\"%3…\") is "
                                          "longer than %4 characters. Shorten it.")
                         .arg(name)
                         .arg(i + 1)
                         .arg(title.left(20))
                         .arg(limits::kCompetencyName);
        if (competency.description.size() > limits::kCompetencyDescription)
            found << PlanCompetencies::tr("Plan \"%1\": the description of competency \"%2\" is "
                                          "longer than %3 characters. Shorten it.")
                         .arg(name, title.left(limits::kCompetencyName))
                         .arg(limits::kCompetencyDescription);
        const QString folded = title.toCaseFolded();
        if (seen.contains(folded))
            found << PlanCompetencies::tr("Plan \"%1\" names competency \"%2\" twice. Give each "
                                          "competency its own name.")
                         .arg(name, title.left(limits::kCompetencyName));
        seen.insert(folded);
    }
    for (int i = 0; i < plan.items.size(); ++i) {
        for (const int position : plan.items.at(i).competencies) {
            if (position < 0 || position >= plan.competencies.size()) {
                found << PlanCompetencies::tr("Plan \"%1\": question %2 (\"%3\") names competency "
                                              "%4, but the plan has %5.")
                             .arg(name)
                             .arg(i + 1)
                             .arg(plan.items.at(i).title)
                             .arg(position + 1)
                             .arg(plan.competencies.size());
                break;
            }
        }
    }
    return found;
}

QString shortfall(const Plan &plan)
{
    const auto count = plan.competencies.size();
    if (count == 0 || (count >= limits::kMinCompetencies && count <= limits::kMaxCompetencies))
        return {};
    if (count < limits::kMinCompetencies)
        return PlanCompetencies::tr("Add at least %n more competency: a scorecard rates %1 to %2.",
                                    nullptr, int(limits::kMinCompetencies - count))
            .arg(limits::kMinCompetencies)
            .arg(limits::kMaxCompetencies);
    return PlanCompetencies::tr("Remove %n competency: a scorecard rates %1 to %2.", nullptr,
                                int(count - limits::kMaxCompetencies))
        .arg(limits::kMinCompetencies)
        .arg(limits::kMaxCompetencies);
}

QList<int> normalized(QList<int> positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

void removeFrom(QList<PlanItem> &items, int position)
{
    for (PlanItem &item : items) {
        QList<int> kept;
        for (const int p : std::as_const(item.competencies)) {
            if (p < position)
                kept << p;
            else if (p > position)
                kept << p - 1;
        }
        item.competencies = normalized(kept);
    }
}

void moveIn(QList<PlanItem> &items, int from, int to)
{
    for (PlanItem &item : items) {
        QList<int> moved;
        for (const int p : std::as_const(item.competencies)) {
            if (p == from)
                moved << to;
            else if (from < to && p > from && p <= to)
                moved << p - 1;
            else if (from > to && p >= to && p < from)
                moved << p + 1;
            else
                moved << p;
        }
        item.competencies = normalized(moved);
    }
}

} // namespace plancompetencies
