#include "storage/bankrepository.h"
#include "storage/planrepository.h"
#include "support/guiharness.h"

#include <QTest>

// Every page's and list's empty state in the real window: shown, with the key for the next
// step, while its list is empty, and gone (visible false, not see-through: a screen reader
// must not read it) once there is something to show.
class EmptyStatesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    // The empty state named `name` is on screen: visible itself and through its parents.
    bool shown(const char *name) const
    {
        QQuickItem *item = m_app->find(name);
        return item && item->isVisible();
    }
    // What its key line says ("" without one).
    QString keysOf(const char *name) const
    {
        QQuickItem *item = m_app->find(name);
        if (!item)
            return {};
        QQuickItem *keys = item->findChild<QQuickItem *>(QStringLiteral("emptyStateKeys"));
        return keys && keys->isVisible() ? keys->property("text").toString() : QString();
    }
    bool settle(const char *stackName, int depth)
    {
        QQuickItem *stack = m_app->find(stackName);
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void bankSearchWithNoMatch()
    {
        // The shipped bank: a list, a question selected, no empty state.
        QTRY_VERIFY(m_app->find("questionList")->property("count").toInt() > 0);
        QVERIFY(!shown("noMatches"));
        QVERIFY(!shown("emptyBank"));
        QTRY_VERIFY(!shown("noQuestionSelected"));

        QTRY_VERIFY(m_app->find("searchField")->hasActiveFocus());
        m_app->type(QStringLiteral("zqxjkv"));
        QTRY_VERIFY(shown("noMatches"));
        QVERIFY(!shown("emptyBank"));
        QTRY_VERIFY(shown("noQuestionSelected"));
        QCOMPARE(keysOf("noMatches"), QStringLiteral("Esc clears the search"));
        QVERIFY(keysOf("noQuestionSelected").contains(QStringLiteral("Ctrl+F")));

        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!shown("noMatches"));
        QTRY_VERIFY(!shown("noQuestionSelected"));
    }

    void planListAndEmptyPlan()
    {
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        // The shipped plans.
        QVERIFY(!shown("noPlans"));

        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("planNameField") && m_app->find("planNameField")->hasActiveFocus());
        m_app->type(QStringLiteral("Empty loop"));
        m_app->key(Qt::Key_Return);
        QVERIFY(settle("planStack", 2));
        QTRY_VERIFY(shown("emptyPlan"));
        QVERIFY(keysOf("emptyPlan").contains(QStringLiteral("Enter")));

        // A question added from the bank search: the plan is no longer empty.
        QTRY_VERIFY(m_app->find("pickerSearch")->hasActiveFocus());
        m_app->type(QStringLiteral("gil"));
        QTRY_VERIFY(m_app->bank().picker()->rowCount() > 0);
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(!shown("emptyPlan"));
        m_app->key(Qt::Key_Escape); // the search
        m_app->key(Qt::Key_Escape); // the editor
        QVERIFY(settle("planStack", 1));

        // No plan at all.
        PlanRepository &plans = m_app->workspace().plans();
        for (const PlanSummary &plan : plans.plans())
            plans.remove(plan.id);
        m_app->plans().reload();
        QTRY_VERIFY(shown("noPlans"));
        QCOMPARE(keysOf("noPlans"), QStringLiteral("Ctrl+N: new plan"));
    }

    void noInterviewRunning()
    {
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(shown("noInterviewRunning"));
        QVERIFY(keysOf("noInterviewRunning").contains(QStringLiteral("Ctrl+Enter")));
    }

    void candidatesInterviewsAndCompare()
    {
        m_app->key(Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(shown("noCandidates"));
        QVERIFY(keysOf("noCandidates").contains(QStringLiteral("Ctrl+2")));
        m_app->key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(shown("noInterviews"));
        QVERIFY(!keysOf("noInterviews").isEmpty());

        // The demo's candidates and interviews: both lists fill, their empty states go.
        QVERIFY(m_app->welcome().loadDemo());
        QTRY_VERIFY(!shown("noInterviews"));
        m_app->key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_app->find("candidatesPage") && m_app->find("candidatesPage")->isVisible());
        QTRY_VERIFY(!shown("noCandidates"));

        // The comparison of the demo's plan: five candidates, nothing to say.
        m_app->key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_app->find("historyPage")->isVisible());
        const qint64 planId = m_app->workspace().plans().plans().first().id;
        QMetaObject::invokeMethod(m_app->find("historyPage"), "compareRequested",
                                  Q_ARG(int, int(planId)));
        QTRY_VERIFY(m_app->find("comparePage") && m_app->find("comparePage")->isVisible());
        QTRY_COMPARE(m_app->interviews().compare()->count(), 5);
        QTRY_VERIFY(!shown("fewToCompare"));
        // A plan nobody was interviewed on: nobody to compare.
        const qint64 unused = m_app->workspace().plans().create(QStringLiteral("Unused"), QString(),
                                                                vocabulary::Level::Senior, 60);
        m_app->interviews().compare()->setPlan(int(unused));
        QTRY_VERIFY(shown("fewToCompare"));
        QVERIFY(keysOf("fewToCompare").contains(QStringLiteral("Esc")));
        m_app->interviews().compare()->setPlan(int(planId));
        QTRY_VERIFY(!shown("fewToCompare"));
        m_app->key(Qt::Key_Escape);
    }

    void noConflicts()
    {
        QMetaObject::invokeMethod(m_app->findObject("dialogsHost"), "openConflicts");
        QTRY_VERIFY(shown("noConflicts"));
        QCOMPARE(keysOf("noConflicts"), QStringLiteral("Esc closes"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!shown("noConflicts"));
    }

    void bankWithNoQuestion()
    {
        m_app->key(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("bankPage")->isVisible());
        BankRepository &bank = m_app->workspace().bank();
        for (const Question &question : bank.allQuestions())
            bank.removeQuestion(question.id);
        m_app->bank().reload();
        QTRY_VERIFY(shown("emptyBank"));
        QVERIFY(!shown("noMatches"));
        QCOMPARE(keysOf("emptyBank"),
                 QStringLiteral("Ctrl+N: new question · Ctrl+I: import a bank"));
        // Ctrl+I does what the key line says.
        m_app->key(Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(m_app->findObject("importDialog") &&
                    m_app->findObject("importDialog")->property("visible").toBool());
        QMetaObject::invokeMethod(m_app->findObject("importDialog"), "close");
    }
};

QTEST_MAIN(EmptyStatesTest)
#include "tst_emptystates.moc"
