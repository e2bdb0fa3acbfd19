#include "bank/categorylistmodel.h"

#include "domain/errors.h"

CategoryListModel::CategoryListModel(CategoryRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    reload();
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryRepository::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.category.name;
    case IdRole:
        return row.category.id;
    case QuestionCountRole:
        return row.questionCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryListModel::roleNames() const
{
    return {{IdRole, "categoryId"}, {NameRole, "name"}, {QuestionCountRole, "questionCount"}};
}

QStringList CategoryListModel::names() const
{
    QStringList result;
    for (const CategoryRepository::Row &row : m_rows)
        result << row.category.name;
    return result;
}

void CategoryListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

template<typename Edit> bool CategoryListModel::apply(Edit edit)
{
    try {
        edit();
    } catch (const PanelistError &error) {
        setError(error.message());
        return false;
    }
    setError({});
    reload();
    emit categoriesEdited();
    return true;
}

bool CategoryListModel::add(const QString &name)
{
    return apply([&] { m_repository.add(name); });
}

bool CategoryListModel::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return apply([&] { m_repository.rename(m_rows.at(row).category.id, name); });
}

bool CategoryListModel::move(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return false;
    return apply([&] { m_repository.move(m_rows.at(from).category.id, to); });
}

bool CategoryListModel::merge(int fromRow, int intoRow)
{
    if (fromRow < 0 || fromRow >= m_rows.size() || intoRow < 0 || intoRow >= m_rows.size())
        return false;
    return apply([&] {
        m_repository.merge(m_rows.at(fromRow).category.id, m_rows.at(intoRow).category.id);
    });
}

bool CategoryListModel::remove(int row, int moveToRow)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const qint64 target =
        moveToRow >= 0 && moveToRow < m_rows.size() ? m_rows.at(moveToRow).category.id : 0;
    return apply([&] { m_repository.remove(m_rows.at(row).category.id, target); });
}

void CategoryListModel::reload()
{
    beginResetModel();
    m_rows = m_repository.categoriesWithCounts();
    endResetModel();
    emit countChanged();
}
