#include "plans/planeditor.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "storage/planrepository.h"

#include <QHash>
#include <QVariantMap>

#include <functional>

namespace {

bool sameItems(const QList<PlanItem> &a, const QList<PlanItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).questionId != b.at(i).questionId || a.at(i).minutes != b.at(i).minutes ||
            a.at(i).note != b.at(i).note || a.at(i).competencies != b.at(i).competencies)
            return false;
    }
    return true;
}

bool sameCompetencies(const QList<PlanCompetency> &a, const QList<PlanCompetency> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).description != b.at(i).description)
            return false;
    }
    return true;
}

bool sameDetails(const Plan &a, const Plan &b)
{
    return a.name == b.name && a.role == b.role && a.level == b.level &&
           a.targetMinutes == b.targetMinutes;
}

// [{name, label, minutes}]: `label` is how `name` reads (a level's key as its label).
QVariantList coverage(const QList<QPair<QString, int>> &minutes,
                      const std::function<QString(const QString &)> &labelOf = {})
{
    QVariantList result;
    for (const auto &[name, value] : minutes)
        result.append(QVariantMap{{QStringLiteral("name"), name},
                                  {QStringLiteral("label"), labelOf ? labelOf(name) : name},
                                  {QStringLiteral("minutes"), value}});
    return result;
}

} // namespace

