#include "plans/planitemmodel.h"

#include <QSet>

namespace {

QList<qint64> idsOf(const QList<PlanItem> &items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const PlanItem &item : items)
        ids << item.id;
    return ids;
}

bool sameItem(const PlanItem &a, const PlanItem &b)
{
    return a.id == b.id && a.questionId == b.questionId && a.questionUuid == b.questionUuid &&
           a.title == b.title && a.category == b.category && a.level == b.level &&
           a.archived == b.archived && a.minutes == b.minutes && a.note == b.note &&
           a.competencies == b.competencies;
}

// The index at which `longer` has the one element `shorter` lacks, or -1 when the
// lists differ by more than that.
qsizetype extraAt(const QList<qint64> &longer, const QList<qint64> &shorter)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    qsizetype i = 0;
    while (i < shorter.size() && longer.at(i) == shorter.at(i))
        ++i;
    for (qsizetype j = i; j < shorter.size(); ++j) {
        if (longer.at(j + 1) != shorter.at(j))
            return -1;
    }
    return i;
}

} // namespace

PlanItemModel::PlanItemModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int PlanItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant PlanItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case IdRole:
        return item.id;
    case QuestionIdRole:
        return item.questionId;
    case CategoryRole:
        return item.category;
    case LevelRole:
        return int(item.level);
    case LevelLabelRole:
        return vocabulary::label(item.level);
    case MinutesRole:
        return item.minutes;
    case NoteRole:
        return item.note;
    case RepeatedRole:
        return m_repeated.value(index.row());
    case ArchivedRole:
        return item.archived;
    case CompetenciesRole: {
        QVariantList positions;
        for (const int position : item.competencies)
            positions << position;
        return positions;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanItemModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {QuestionIdRole, "questionId"},
            {TitleRole, "title"},
            {CategoryRole, "category"},
            {LevelRole, "level"},
            {MinutesRole, "minutes"},
            {NoteRole, "note"},
            {RepeatedRole, "repeated"},
            {ArchivedRole, "archived"},
            {LevelLabelRole, "levelLabel"},
            {CompetenciesRole, "competencies"}};
}

QList<bool> PlanItemModel::repeatedFlags(const QList<PlanItem> &items)
{
    QList<bool> flags;
    flags.reserve(items.size());
    QSet<qint64> seen;
    for (const PlanItem &item : items) {
        flags << seen.contains(item.questionId);
        seen.insert(item.questionId);
    }
    return flags;
}

void PlanItemModel::resetTo(qint64 planId, const QList<PlanItem> &items)
{
    const qsizetype before = m_items.size();
    beginResetModel();
    m_planId = planId;
    m_items = items;
    m_repeated = repeatedFlags(m_items);
    endResetModel();
    if (m_items.size() != before)
        emit countChanged();
}

void PlanItemModel::setPlan(const Plan &plan)
{
    resetTo(plan.id, plan.items);
}

void PlanItemModel::clear()
{
    resetTo(0, {});
}

// Brings the rows' order to `newIds` with one insert, removal or move, keeping the
// old contents of rows that stay (update() compares them next). False when it would
// take more than one such step.
bool PlanItemModel::applyStructure(const QList<PlanItem> &items, const QList<bool> &repeated)
{
    const QList<qint64> oldIds = idsOf(m_items);
    const QList<qint64> newIds = idsOf(items);
    if (oldIds == newIds)
        return true;
    if (const qsizetype at = extraAt(newIds, oldIds); at >= 0) {
        beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
        m_items.insert(at, items.at(at));
        m_repeated.insert(at, repeated.at(at));
        endInsertRows();
        emit countChanged();
        return true;
    }
    if (const qsizetype at = extraAt(oldIds, newIds); at >= 0) {
        beginRemoveRows({}, static_cast<int>(at), static_cast<int>(at));
        m_items.removeAt(at);
        m_repeated.removeAt(at);
        endRemoveRows();
        emit countChanged();
        return true;
    }
    if (oldIds.size() != newIds.size())
        return false;
    qsizetype first = 0;
    while (oldIds.at(first) == newIds.at(first))
        ++first;
    qsizetype last = oldIds.size() - 1;
    while (oldIds.at(last) == newIds.at(last))
        --last;
    // Moved down: the first differing row went to the end of the span.
    const bool down = newIds.at(last) == oldIds.at(first) &&
                      oldIds.mid(first + 1, last - first) == newIds.mid(first, last - first);
    // Moved up: the last differing row went to the start of the span.
    const bool up = newIds.at(first) == oldIds.at(last) &&
                    oldIds.mid(first, last - first) == newIds.mid(first + 1, last - first);
    if (!down && !up)
        return false;
    const int from = static_cast<int>(down ? first : last);
    const int to = static_cast<int>(down ? last : first);
    beginMoveRows({}, from, from, {}, down ? to + 1 : to);
    m_items.move(from, to);
    m_repeated.move(from, to);
    endMoveRows();
    return true;
}

void PlanItemModel::update(const QList<PlanItem> &items)
{
    const QList<bool> repeated = repeatedFlags(items);
    if (!applyStructure(items, repeated)) {
        resetTo(m_planId, items);
        return;
    }
    for (int row = 0; row < items.size(); ++row) {
        if (sameItem(m_items.at(row), items.at(row)) && m_repeated.at(row) == repeated.at(row))
            continue;
        m_items[row] = items.at(row);
        m_repeated[row] = repeated.at(row);
        emit dataChanged(index(row), index(row));
    }
}
