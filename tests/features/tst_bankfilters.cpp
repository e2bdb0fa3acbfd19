#include "bank/questionlistmodel.h"
#include "domain/vocabulary.h"
#include "storage/searchindex.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// Narrowing and ordering the bank: the search request's filters, archive switches and
// sorts, the facet counts beside them, and the list model that drives all of it.
namespace {

struct Row
{
    const char *title;
    const char *category;
    const char *level;
    const char *kind;
    QStringList tags;
    bool archived = false;
};

// Categories in bank order; deliberately not alphabetical, so "bank order" and
// "by name" differ.
const QStringList kCategories = {"Internals", "Concurrency", "Memory"};

// Titles mix case so a case-sensitive sort would put "Zebra…" before "apple…".
const QList<Row> kRows = {
    {"banana split", "Internals", "junior", "technical", {"python", "basics"}},
    {"Apple pie", "Internals", "middle", "coding", {"python"}},
    {"cherry tart", "Concurrency", "senior", "technical", {"threads", "python"}},
    {"Date loaf", "Concurrency", "junior", "behavioural", {"threads"}},
    {"elderberry wine", "Memory", "middle", "technical", {"gc"}},
    {"Fig roll", "Memory", "senior", "coding", {"gc", "python"}},
    {"Zebra cake", "Memory", "middle", "technical", {}},
    {"grape jelly", "Internals", "senior", "technical", {"python"}, true},
    {"Honey cake", "Memory", "junior", "discussion", {"gc"}, true},
    {"kiwi sorbet", "Concurrency", "junior", "technical", {"threads"}},
};

QString field(const Row &row, const QString &name)
{
    if (name == QLatin1String("category"))
        return QString::fromLatin1(row.category);
    if (name == QLatin1String("level"))
        return QString::fromLatin1(row.level);
    return QString::fromLatin1(row.kind);
}

} // namespace

class BankFiltersTest : public QObject
{
    Q_OBJECT

    TestWorkspace m_workspace;
    BankRepository *m_bank = &m_workspace.bank();

    QStringList titles(const searchindex::Request &request) const
    {
        QStringList result;
        for (const QuestionSummary &row : m_bank->search(request))
            result << row.title;
        return result;
    }

