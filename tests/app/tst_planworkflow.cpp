#include "storage/sql.h"
#include "support/guiharness.h"

#include <QTest>

// Builds a plan with the keyboard alone through the real window, reorders it, and
// checks the database after each step.
class PlanWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_app->workspace().database().connection(), statement, values);
    }

    QStringList itemTitles(qint64 planId)
    {
        QSqlQuery query =
            sql::exec(m_app->workspace().database().connection(),
                      QStringLiteral("SELECT q.title FROM plan_items i JOIN questions q "
                                     "ON q.id = i.question_id WHERE i.plan_id = ? "
                                     "ORDER BY i.position"),
                      {planId});
        QStringList titles;
        while (query.next())
            titles << query.value(0).toString();
        return titles;
    }

    bool settle(const char *stackName, int depth)
    {
        QQuickItem *stack = m_app->find(stackName);
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    qint64 m_planId = 0;

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void createsAPlanByKeyboard()
    {
        const int before = scalar(QStringLiteral("SELECT COUNT(*) FROM plans")).toInt();
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("planNameField") && m_app->find("planNameField")->hasActiveFocus());
        m_app->type(QStringLiteral("Backend loop"));
        m_app->key(Qt::Key_Return);
        QVERIFY(settle("planStack", 2));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM plans")).toInt(), before + 1);
        m_planId = scalar(QStringLiteral("SELECT id FROM plans WHERE name = ?"),
                          {QStringLiteral("Backend loop")})
                       .toLongLong();
        QVERIFY(m_planId > 0);
    }

    void addsQuestionsFromTheBankSearch()
    {
        QTRY_VERIFY(m_app->find("pickerSearch")->hasActiveFocus());
        m_app->type(QStringLiteral("gil"));
        QTRY_VERIFY(m_app->bank().picker()->rowCount() > 0);
        const QString first =
            m_app->bank().picker()->index(0, 0).data(QuestionListModel::TitleRole).toString();
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(itemTitles(m_planId), QStringList{first});

        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(QStringLiteral("mutable default"));
        QTRY_VERIFY(m_app->bank().picker()->rowCount() > 0);
        const QString second =
            m_app->bank().picker()->index(0, 0).data(QuestionListModel::TitleRole).toString();
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(itemTitles(m_planId), (QStringList{first, second}));

        // Adding the same question again is allowed, with a warning on screen.
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(itemTitles(m_planId).size(), 3);
        QTRY_VERIFY(!m_app->find("planWarning")->property("text").toString().isEmpty());
        QVERIFY(scalar(QStringLiteral("SELECT SUM(minutes) FROM plan_items WHERE plan_id = ?"),
                       {m_planId})
                    .toInt() > 0);
    }

    void reordersAndUndoesByKeyboard()
    {
        const QStringList before = itemTitles(m_planId);
        // Tab from the search to the bank list, then on to the plan's first note field.
        QQuickItem *note = nullptr;
        for (int i = 0; i < 12 && !note; ++i) {
            m_app->key(Qt::Key_Tab);
            QQuickItem *focused = m_app->window()->activeFocusItem();
            if (focused && focused->objectName() == QLatin1String("itemNote"))
                note = focused;
        }
        QVERIFY2(note, "Tab should reach the plan's items");
        m_app->key(Qt::Key_Down, Qt::AltModifier);
        const QStringList moved{before.at(1), before.at(0), before.at(2)};
        QTRY_COMPARE(itemTitles(m_planId), moved);

        m_app->key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(itemTitles(m_planId), before);
    }

    void reordersByDraggingTheNumber()
    {
        const QStringList before = itemTitles(m_planId);
        const QList<QQuickItem *> handles = m_app->findVisible("itemDragHandle");
        QCOMPARE(handles.size(), before.size());
        QQuickItem *handle = handles.first(); // the first row's number
        QQuickItem *row = handle->parentItem();
        while (row && !row->property("editor").isValid())
            row = row->parentItem();
        QVERIFY(row);
        // Drag the first question one and a bit rows down: it becomes the second.
        m_app->drag(handle, row->height() * 1.2);
        const QStringList moved{before.at(1), before.at(0), before.at(2)};
        QTRY_COMPARE(itemTitles(m_planId), moved);
        m_app->key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(itemTitles(m_planId), before);
    }

    void backToThePlansList()
    {
        m_app->key(Qt::Key_Escape);
        QVERIFY(settle("planStack", 1));
        QTRY_VERIFY(m_app->find("planList")->property("count").toInt() >= 1);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(PlanWorkflowTest)
#include "tst_planworkflow.moc"
