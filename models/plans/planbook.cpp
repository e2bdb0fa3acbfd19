#include "plans/planbook.h"

#include "domain/errors.h"
#include "storage/planrepository.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace {
PlanBook *s_instance = nullptr;
}

PlanBook::PlanBook(PlanRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_plans(repository)
    , m_editor(repository)
{
    // Totals, names and counts in the list follow the editor's saved changes.
    connect(&m_editor, &PlanEditor::changed, &m_plans, &PlanListModel::refresh);
}

PlanBook *PlanBook::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "PlanBook", "main() must create the plan book before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void PlanBook::setInstance(PlanBook *instance)
{
    s_instance = instance;
}

void PlanBook::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

template<typename Action> int PlanBook::attempt(Action action)
{
    int result = 0;
    try {
        result = action();
    } catch (const PanelistError &error) {
        setError(error.message());
        return 0;
    }
    setError({});
    m_plans.refresh();
    return result;
}

QString PlanBook::defaultLevel()
{
    return vocabulary::key(Plan{}.level);
}

int PlanBook::createPlan(const QString &name, const QString &role, const QString &level,
                         int targetMinutes)
{
    return attempt([&] {
        return static_cast<int>(
            m_repository.create(name, role, PlanEditor::levelOf(level), targetMinutes));
    });
}

int PlanBook::duplicatePlan(int id)
{
    return attempt([&] { return static_cast<int>(m_repository.duplicate(id)); });
}

bool PlanBook::removePlan(int id)
{
    const bool removed = attempt([&] {
                             m_repository.remove(id);
                             return 1;
                         }) != 0;
    if (removed && m_editor.planId() == id)
        m_editor.close();
    return removed;
}

void PlanBook::reload()
{
    m_plans.refresh();
    m_editor.reload();
}