    // The titles of kRows that `keep` accepts, in table order; compared as sets.
    template<typename Keep> static QStringList expectedTitles(Keep keep)
    {
        QStringList result;
        for (const Row &row : kRows) {
            if (keep(row))
                result << QString::fromLatin1(row.title);
        }
        result.sort();
        return result;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    // A level or kind facet with its values as their stored keys, as QML sees them.
    template<typename Enum>
    static QList<QPair<QString, int>> keyed(const QList<QPair<Enum, int>> &facet)
    {
        QList<QPair<QString, int>> result;
        for (const auto &[value, count] : facet)
            result.append({vocabulary::key(value), count});
        return result;
    }

    static void setFilter(searchindex::Request &request, const QString &name, const QString &value)
    {
        if (name == QLatin1String("category"))
            request.category = value;
        else if (name == QLatin1String("level"))
            request.level = vocabulary::parseLevel(value);
        else if (name == QLatin1String("kind"))
            request.kind = vocabulary::parseKind(value);
        else
            request.tag = value;
    }

    // Every facet count must equal what a search with that value filtered returns,
    // and every value the search can reach must be listed.
    void verifyFacetsMatchSearch(const searchindex::Request &base)
    {
        const searchindex::Facets facets = m_bank->facets(base);
        const QList<QPair<QString, QList<QPair<QString, int>>>> all = {
            {QStringLiteral("category"), facets.categories},
            {QStringLiteral("level"), keyed(facets.levels)},
            {QStringLiteral("kind"), keyed(facets.kinds)},
            {QStringLiteral("tag"), facets.tags}};
        for (const auto &[name, values] : all) {
            searchindex::Request lifted = base;
            setFilter(lifted, name, QString());
            int total = 0;
            for (const auto &[value, count] : values) {
                searchindex::Request narrowed = base;
                setFilter(narrowed, name, value);
                QVERIFY2(count > 0, qPrintable(name + QLatin1Char('=') + value));
                QCOMPARE(m_bank->search(narrowed).size(), count);
                total += count;
            }
            // Each question has exactly one category, level and kind, so those counts
            // add up to the search without that filter; tags may be several or none.
            if (name != QLatin1String("tag"))
                QCOMPARE(total, m_bank->search(lifted).size());
        }
    }

private slots:
    void initTestCase()
    {
        QList<Category> categories;
        for (int i = 0; i < kCategories.size(); ++i)
            categories.append({0, kCategories.at(i), i});
        QList<Question> questions;
        for (int i = 0; i < kRows.size(); ++i) {
            const Row &row = kRows.at(i);
            Question q = testsupport::sampleQuestion(i + 1, QString::fromLatin1(row.category));
            q.title = QString::fromLatin1(row.title);
            q.level = *vocabulary::parseLevel(QString::fromLatin1(row.level));
            q.kind = *vocabulary::parseKind(QString::fromLatin1(row.kind));
            q.tags = row.tags;
            q.archived = row.archived;
            questions << q;
        }
        m_bank->importQuestions(categories, questions);
        QCOMPARE(m_bank->questionCount(true), kRows.size());
    }

    void eachFilterNarrows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        for (const QString &category : kCategories)
            QTest::addRow("category %s", qPrintable(category)) << "category" << category;
        for (const QString &level : vocabulary::levelKeys())
            QTest::addRow("level %s", qPrintable(level)) << "level" << level;
        for (const char *kind : {"technical", "coding", "behavioural", "discussion"})
            QTest::addRow("kind %s", kind) << "kind" << QString::fromLatin1(kind);
        QTest::newRow("category unknown") << "category"
                                          << "Networking";
    }
    void eachFilterNarrows()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        searchindex::Request request;
        setFilter(request, name, value);
        QCOMPARE(sorted(titles(request)), expectedTitles([&](const Row &row) {
                     return !row.archived && field(row, name) == value;
                 }));
    }

    void tagFilterMatchesAnyOfTheTags_data()
    {
        QTest::addColumn<QString>("tag");
        for (const char *tag : {"python", "threads", "gc", "basics", "nope"})
            QTest::newRow(tag) << QString::fromLatin1(tag);
    }
    void tagFilterMatchesAnyOfTheTags()
    {
        QFETCH(QString, tag);
        searchindex::Request request;
        request.tag = tag;
        QCOMPARE(sorted(titles(request)), expectedTitles([&](const Row &row) {
                     return !row.archived && row.tags.contains(tag);
                 }));
    }

    void filtersCombineWithTextAndEachOther()
    {
        searchindex::Request request;
        request.text = QStringLiteral("cake"); // Zebra cake; Honey cake is archived
        QCOMPARE(titles(request), QStringList{QStringLiteral("Zebra cake")});
        request.level = vocabulary::Level::Junior;
        QVERIFY(titles(request).isEmpty());
        request.includeArchived = true;
        QCOMPARE(titles(request), QStringList{QStringLiteral("Honey cake")});

        searchindex::Request both;
        both.category = QStringLiteral("Concurrency");
        both.level = vocabulary::Level::Junior;
        both.tag = QStringLiteral("threads");
        QCOMPARE(sorted(titles(both)),
                 (QStringList{QStringLiteral("Date loaf"), QStringLiteral("kiwi sorbet")}));
        both.kind = vocabulary::Kind::Technical;
        QCOMPARE(titles(both), QStringList{QStringLiteral("kiwi sorbet")});
    }

    void archivedSwitches()
    {
        searchindex::Request request;
        QCOMPARE(sorted(titles(request)),
                 expectedTitles([](const Row &row) { return !row.archived; }));
        request.includeArchived = true;
        QCOMPARE(sorted(titles(request)), expectedTitles([](const Row &) { return true; }));
        request.includeArchived = false;
        request.archivedOnly = true;
        QCOMPARE(sorted(titles(request)),
                 (QStringList{QStringLiteral("Honey cake"), QStringLiteral("grape jelly")}));
        request.category = QStringLiteral("Memory");
        QCOMPARE(titles(request), QStringList{QStringLiteral("Honey cake")});
    }

    void sortByTitleIgnoresCase()
    {
        searchindex::Request request;
        request.sort = searchindex::Sort::Title;
        QStringList expected = expectedTitles([](const Row &row) { return !row.archived; });
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(titles(request), expected);
        QCOMPARE(titles(request).last(), QStringLiteral("Zebra cake"));
    }

    void sortByCategoryFollowsBankOrder()
    {
        searchindex::Request request;
        request.sort = searchindex::Sort::Category;
        QStringList expected;
        for (const QString &category : kCategories) {
            QStringList inCategory = expectedTitles([&](const Row &row) {
                return !row.archived && QString::fromLatin1(row.category) == category;
            });
            std::sort(inCategory.begin(), inCategory.end(), [](const QString &a, const QString &b) {
                return a.compare(b, Qt::CaseInsensitive) < 0;
            });
            expected << inCategory;
        }
        QCOMPARE(titles(request), expected);

        // Without text there is nothing to rank by: relevance means bank order too.
        request.sort = searchindex::Sort::Relevance;
        QCOMPARE(titles(request), expected);
    }

    void sortByLastEditedPutsTheNewestFirst()
    {
        searchindex::Request request;
        request.sort = searchindex::Sort::LastEdited;
        for (const char *title : {"Date loaf", "Apple pie"}) {
            // The workspace's clock stands still; move it so the edit is later.
            m_workspace.clock().advanceSeconds(1);
            request.text = QString::fromLatin1(title);
            const qint64 id = m_bank->search(request).first().id;
            Question q = *m_bank->question(id);
            q.prompt += QStringLiteral(" (edited)");
            m_bank->updateQuestion(q);
        }
        request.text.clear();
        const QStringList result = titles(request);
        QCOMPARE(result.size(), 8);
        QCOMPARE(result.at(0), QStringLiteral("Apple pie"));
        QCOMPARE(result.at(1), QStringLiteral("Date loaf"));
    }

    void facetsMatchSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("includeArchived");
        QTest::newRow("everything") << ""
                                    << ""
                                    << "" << false;
        QTest::newRow("with archived") << ""
                                       << ""
                                       << "" << true;
        QTest::newRow("text") << "cake"
                              << ""
                              << "" << true;
        QTest::newRow("level junior") << ""
                                      << "level"
                                      << "junior" << false;
        QTest::newRow("category Memory") << ""
                                         << "category"
                                         << "Memory" << true;
        QTest::newRow("kind technical") << ""
                                        << "kind"
                                        << "technical" << false;
        QTest::newRow("tag python") << ""
                                    << "tag"
                                    << "python" << false;
        QTest::newRow("text and tag") << "explain"
                                      << "tag"
                                      << "threads" << false;
    }
    void facetsMatchSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, includeArchived);
        searchindex::Request request;
        request.text = text;
        request.includeArchived = includeArchived;
        if (!name.isEmpty())
            setFilter(request, name, value);
        verifyFacetsMatchSearch(request);
    }

    void aFacetLiftsItsOwnFilter()
    {
        searchindex::Request request;
        request.level = vocabulary::Level::Junior;
        const searchindex::Facets facets = m_bank->facets(request);
        // The level menu still offers the other levels, counted without the level filter.
        const QList<QPair<QString, int>> levels = {{QStringLiteral("junior"), 3},
                                                   {QStringLiteral("middle"), 3},
                                                   {QStringLiteral("senior"), 2}};
        QCOMPARE(keyed(facets.levels), levels);
        // The other menus count juniors only: Internals 1, Concurrency 2, Memory 0.
        const QList<QPair<QString, int>> categories = {{QStringLiteral("Internals"), 1},
                                                       {QStringLiteral("Concurrency"), 2}};
        QCOMPARE(facets.categories, categories);
    }

    void oddTextNeverFails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote star") << "\"*";
        QTest::newRow("NEAR(") << "NEAR(";
        QTest::newRow("lone star") << "*";
        QTest::newRow("column") << "title:cake";
        QTest::newRow("AND") << "cake AND";
    }
    void oddTextNeverFails()
    {
        QFETCH(QString, text);
        searchindex::Request request;
        request.text = text;
        try {
            verifyFacetsMatchSearch(request);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
    }

    void modelReloadsWhenFiltersChange()
    {
        QuestionListModel model(*m_bank);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &QuestionListModel::countChanged);
        QSignalSpy filtersChanged(&model, &QuestionListModel::filtersChanged);
        QCOMPARE(model.rowCount(), 8);

        model.setLevel(QStringLiteral("junior"));
        QCOMPARE(filtersChanged.count(), 1);
        QVERIFY(countChanged.count() >= 1);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(QuestionListModel::LevelRole).toInt(),
                     int(vocabulary::Level::Junior));

        model.setLevel(QStringLiteral("junior")); // the same value: no reload
        QCOMPARE(filtersChanged.count(), 1);

        model.setCategory(QStringLiteral("Concurrency"));
        QCOMPARE(model.rowCount(), 2);
        model.setKind(QStringLiteral("technical"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(QuestionListModel::TitleRole).toString(),
                 QStringLiteral("kiwi sorbet"));

        QVERIFY(model.filtered()); // the bank page's label says filters are on
        model.clearFilters();
        QVERIFY(model.level().isEmpty() && model.category().isEmpty() && model.kind().isEmpty());
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.filtered());

        countChanged.clear();
        model.setTag(QStringLiteral("gc"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(countChanged.count() >= 1);
        model.setShowArchived(true);
        QVERIFY(model.filtered());
        QCOMPARE(model.rowCount(), 3); // Honey cake is archived and tagged gc
        model.setTag(QString());
        QCOMPARE(model.rowCount(), kRows.size());
        model.setShowArchived(false);
        QCOMPARE(model.rowCount(), 8);
    }

    void modelSorts()
    {
        QuestionListModel model(*m_bank);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy filtersChanged(&model, &QuestionListModel::filtersChanged);
        QVERIFY(model.index(0, 0).data(QuestionListModel::StartsCategoryRole).toBool());
        model.setSort(QuestionListModel::Title);
        QCOMPARE(filtersChanged.count(), 1);
        QCOMPARE(model.index(0, 0).data(QuestionListModel::TitleRole).toString(),
                 QStringLiteral("Apple pie"));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(QuestionListModel::TitleRole).toString(),
                 QStringLiteral("Zebra cake"));
        // Headings only make sense while rows are grouped by category.
        QVERIFY(!model.index(0, 0).data(QuestionListModel::StartsCategoryRole).toBool());
        model.setSort(QuestionListModel::Category);
        QCOMPARE(model.index(0, 0).data(QuestionListModel::CategoryRole).toString(),
                 QStringLiteral("Internals"));
        QVERIFY(model.index(0, 0).data(QuestionListModel::StartsCategoryRole).toBool());
    }

    void modelFacetsFollowFilters()
    {
        QuestionListModel model(*m_bank);
        // Counting is left to the owner (QuestionBank starts it on its worker thread).
        QCOMPARE(model.categoryFacets()->rowCount(), 0);
        model.refreshFacets();
        QCOMPARE(model.categoryFacets()->rowCount(), 3);
        QCOMPARE(model.categoryFacets()->countOf(QStringLiteral("Memory")), 3);

        model.setLevel(QStringLiteral("junior"));
        model.refreshFacets();
        QCOMPARE(model.levelFacets()->rowCount(), 3);
        QCOMPARE(model.levelFacets()->countOf(QStringLiteral("middle")), 3);
        QCOMPARE(model.categoryFacets()->countOf(QStringLiteral("Concurrency")), 2);
        QCOMPARE(model.categoryFacets()->countOf(QStringLiteral("Memory")), 0);
        QCOMPARE(model.tagFacets()->countOf(QStringLiteral("threads")), 2);
        QCOMPARE(model.kindFacets()->countOf(QStringLiteral("behavioural")), 1);

        // Without refreshFacets() the counts follow after a short delay.
        model.setLevel(QString());
        QCOMPARE(model.categoryFacets()->countOf(QStringLiteral("Memory")), 0);
        QTRY_COMPARE(model.categoryFacets()->countOf(QStringLiteral("Memory")), 3);

        model.setShowArchived(true);
        model.refreshFacets();
        QCOMPARE(model.categoryFacets()->countOf(QStringLiteral("Memory")), 4);
    }

    void rowOfFetchesPagesUntilFound()
    {
        TestWorkspace large;
        BankRepository &bank = large.bank();
        QList<Question> questions;
        const int total = QuestionListModel::kPageSize * 2 + 30;
        for (int i = 0; i < total; ++i)
            questions << testsupport::sampleQuestion(i);
        bank.importQuestions({}, questions);
        searchindex::Request everything;
        everything.limit = total;
        const QList<QuestionSummary> inOrder = bank.search(everything);
        QCOMPARE(inOrder.size(), total);

        // No QAbstractItemModelTester here: it fetches every page itself.
        QuestionListModel model(bank);
        QCOMPARE(model.rowCount(), QuestionListModel::kPageSize);
        const int wanted = total - 5; // on the third page
        QCOMPARE(model.rowOf(inOrder.at(wanted).id), wanted);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.idAt(wanted), inOrder.at(wanted).id);
        // Rows already loaded are found without fetching.
        QCOMPARE(model.rowOf(inOrder.at(3).id), 3);
        QCOMPARE(model.rowOf(987654321), -1);

        // A question the filters hide is not in this list.
        model.setLevel(QStringLiteral("junior")); // every sample question is senior
        QCOMPARE(model.rowOf(inOrder.at(wanted).id), -1);
    }
};

QTEST_GUILESS_MAIN(BankFiltersTest)
#include "tst_bankfilters.moc"
