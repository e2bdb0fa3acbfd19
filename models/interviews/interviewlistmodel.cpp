#include "interviewlistmodel.h"

#include "interviewrepository.h"
#include "storage/errors.h"

#include <QLocale>

InterviewListModel::InterviewListModel(InterviewRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    refresh();
}

int InterviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InterviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewSummary &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case CandidateRole:
        return row.candidate;
    case RoleRole:
        return row.role;
    case PlanNameRole:
        return row.planName;
    case StatusRole:
        return row.status;
    case StartedRole:
        return row.startedAt.isValid()
                   ? QLocale().toString(row.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case RecommendationRole:
        return row.recommendation;
    case RecommendationLabelRole:
        return interviewvalues::recommendationLabel(row.recommendation);
    case AmendedRole:
        return row.amended;
    default:
        return {};
    }
}

QHash<int, QByteArray> InterviewListModel::roleNames() const
{
    return {{IdRole, "interviewId"},
            {CandidateRole, "candidate"},
            {RoleRole, "role"},
            {PlanNameRole, "planName"},
            {StatusRole, "status"},
            {StartedRole, "started"},
            {RecommendationRole, "recommendation"},
            {RecommendationLabelRole, "recommendationLabel"},
            {AmendedRole, "amended"}};
}

void InterviewListModel::refresh()
{
    QList<InterviewSummary> rows;
    try {
        rows = m_repository.interviews();
    } catch (const PanelistError &) {
        return; // keeps showing what it had; the action that failed reports why
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}
