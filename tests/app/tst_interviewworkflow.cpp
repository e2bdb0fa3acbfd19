#include "domain/vocabulary.h"
#include "storage/interviewrepository.h"
#include "storage/notewriter.h"
#include "storage/sql.h"
#include "support/guiharness.h"

#include <QRegularExpression>
#include <QTest>

// A whole interview by keyboard alone through the real window — start from a plan,
// notes, score, criteria, follow-ups, flags, skip, pause, finish, reopen — checking
// the database after each step.
class InterviewWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_interviewId = 0;

    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_app->workspace().database().connection(), statement, values);
    }

    // A column of the interview, or of its item at `position`.
    QVariant interview(const char *column)
    {
        return scalar(
            QStringLiteral("SELECT %1 FROM interviews WHERE id = ?").arg(QLatin1String(column)),
            {m_interviewId});
    }
    QVariant item(int position, const char *column)
    {
        return scalar(QStringLiteral("SELECT %1 FROM interview_items WHERE interview_id = ? "
                                     "AND position = ?")
                          .arg(QLatin1String(column)),
                      {m_interviewId, position});
    }

    QString focusName() const
    {
        QQuickItem *focused = m_app->window()->activeFocusItem();
        return focused ? focused->objectName() : QString();
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void startsFromAPlanByKeyboard()
    {
        // The interviewer comes filled in from the settings.
        m_app->interviews().setDefaultInterviewer(QStringLiteral("Test Lead"));
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        QTRY_VERIFY(m_app->find("planList")->property("count").toInt() > 0);
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("candidateField") &&
                    m_app->find("candidateField")->hasActiveFocus());
        // The candidate's name is required.
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(!m_app->find("startProblem")->property("text").toString().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interviews")).toInt(), 0);

        m_app->type(QStringLiteral("Grace Hopper"));
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interviews")).toInt(), 1);
        m_interviewId = scalar(QStringLiteral("SELECT id FROM interviews")).toLongLong();
        QCOMPARE(interview("candidate").toString(), QStringLiteral("Grace Hopper"));
        QCOMPARE(interview("interviewer").toString(), QStringLiteral("Test Lead"));
        QCOMPARE(interview("status").toString(), QStringLiteral("live"));
        QVERIFY(
            scalar(QStringLiteral("SELECT COUNT(*) FROM interview_items WHERE interview_id = ?"),
                   {m_interviewId})
                .toInt() > 1);
        QCOMPARE(item(0, "state").toString(), QStringLiteral("current"));
        QTRY_VERIFY(m_app->find("livePage")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    void notesAreStampedAndDurable()
    {
        m_app->type(QStringLiteral("Clear answer"));
        m_app->key(Qt::Key_Return);
        m_app->type(QStringLiteral("Mentions GC"));
        QVERIFY(m_app->interviews().noteWriter().flush());
        const QRegularExpression stamped(
            QStringLiteral("^\\[\\d\\d:\\d\\d\\] Clear answer\\n\\[\\d\\d:\\d\\d\\] Mentions GC$"));
        QVERIFY2(stamped.match(item(0, "notes").toString()).hasMatch(),
                 qPrintable(item(0, "notes").toString()));
    }

    void scoresAndChecksWithoutLeavingTheNotes()
    {
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(item(0, "score").toInt(), 3);
        m_app->key(Qt::Key_1, Qt::AltModifier);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT c.met FROM interview_item_criteria c JOIN "
                                           "interview_items i ON i.id = c.item_id WHERE "
                                           "i.interview_id = ? AND i.position = 0 AND "
                                           "c.position = 0"),
                            {m_interviewId})
                         .toInt(),
                     1);
        m_app->key(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT f.asked FROM interview_item_follow_ups f JOIN "
                                           "interview_items i ON i.id = f.item_id WHERE "
                                           "i.interview_id = ? AND i.position = 0 AND "
                                           "f.position = 0"),
                            {m_interviewId})
                         .toInt(),
                     1);
        m_app->key(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(item(0, "flag_strong").toInt(), 1);
        m_app->key(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(item(0, "flag_concern").toInt(), 1);
        QCOMPARE(focusName(), QStringLiteral("notes"));

        // An ad-hoc follow-up: typed in its field, then back to the notes.
        m_app->key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("followUpField"));
        m_app->type(QStringLiteral("Why not refcounting only"));
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interview_item_follow_ups f "
                                           "JOIN interview_items i ON i.id = f.item_id WHERE "
                                           "i.interview_id = ? AND f.ad_hoc = 1 AND f.asked = 1 "
                                           "AND f.text = ?"),
                            {m_interviewId, QStringLiteral("Why not refcounting only")})
                         .toInt(),
                     1);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    void movesSkipsAndPauses()
    {
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(interview("current_item").toInt(), 1);
        QCOMPARE(item(0, "state").toString(), QStringLiteral("done"));
        QCOMPARE(item(1, "state").toString(), QStringLiteral("current"));
        // Each question has its own notes.
        QTRY_COMPARE(m_app->find("notes")->property("text").toString(), QString());

        m_app->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(interview("current_item").toInt(), 2);
        QCOMPARE(item(1, "state").toString(), QStringLiteral("skipped"));

        // Back again: the question left with nothing recorded is pending again.
        m_app->key(Qt::Key_Left, Qt::ControlModifier);
        QTRY_COMPARE(interview("current_item").toInt(), 1);
        QCOMPARE(item(2, "state").toString(), QStringLiteral("pending"));
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(interview("current_item").toInt(), 2);

        m_app->key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!interview("paused_at").isNull());
        QVERIFY(m_app->interviews().live()->paused());
        m_app->key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(interview("paused_at").isNull());
        QCOMPARE(focusName(), QStringLiteral("notes"));
    }

    void cheatSheetOpensAndCloses()
    {
        QObject *sheet = m_app->findObject("cheatSheet");
        QVERIFY(sheet);
        m_app->key(Qt::Key_F1);
        QTRY_VERIFY(sheet->property("visible").toBool());
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
    }

    void finishesWithRecommendationAndSummary()
    {
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->findObject("finishDialog")) &&
                    dialog->property("opened").toBool());
        // The order: the competencies first, so the focus starts on the first one.
        QTRY_COMPARE(focusName(), QStringLiteral("ratingRow0"));
        // Neither a recommendation nor a summary yet: refused, still live, and the focus
        // goes to what is missing.
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!m_app->find("finishProblem")->property("text").toString().isEmpty());
        QCOMPARE(interview("status").toString(), QStringLiteral("live"));
        QTRY_COMPARE(focusName(), QStringLiteral("recommendationChoices"));

        // Shift+Tab walks back: cons, pros, takeaways, the competencies last to first,
        // then round to the summary; Tab from there comes back to the first competency.
        const QStringList backwards = {
            QStringLiteral("consField"),      QStringLiteral("prosField"),
            QStringLiteral("takeawaysField"), QStringLiteral("ratingRow2"),
            QStringLiteral("ratingRow1"),     QStringLiteral("ratingRow0"),
            QStringLiteral("summaryField")};
        for (const QString &name : backwards) {
            m_app->key(Qt::Key_Backtab, Qt::ShiftModifier);
            QTRY_COMPARE(focusName(), name);
        }
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("ratingRow0"));

        // The scorecard, by keyboard: the plan's competencies (the shipped "Middle Python"
        // template: Python depth, Functions & generators, Concurrency), each with its
        // evidence and the suggestion from the scores (question 1 scored 3 above).
        QCOMPARE(dialog->property("competencies").toList().size(), 3);
        // Repeater delegates: found in the visual tree.
        QQuickItem *first = m_app->findVisible("ratingRow0").value(0);
        QVERIFY(first);
        const QString evidence = first->findChild<QQuickItem *>(QStringLiteral("ratingEvidence"))
                                     ->property("text")
                                     .toString();
        QVERIFY2(evidence.contains(QStringLiteral("(3 — Middle)")), qPrintable(evidence));
        QCOMPARE(first->findChild<QQuickItem *>(QStringLiteral("suggestedRating"))
                     ->property("text")
                     .toString(),
                 QStringLiteral("suggested: 3 — Yes"));
        // 1–4 on a competency rate it, not the recommendation.
        m_app->key(Qt::Key_3);
        QTRY_COMPARE(dialog->property("ratings").toList().value(0).toInt(), 3);
        QCOMPARE(dialog->property("recommendation").toInt(), int(vocabulary::Recommendation::None));
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("ratingRow1"));
        m_app->key(Qt::Key_2);
        m_app->key(Qt::Key_Right); // 2 -> 3
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("ratingRow2"));
        // The third left unrated: said, not refused.
        QTRY_VERIFY(m_app->find("finishUnrated")
                        ->property("text")
                        .toString()
                        .contains(QLatin1String("Concurrency")));
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("takeawaysField"));
        m_app->type(QStringLiteral("Knows the data model"));
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("prosField"));
        m_app->type(QStringLiteral("Precise"));
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("consField"));
        m_app->type(QStringLiteral("No async yet"));
        // Then the overall recommendation and the summary.
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("recommendationChoices"));
        m_app->key(Qt::Key_3); // yes
        QTRY_COMPARE(dialog->property("recommendation").toInt(),
                     int(vocabulary::Recommendation::Yes));
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("summaryField"));
        m_app->type(QStringLiteral("Solid on internals"));
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(interview("status").toString(), QStringLiteral("finished"));
        // Submitted with the interview: the ratings by position, the texts.
        const auto rating = [this](int position) {
            return scalar(QStringLiteral("SELECT rating FROM interview_competencies WHERE "
                                         "interview_id = ? AND position = ?"),
                          {m_interviewId, position});
        };
        QCOMPARE(rating(0).toInt(), 3);
        QCOMPARE(rating(1).toInt(), 3);
        QVERIFY(rating(2).isNull());
        QCOMPARE(interview("takeaways").toString(), QStringLiteral("Knows the data model"));
        QCOMPARE(interview("pros").toString(), QStringLiteral("Precise"));
        QCOMPARE(interview("cons").toString(), QStringLiteral("No async yet"));
        const std::optional<Scorecard> card =
            m_app->workspace().interviews().scorecard(m_interviewId);
        QVERIFY(card && card->submitted);
        QCOMPARE(card->competencies.at(0).suggested, 3);
        QCOMPARE(interview("recommendation").toString(), QStringLiteral("yes"));
        QCOMPARE(interview("summary").toString(), QStringLiteral("Solid on internals"));
        QVERIFY(!interview("ended_at").isNull());
        QCOMPARE(item(2, "state").toString(), QStringLiteral("done"));
        QVERIFY(item(0, "seconds_spent").toInt() >= 0);
    }

    void reopensToAmend()
    {
        QTRY_VERIFY(m_app->find("reopenButton")->isVisible());
        // Once the dialog has gone, the keyboard is back on the page; not in the
        // read-only notes, which would swallow the window's shortcuts.
        QTRY_COMPARE(focusName(), QStringLiteral("liveKeys"));
        m_app->key(Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(interview("status").toString(), QStringLiteral("live"));
        QCOMPARE(interview("amended").toInt(), 1);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("Later thought"));
        QVERIFY(m_app->interviews().noteWriter().flush());
        QVERIFY(item(2, "notes").toString().endsWith(QStringLiteral("Later thought")));
    }

    void reopensWhereItWasAfterARestart()
    {
        // Leave the interview live on its third question with notes, and quit.
        m_app->key(Qt::Key_P, Qt::ControlModifier); // the amend pause ends
        QTRY_VERIFY(!m_app->interviews().live()->paused());
        m_app->type(QStringLiteral(" and more"));
        const QString notes = m_app->find("notes")->property("text").toString();
        // The next start opens the interview at once, where it was.
        QVERIFY(m_app->restart());
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        LiveInterview *live = m_app->interviews().live();
        QCOMPARE(live->candidate(), QStringLiteral("Grace Hopper"));
        QCOMPARE(live->currentIndex(), 2);
        QCOMPARE(m_app->find("notes")->property("text").toString(), notes);
        QCOMPARE(live->score(), 0);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(InterviewWorkflowTest)
#include "tst_interviewworkflow.moc"
