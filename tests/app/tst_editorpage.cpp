#include "support/guiharness.h"

#include "bank/questioneditor.h"

#include <QTest>

// The question editor through the real window (issue 14): the level anchors laid out
// under their labels, long criteria showing their beginning, the save banner and the
// draft state telling the truth, Tab leaving the prompt and indenting in code.
class EditorPageTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    bool settleAt(int depth)
    {
        QQuickItem *stack = m_app->find("stack");
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    static QRectF sceneRect(const QQuickItem *item)
    {
        return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    }

    // Leaves the editor without keeping anything, back on the bank.
    void leaveEditor()
    {
        if (m_app->find("stack")->property("depth").toInt() == 1)
            return;
        m_app->bank().editor()->discard();
        m_app->key(Qt::Key_Escape);
        QVERIFY(settleAt(1));
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    // Item 8: each anchor's area holds its text without a gap, under its own label, and
    // no two areas overlap (a click between texts edited the Senior anchor).
    void anchorsSitUnderTheirLabels()
    {
        m_app->key(Qt::Key_Return); // edit the selected (shipped) question
        QVERIFY(settleAt(2));
        QList<QRectF> areas;
        for (const char *name : {"anchorJuniorArea", "anchorMiddleArea", "anchorSeniorArea"}) {
            QQuickItem *area = m_app->find(name);
            QVERIFY(area);
            QVERIFY(!area->property("text").toString().isEmpty());
            QTRY_VERIFY(area->width() > 100);
            const qreal content = area->property("contentHeight").toReal() +
                                  area->property("topPadding").toReal() +
                                  area->property("bottomPadding").toReal();
            QVERIFY2(area->height() <= std::max<qreal>(80, content) + 1,
                     qPrintable(QStringLiteral("%1: %2 px high for %3 px of text")
                                    .arg(QLatin1String(name))
                                    .arg(area->height())
                                    .arg(content)));
            const QRectF rect = sceneRect(area);
            for (const QRectF &other : std::as_const(areas))
                QVERIFY2(!rect.intersects(other), name);
            areas << rect;
        }
        // Level, kind: the question's own values, not the first choice.
        QQuickItem *level = m_app->find("levelBox");
        const QString key = m_app->bank().editor()->level();
        QCOMPARE(level->property("currentValue").toString(), key);
    }

    // Item 19: a criterion longer than its field shows its beginning.
    void longCriteriaShowTheirBeginning()
    {
        QuestionEditor *editor = m_app->bank().editor();
        m_app->key(Qt::Key_Return);
        QVERIFY(settleAt(2));
        const QString text = QStringLiteral("Starts here, ") + QString(40, QLatin1Char('x')) +
                             QStringLiteral(" and then goes on for a good while longer, ") +
                             QString(120, QLatin1Char('y'));
        editor->criteria()->setText(0, text);
        const QList<QQuickItem *> fields = m_app->findVisible("listItemField");
        QQuickItem *field = nullptr;
        for (QQuickItem *candidate : fields) {
            if (candidate->property("text").toString() == text)
                field = candidate;
        }
        QVERIFY(field);
        QVERIFY(field->property("contentWidth").toReal() > field->width());
        QRectF first;
        QMetaObject::invokeMethod(field, "positionToRectangle", Q_RETURN_ARG(QRectF, first),
                                  Q_ARG(int, 0));
        QVERIFY2(first.x() >= 0 && first.x() < field->width(),
                 qPrintable(QString::number(first.x())));
    }

    // Item 13: a new question does not say "Saved"; the "Fix the marked fields" banner
    // goes once the fields are fixed.
    void bannerAndStateTellTheTruth()
    {
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(settleAt(2));
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());
        QQuickItem *state = m_app->find("draftState");
        QVERIFY(state->property("text").toString() != QStringLiteral("Saved"));
        QCOMPARE(state->property("text").toString(), QStringLiteral("Not saved yet"));

        QQuickItem *banner = m_app->find("saveErrorBanner");
        QVERIFY(!banner->isVisible());
        m_app->key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->property("text").toString().contains(QStringLiteral("Fix the marked")));

        m_app->type(QStringLiteral("Generators and send"));
        QVERIFY(banner->isVisible()); // the category and a criterion are still missing
        QuestionEditor *editor = m_app->bank().editor();
        editor->setCategory(QStringLiteral("Internals"));
        editor->criteria()->append(QStringLiteral("Explains send()"));
        QVERIFY2(editor->valid(), qPrintable(editor->titleError() + editor->categoryError() +
                                             editor->criteriaError()));
        // The next keystroke in a fixed form clears the banner.
        m_app->type(QStringLiteral("!"));
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(editor->saveError(), QString());
    }

    // Item 15: Tab leaves the prompt for the next field; Ctrl+Tab and Tab inside a code
    // block indent.
    void tabInThePrompt()
    {
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(settleAt(2));
        QQuickItem *prompt = m_app->find("promptFieldArea");
        QVERIFY(prompt);
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());
        m_app->click(prompt);
        QTRY_VERIFY(prompt->hasActiveFocus());
        m_app->type(QStringLiteral("Ask"));
        m_app->key(Qt::Key_Tab);
        QVERIFY(!prompt->hasActiveFocus());
        QCOMPARE(prompt->property("text").toString(), QStringLiteral("Ask"));
        QQuickItem *next = m_app->window()->activeFocusItem();
        QVERIFY(next);
        QVERIFY(next->activeFocusOnTab());

        m_app->key(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(prompt->hasActiveFocus());
        m_app->key(Qt::Key_End, Qt::ControlModifier);
        m_app->key(Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(prompt->hasActiveFocus());
        QCOMPARE(prompt->property("text").toString(), QStringLiteral("Ask    "));

        m_app->key(Qt::Key_Return);
        m_app->type(QStringLiteral("```"));
        m_app->key(Qt::Key_Return);
        m_app->type(QStringLiteral("def f():"));
        m_app->key(Qt::Key_Return);
        m_app->key(Qt::Key_Tab);
        m_app->type(QStringLiteral("pass"));
        QVERIFY(prompt->hasActiveFocus());
        QCOMPARE(prompt->property("text").toString(),
                 QStringLiteral("Ask    \n```\ndef f():\n    pass"));
        QVERIFY(!prompt->property("text").toString().contains(QLatin1Char('\t')));
    }

    // Item 20: a question without follow-ups, anchors or reference answer shows no bare
    // headings and no empty anchor boxes in the bank's detail.
    void emptySectionsShowNoHeadings()
    {
        QuestionEditor *editor = m_app->bank().editor();
        editor->openNew(QStringLiteral("Internals"));
        editor->setTitle(QStringLiteral("Zyzzyva sparse question"));
        editor->setPrompt(QStringLiteral("Only a prompt."));
        editor->criteria()->append(QStringLiteral("Answers"));
        QVERIFY2(editor->save() > 0, qPrintable(editor->saveError()));
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->type(QStringLiteral("zyzzyva"));
        QTRY_COMPARE(m_app->find("questionList")->property("count").toInt(), 1);
        QTRY_VERIFY(m_app->find("detailPrompt")
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Only a prompt.")));
        QVERIFY(m_app->find("detailCriteriaHeading")->isVisible());
        for (const char *name :
             {"detailFollowUpsHeading", "detailAnchorsHeading", "detailReferenceHeading"})
            QVERIFY2(!m_app->find(name)->isVisible(), name);
        QVERIFY(m_app->findVisible("detailAnchorCard").isEmpty());
        m_app->key(Qt::Key_Escape); // clears the search
    }

    // Each test starts on the bank, whatever the one before left open.
    void cleanup() { leaveEditor(); }
    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(EditorPageTest)
#include "tst_editorpage.moc"
