#include "plans/planlistmodel.h"

#include "storage/planrepository.h"

namespace {

bool sameSummary(const PlanSummary &a, const PlanSummary &b)
{
    return a.id == b.id && a.uuid == b.uuid && a.name == b.name && a.role == b.role &&
           a.level == b.level && a.targetMinutes == b.targetMinutes &&
           a.totalMinutes == b.totalMinutes && a.questionCount == b.questionCount;
}

} // namespace

PlanListModel::PlanListModel(PlanRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    reload();
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.id;
    case UuidRole:
        return row.uuid;
    case RoleRole:
        return row.role;
    case LevelRole:
        return int(row.level);
    case LevelLabelRole:
        return vocabulary::label(row.level);
    case TargetMinutesRole:
        return row.targetMinutes;
    case TotalMinutesRole:
        return row.totalMinutes;
    case QuestionCountRole:
        return row.questionCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanListModel::roleNames() const
{
    return {{IdRole, "planId"},
            {UuidRole, "uuid"},
            {NameRole, "name"},
            {RoleRole, "role"},
            {LevelRole, "level"},
            {TargetMinutesRole, "targetMinutes"},
            {TotalMinutesRole, "totalMinutes"},
            {QuestionCountRole, "questionCount"},
            {LevelLabelRole, "levelLabel"}};
}

int PlanListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? static_cast<int>(m_rows.at(row).id) : 0;
}

int PlanListModel::rowOf(int id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void PlanListModel::reload()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = m_repository.plans();
    endResetModel();
    if (m_rows.size() != before)
        emit countChanged();
}

void PlanListModel::refresh()
{
    const QList<PlanSummary> rows = m_repository.plans();
    bool sameOrder = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows.at(i).id == m_rows.at(i).id;
    if (!sameOrder) {
        const qsizetype before = m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (m_rows.size() != before)
            emit countChanged();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (sameSummary(rows.at(i), m_rows.at(i)))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i), index(i));
    }
}
