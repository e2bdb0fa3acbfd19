#pragma once

#include "domain/plan.h"
#include "plans/planitemmodel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class PlanRepository;

// Edits one plan. There is no Save: every change is written at once through the
// repository, and a refused one leaves `error` set and the plan as it was. Undo
// (Ctrl+Z) steps back through the changes made since the plan was opened.
class PlanEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlanBook.editor")
    Q_PROPERTY(int planId READ planId NOTIFY planIdChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY levelChanged)
    Q_PROPERTY(
        int targetMinutes READ targetMinutes WRITE setTargetMinutes NOTIFY targetMinutesChanged)
    Q_PROPERTY(PlanItemModel *items READ items CONSTANT)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY totalsChanged)
    Q_PROPERTY(bool overBudget READ overBudget NOTIFY totalsChanged)
    // target - total: negative when over budget.
    Q_PROPERTY(int remainingMinutes READ remainingMinutes NOTIFY totalsChanged)
    // Advice about the last change that was still saved (a question added twice).
    Q_PROPERTY(QString warning READ warning NOTIFY warningChanged)
    // Why the last change was refused.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    // [{name, label, minutes}] per category (bank order) and per level, for a small chart.
    Q_PROPERTY(QVariantList categoryCoverage READ categoryCoverage NOTIFY coverageChanged)
    // The scorecard's competencies: [{name, description, questions (how many items
    // evidence it), minutes (theirs)}], in order.
    Q_PROPERTY(QVariantList competencies READ competencies NOTIFY competenciesChanged)
    // The balance line of the competencies: "Python depth 3 questions (24 min) · …", then
    // how many questions count for none and what the count lacks (2 to 6); "" for none.
    Q_PROPERTY(QString competencyBalance READ competencyBalance NOTIFY competenciesChanged)
    Q_PROPERTY(QVariantList levelCoverage READ levelCoverage NOTIFY coverageChanged)

public:
    static constexpr int kUndoDepth = 50;

    explicit PlanEditor(PlanRepository &repository, QObject *parent = nullptr);

    // The level a key from QML names; throws PanelistError saying which keys there are
    // for any other text.
    static vocabulary::Level levelOf(const QString &key);

    int planId() const { return static_cast<int>(m_plan.id); }
    QString name() const { return m_plan.name; }
    void setName(const QString &name);
    QString role() const { return m_plan.role; }
    void setRole(const QString &role);
    // The level as its key ("senior"); empty while no plan is open.
    QString level() const { return levelText(m_plan); }
    void setLevel(const QString &level);
    int targetMinutes() const { return m_plan.targetMinutes; }
    void setTargetMinutes(int minutes);
    PlanItemModel *items() { return &m_items; }
    int totalMinutes() const { return m_plan.totalMinutes(); }
    bool overBudget() const { return totalMinutes() > targetMinutes(); }
    int remainingMinutes() const { return targetMinutes() - totalMinutes(); }
    QString warning() const { return m_warning; }
    QString error() const { return m_error; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    QVariantList categoryCoverage() const { return m_categoryCoverage; }
    QVariantList levelCoverage() const { return m_levelCoverage; }

    // Loads plan `planId` (the undo history starts afresh); false when it does not exist.
    Q_INVOKABLE bool open(int planId);
    // Shows no plan.
    Q_INVOKABLE void close();
    // Re-reads the open plan, e.g. after the bank changed (titles, deleted questions).
    Q_INVOKABLE void reload();
    // Appends question `questionId`. A question already in the plan is added again,
    // with `warning` saying so.
    Q_INVOKABLE bool addQuestion(int questionId);
    Q_INVOKABLE void removeItem(int row);
    Q_INVOKABLE bool moveItem(int from, int to);
    Q_INVOKABLE void setMinutes(int row, int minutes);
    // Names, roles and notes longer than their limits (bank/fieldlimits.h) are refused with
    // `error` saying so, like any other refused change.
    Q_INVOKABLE void setNote(int row, const QString &note);
    // Restores the items and details as they were before the last change. Consecutive
    // edits of one text (the name, the role, one item's note) count as one change.
    Q_INVOKABLE bool undo();

    // The competencies (each one undoable). False with `error` saying why (an empty,
    // too long or repeated name, more than 6, an index out of range).
    Q_INVOKABLE bool addCompetency(const QString &name);
    Q_INVOKABLE bool renameCompetency(int index, const QString &name);
    Q_INVOKABLE bool setCompetencyDescription(int index, const QString &description);
    Q_INVOKABLE bool removeCompetency(int index);
    Q_INVOKABLE bool moveCompetency(int from, int to);
    // Item `row` evidences competency `index`, or no longer does.
    Q_INVOKABLE bool toggleItemCompetency(int row, int index);
    QVariantList competencies() const { return m_competencies; }
    QString competencyBalance() const { return m_competencyBalance; }

signals:
    void planIdChanged();
    void nameChanged();
    void roleChanged();
    void levelChanged();
    void targetMinutesChanged();
    void totalsChanged();
    void warningChanged();
    void errorChanged();
    void canUndoChanged();
    void coverageChanged();
    void competenciesChanged();
    // After any change that was saved (undo included).
    void changed();

private:
    template<typename Edit> bool apply(Edit edit, const QString &coalesceKey = {});
    bool updateDetails(const QString &name, const QString &role, vocabulary::Level level,
                       int targetMinutes, const QString &coalesceKey);
    static QString levelText(const Plan &plan);
    bool validRow(int row);
    // False, with `error` saying so, when `text` is longer than `limit` characters;
    // `message` takes the length and the limit.
    bool withinLimit(const QString &message, const QString &text, int limit);
    // Re-reads the plan and announces what differs; false when it no longer exists.
    bool refresh(bool resetItems);
    void show(const Plan &plan, bool resetItems);
    void pushUndo(const Plan &state);
    void setWarning(const QString &warning);
    void setError(const QString &error);

    PlanRepository &m_repository;
    PlanItemModel m_items;
    Plan m_plan;
    QList<Plan> m_undo;
    QString m_lastEditKey; // the text edit the newest undo state covers
    QString m_warning;
    QString m_error;
    QVariantList m_categoryCoverage;
    QVariantList m_levelCoverage;
    QVariantList m_competencies;
    QString m_competencyBalance;
    // Writes `competencies` with every item's mapping from `items` (by item id).
    bool saveCompetencies(const QList<PlanCompetency> &competencies, const QList<PlanItem> &items,
                          const QString &coalesceKey = {});
};
