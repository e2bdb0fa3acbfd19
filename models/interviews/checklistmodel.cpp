#include "interviews/checklistmodel.h"

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text;
    case CheckedRole:
        return entry.checked;
    case AdHocRole:
        return entry.adHoc;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return {{TextRole, "label"}, {CheckedRole, "marked"}, {AdHocRole, "adHoc"}};
}

void ChecklistModel::update(qint64 owner, const QList<Entry> &entries)
{
    const bool sameStart =
        owner == m_owner && entries.size() >= m_entries.size() &&
        std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin(),
                   [](const Entry &a, const Entry &b) { return a.text == b.text; });
    if (!sameStart) {
        const bool countChanges = entries.size() != m_entries.size();
        beginResetModel();
        m_owner = owner;
        m_entries = entries;
        endResetModel();
        if (countChanges)
            emit countChanged();
        return;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i) == entries.at(i))
            continue;
        m_entries[i] = entries.at(i);
        emit dataChanged(index(i), index(i));
    }
    if (entries.size() > m_entries.size()) {
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries = entries;
        endInsertRows();
        emit countChanged();
    }
}
