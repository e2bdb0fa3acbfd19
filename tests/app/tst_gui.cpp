#include "support/guiharness.h"

#include <QTest>

// Loads the real Main.qml over a real database with the shipped bank and uses it
// with the keyboard, as a person would.
class GuiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void opensOnTheWholeBank()
    {
        QQuickItem *list = m_app->find("questionList");
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QQuickItem *title = m_app->find("detailTitle");
        QVERIFY(title);
        QTRY_VERIFY(!title->property("text").toString().isEmpty());
    }

    void typingSearchesAndShowsTheMatch()
    {
        QQuickItem *search = m_app->find("searchField");
        QVERIFY(search);
        QTRY_VERIFY(search->hasActiveFocus());
        m_app->type(QStringLiteral("gil"));
        QCOMPARE(search->property("text").toString(), QStringLiteral("gil"));

        QuestionListModel *model = m_app->bank().questions();
        QCOMPARE(model->query(), QStringLiteral("gil"));
        QTRY_VERIFY(model->rowCount() > 0);
        const QString firstTitle = model->index(0, 0).data(QuestionListModel::TitleRole).toString();
        QVERIFY2(firstTitle.contains(QStringLiteral("GIL"), Qt::CaseInsensitive),
                 qPrintable(firstTitle));
        QTRY_COMPARE(m_app->find("detailTitle")->property("text").toString(), firstTitle);
        QTRY_VERIFY(!m_app->find("detailPrompt")->property("text").toString().isEmpty());
    }

    void arrowKeysMoveTheSelection()
    {
        QuestionListModel *model = m_app->bank().questions();
        m_app->find("searchField")->setProperty("text", QString());
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(model->rowCount() > 1);
        QQuickItem *list = m_app->find("questionList");
        m_app->key(Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 1);
        const QString second = model->index(1, 0).data(QuestionListModel::TitleRole).toString();
        QTRY_COMPARE(m_app->find("detailTitle")->property("text").toString(), second);
    }

    void nonsenseShowsTheEmptyState()
    {
        m_app->find("searchField")->forceActiveFocus();
        m_app->type(QStringLiteral("zzqxj \"*"));
        QTRY_COMPARE(m_app->find("questionList")->property("count").toInt(), 0);
        QCOMPARE(m_app->find("resultCount")->property("text").toString(),
                 QStringLiteral("No matches"));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(GuiTest)
#include "tst_gui.moc"
