#include "domain/vocabulary.h"
#include "interviews/livekeys.h"
#include "support/guiharness.h"

#include <QQuickItem>
#include <QRegularExpression>
#include <QTest>

// The live call under a person's hands (issue 14, items 1–3, 10, 11 and 13), through the
// real window and its keyboard: where typed notes land when coming back to a question,
// after an ad-hoc follow-up and after reopening the app; that the section keys work from
// the empty Interview section and from a finished interview; that the keyboard is back
// in the notes after a dialog; that a skipped question keeps its mark; what the Finish
// dialog says.
class LiveKeyboardTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    LiveInterview *live() { return m_app->interviews().live(); }
    QString focusName() const
    {
        QQuickItem *focused = m_app->window()->activeFocusItem();
        return focused ? focused->objectName() : QString();
    }
    QString notesText() const { return m_app->find("notes")->property("text").toString(); }
    int section() const { return m_app->find("sections")->property("currentIndex").toInt(); }
    int stateOf(int index)
    {
        return live()
            ->agenda()
            ->data(live()->agenda()->index(index), AgendaModel::StateRole)
            .toInt();
    }

    // A fresh window with an interview running on the first plan, the notes focused.
    void startCall()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(planId > 0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        QVERIFY(live()->count() >= 3);
    }

    // Every line of `notes` starts with a stamp.
    static bool everyLineStamped(const QString &notes)
    {
        static const QRegularExpression stamped(QStringLiteral("^\\[\\d+:\\d\\d(:\\d\\d)?\\] "));
        const QStringList lines = notes.split(QLatin1Char('\n'));
        return std::all_of(lines.begin(), lines.end(),
                           [](const QString &line) { return stamped.match(line).hasMatch(); });
    }

