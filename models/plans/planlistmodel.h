#pragma once

#include "domain/plan.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class PlanRepository;

// Every plan by name, with its totals, for the plans list.
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlanBook.plans")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        NameRole,
        RoleRole,  // the job role the plan is for
        LevelRole, // a vocabulary::Level
        TargetMinutesRole,
        TotalMinutesRole,
        QuestionCountRole,
        LevelLabelRole,
    };
    Q_ENUM(Role)

    explicit PlanListModel(PlanRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The id of the plan at `row`, or 0.
    Q_INVOKABLE int idAt(int row) const;
    // The row of plan `id`, or -1.
    Q_INVOKABLE int rowOf(int id) const;
    // Re-reads every plan (a reset).
    Q_INVOKABLE void reload();
    // Re-reads after an edit: when the same plans are in the same order only the rows
    // that differ change (dataChanged); otherwise the list resets.
    void refresh();

signals:
    void countChanged();

private:
    PlanRepository &m_repository;
    QList<PlanSummary> m_rows;
};
