#include "bank/questionlistmodel.h"

#include "bank/facetcounter.h"
#include "common/qmlvocabulary.h"
#include "domain/errors.h"
#include "storage/bankrepository.h"

QuestionListModel::QuestionListModel(BankRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    m_facetTimer.setSingleShot(true);
    m_facetTimer.setInterval(kFacetDelayMs);
    connect(&m_facetTimer, &QTimer::timeout, this, &QuestionListModel::refreshFacets);
    m_levelFacets.setLabels([](const QString &key) {
        return QmlVocabulary::levelLabel(QmlVocabulary::levelValue(key));
    });
    m_kindFacets.setLabels(
        [](const QString &key) { return QmlVocabulary::kindLabel(QmlVocabulary::kindValue(key)); });
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
        return int(row.level);
    case KindRole:
        return int(row.kind);
    case LevelLabelRole:
        return vocabulary::label(row.level);
    case KindLabelRole:
        return vocabulary::label(row.kind);
    case MinutesRole:
        return row.minutes;
    case ArchivedRole:
        return row.archived;
    case StartsCategoryRole: {
        const bool bankOrder = m_request.sort == searchindex::Sort::Category ||
                               (m_request.sort == searchindex::Sort::Relevance &&
                                searchindex::matchExpression(m_request.text).isEmpty());
        return bankOrder &&
               (index.row() == 0 || m_rows.at(index.row() - 1).category != row.category);
    }
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
            {StartsCategoryRole, "startsCategory"},
            {LevelLabelRole, "levelLabel"},
            {KindLabelRole, "kindLabel"}};
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
    if (query == m_request.text)
        return;
    m_request.text = query;
    emit queryChanged();
    reload();
    m_facetTimer.start();
}

void QuestionListModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    filtersEdited();
}

void QuestionListModel::filtersEdited()
{
    emit filtersChanged();
    reload();
    m_facetTimer.start();
}

QString QuestionListModel::level() const
{
    return m_request.level ? vocabulary::key(*m_request.level) : QString();
}

void QuestionListModel::setLevel(const QString &value)
{
    const std::optional<vocabulary::Level> level = vocabulary::parseLevel(value);
    if ((!level && !value.isEmpty()) || level == m_request.level)
        return;
    m_request.level = level;
    filtersEdited();
}

QString QuestionListModel::kind() const
{
    return m_request.kind ? vocabulary::key(*m_request.kind) : QString();
}

void QuestionListModel::setKind(const QString &value)
{
    const std::optional<vocabulary::Kind> kind = vocabulary::parseKind(value);
    if ((!kind && !value.isEmpty()) || kind == m_request.kind)
        return;
    m_request.kind = kind;
    filtersEdited();
}

void QuestionListModel::setShowArchived(bool show)
{
    if (m_request.includeArchived == show)
        return;
    m_request.includeArchived = show;
    emit filtersChanged();
    reload();
    m_facetTimer.start();
}

void QuestionListModel::setSort(Sort sort)
{
    if (m_request.sort == static_cast<searchindex::Sort>(sort))
        return;
    m_request.sort = static_cast<searchindex::Sort>(sort);
    emit filtersChanged();
    reload();
}

void QuestionListModel::clearFilters()
{
    if (m_request.category.isEmpty() && !m_request.level && !m_request.kind &&
        m_request.tag.isEmpty())
        return;
    m_request.category.clear();
    m_request.level.reset();
    m_request.kind.reset();
    m_request.tag.clear();
    filtersEdited();
}

qint64 QuestionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int QuestionListModel::rowOf(qint64 id)
{
    for (;;) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

void QuestionListModel::refresh()
{
    const int loaded = static_cast<int>(m_rows.size());
    m_refreshed = true;
    m_changing = true;
    beginResetModel();
    m_rows = fetchPage(0);
    m_exhausted = m_rows.size() < kPageSize;
    while (!m_exhausted && m_rows.size() < loaded) {
        const QList<QuestionSummary> page = fetchPage(static_cast<int>(m_rows.size()));
        m_exhausted = page.size() < kPageSize;
        m_rows.append(page);
    }
    endResetModel();
    m_changing = false;
    emit countChanged();
    emit matchCountChanged();
}

int QuestionListModel::rowAfterReset(qint64 previousId) const
{
    if (m_rows.isEmpty())
        return -1;
    if (m_refreshed) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == previousId)
                return row;
        }
    }
    return 0;
}

void QuestionListModel::reload()
{
    // A new query is a new list: a reset is the honest signal here.
    m_refreshed = false;
    m_changing = true;
    beginResetModel();
    m_rows = fetchPage(0);
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
    m_changing = false;
    m_suggestion.clear();
    if (m_rows.isEmpty() && !m_request.text.trimmed().isEmpty()) {
        try {
            m_suggestion = m_repository.suggestion(m_request.text);
        } catch (const PanelistError &) {
            // No suggestion then; the search itself said what failed.
        }
    }
    emit countChanged();
    emit matchCountChanged();
}

void QuestionListModel::refreshFacets()
{
    m_facetTimer.stop();
    if (m_facetCounter)
        m_facetCounter->request(m_request);
    else
        applyFacets(m_repository.facets(m_request));
}

void QuestionListModel::setFacetCounter(FacetCounter *counter)
{
    m_facetCounter = counter;
    connect(counter, &FacetCounter::counted, this, &QuestionListModel::applyFacets);
}

void QuestionListModel::applyFacets(const searchindex::Facets &facets)
{
    m_categoryFacets.setValues(facets.categories);
    // Facet values reach QML as their keys.
    QList<QPair<QString, int>> levels;
    for (const auto &[level, count] : facets.levels)
        levels.append({vocabulary::key(level), count});
    QList<QPair<QString, int>> kinds;
    for (const auto &[kind, count] : facets.kinds)
        kinds.append({vocabulary::key(kind), count});
    m_levelFacets.setValues(levels);
    m_kindFacets.setValues(kinds);
    m_tagFacets.setValues(facets.tags);
    // Every question has one category: the categories' counts add up to the matches
    // (the category filter, when on, picks its own count).
    int total = 0;
    for (const auto &[name, count] : facets.categories) {
        if (m_request.category.isEmpty() || name == m_request.category)
            total += count;
    }
    m_facetTotal = total;
    emit matchCountChanged();
}

int QuestionListModel::matchCount() const
{
    return m_exhausted ? int(m_rows.size()) : m_facetTotal;
}

QList<QuestionSummary> QuestionListModel::fetchPage(int offset) const
{
    searchindex::Request request = m_request;
    request.limit = kPageSize;
    request.offset = offset;
    return m_repository.search(request);
}