PlanEditor::PlanEditor(PlanRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_items(this)
{}

void PlanEditor::setWarning(const QString &warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    emit warningChanged();
}

void PlanEditor::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void PlanEditor::show(const Plan &plan, bool resetItems)
{
    const Plan before = m_plan;
    m_plan = plan;
    if (resetItems || m_items.planId() != plan.id)
        m_items.setPlan(plan);
    else
        m_items.update(plan.items);
    if (before.id != plan.id)
        emit planIdChanged();
    if (before.name != plan.name)
        emit nameChanged();
    if (before.role != plan.role)
        emit roleChanged();
    if (levelText(before) != levelText(plan))
        emit levelChanged();
    if (before.targetMinutes != plan.targetMinutes)
        emit targetMinutesChanged();
    if (before.targetMinutes != plan.targetMinutes || before.totalMinutes() != plan.totalMinutes())
        emit totalsChanged();
    QVariantList categories;
    QVariantList levels;
    if (plan.id != 0) {
        categories = coverage(m_repository.minutesByCategory(plan.id));
        // A level's bar is named by its key and reads as its label.
        QList<QPair<QString, int>> byLevel;
        for (const auto &[level, minutes] : m_repository.minutesByLevel(plan.id))
            byLevel.append({vocabulary::key(level), minutes});
        levels = coverage(byLevel, [](const QString &key) {
            return vocabulary::label(*vocabulary::parseLevel(key));
        });
    }
    QVariantList competencies;
    QStringList balance;
    for (int c = 0; c < plan.competencies.size(); ++c) {
        const QList<int> rows = plan.itemsOf(c);
        int minutes = 0;
        for (const int row : rows)
            minutes += plan.items.at(row).minutes;
        competencies.append(
            QVariantMap{{QStringLiteral("name"), plan.competencies.at(c).name},
                        {QStringLiteral("description"), plan.competencies.at(c).description},
                        {QStringLiteral("questions"), int(rows.size())},
                        {QStringLiteral("minutes"), minutes}});
        balance
            << (rows.size() == 1
                    ? tr("%1 1 question (%2 min)").arg(plan.competencies.at(c).name).arg(minutes)
                    : tr("%1 %2 questions (%3 min)")
                          .arg(plan.competencies.at(c).name)
                          .arg(rows.size())
                          .arg(minutes));
    }
    if (!plan.competencies.isEmpty()) {
        int none = 0;
        for (const PlanItem &item : plan.items)
            none += item.competencies.isEmpty() ? 1 : 0;
        if (none > 0)
            balance << (none == 1 ? tr("1 question counts for no competency")
                                  : tr("%1 questions count for no competency").arg(none));
        const QString shortfall = plancompetencies::shortfall(plan);
        if (!shortfall.isEmpty())
            balance << shortfall;
    }
    const QString balanceText = balance.join(QStringLiteral(" · "));
    if (competencies != m_competencies || balanceText != m_competencyBalance) {
        m_competencies = competencies;
        m_competencyBalance = balanceText;
        emit competenciesChanged();
    }
    if (categories != m_categoryCoverage || levels != m_levelCoverage) {
        m_categoryCoverage = categories;
        m_levelCoverage = levels;
        emit coverageChanged();
    }
}

bool PlanEditor::refresh(bool resetItems)
{
    const std::optional<Plan> plan = m_repository.plan(m_plan.id);
    if (!plan) {
        close();
        setError(tr("That plan no longer exists."));
        return false;
    }
    show(*plan, resetItems);
    return true;
}

bool PlanEditor::open(int planId)
{
    std::optional<Plan> plan;
    try {
        plan = m_repository.plan(planId);
    } catch (const PanelistError &error) {
        setError(error.message());
        return false;
    }
    if (!plan) {
        setError(tr("That plan no longer exists."));
        return false;
    }
    const bool hadUndo = canUndo();
    m_undo.clear();
    m_lastEditKey.clear();
    setError({});
    setWarning({});
    show(*plan, true);
    if (hadUndo)
        emit canUndoChanged();
    return true;
}

void PlanEditor::close()
{
    const bool hadUndo = canUndo();
    m_undo.clear();
    m_lastEditKey.clear();
    setError({});
    setWarning({});
    Plan none;
    none.targetMinutes = 0;
    show(none, true);
    if (hadUndo)
        emit canUndoChanged();
}

void PlanEditor::reload()
{
    if (m_plan.id == 0)
        return;
    try {
        refresh(false);
    } catch (const PanelistError &error) {
        setError(error.message());
    }
}

void PlanEditor::pushUndo(const Plan &state)
{
    const bool had = canUndo();
    m_undo.append(state);
    while (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    if (!had)
        emit canUndoChanged();
}

template<typename Edit> bool PlanEditor::apply(Edit edit, const QString &coalesceKey)
{
    if (m_plan.id == 0) {
        setError(tr("Open a plan first."));
        return false;
    }
    const Plan before = m_plan;
    try {
        edit();
        setError({});
        setWarning({});
        if (!refresh(false))
            return false;
    } catch (const PanelistError &error) {
        setError(error.message());
        return false;
    }
    if (sameDetails(before, m_plan) && sameItems(before.items, m_plan.items) &&
        sameCompetencies(before.competencies, m_plan.competencies))
        return true;
    // A run of edits to one text is one step back, not one per keystroke.
    if (coalesceKey.isEmpty() || coalesceKey != m_lastEditKey || !canUndo())
        pushUndo(before);
    m_lastEditKey = coalesceKey;
    emit changed();
    return true;
}

vocabulary::Level PlanEditor::levelOf(const QString &key)
{
    const std::optional<vocabulary::Level> level = vocabulary::parseLevel(key);
    if (!level)
        throw PanelistError(tr("The level must be one of %1, not \"%2\".")
                                .arg(vocabulary::levelKeys().join(QStringLiteral(", ")), key));
    return *level;
}

QString PlanEditor::levelText(const Plan &plan)
{
    return plan.id == 0 ? QString() : vocabulary::key(plan.level);
}

bool PlanEditor::updateDetails(const QString &name, const QString &role, vocabulary::Level level,
                               int targetMinutes, const QString &coalesceKey)
{
    return apply([&] { m_repository.updateDetails(m_plan.id, name, role, level, targetMinutes); },
                 coalesceKey);
}

bool PlanEditor::withinLimit(const QString &message, const QString &text, int limit)
{
    const qsizetype length = text.trimmed().size();
    if (length <= limit)
        return true;
    setError(message.arg(length).arg(limit));
    return false;
}

void PlanEditor::setName(const QString &name)
{
    if (name == m_plan.name)
        return;
    if (!withinLimit(tr("The plan name is %L1 characters long; shorten it to %L2 or fewer."), name,
                     limits::kTitle))
        return;
    updateDetails(name, m_plan.role, m_plan.level, m_plan.targetMinutes, QStringLiteral("name"));
}

void PlanEditor::setRole(const QString &role)
{
    if (role == m_plan.role)
        return;
    if (!withinLimit(tr("The role is %L1 characters long; shorten it to %L2 or fewer."), role,
                     limits::kShortText))
        return;
    updateDetails(m_plan.name, role, m_plan.level, m_plan.targetMinutes, QStringLiteral("role"));
}

void PlanEditor::setLevel(const QString &level)
{
    if (level == this->level())
        return;
    apply(
        [&] {
            m_repository.updateDetails(m_plan.id, m_plan.name, m_plan.role, levelOf(level),
                                       m_plan.targetMinutes);
        },
        {});
}

void PlanEditor::setTargetMinutes(int minutes)
{
    if (minutes == m_plan.targetMinutes)
        return;
    updateDetails(m_plan.name, m_plan.role, m_plan.level, minutes, {});
}

bool PlanEditor::validRow(int row)
{
    if (row >= 0 && row < m_plan.items.size())
        return true;
    setError(tr("The plan has no question at position %1.").arg(row + 1));
    return false;
}

bool PlanEditor::addQuestion(int questionId)
{
    bool repeated = false;
    for (const PlanItem &item : std::as_const(m_plan.items))
        repeated = repeated || item.questionId == questionId;
    qint64 itemId = 0;
    if (!apply([&] { itemId = m_repository.addItem(m_plan.id, questionId); }))
        return false;
    if (repeated) {
        for (const PlanItem &item : std::as_const(m_plan.items)) {
            if (item.id == itemId)
                setWarning(tr("“%1” is already in this plan.").arg(item.title));
        }
    }
    return true;
}

void PlanEditor::removeItem(int row)
{
    if (!validRow(row))
        return;
    const qint64 itemId = m_plan.items.at(row).id;
    apply([&] { m_repository.removeItem(itemId); });
}

bool PlanEditor::moveItem(int from, int to)
{
    if (!validRow(from) || !validRow(to))
        return false;
    if (from == to)
        return true;
    return apply([&] { m_repository.moveItem(m_plan.id, from, to); });
}

void PlanEditor::setMinutes(int row, int minutes)
{
    if (!validRow(row) || m_plan.items.at(row).minutes == minutes)
        return;
    const qint64 itemId = m_plan.items.at(row).id;
    apply([&] { m_repository.setItemMinutes(itemId, minutes); });
}

void PlanEditor::setNote(int row, const QString &note)
{
    if (!validRow(row) || m_plan.items.at(row).note == note)
        return;
    if (!withinLimit(tr("The note of question %1 is %L2 characters long; shorten it to %L3 or "
                        "fewer.")
                         .arg(row + 1),
                     note, limits::kListText))
        return;
    const qint64 itemId = m_plan.items.at(row).id;
    apply([&] { m_repository.setItemNote(itemId, note); }, QStringLiteral("note:%1").arg(itemId));
}

bool PlanEditor::undo()
{
    if (m_plan.id == 0 || m_undo.isEmpty())
        return false;
    const Plan target = m_undo.takeLast();
    m_lastEditKey.clear();
    const bool competenciesDiffer = !sameCompetencies(target.competencies, m_plan.competencies);
    const bool itemsDiffer = competenciesDiffer || !sameItems(target.items, m_plan.items);
    bool ok = true;
    try {
        if (!sameDetails(target, m_plan))
            m_repository.updateDetails(m_plan.id, target.name, target.role, target.level,
                                       target.targetMinutes);
        // The competencies first, so the items' mapping names the ones it named.
        if (competenciesDiffer)
            m_repository.setCompetencies(m_plan.id, target.competencies, {});
        if (itemsDiffer)
            m_repository.replaceItems(m_plan.id, target.items);
        setError({});
        setWarning({});
        ok = refresh(itemsDiffer);
    } catch (const PanelistError &error) {
        // Show what the database holds now, then say why the step back failed.
        reload();
        setError(error.message());
        ok = false;
    }
    if (m_undo.isEmpty())
        emit canUndoChanged();
    if (ok)
        emit changed();
    return ok;
}

bool PlanEditor::saveCompetencies(const QList<PlanCompetency> &competencies,
                                  const QList<PlanItem> &items, const QString &coalesceKey)
{
    Plan changed = m_plan;
    changed.competencies = competencies;
    changed.items = items;
    const QStringList problems = plancompetencies::problems(changed);
    if (!problems.isEmpty()) {
        setError(problems.first());
        return false;
    }
    QHash<qint64, QList<int>> mapping;
    for (const PlanItem &item : items)
        mapping.insert(item.id, item.competencies);
    return apply([&] { m_repository.setCompetencies(m_plan.id, competencies, mapping); },
                 coalesceKey);
}

bool PlanEditor::addCompetency(const QString &name)
{
    if (m_plan.id == 0)
        return false;
    if (m_plan.competencies.size() >= limits::kMaxCompetencies) {
        setError(tr("A scorecard rates at most %1 competencies; remove one first.")
                     .arg(limits::kMaxCompetencies));
        return false;
    }
    QList<PlanCompetency> competencies = m_plan.competencies;
    competencies.append({0, name.trimmed(), QString()});
    return saveCompetencies(competencies, m_plan.items);
}

bool PlanEditor::renameCompetency(int index, const QString &name)
{
    if (index < 0 || index >= m_plan.competencies.size())
        return false;
    if (m_plan.competencies.at(index).name == name.trimmed())
        return true;
    QList<PlanCompetency> competencies = m_plan.competencies;
    competencies[index].name = name.trimmed();
    return saveCompetencies(competencies, m_plan.items, QStringLiteral("competency:%1").arg(index));
}

bool PlanEditor::setCompetencyDescription(int index, const QString &description)
{
    if (index < 0 || index >= m_plan.competencies.size())
        return false;
    if (m_plan.competencies.at(index).description == description.trimmed())
        return true;
    QList<PlanCompetency> competencies = m_plan.competencies;
    competencies[index].description = description.trimmed();
    return saveCompetencies(competencies, m_plan.items,
                            QStringLiteral("competency-description:%1").arg(index));
}

bool PlanEditor::removeCompetency(int index)
{
    if (index < 0 || index >= m_plan.competencies.size())
        return false;
    QList<PlanCompetency> competencies = m_plan.competencies;
    competencies.removeAt(index);
    QList<PlanItem> items = m_plan.items;
    plancompetencies::removeFrom(items, index);
    return saveCompetencies(competencies, items);
}

bool PlanEditor::moveCompetency(int from, int to)
{
    const qsizetype count = m_plan.competencies.size();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    QList<PlanCompetency> competencies = m_plan.competencies;
    competencies.move(from, to);
    QList<PlanItem> items = m_plan.items;
    plancompetencies::moveIn(items, from, to);
    return saveCompetencies(competencies, items);
}

bool PlanEditor::toggleItemCompetency(int row, int index)
{
    if (!validRow(row) || index < 0 || index >= m_plan.competencies.size())
        return false;
    QList<PlanItem> items = m_plan.items;
    QList<int> &positions = items[row].competencies;
    if (positions.contains(index))
        positions.removeAll(index);
    else
        positions = plancompetencies::normalized(positions + QList<int>{index});
    return saveCompetencies(m_plan.competencies, items);
}
