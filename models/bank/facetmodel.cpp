#include "bank/facetmodel.h"

FacetModel::FacetModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[value, count] = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return value;
    case CountRole:
        return count;
    case LabelRole:
        return labelOf(value);
    default:
        return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    return {{ValueRole, "value"}, {CountRole, "count"}, {LabelRole, "label"}};
}

void FacetModel::setValues(const QList<QPair<QString, int>> &values)
{
    bool sameValues = values.size() == m_values.size();
    for (int i = 0; sameValues && i < values.size(); ++i)
        sameValues = values.at(i).first == m_values.at(i).first;
    if (sameValues) {
        // Same entries, new counts: a menu that is open keeps its place.
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).second != m_values.at(i).second) {
                m_values[i].second = values.at(i).second;
                emit dataChanged(index(i, 0), index(i, 0), {CountRole});
            }
        }
        return;
    }
    beginResetModel();
    m_values = values;
    endResetModel();
    emit countChanged();
}

int FacetModel::countOf(const QString &value) const
{
    for (const auto &[name, count] : m_values) {
        if (name == value)
            return count;
    }
    return 0;
}

QString FacetModel::labelOf(const QString &value) const
{
    if (!m_labels)
        return value;
    const QString label = m_labels(value);
    return label.isEmpty() ? value : label;
}
