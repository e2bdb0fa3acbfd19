#include "bank/textlistmodel.h"

TextListModel::TextListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int TextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_texts.size());
}

QVariant TextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == TextRole || role == Qt::DisplayRole || role == Qt::EditRole)
        return m_texts.at(index.row());
    return {};
}

bool TextListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != TextRole && role != Qt::EditRole))
        return false;
    if (m_texts.at(index.row()) == value.toString())
        return true;
    m_texts[index.row()] = value.toString();
    emit dataChanged(index, index, {TextRole, Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags TextListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> TextListModel::roleNames() const
{
    return {{TextRole, "text"}};
}

void TextListModel::setTexts(const QStringList &texts)
{
    beginResetModel();
    m_texts = texts;
    endResetModel();
    emit countChanged();
}

void TextListModel::append(const QString &text)
{
    const int row = static_cast<int>(m_texts.size());
    beginInsertRows({}, row, row);
    m_texts.append(text);
    endInsertRows();
    emit countChanged();
    emit edited();
}

void TextListModel::setText(int row, const QString &text)
{
    setData(index(row, 0), text, TextRole);
}

void TextListModel::remove(int row)
{
    if (row < 0 || row >= m_texts.size())
        return;
    beginRemoveRows({}, row, row);
    m_texts.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit edited();
}

bool TextListModel::move(int from, int to)
{
    const int size = static_cast<int>(m_texts.size());
    if (from < 0 || from >= size || to < 0 || to >= size || from == to)
        return false;
    // beginMoveRows counts the destination before the move; moving down means +1.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_texts.move(from, to);
    endMoveRows();
    emit edited();
    return true;
}
