#include "interviews/candidateloopmodel.h"

#include <algorithm>

#include <QLocale>

namespace {
QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

CandidateLoopModel::CandidateLoopModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_guard(database)
{}

int CandidateLoopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CandidateLoopModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewSummary &row = m_rows.at(index.row()).summary;
    switch (role) {
    case HiddenRole:
        return m_rows.at(index.row()).hidden;
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case InterviewerRole:
        return row.interviewer;
    case PlanNameRole:
        return row.planName;
    case StatusRole:
        return int(row.status);
    case StatusLabelRole:
        return vocabulary::label(row.status);
    case StartedRole:
        return shortTime(row.startedAt);
    case EndedRole:
        return row.status == vocabulary::InterviewStatus::Finished ? shortTime(row.endedAt)
                                                                   : QString();
    case ScorecardInRole:
        return row.status == vocabulary::InterviewStatus::Finished;
    case RecommendationRole:
        return int(row.recommendation);
    case RecommendationLabelRole:
        return vocabulary::label(row.recommendation);
    default:
        return {};
    }
}

QHash<int, QByteArray> CandidateLoopModel::roleNames() const
{
    return {{IdRole, "interviewId"},
            {InterviewerRole, "interviewer"},
            {PlanNameRole, "planName"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {StartedRole, "started"},
            {EndedRole, "ended"},
            {ScorecardInRole, "scorecardIn"},
            {RecommendationRole, "recommendation"},
            {RecommendationLabelRole, "recommendationLabel"},
            {HiddenRole, "hidden"}};
}

void CandidateLoopModel::load(qint64 id)
{
    QList<Row> rows;
    if (id > 0) {
        const std::optional<PanelView> view = m_guard.view(id); // may throw: nothing changes
        if (view) {
            auto among = [](const QList<Interview> &list, qint64 interview) {
                return std::any_of(list.cbegin(), list.cend(),
                                   [interview](const Interview &i) { return i.id == interview; });
            };
            for (const InterviewSummary &summary : view->loop)
                rows.append({summary, !among(view->own, summary.id) &&
                                          !among(view->colleagues, summary.id)});
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (m_candidateId != id) {
        m_candidateId = id;
        emit candidateIdChanged();
    }
    if (countChanges)
        emit countChanged();
}

int CandidateLoopModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? int(m_rows.at(row).summary.id) : 0;
}
