#include "domain/limits.h"
#include "storage/searchindex.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QProcess>
#include <QSet>
#include <QTest>

// Search as a person types it: prefixes, several words, punctuation, operators.
class SearchTest : public QObject
{
    Q_OBJECT

    TestWorkspace m_ws;

    void add(int n, const QString &title, const QString &prompt, const QString &answer = {},
             const QStringList &tags = {})
    {
        Question q = testsupport::sampleQuestion(n);
        q.title = title;
        q.prompt = prompt;
        q.referenceAnswer = answer;
        q.tags = tags;
        q.followUps = {};
        q.criteria = {QStringLiteral("c")};
        m_ws.bank().addQuestion(q);
    }

    QStringList titles(const QString &text)
    {
        searchindex::Request request;
        request.text = text;
        QStringList result;
        for (const QuestionSummary &row : m_ws.bank().search(request))
            result << row.title;
        return result;
    }

private slots:
    void initTestCase()
    {
        add(1, QStringLiteral("Generators and yield"),
            QStringLiteral("How does a generator pause?"), {}, {QStringLiteral("generators")});
        add(2, QStringLiteral("The GIL"),
            QStringLiteral("What does the global interpreter lock protect?"), {},
            {QStringLiteral("gil"), QStringLiteral("threading")});
        add(3, QStringLiteral("Thread pools"), QStringLiteral("When are threads useful?"),
            QStringLiteral("- Mention the GIL only in passing."), {QStringLiteral("threading")});
        add(4, QStringLiteral("Saving memory with __slots__"),
            QStringLiteral("What does `__slots__` remove?"));
        add(5, QStringLiteral("What type() returns"),
            QStringLiteral("Explain `type(C())` and `type(C)`."));
        add(6, QStringLiteral("Producers and consumers"),
            QStringLiteral("Use an `asyncio.Queue` with several producers."));
        add(7, QStringLiteral("Mistakes you don't repeat"),
            QStringLiteral("Tell me about a mistake."));
        add(8, QStringLiteral("Copy-on-write after fork"),
            QStringLiteral("Why does memory grow after fork?"));
        add(9, QStringLiteral("Утечки памяти"),
            QStringLiteral("Как найти утечку памяти в сервисе?"));
        add(10, QStringLiteral("Naïve datetimes"),
            QStringLiteral("Aware versus naive timestamps."));
        add(11, QStringLiteral("Memory leaks in production"),
            QStringLiteral("A service leaks memory slowly."));
        add(12, QStringLiteral("並行処理"), QStringLiteral("非同期 asyncio"));
    }

