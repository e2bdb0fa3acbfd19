#include "interviews/interviewlistmodel.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/interviewrepository.h"

#include <QLocale>
#include <QMap>
#include <QSet>
#include <QVariantMap>

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
        return int(row.status);
    case StatusLabelRole:
        return vocabulary::label(row.status);
    case StartedRole:
        return row.startedAt.isValid()
                   ? QLocale().toString(row.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case RecommendationRole:
        return int(row.recommendation);
    case RecommendationLabelRole:
        return vocabulary::label(row.recommendation);
    case AmendedRole:
        return row.amended;
    case InterviewerRole:
        return row.interviewer;
    case PlanIdRole:
        return row.planId;
    case DurationTextRole:
        return row.startedAt.isValid()
                   ? interviewvalues::durationText(row.elapsedSeconds(wallclock::now()))
                   : QString();
    case DateTextRole:
        return row.startedAt.isValid()
                   ? QLocale().toString(row.startedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
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
            {AmendedRole, "amended"},
            {InterviewerRole, "interviewer"},
            {PlanIdRole, "planId"},
            {DurationTextRole, "durationText"},
            {DateTextRole, "dateText"},
            {StatusLabelRole, "statusLabel"}};
}

void InterviewListModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    emit searchChanged();
    applyFilters();
}

void InterviewListModel::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
    applyFilters();
}

QVariantList InterviewListModel::statusChoices()
{
    QVariantList choices{QVariantMap{{QStringLiteral("key"), QString()},
                                     {QStringLiteral("label"), tr("All interviews")}}};
    for (vocabulary::InterviewStatus status :
         {vocabulary::InterviewStatus::Live, vocabulary::InterviewStatus::Finished}) {
        choices.append(QVariantMap{{QStringLiteral("key"), vocabulary::key(status)},
                                   {QStringLiteral("label"), vocabulary::label(status)}});
    }
    return choices;
}

void InterviewListModel::setPlanId(int planId)
{
    if (m_planId == planId)
        return;
    m_planId = planId;
    emit planIdChanged();
    applyFilters();
}

int InterviewListModel::rowOf(int id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool InterviewListModel::matches(const InterviewSummary &row) const
{
    if (!m_status.isEmpty() && vocabulary::key(row.status) != m_status)
        return false;
    if (m_planId > 0 && row.planId != m_planId)
        return false;
    // Plain substring matching: no pattern syntax, so anything typed is just text.
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    return row.candidate.contains(needle, Qt::CaseInsensitive) ||
           row.role.contains(needle, Qt::CaseInsensitive) ||
           row.planName.contains(needle, Qt::CaseInsensitive) ||
           row.interviewer.contains(needle, Qt::CaseInsensitive);
}

void InterviewListModel::applyFilters()
{
    QList<InterviewSummary> rows;
    for (const InterviewSummary &row : std::as_const(m_all)) {
        if (matches(row))
            rows.append(row);
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void InterviewListModel::refresh()
{
    QList<InterviewSummary> all;
    try {
        all = m_repository.interviews();
    } catch (const PanelistError &) {
        return; // keeps showing what it had; the action that failed reports why
    }
    const bool totalChanges = all.size() != m_all.size();
    m_all = all;

    // One entry per plan still there, named as its newest interview has it.
    QMap<QString, QVariantMap> byName;
    QSet<qint64> seen;
    for (const InterviewSummary &row : std::as_const(m_all)) {
        if (row.planId <= 0 || seen.contains(row.planId))
            continue;
        seen.insert(row.planId);
        byName.insert(row.planName.toLower() + QChar(0) + QString::number(row.planId),
                      {{QStringLiteral("planId"), int(row.planId)},
                       {QStringLiteral("planName"), row.planName}});
    }
    QVariantList plans;
    for (const QVariantMap &plan : std::as_const(byName))
        plans.append(plan);
    if (plans != m_plans) {
        m_plans = plans;
        emit plansChanged();
    }
    applyFilters();
    if (totalChanges)
        emit totalCountChanged();
}

void InterviewListModel::refreshClocks()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status == vocabulary::InterviewStatus::Live)
            emit dataChanged(index(row), index(row), {DurationTextRole});
    }
}
