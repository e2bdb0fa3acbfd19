#pragma once

#include "domain/plan.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The questions of one plan in order, for the plan editor's list. After an edit the
// model is refreshed with the plan's new items and tells views only what changed: a
// changed row (dataChanged), a moved row (rowsMoved), an added or removed one. Loading
// another plan resets it.
class PlanItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlanBook.editor.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        QuestionIdRole,
        TitleRole,
        CategoryRole,
        LevelRole, // a vocabulary::Level
        MinutesRole,
        NoteRole,
        // True when the same question appears earlier in the plan.
        RepeatedRole,
        ArchivedRole,
        LevelLabelRole,
        CompetenciesRole, // the positions of the plan's competencies it evidences (list of int)
    };
    Q_ENUM(Role)

    explicit PlanItemModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<PlanItem> &items() const { return m_items; }
    qint64 planId() const { return m_planId; }

    // Shows `plan`'s items: a reset.
    void setPlan(const Plan &plan);
    void clear();
    // Shows the items of the same plan after an edit, with the narrowest signals: one
    // insert, removal or move (then dataChanged for rows whose content differs), or a
    // reset when the change is anything larger.
    void update(const QList<PlanItem> &items);

signals:
    void countChanged();

private:
    static QList<bool> repeatedFlags(const QList<PlanItem> &items);
    void resetTo(qint64 planId, const QList<PlanItem> &items);
    bool applyStructure(const QList<PlanItem> &items, const QList<bool> &repeated);

    qint64 m_planId = 0;
    QList<PlanItem> m_items;
    QList<bool> m_repeated;
};