    // Issue 14, item 17: with nothing found, the nearest indexed words within two edits.
    void suggestsTheNearestIndexedWords()
    {
        const QSqlDatabase &db = m_ws.database().connection();
        QVERIFY(titles(QStringLiteral("asyncoi")).isEmpty());
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("asyncoi")), QStringLiteral("asyncio"));
        QCOMPARE(m_ws.bank().suggestion(QStringLiteral("Asyncoi")), QStringLiteral("asyncio"));
        // A word the index knows stays as typed; only the unknown one changes.
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("gil interpretr")),
                 QStringLiteral("gil interpreter"));
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("gnerators")),
                 QStringLiteral("generators"));
        // Three edits away: no suggestion; all words known: none either.
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("asxnxoi")), QString());
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("asyncio")), QString());
        QCOMPARE(searchindex::suggestion(db, QString()), QString());
        // Corrected words that still find nothing together suggest nothing.
        QCOMPARE(searchindex::suggestion(db, QStringLiteral("asyncoi forkk")), QString());
        QVERIFY(!titles(QStringLiteral("asyncio")).isEmpty());
    }

    void matchExpressionQuotesEveryWord_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << "gener"
                              << "\"gener\"*";
        QTest::newRow("two words") << "memory  leak"
                                   << "\"memory\"* \"leak\"*";
        // ("a" begins "AND", so it adds nothing to the search.)
        QTest::newRow("operators are words") << "a AND b OR NEAR(c)"
                                             << "\"AND\"* \"b\"* \"OR\"* \"NEAR\"* \"c\"*";
        QTest::newRow("punctuation splits") << "asyncio.Queue"
                                            << "\"asyncio\"* \"Queue\"*";
        QTest::newRow("underscores split") << "__slots__"
                                           << "\"slots\"*";
        QTest::newRow("column syntax is text") << "title:gil"
                                               << "\"title\"* \"gil\"*";
        QTest::newRow("lone star") << "*"
                                   << "";
        QTest::newRow("lone quote") << "\""
                                    << "";
        QTest::newRow("blank") << "   "
                               << "";
        QTest::newRow("cyrillic") << "памят"
                                  << "\"памят\"*";
    }
    void matchExpressionQuotesEveryWord()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(searchindex::matchExpression(input), expected);
    }

    void prefixMatches()
    {
        QCOMPARE(titles(QStringLiteral("gener")),
                 QStringList{QStringLiteral("Generators and yield")});
        QVERIFY(titles(QStringLiteral("thr")).contains(QStringLiteral("Thread pools")));
    }

    void everyWordMustMatch()
    {
        QCOMPARE(titles(QStringLiteral("memory leak")),
                 QStringList{QStringLiteral("Memory leaks in production")});
        QCOMPARE(titles(QStringLiteral("memory leak pandas")), QStringList{});
    }

    void titleHitsRankAboveAnswerHits()
    {
        const QStringList result = titles(QStringLiteral("gil"));
        QCOMPARE(result.size(), 2);
        QCOMPARE(result.first(), QStringLiteral("The GIL"));
        QCOMPARE(result.last(), QStringLiteral("Thread pools"));
    }

    void oddInputNeverFails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expectedTitle"); // empty: nothing may match
        QTest::newRow("dunder") << "__slots__"
                                << "Saving memory with __slots__";
        QTest::newRow("call") << "type()"
                              << "What type() returns";
        QTest::newRow("dotted") << "asyncio.Queue"
                                << "Producers and consumers";
        QTest::newRow("apostrophe") << "don't"
                                    << "Mistakes you don't repeat";
        QTest::newRow("hyphen") << "copy-on-write"
                                << "Copy-on-write after fork";
        QTest::newRow("cyrillic") << "утечк"
                                  << "Утечки памяти";
        QTest::newRow("accent typed") << "naïve"
                                      << "Naïve datetimes";
        QTest::newRow("accent omitted") << "naive"
                                        << "Naïve datetimes";
        QTest::newRow("cjk") << "並行処理"
                             << "並行処理";
        QTest::newRow("AND keyword") << "AND"
                                     << "Generators and yield";
        QTest::newRow("lowercase and") << "generators and"
                                       << "Generators and yield";
        QTest::newRow("OR keyword") << "gil OR"
                                    << "";
        QTest::newRow("NEAR keyword") << "NEAR"
                                      << "";
        QTest::newRow("NOT keyword") << "NOT gil"
                                     << "";
        QTest::newRow("lone star") << "*"
                                   << "";
        QTest::newRow("lone quote") << "\""
                                    << "";
        QTest::newRow("unbalanced quote") << "\"gil"
                                          << "The GIL";
        QTest::newRow("parentheses") << "(gil"
                                     << "The GIL";
        QTest::newRow("caret") << "^gil"
                               << "The GIL";
        QTest::newRow("column filter") << "title:gil"
                                       << "";
        QTest::newRow("plus minus") << "+gil -thread"
                                    << "Thread pools";
        QTest::newRow("braces") << "{title prompt}: gil"
                                << "";
        QTest::newRow("emoji") << "🐍"
                               << "";
        QTest::newRow("very long") << QString(5000, QLatin1Char('x')) << "";
    }
    void oddInputNeverFails()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedTitle);
        QStringList result;
        try {
            result = titles(input);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        if (expectedTitle.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result.join(QStringLiteral(" | "))));
        else
            QVERIFY2(result.contains(expectedTitle),
                     qPrintable(result.join(QStringLiteral(" | "))));
    }

    // What a paste can hold: about 100 KB of text, words repeated or all different.
    static QString pasted(const QString &words)
    {
        QString text;
        while (text.size() < 100 * 1024)
            text += words;
        return text;
    }
    static QString distinctWords()
    {
        QString text;
        for (int i = 0; text.size() < 100 * 1024; ++i)
            text += QStringLiteral("w%1x ").arg(i);
        return text;
    }

    void longQueriesAreCutToTheStatedLimits()
    {
        // A repeated word is one term, whatever its letter case; so is a word cut at the
        // limit ("l" of "LEAK") or typed as the beginning of another ("mem", "memory").
        QCOMPARE(searchindex::matchExpression(pasted(QStringLiteral("memory leak Memory LEAK "))),
                 QStringLiteral("\"memory\"* \"leak\"*"));
        // Different words: the first kQueryTerms of them.
        const QStringList terms =
            searchindex::matchExpression(distinctWords()).split(QLatin1Char(' '));
        QCOMPARE(terms.size(), limits::kQueryTerms);
        QCOMPARE(terms.first(), QStringLiteral("\"w0x\"*"));
        QCOMPARE(terms.last(), QStringLiteral("\"w%1x\"*").arg(limits::kQueryTerms - 1));
        // Only the first kQueryLength characters are read.
        const QString gil = QStringLiteral("gil");
        QCOMPARE(searchindex::matchExpression(QString(limits::kQueryLength, u' ') + gil),
                 QString());
        QCOMPARE(searchindex::matchExpression(QString(limits::kQueryLength - 3, u' ') + gil),
                 QStringLiteral("\"gil\"*"));
        // A word cut at the limit still searches by its beginning.
        QCOMPARE(searchindex::matchExpression(QString(limits::kQueryLength - 3, u' ') +
                                              QStringLiteral("generators")),
                 QStringLiteral("\"gen\"*"));
    }

    void wordsThatBeginOthersAddNothing()
    {
        QCOMPARE(searchindex::matchExpression(QStringLiteral("gen generator Gen")),
                 QStringLiteral("\"generator\"*"));
        QCOMPARE(searchindex::matchExpression(QStringLiteral("a ab abc b")),
                 QStringLiteral("\"abc\"* \"b\"*"));
        QCOMPARE(titles(QStringLiteral("gen generators")),
                 QStringList{QStringLiteral("Generators and yield")});
    }

    void hugePastedSearchesReturn()
    {
        // Through the repository as the list model calls it; a test cannot time it
        // reliably, but before the limits these took most of a minute.
        QCOMPARE(titles(pasted(QStringLiteral("memory leak "))),
                 QStringList{QStringLiteral("Memory leaks in production")});
        QCOMPARE(titles(distinctWords()), QStringList{});
        QCOMPARE(titles(pasted(QStringLiteral("\"*() AND OR NOT NEAR( "))), QStringList{});
        searchindex::Request request;
        request.text = pasted(QStringLiteral("thread "));
        QVERIFY(!m_ws.bank().facets(request).categories.isEmpty());
    }

    void commandLineSearchOfAHugeQueryReturns()
    {
        // `panelist bank search` reads the same expression; 100 KB fits in one argument.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PANELIST_DATABASE"), m_ws.path(QStringLiteral("cli.sqlite")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PANELIST_BINARY),
                      {QStringLiteral("bank"), QStringLiteral("search"),
                       pasted(QStringLiteral("GIL threading "))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("The GIL: what it protects and what it does not")),
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    }

    void filtersNarrowResults()
    {
        searchindex::Request request;
        request.text = QStringLiteral("memory");
        request.level = vocabulary::Level::Junior;
        QCOMPARE(m_ws.bank().search(request).size(), 0);
        request.level = vocabulary::Level::Senior;
        QVERIFY(m_ws.bank().search(request).size() >= 2);
        request.category = QStringLiteral("No such category");
        QCOMPARE(m_ws.bank().search(request).size(), 0);
    }

    void pagesDoNotOverlap()
    {
        searchindex::Request request;
        request.text = QStringLiteral("t");
        request.limit = 3;
        const QList<QuestionSummary> first = m_ws.bank().search(request);
        request.offset = 3;
        const QList<QuestionSummary> second = m_ws.bank().search(request);
        QCOMPARE(first.size(), 3);
        for (const QuestionSummary &row : second)
            QVERIFY(std::none_of(first.cbegin(), first.cend(),
                                 [&](const QuestionSummary &other) { return other.id == row.id; }));
    }
};

