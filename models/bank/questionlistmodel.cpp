#include "questionlistmodel.h"

#include "bankrepository.h"

QuestionListModel::QuestionListModel(BankRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    reload();
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuestionSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case IdRole:
        return row.id;
    case UuidRole:
        return row.uuid;
    case CategoryRole:
        return row.category;
    case LevelRole:
        return row.level;
    case KindRole:
        return row.kind;
    case MinutesRole:
        return row.minutes;
    case ArchivedRole:
        return row.archived;
    case StartsCategoryRole:
        return m_query.trimmed().isEmpty() &&
               (index.row() == 0 || m_rows.at(index.row() - 1).category != row.category);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    return {{IdRole, "questionId"},
            {UuidRole, "uuid"},
            {TitleRole, "title"},
            {CategoryRole, "category"},
            {LevelRole, "level"},
            {KindRole, "kind"},
            {MinutesRole, "minutes"},
            {ArchivedRole, "archived"},
            {StartsCategoryRole, "startsCategory"}};
}

bool QuestionListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is announced: a view asking then would nest an insert in it.
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void QuestionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QuestionSummary> page = fetchPage(static_cast<int>(m_rows.size()));
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
    emit countChanged();
}

void QuestionListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

qint64 QuestionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void QuestionListModel::reload()
{
    // A new query is a new list: a reset is the honest signal here.
    m_changing = true;
    beginResetModel();
    m_rows = fetchPage(0);
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
    m_changing = false;
    emit countChanged();
}

QList<QuestionSummary> QuestionListModel::fetchPage(int offset) const
{
    if (m_query.trimmed().isEmpty())
        return m_repository.listQuestions(kPageSize, offset);
    searchindex::Request request;
    request.text = m_query;
    request.limit = kPageSize;
    request.offset = offset;
    return m_repository.search(request);
}
