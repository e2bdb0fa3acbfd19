#include "interviews/agendamodel.h"

bool AgendaModel::Row::operator==(const Row &other) const
{
    return title == other.title && category == other.category && state == other.state &&
           seconds == other.seconds && budgetMinutes == other.budgetMinutes &&
           score == other.score && flagStrong == other.flagStrong &&
           flagConcern == other.flagConcern && current == other.current;
}

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case CategoryRole:
        return row.category;
    case StateRole:
        return int(row.state);
    case StateLabelRole:
        return vocabulary::label(row.state);
    case TimeTextRole:
        return tr("%1 / %2 min").arg(interviewvalues::clock(row.seconds)).arg(row.budgetMinutes);
    case SecondsRole:
        return row.seconds;
    case BudgetMinutesRole:
        return row.budgetMinutes;
    case ScoreRole:
        return row.score;
    case FlagStrongRole:
        return row.flagStrong;
    case FlagConcernRole:
        return row.flagConcern;
    case CurrentRole:
        return row.current;
    case OverBudgetRole:
        return row.seconds > row.budgetMinutes * 60;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return {{TitleRole, "title"},
            {CategoryRole, "category"},
            {StateRole, "itemState"},
            {SecondsRole, "seconds"},
            {BudgetMinutesRole, "budgetMinutes"},
            {ScoreRole, "score"},
            {FlagStrongRole, "flagStrong"},
            {FlagConcernRole, "flagConcern"},
            {OverBudgetRole, "overBudget"},
            {StateLabelRole, "itemStateLabel"},
            {TimeTextRole, "timeText"},
            {CurrentRole, "current"}};
}

void AgendaModel::update(const Interview &interview, const QDateTime &now)
{
    QList<Row> rows;
    rows.reserve(interview.items.size());
    for (int i = 0; i < interview.items.size(); ++i) {
        const InterviewItem &item = interview.items.at(i);
        rows.append({item.title, item.category, item.state, interview.itemSeconds(i, now),
                     item.minutesBudget, item.score, item.flagStrong, item.flagConcern,
                     i == interview.currentItem && !interview.finished()});
    }
    if (interview.id != m_interviewId || rows.size() != m_rows.size()) {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_interviewId = interview.id;
        m_rows = rows;
        endResetModel();
        if (countChanges)
            emit countChanged();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i), index(i));
    }
}

void AgendaModel::clear()
{
    if (m_rows.isEmpty() && m_interviewId == 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_interviewId = 0;
    endResetModel();
    emit countChanged();
}