// A search that matches more questions than are ranked takes the broad path: matches
// in index order, and paging still reaches every match exactly once.
class BroadSearchTest : public QObject
{
    Q_OBJECT

    TestWorkspace m_ws;
    static constexpr int kQuestions = searchindex::kRankedMatches + 150;
    static constexpr int kTitleHits = 30;

private slots:
    void initTestCase()
    {
        QList<Question> questions;
        for (int i = 0; i < kQuestions; ++i) {
            Question q = testsupport::sampleQuestion(i);
            q.title =
                i % (kQuestions / kTitleHits) == 0 && i / (kQuestions / kTitleHits) < kTitleHits
                    ? QStringLiteral("Widget %1 in the title").arg(i)
                    : QStringLiteral("Plain question %1").arg(i);
            q.prompt = QStringLiteral("Every prompt mentions a widget.");
            q.tags = {QStringLiteral("sample")};
            q.archived = i % 100 == 7;
            questions << q;
        }
        m_ws.bank().importQuestions({}, questions);
    }

    void pagesCoverEveryMatchInIndexOrder()
    {
        searchindex::Request request;
        request.text = QStringLiteral("widg");
        request.limit = 100;
        QSet<qint64> seen;
        QStringList titles;
        for (request.offset = 0;; request.offset += request.limit) {
            const QList<QuestionSummary> rows = m_ws.bank().search(request);
            for (const QuestionSummary &row : rows) {
                QVERIFY2(!seen.contains(row.id), "a question appeared on two pages");
                QVERIFY(!row.archived);
                seen.insert(row.id);
                titles << row.title;
            }
            if (rows.size() < request.limit)
                break;
        }
        QCOMPARE(seen.size(), m_ws.bank().questionCount());
        // Index order is insertion order here.
        QCOMPARE(titles.first(), QStringLiteral("Widget 0 in the title"));
        QCOMPARE(titles.last(), QStringLiteral("Plain question %1").arg(kQuestions - 1));
    }

    void filtersApplyOnTheBroadPath()
    {
        searchindex::Request request;
        request.text = QStringLiteral("widget");
        request.archivedOnly = true;
        request.limit = 1000;
        const QList<QuestionSummary> rows = m_ws.bank().search(request);
        QCOMPARE(rows.size(), m_ws.bank().questionCount(true) - m_ws.bank().questionCount());
        for (const QuestionSummary &row : rows)
            QVERIFY(row.archived);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SearchTest search;
    BroadSearchTest broad;
    return QTest::qExec(&search, argc, argv) | QTest::qExec(&broad, argc, argv);
}
#include "tst_search.moc"
