#pragma once

#include "interview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class InterviewRepository;

// Every interview, newest first, for lists and pickers: candidate, role, plan, date,
// status and recommendation.
class InterviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.interviews")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CandidateRole,
        RoleRole,
        PlanNameRole,
        StatusRole,
        StartedRole, // display text, local time
        RecommendationRole,
        RecommendationLabelRole,
        AmendedRole,
    };
    Q_ENUM(Role)

    explicit InterviewListModel(InterviewRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void countChanged();

private:
    InterviewRepository &m_repository;
    QList<InterviewSummary> m_rows;
};
