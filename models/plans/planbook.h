#pragma once

#include "plans/planeditor.h"
#include "plans/planlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class PlanRepository;

// Plans as QML sees them: the list, the editor of one plan, and creating, copying and
// deleting plans. The instance is the one main() built over the open database.
class PlanBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(PlanListModel *plans READ plans CONSTANT)
    Q_PROPERTY(PlanEditor *editor READ editor CONSTANT)
    // Why the last create, duplicate or remove was refused.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The stored key of the level a new plan starts with.
    Q_PROPERTY(QString defaultLevel READ defaultLevel CONSTANT)

public:
    explicit PlanBook(PlanRepository &repository, QObject *parent = nullptr);

    static PlanBook *create(QQmlEngine *, QJSEngine *);
    static void setInstance(PlanBook *instance);

    PlanListModel *plans() { return &m_plans; }
    PlanEditor *editor() { return &m_editor; }
    QString error() const { return m_error; }
    static QString defaultLevel();

    // The new plan's id, or 0 with `error` set.
    Q_INVOKABLE int createPlan(const QString &name, const QString &role, const QString &level,
                               int targetMinutes);
    // A copy named "<name> (copy)": its id, or 0 with `error` set.
    Q_INVOKABLE int duplicatePlan(int id);
    // Deletes the plan (interviews run from it keep their own copy); closes the editor
    // when it shows that plan.
    Q_INVOKABLE bool removePlan(int id);
    // Re-reads the list and the open plan, e.g. after the bank changed.
    Q_INVOKABLE void reload();

signals:
    void errorChanged();

private:
    template<typename Action> int attempt(Action action);
    void setError(const QString &error);

    PlanRepository &m_repository;
    PlanListModel m_plans;
    PlanEditor m_editor;
    QString m_error;
};