private slots:
    void init() { startCall(); }
    void cleanup() { m_app.reset(); }

    // Item 1: back on a question, typing goes after what is there, on a new stamped line.
    void notesContinueAtTheEndOnReturn()
    {
        m_app->type(QStringLiteral("first thought"));
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        QCOMPARE(focusName(), QStringLiteral("notes"));
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 0);
        QCOMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("typed after return"));
        const QString notes = notesText();
        QVERIFY2(notes.contains(QRegularExpression(QStringLiteral(
                     "^\\[\\d+:\\d\\d\\] first thought\\n\\[\\d+:\\d\\d\\] typed after return$"))),
                 qPrintable(notes));
        QVERIFY2(everyLineStamped(notes), qPrintable(notes));
        // What the interview holds is what is shown.
        QTRY_COMPARE(live()->notes(), notes);
    }

    // Item 1: reopening the app mid-call, the notes go on at their end.
    void notesContinueAtTheEndAfterRestart()
    {
        m_app->type(QStringLiteral("before the crash"));
        QTRY_VERIFY(live()->notes().endsWith(QLatin1String("before the crash")));
        QVERIFY(m_app->restart());
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("after"));
        const QString notes = notesText();
        QVERIFY2(notes.contains(QRegularExpression(
                     QStringLiteral("before the crash\\n\\[\\d+:\\d\\d\\] after$"))),
                 qPrintable(notes));
        QVERIFY2(everyLineStamped(notes), qPrintable(notes));
    }

    // Item 2: after an ad-hoc follow-up the next text is a new stamped line.
    void notesStartANewLineAfterAnAdHocFollowUp()
    {
        m_app->type(QStringLiteral("CPU-bound"));
        m_app->key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("followUpField"));
        m_app->type(QStringLiteral("And with asyncio?"));
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("Good answer"));
        const QString notes = notesText();
        QVERIFY2(notes.contains(QRegularExpression(
                     QStringLiteral("CPU-bound\\n\\[\\d+:\\d\\d\\] Good answer$"))),
                 qPrintable(notes));
        // Esc from the field too.
        m_app->key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("followUpField"));
        m_app->key(Qt::Key_Escape);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("more"));
        QVERIFY2(notesText().contains(
                     QRegularExpression(QStringLiteral("Good answer\\n\\[\\d+:\\d\\d\\] more$"))),
                 qPrintable(notesText()));
        QVERIFY2(everyLineStamped(notesText()), qPrintable(notesText()));
    }

    // Item 1: a line begun and left unfinished (Enter, then away) is not doubled.
    void anEmptyStampedLineIsReused()
    {
        m_app->type(QStringLiteral("one"));
        m_app->key(Qt::Key_Return);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 0);
        m_app->type(QStringLiteral("two"));
        const QString notes = notesText();
        QCOMPARE(notes.count(QLatin1Char('\n')), 1);
        QVERIFY2(notes.endsWith(QLatin1String("] two")), qPrintable(notes));
    }

    // Item 3: the section keys work from the Interview section with no interview.
    void sectionKeysFromTheEmptyInterviewSection()
    {
        live()->close();
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(section(), 1);
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(section(), 2);
        m_app->key(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(section(), 0);
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(section(), 2);
        m_app->key(Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(section(), 3);
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(section(), 2);
        m_app->key(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(section(), 3);
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(section(), 2);
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(section(), 1);
    }

    // Item 3: and from a finished interview.
    void sectionKeysFromAFinishedInterview()
    {
        QVERIFY(live()->finish(int(vocabulary::Recommendation::Yes), QStringLiteral("ok")));
        QTRY_VERIFY(live()->finished());
        m_app->key(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(section(), 3);
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(section(), 2);
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(section(), 1);
        // Ctrl+1…4 on a finished interview are still the window's scoring switch
        // (WindowShortcuts' `scoring`, owned by the window's part): not checked here.
    }

    // Item 3: after Settings, the F1 sheet or the Finish dialog, the keyboard is in the
    // notes again: typing, Ctrl+Right and Ctrl+1…4 work at once.
    void focusReturnsToTheNotesAfterDialogs()
    {
        m_app->click(m_app->find("settingsButton"));
        QQuickItem *settings = nullptr;
        QTRY_VERIFY((settings = m_app->find("settingsPage")) && settings->isVisible());
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!settings->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("x"));
        QVERIFY2(notesText().endsWith(QLatin1String("] x")), qPrintable(notesText()));
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(live()->score(), 2);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);

        m_app->key(Qt::Key_F1);
        QObject *sheet = m_app->findObject("cheatSheet");
        QTRY_VERIFY(sheet->property("opened").toBool());
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));

        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *finish = nullptr;
        QTRY_VERIFY((finish = m_app->findObject("finishDialog")) &&
                    finish->property("opened").toBool());
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!finish->property("visible").toBool());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(live()->score(), 3);
    }

    // Item 11: stepping back through a skipped question keeps its mark.
    void skippedKeepsItsMark()
    {
        m_app->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        QCOMPARE(stateOf(0), int(vocabulary::ItemState::Skipped));
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 2);
        // Back through the skipped one, and on before it.
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 0);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        QCOMPARE(stateOf(0), int(vocabulary::ItemState::Skipped));
        // Nothing recorded on it while passing through: it stays skipped after a restart.
        QVERIFY(m_app->restart());
        QCOMPARE(stateOf(0), int(vocabulary::ItemState::Skipped));
        // A restart while on the skipped question itself, then on: still skipped.
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 0);
        QVERIFY(m_app->restart());
        QTRY_COMPARE(live()->currentIndex(), 0);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        QCOMPARE(stateOf(0), int(vocabulary::ItemState::Skipped));
    }

    // Items 4 and 9: what is scored against is in view at once, nothing outside the
    // window or over another column, at 1280x720 and at 1024x700.
    void whatIsScoredAgainstIsInView_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    void whatIsScoredAgainstIsInView()
    {
        QFETCH(QSize, size);
        m_app->window()->resize(size);
        QTRY_COMPARE(m_app->window()->size(), size);
        QTest::qWait(50);
        const QRectF window(QPointF(0, 0), QSizeF(size));
        auto rect = [](QQuickItem *item) {
            return QRectF(item->mapToScene(QPointF(0, 0)), QSizeF(item->width(), item->height()));
        };
        auto inWindow = [&](QQuickItem *item, const char *what) {
            QVERIFY2(item && item->isVisible(), what);
            const QRectF r = rect(item);
            QVERIFY2(window.contains(r.adjusted(0.5, 0.5, -0.5, -0.5)),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                                    .arg(what)
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())));
        };
        inWindow(m_app->find("questionTitle"), "title");
        inWindow(m_app->find("promptScroll"), "prompt area");
        inWindow(m_app->find("rubric"), "rubric");
        inWindow(m_app->find("notes"), "notes");
        inWindow(m_app->find("liveClock"), "clock");
        // Every criterion in full, without scrolling the rubric.
        QQuickItem *rubric = m_app->find("rubric");
        const QList<QQuickItem *> criteria = m_app->findVisible("criterion");
        QCOMPARE(criteria.size(), live()->criteria()->rowCount());
        for (QQuickItem *criterion : criteria)
            QVERIFY2(rect(rubric).contains(rect(criterion).adjusted(1, 1, -1, -1)),
                     qPrintable(criterion->property("text").toString()));
        // Every score with its anchor, none cut short.
        for (int score = 1; score <= 4; ++score) {
            const QByteArray name = "score" + QByteArray::number(score);
            const QList<QQuickItem *> rows = m_app->findVisible(name.constData());
            QVERIFY2(rows.size() == 1, name.constData());
            inWindow(rows.first(), name.constData());
        }
        // The question column and the score column side by side, not over each other.
        const QRectF title = rect(m_app->find("questionTitle"));
        const QRectF score = rect(m_app->findVisible("score4").first());
        QVERIFY2(title.right() <= score.left(), "the score column covers the question");
        QVERIFY2(rect(m_app->find("promptScroll")).right() <= score.left(),
                 "the score column covers the prompt");
        QQuickItem *agenda = m_app->find("agenda");
        if (agenda->isVisible())
            QVERIFY2(rect(agenda).right() <= title.left(), "the agenda covers the question");
    }

    // Item 10: each question opens at its top.
    void eachQuestionOpensAtItsTop()
    {
        m_app->window()->resize(1024, 700);
        QQuickItem *scroll = m_app->find("promptScroll");
        QVERIFY(scroll);
        QObject *flickable = scroll->property("contentItem").value<QObject *>();
        QVERIFY(flickable);
        // Made to scroll: enough follow-ups to run past the area.
        for (int i = 0; i < 12; ++i)
            live()->addFollowUp(QStringLiteral("Follow-up asked number %1").arg(i));
        QTRY_VERIFY(flickable->property("contentHeight").toReal() >
                    flickable->property("height").toReal());
        flickable->setProperty("contentY", 120);
        QCOMPARE(flickable->property("contentY").toReal(), 120.0);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        QTRY_COMPARE(flickable->property("contentY").toReal(), 0.0);
    }

    // Item 13 and 11: the Finish dialog says what is missing, at once, and no longer
    // once it is there; it names the questions not asked or not scored.
    void finishDialogSaysWhatIsMissing()
    {
        m_app->key(Qt::Key_2, Qt::ControlModifier); // question 1 scored
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(live()->currentIndex(), 1);
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *finish = nullptr;
        QTRY_VERIFY((finish = m_app->findObject("finishDialog")) &&
                    finish->property("opened").toBool());
        QQuickItem *problem = m_app->find("finishProblem");
        QVERIFY(problem);
        QVERIFY(!problem->isVisible());
        // The questions left: question 2 unscored (current), the rest not asked.
        QQuickItem *open = m_app->find("finishOpenQuestions");
        QVERIFY(open && open->isVisible());
        const QString openText = open->property("text").toString();
        QVERIFY2(openText.contains(QLatin1String("Asked but not scored: 2. ")),
                 qPrintable(openText));
        QVERIFY2(openText.contains(QLatin1String("Not asked yet: 3. ")), qPrintable(openText));

        // Ctrl+Enter with no recommendation, from the choices: the message shows.
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->property("text").toString(),
                 LiveInterview::finishCheckText(LiveInterview::NeedsRecommendation));
        QVERIFY(finish->property("visible").toBool());
        // Choosing one clears it.
        m_app->key(Qt::Key_3);
        QTRY_VERIFY(!problem->isVisible());
        // The summary is missing now: said, and cleared once typed.
        m_app->key(Qt::Key_Enter, Qt::ControlModifier);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->property("text").toString(),
                 LiveInterview::finishCheckText(LiveInterview::NeedsSummary));
        QTRY_COMPARE(focusName(), QStringLiteral("summaryField"));
        m_app->type(QStringLiteral("Solid"));
        QTRY_VERIFY(!problem->isVisible());
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(live()->finished());
        QTRY_VERIFY(!finish->property("visible").toBool());
    }
};

QTEST_MAIN(LiveKeyboardTest)
#include "tst_livekeyboard.moc"
