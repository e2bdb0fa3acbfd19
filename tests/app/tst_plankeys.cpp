#include "storage/sql.h"
#include "support/guiharness.h"

#include <QTest>

// The plans' keys through the real window (issue 14): the New plan dialog creates with
// Enter from any field and Tab reaches its Create button; Ctrl+Z in the plan editor
// undoes the plan change, wherever the focus is, and leaves the search text alone.
class PlanKeysTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    int scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_app->workspace().database().connection(), statement, values).toInt();
    }

    bool settle(int depth)
    {
        QQuickItem *stack = m_app->find("planStack");
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    QQuickItem *focused() const { return m_app->window()->activeFocusItem(); }

    // True when the active focus is `item` or inside it.
    bool focusIn(QQuickItem *item) const
    {
        for (QQuickItem *at = focused(); at; at = at->parentItem()) {
            if (at == item)
                return true;
        }
        return false;
    }

    void openNewPlanDialog()
    {
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("planNameField") && m_app->find("planNameField")->hasActiveFocus());
    }

    void backToPlans()
    {
        QTRY_VERIFY(m_app->find("pickerSearch") && m_app->find("pickerSearch")->hasActiveFocus());
        QObject *dialog = m_app->findObject("newPlanDialog");
        // The dialog takes Esc until it has finished closing.
        QTRY_VERIFY(!dialog->property("visible").toBool());
        m_app->key(Qt::Key_Escape);
        QVERIFY(settle(1));
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    // Item 14: Enter in Minutes creates the plan with the minutes typed.
    void enterInMinutesCreates()
    {
        openNewPlanDialog();
        m_app->type(QStringLiteral("Enter plan"));
        QQuickItem *minutes = m_app->find("planMinutesBox");
        QVERIFY(minutes);
        m_app->click(minutes);
        QTRY_VERIFY(focusIn(minutes));
        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(QStringLiteral("45"));
        m_app->key(Qt::Key_Return);
        QVERIFY(settle(2));
        QCOMPARE(scalar(QStringLiteral("SELECT target_minutes FROM plans WHERE name = ?"),
                        {QStringLiteral("Enter plan")}),
                 45);
        backToPlans();
    }

    // Item 14: Tab from the name goes through every field to Create; Space there creates.
    void tabReachesCreate()
    {
        openNewPlanDialog();
        m_app->type(QStringLiteral("Tab plan"));
        QQuickItem *create = m_app->find("createPlanButton");
        QVERIFY(create);
        int tabs = 0;
        while (focused() != create && tabs < 10) {
            m_app->key(Qt::Key_Tab);
            ++tabs;
        }
        QVERIFY2(focused() == create,
                 qPrintable(QStringLiteral("focus on %1 after %2 tabs")
                                .arg(QString::fromLatin1(focused()->metaObject()->className()))
                                .arg(tabs)));
        m_app->key(Qt::Key_Space);
        QVERIFY(settle(2));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM plans WHERE name = ?"),
                        {QStringLiteral("Tab plan")}),
                 1);
    }

    // Item 12: in the editor (opened by the test before), Ctrl+Z with the focus in the
    // search field undoes the plan's last change and keeps the text typed there.
    void undoInTheSearchFieldUndoesThePlan()
    {
        QQuickItem *search = m_app->find("pickerSearch");
        QTRY_VERIFY(search->hasActiveFocus());
        const int planId = m_app->find("planEditorPage")
                               ->property("editor")
                               .value<QObject *>()
                               ->property("planId")
                               .toInt();
        QVERIFY(planId > 0);
        const QString items = QStringLiteral("SELECT COUNT(*) FROM plan_items WHERE plan_id = ?");
        m_app->type(QStringLiteral("gil"));
        QTRY_VERIFY(m_app->find("pickerList")->property("count").toInt() > 0);
        m_app->key(Qt::Key_Return); // adds the first match
        QTRY_COMPARE(scalar(items, {planId}), 1);
        QVERIFY(search->hasActiveFocus());

        m_app->key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(scalar(items, {planId}), 0);
        QCOMPARE(search->property("text").toString(), QStringLiteral("gil"));
        backToPlans();
    }

    // A failed test leaves no dialog open for the next.
    void cleanup()
    {
        QObject *dialog = m_app->findObject("newPlanDialog");
        if (dialog && dialog->property("visible").toBool())
            QMetaObject::invokeMethod(dialog, "close");
        if (m_app->find("planStack")->property("depth").toInt() > 1 && QTest::currentTestFailed())
            backToPlans();
    }
    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(PlanKeysTest)
#include "tst_plankeys.moc"
