#pragma once

#include "bank/facetmodel.h"
#include "domain/question.h"
#include "storage/searchindex.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class BankRepository;
class FacetCounter;

// The bank's questions for a list view: all of them in bank order, or the matches of
// `query` best first, narrowed by filters and sorted as asked. Rows arrive a page at a
// time (canFetchMore / fetchMore), so a bank of 100,000 questions costs only what is
// on screen. Filter counts (facets) follow a moment after the list, so typing never
// waits for them.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionBank.questions")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filtersChanged)
    // Filters hold stored keys ("senior"), as the facets give them.
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY filtersChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filtersChanged)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY filtersChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY filtersChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // A category, level, kind or tag filter is on, or archived questions are shown: the
    // list is not "all questions" even without search text.
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)
    // When the search finds nothing: the text with its unknown words replaced by the
    // nearest indexed ones ("asyncoi" -> "asyncio"), or empty.
    Q_PROPERTY(QString suggestion READ suggestion NOTIFY countChanged)
    // How many questions match the search and filters, all pages counted (count is the
    // rows loaded so far): exact once the list is loaded whole, else from the facet
    // counts; -1 until known.
    Q_PROPERTY(int matchCount READ matchCount NOTIFY matchCountChanged)
    Q_PROPERTY(FacetModel *categoryFacets READ categoryFacets CONSTANT)
    Q_PROPERTY(FacetModel *levelFacets READ levelFacets CONSTANT)
    Q_PROPERTY(FacetModel *kindFacets READ kindFacets CONSTANT)
    Q_PROPERTY(FacetModel *tagFacets READ tagFacets CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        TitleRole,
        CategoryRole,
        LevelRole, // a vocabulary::Level
        KindRole,  // a vocabulary::Kind
        MinutesRole,
        ArchivedRole,
        // True on the first row of each category while the list is in bank order,
        // so the view can put a heading there.
        StartsCategoryRole,
        LevelLabelRole,
        KindLabelRole,
    };
    Q_ENUM(Role)

    enum Sort { Relevance, Title, Category, LastEdited };
    Q_ENUM(Sort)

    static constexpr int kPageSize = 100;
    static constexpr int kFacetDelayMs = 120;

    explicit QuestionListModel(BankRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_request.text; }
    void setQuery(const QString &query);
    QString category() const { return m_request.category; }
    void setCategory(const QString &value) { setFilter(m_request.category, value); }
    // The level and kind filters as their keys ("senior"), empty for any. A key the
    // vocabulary does not know leaves the filter as it was.
    QString level() const;
    void setLevel(const QString &value);
    QString kind() const;
    void setKind(const QString &value);
    QString tag() const { return m_request.tag; }
    void setTag(const QString &value) { setFilter(m_request.tag, value); }
    bool showArchived() const { return m_request.includeArchived; }
    QString suggestion() const { return m_suggestion; }
    int matchCount() const;
    bool filtered() const
    {
        return !m_request.category.isEmpty() || m_request.level || m_request.kind ||
               !m_request.tag.isEmpty() || m_request.includeArchived || m_request.archivedOnly;
    }
    void setShowArchived(bool show);
    Sort sort() const { return static_cast<Sort>(m_request.sort); }
    void setSort(Sort sort);

    FacetModel *categoryFacets() { return &m_categoryFacets; }
    FacetModel *levelFacets() { return &m_levelFacets; }
    FacetModel *kindFacets() { return &m_kindFacets; }
    FacetModel *tagFacets() { return &m_tagFacets; }

    Q_INVOKABLE qint64 idAt(int row) const;
    // The row of question `id`, fetching further pages while it may still come; -1
    // when it is not in this list.
    Q_INVOKABLE int rowOf(qint64 id);
    Q_INVOKABLE void clearFilters();
    // Re-reads the first page: a new query or filter, a new list.
    Q_INVOKABLE void reload();
    // Re-reads the same list after its data changed (an edit saved, an import, a
    // teammate's change pulled): as many rows as were loaded, so the view's current
    // question can stay current.
    void refresh();
    // The row a view puts current after a reset, given the question that was current:
    // after refresh() that question's row when it is still loaded, else the first row
    // (-1 when the list is empty).
    Q_INVOKABLE int rowAfterReset(qint64 previousId) const;
    // Recomputes the filter counts now instead of after the short delay: here, or on
    // the counter's thread when one is set.
    Q_INVOKABLE void refreshFacets();
    void setFacetCounter(FacetCounter *counter);

signals:
    void queryChanged();
    void filtersChanged();
    void countChanged();
    void matchCountChanged();

private:
    void setFilter(QString &field, const QString &value);
    void filtersEdited();
    void applyFacets(const searchindex::Facets &facets);
    QList<QuestionSummary> fetchPage(int offset) const;

    BankRepository &m_repository;
    QString m_suggestion;
    int m_facetTotal = -1; // the matches by the last facet counts
    searchindex::Request m_request;
    QList<QuestionSummary> m_rows;
    bool m_exhausted = false;
    bool m_changing = false;  // inside begin…/end… of a reset or insert
    bool m_refreshed = false; // the last reset was refresh(): the same list, new data
    FacetModel m_categoryFacets;
    FacetModel m_levelFacets;
    FacetModel m_kindFacets;
    FacetModel m_tagFacets;
    QTimer m_facetTimer;
    FacetCounter *m_facetCounter = nullptr;
};
