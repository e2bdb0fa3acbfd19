#include "support/guiharness.h"

#include <QTest>

// The bank's search through the real window (issue 14, item 17): the heading counts the
// matches and says when filters are on; with nothing found it suggests the nearest
// indexed words, and Enter takes the suggestion.
class SearchHintsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    QString heading() const { return m_app->find("resultCount")->property("text").toString(); }
    int rows() const { return m_app->find("questionList")->property("count").toInt(); }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void countsTheMatches()
    {
        const int all = m_app->bank().questionCount();
        QVERIFY(all > 100); // more than one page: the count is not the rows loaded
        QTRY_VERIFY(heading() == QStringLiteral("All questions · %1").arg(all));
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->type(QStringLiteral("asyncio"));
        QTRY_VERIFY(heading().startsWith(QStringLiteral("Matches for “asyncio” · ")));
        QTRY_VERIFY(heading() == QStringLiteral("Matches for “asyncio” · %1").arg(rows()));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(heading().startsWith(QStringLiteral("All questions")));
    }

    void saysWhenFiltersAreOn()
    {
        m_app->bank().questions()->setLevel(QStringLiteral("senior"));
        QTRY_VERIFY(heading().startsWith(QStringLiteral("Filtered questions · ")));
        QTRY_VERIFY(heading().startsWith(QStringLiteral("Filtered questions · %1").arg(rows())));
        m_app->bank().questions()->clearFilters();
        QTRY_VERIFY(heading().startsWith(QStringLiteral("All questions")));
    }

    void enterTakesTheSuggestion()
    {
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->type(QStringLiteral("asyncoi"));
        QTRY_COMPARE(rows(), 0);
        QQuickItem *empty = m_app->find("noMatches");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->property("title").toString(), QStringLiteral("Did you mean “asyncio”?"));
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(rows() > 0);
        QCOMPARE(m_app->find("searchField")->property("text").toString(),
                 QStringLiteral("asyncio"));
        QCOMPARE(m_app->find("stack")->property("depth").toInt(), 1); // nothing opened
        m_app->key(Qt::Key_Escape);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(SearchHintsTest)
#include "tst_searchhints.moc"
