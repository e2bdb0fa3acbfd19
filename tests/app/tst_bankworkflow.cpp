#include "storage/sql.h"
#include "support/guiharness.h"

#include <QTest>

// The bank workflow end to end through the real window: create a question, find it,
// edit it, archive and restore it — checking the database after each step.
class BankWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    QVariant column(const QString &column, const QString &uuid)
    {
        // Column names come from this test, never from input.
        return sql::scalar(m_app->workspace().database().connection(),
                           QStringLiteral("SELECT ") + column +
                               QStringLiteral(" FROM questions WHERE uuid = ?"),
                           {uuid});
    }

    QString uuidOfTitle(const QString &title)
    {
        return sql::scalar(m_app->workspace().database().connection(),
                           QStringLiteral("SELECT uuid FROM questions WHERE title = ?"), {title})
            .toString();
    }

    int stackDepth() { return m_app->find("stack")->property("depth").toInt(); }

    // Waits until the page stack shows `depth` pages and its transition is over: a page
    // takes no clicks while it slides in.
    bool settleAt(int depth)
    {
        QQuickItem *stack = m_app->find("stack");
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    void clickRow(int row)
    {
        QQuickItem *list = m_app->find("questionList");
        // Scroll the row into view first (ListView.Contain), as a person would.
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 4));
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                                  Q_ARG(int, row));
        QVERIFY(item);
        // The lower part of a row is the question itself (a category heading may sit on top).
        const QPointF point = item->mapToScene(QPointF(item->width() / 2, item->height() - 20));
        QTest::mouseClick(m_app->window(), Qt::LeftButton, Qt::NoModifier, point.toPoint());
    }

    QString m_uuid;

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void createsAQuestionWithTheKeyboard()
    {
        const int before = m_app->bank().questionCount();
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(settleAt(2));
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());

        // Saving an incomplete question is refused, and says why next to the field.
        QVERIFY(!m_app->find("titleError")->property("text").toString().isEmpty());
        m_app->key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(stackDepth(), 2);
        QCOMPARE(m_app->bank().questionCount(), before);

        m_app->type(QStringLiteral("Context variables in asyncio"));
        QTRY_VERIFY(m_app->find("titleError")->property("text").toString().isEmpty());
        m_app->key(Qt::Key_Tab); // to the category
        m_app->type(QStringLiteral("Concurrency"));
        m_app->click(m_app->find("criteriaEditorAdd"));

        m_app->type(QStringLiteral("Explains that each task sees its own copy"));
        m_app->key(Qt::Key_S, Qt::ControlModifier);

        QVERIFY(settleAt(1));
        m_uuid = uuidOfTitle(QStringLiteral("Context variables in asyncio"));
        QVERIFY(!m_uuid.isEmpty());
        QCOMPARE(m_app->bank().questionCount(), before + 1);
        const std::optional<Question> saved = m_app->workspace().bank().questionByUuid(m_uuid);
        QCOMPARE(saved->category, QStringLiteral("Concurrency"));
        QCOMPARE(saved->criteria,
                 QStringList{QStringLiteral("Explains that each task sees its own copy")});
        QCOMPARE(column(QStringLiteral("user_edited"), m_uuid).toInt(), 1);
        // The bank page shows the new question.
        QTRY_COMPARE(m_app->find("detailTitle")->property("text").toString(),
                     QStringLiteral("Context variables in asyncio"));
    }

    void findsItBySearch()
    {
        QTRY_VERIFY(m_app->find("searchField")->hasActiveFocus());
        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(QStringLiteral("context var"));
        QuestionListModel *model = m_app->bank().questions();
        QTRY_VERIFY(model->rowCount() >= 1);
        QCOMPARE(model->index(0, 0).data(QuestionListModel::UuidRole).toString(), m_uuid);
    }

    void editsIt()
    {
        m_app->key(Qt::Key_Return);
        QVERIFY(settleAt(2));
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());
        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(QStringLiteral("ContextVar and asyncio tasks"));
        QTRY_COMPARE(m_app->bank().editor()->dirty(), true);
        m_app->key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(settleAt(1));
        QCOMPARE(column(QStringLiteral("title"), m_uuid).toString(),
                 QStringLiteral("ContextVar and asyncio tasks"));
        QVERIFY(!m_app->bank().editor()->hasDraft());
    }

    void leavingWithUnsavedEditsAsks()
    {
        m_app->key(Qt::Key_Return);
        QVERIFY(settleAt(2));
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());
        m_app->type(QStringLiteral(" (draft)"));
        m_app->key(Qt::Key_Escape);
        QObject *dialog = m_app->findObject("leaveDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(stackDepth(), 2);
        m_app->click(m_app->find("discardButton"));
        QVERIFY(settleAt(1));
        QCOMPARE(column(QStringLiteral("title"), m_uuid).toString(),
                 QStringLiteral("ContextVar and asyncio tasks"));
    }

    void archivesAndRestoresIt()
    {
        QuestionListModel *model = m_app->bank().questions();
        const qint64 id = m_app->workspace().bank().questionByUuid(m_uuid)->id;
        // The page came back with the edited question selected.
        QTRY_VERIFY(model->rowOf(id) >= 0);
        clickRow(model->rowOf(id));
        QTRY_COMPARE(m_app->find("detailTitle")->property("text").toString(),
                     QStringLiteral("ContextVar and asyncio tasks"));
        m_app->key(Qt::Key_Delete);
        QTRY_COMPARE(column(QStringLiteral("archived"), m_uuid).toInt(), 1);
        QTRY_VERIFY(model->rowOf(id) < 0); // archived questions leave the list

        m_app->click(m_app->find("showArchived"));
        QTRY_VERIFY(model->showArchived());
        QTRY_VERIFY(model->rowOf(id) >= 0);
        clickRow(model->rowOf(id));
        QTRY_COMPARE(m_app->find("archiveButton")->property("text").toString(),
                     QStringLiteral("Restore"));
        m_app->key(Qt::Key_Delete);
        QTRY_COMPARE(column(QStringLiteral("archived"), m_uuid).toInt(), 0);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(BankWorkflowTest)
#include "tst_bankworkflow.moc"
