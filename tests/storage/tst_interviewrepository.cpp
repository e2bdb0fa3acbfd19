#include "domain/errors.h"
#include "storage/interviewstart.h"
#include "storage/shippedbank.h"
#include "storage/shippedplans.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QTest>

using testsupport::sampleQuestion;

// Interviews through their repository — the snapshot taken at the start, every write of
// the call, the list, deletion — and the clock arithmetic of the Interview value with
// fixed times.
class InterviewRepositoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    int m_counter = 0;

    static QDateTime t0() { return TestClock::start(); }
    static QDateTime at(int seconds) { return TestClock::at(seconds); }

    // A plan of `count` sample questions (minutes 6, 7, 8, …), with a note on the first.
    qint64 samplePlan(int count, const QString &name = QStringLiteral("Backend"))
    {
        const qint64 plan = m_ws->plans().create(name, QStringLiteral("Python developer"),
                                                 vocabulary::Level::Senior, 45);
        for (int n = 1; n <= count; ++n) {
            const qint64 item = m_ws->plans().addItem(
                plan, m_ws->bank().addQuestion(sampleQuestion(100 * m_counter + n)));
            if (n == 1)
                m_ws->plans().setItemNote(item, QStringLiteral("Warm-up"));
        }
        return plan;
    }

    qint64 startFrom(qint64 planId, const QString &candidate = QStringLiteral("Ada Lovelace"))
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Senior Python developer");
        details.interviewer = QStringLiteral("Grace");
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), planId,
                                        details);
    }

    int count(const QString &query, const QVariantList &values = {})
    {
        return sql::scalar(m_ws->connection(), query, values, 0).toInt();
    }

    QString messageOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const PanelistError &e) {
            return e.message();
        }
        return {};
    }

    // A value with four items of 5, 10, 5 and 5 minutes, started at t0 on the first.
    static Interview clockInterview()
    {
        Interview interview;
        interview.id = 1;
        interview.startedAt = t0();
        for (int minutes : {5, 10, 5, 5}) {
            InterviewItem item;
            item.position = int(interview.items.size());
            item.title = QStringLiteral("Item %1").arg(item.position + 1);
            item.minutesBudget = minutes;
            interview.items.append(item);
        }
        interview.items[0].state = vocabulary::ItemState::Current;
        return interview;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        ++m_counter;
    }

    void startSnapshotsAShippedPlan()
    {
        shippedbank::installIfNewer(m_ws->bank());
        QVERIFY(shippedplans::installIfNewer(m_ws->plans(), m_ws->bank(), m_ws->settings()) > 0);
        const PlanSummary summary = m_ws->plans().plans().first();
        const Plan plan = *m_ws->plans().plan(summary.id);

        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("  Ada Lovelace ");
        details.role = QStringLiteral("Senior Python developer");
        details.interviewer = QStringLiteral("Grace");
        details.scheduledAt = QDateTime(QDate(2024, 5, 6), QTime(14, 30), Qt::UTC);
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   plan.id, details);
        QVERIFY(id > 0);

        const Interview interview = *m_ws->interviews().interview(id);
        QCOMPARE(interview.id, id);
        QVERIFY(!interview.uuid.isEmpty());
        QCOMPARE(interview.candidate, QStringLiteral("Ada Lovelace"));
        QCOMPARE(interview.role, QStringLiteral("Senior Python developer"));
        QCOMPARE(interview.interviewer, QStringLiteral("Grace"));
        QCOMPARE(interview.planId, plan.id);
        QCOMPARE(interview.planName, plan.name);
        QCOMPARE(interview.targetMinutes, plan.targetMinutes);
        QCOMPARE(interview.scheduledAt, details.scheduledAt);
        QCOMPARE(interview.status, vocabulary::InterviewStatus::Live);
        QCOMPARE(interview.startedAt, m_ws->clock().now()); // no start time given: now
        QCOMPARE(interview.startedAt.timeSpec(), Qt::UTC);
        QVERIFY(!interview.endedAt.isValid());
        QVERIFY(!interview.paused());
        QCOMPARE(interview.currentItem, 0);
        QCOMPARE(interview.currentSince, 0);
        QCOMPARE(interview.recommendation, vocabulary::Recommendation::None);
        QVERIFY(!interview.amended);

        QCOMPARE(interview.items.size(), plan.items.size());
        for (int i = 0; i < plan.items.size(); ++i) {
            const InterviewItem &item = interview.items.at(i);
            const Question question = *m_ws->bank().question(plan.items.at(i).questionId);
            QCOMPARE(item.position, i);
            QCOMPARE(item.questionUuid, question.uuid);
            QCOMPARE(item.title, question.title);
            QCOMPARE(item.prompt, question.prompt);
            QCOMPARE(item.category, question.category);
            QCOMPARE(item.level, question.level);
            QCOMPARE(item.kind, question.kind);
            QCOMPARE(item.referenceAnswer, question.referenceAnswer);
            QCOMPARE(item.anchorJunior, question.anchorJunior);
            QCOMPARE(item.anchorMiddle, question.anchorMiddle);
            QCOMPARE(item.anchorSenior, question.anchorSenior);
            QCOMPARE(item.minutesBudget, plan.items.at(i).minutes);
            QCOMPARE(item.planNote, plan.items.at(i).note);
            QCOMPARE(item.state,
                     i == 0 ? vocabulary::ItemState::Current : vocabulary::ItemState::Pending);
            QCOMPARE(item.secondsSpent, 0);
            QCOMPARE(item.score, 0);
            QVERIFY(item.notes.isEmpty());
            QCOMPARE(item.followUps.size(), question.followUps.size());
            for (int f = 0; f < question.followUps.size(); ++f) {
                QCOMPARE(item.followUps.at(f).text, question.followUps.at(f));
                QVERIFY(!item.followUps.at(f).asked);
                QVERIFY(!item.followUps.at(f).adHoc);
            }
            QCOMPARE(item.criteria.size(), question.criteria.size());
            for (int c = 0; c < question.criteria.size(); ++c) {
                QCOMPARE(item.criteria.at(c).text, question.criteria.at(c));
                QVERIFY(!item.criteria.at(c).met);
            }
        }

        // Editing the bank afterwards never rewrites the interview.
        Question edited = *m_ws->bank().question(plan.items.first().questionId);
        edited.title = QStringLiteral("Rewritten title");
        edited.prompt = QStringLiteral("Rewritten prompt");
        edited.followUps = {QStringLiteral("Only one follow-up now")};
        edited.criteria = {QStringLiteral("A new criterion")};
        edited.anchorSenior = QStringLiteral("A new anchor");
        m_ws->bank().updateQuestion(edited);
        const Interview after = *m_ws->interviews().interview(id);
        QCOMPARE(after.items.first().title, interview.items.first().title);
        QCOMPARE(after.items.first().prompt, interview.items.first().prompt);
        QCOMPARE(after.items.first().followUps.size(), interview.items.first().followUps.size());
        QCOMPARE(after.items.first().criteria.size(), interview.items.first().criteria.size());
        QCOMPARE(after.items.first().anchorSenior, interview.items.first().anchorSenior);

        // Deleting the plan keeps the interview; it only forgets where it came from.
        m_ws->plans().remove(plan.id);
        const Interview orphan = *m_ws->interviews().interview(id);
        QCOMPARE(orphan.planId, 0);
        QCOMPARE(orphan.planName, plan.name);
        QCOMPARE(orphan.items.size(), plan.items.size());
        QVERIFY(sql::scalar(m_ws->connection(),
                            QStringLiteral("SELECT plan_id FROM interviews WHERE id = ?"), {id})
                    .isNull());
        QCOMPARE(m_ws->interviews().interviews().first().planName, plan.name);
    }

    void startTakesAGivenStartTime()
    {
        const qint64 plan = samplePlan(2);
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Ada");
        details.startedAt = at(0);
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   plan, details);
        QCOMPARE(m_ws->interviews().interview(id)->startedAt, at(0));
        QVERIFY(!m_ws->interviews().interview(id)->scheduledAt.isValid());
    }

    void startRefusesWhatCannotBeInterviewed()
    {
        const qint64 plan = samplePlan(2);
        for (const QString &candidate : {QString(), QStringLiteral("   ")}) {
            const QString message = messageOf([&] { startFrom(plan, candidate); });
            QVERIFY2(message.contains(QStringLiteral("candidate")), qPrintable(message));
        }
        const qint64 empty =
            m_ws->plans().create(QStringLiteral("Empty"), QString(), vocabulary::Level::Senior, 30);
        QVERIFY(messageOf([&] { startFrom(empty); }).contains(QStringLiteral("no questions")));
        QVERIFY(messageOf([&] { startFrom(9999); }).contains(QStringLiteral("9999")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interviews")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interview_items")), 0);
        QVERIFY(!m_ws->interviews().interview(1));
    }

    void progressRoundTrips()
    {
        const qint64 id = startFrom(samplePlan(3));
        Interview interview = *m_ws->interviews().interview(id);
        interview.startedAt = at(0); // the clock below runs on fixed times
        interview.moveTo(1, vocabulary::ItemState::Done, at(200));
        interview.pause(at(260));
        m_ws->interviews().saveProgress(interview);

        Interview stored = *m_ws->interviews().interview(id);
        QCOMPARE(stored.currentItem, 1);
        QCOMPARE(stored.currentSince, 200);
        QCOMPARE(stored.pausedAt, at(260));
        QCOMPARE(stored.pausedSeconds, 0);
        QCOMPARE(stored.items.at(0).state, vocabulary::ItemState::Done);
        QCOMPARE(stored.items.at(0).secondsSpent, 200);
        QCOMPARE(stored.items.at(1).state, vocabulary::ItemState::Current);
        QCOMPARE(stored.items.at(2).state, vocabulary::ItemState::Pending);
        QCOMPARE(stored.status, vocabulary::InterviewStatus::Live);

        interview.resume(at(300));
        interview.moveTo(2, vocabulary::ItemState::Skipped, at(330));
        interview.finish(vocabulary::Recommendation::StrongYes, QStringLiteral("Clear and calm."),
                         at(400));
        m_ws->interviews().saveProgress(interview);
        stored = *m_ws->interviews().interview(id);
        QCOMPARE(stored.status, vocabulary::InterviewStatus::Finished);
        QVERIFY(!stored.paused());
        QCOMPARE(stored.pausedSeconds, 40);
        QCOMPARE(stored.endedAt, at(400));
        QCOMPARE(stored.recommendation, vocabulary::Recommendation::StrongYes);
        QCOMPARE(stored.summary, QStringLiteral("Clear and calm."));
        QCOMPARE(stored.items.at(1).state, vocabulary::ItemState::Skipped);
        QCOMPARE(stored.items.at(1).secondsSpent, 90);
        QCOMPARE(stored.items.at(2).state, vocabulary::ItemState::Done);
        QCOMPARE(stored.items.at(2).secondsSpent, 70);
        QCOMPARE(m_ws->interviews().interviews().first().recommendation,
                 vocabulary::Recommendation::StrongYes);

        // Finished without a recommendation is refused, and nothing is written.
        Interview bad = stored;
        bad.recommendation = vocabulary::Recommendation::None;
        bad.summary = QStringLiteral("changed");
        QVERIFY(messageOf([&] {
                    m_ws->interviews().saveProgress(bad);
                }).contains(QStringLiteral("recommendation")));
        QCOMPARE(m_ws->interviews().interview(id)->summary, QStringLiteral("Clear and calm."));
    }

    void recordsOfTheCall()
    {
        const qint64 id = startFrom(samplePlan(2));
        const Interview interview = *m_ws->interviews().interview(id);
        const qint64 item = interview.items.first().id;
        const qint64 other = interview.items.last().id;

        m_ws->interviews().setScore(item, 3);
        QCOMPARE(m_ws->interviews().interview(id)->items.first().score, 3);
        m_ws->interviews().setScore(item, 0);
        QCOMPARE(m_ws->interviews().interview(id)->items.first().score, 0);
        QVERIFY(sql::scalar(m_ws->connection(),
                            QStringLiteral("SELECT score FROM interview_items WHERE id = ?"),
                            {item})
                    .isNull());
        QVERIFY(
            messageOf([&] { m_ws->interviews().setScore(item, 5); }).contains(QStringLiteral("1")));
        QVERIFY(!messageOf([&] { m_ws->interviews().setScore(item, -1); }).isEmpty());
        m_ws->interviews().setScore(item, 4);

        m_ws->interviews().setFlags(item, true, false);
        m_ws->interviews().setFlags(other, false, true);
        m_ws->interviews().setCriterionMet(item, 1, true);
        m_ws->interviews().setCriterionMet(item, 2, true);
        m_ws->interviews().setCriterionMet(item, 2, false);
        m_ws->interviews().setFollowUpAsked(item, 0, true);
        QCOMPARE(m_ws->interviews().addFollowUp(item, QStringLiteral("  And under load?  ")), 2);
        QCOMPARE(m_ws->interviews().addFollowUp(item, QStringLiteral("And then?")), 3);
        QVERIFY(messageOf([&] {
                    m_ws->interviews().addFollowUp(item, QStringLiteral("  "));
                }).contains(QStringLiteral("text")));
        const QString notes = QStringLiteral("[00:12] Starts with the GIL\n[01:40] Good example");
        m_ws->interviews().setNotes(item, notes);

        const Interview stored = *m_ws->interviews().interview(id);
        const InterviewItem &first = stored.items.first();
        QCOMPARE(first.score, 4);
        QVERIFY(first.flagStrong);
        QVERIFY(!first.flagConcern);
        QVERIFY(stored.items.last().flagConcern);
        QVERIFY(!stored.items.last().flagStrong);
        QCOMPARE(first.criteria.size(), 3);
        QVERIFY(!first.criteria.at(0).met);
        QVERIFY(first.criteria.at(1).met);
        QVERIFY(!first.criteria.at(2).met);
        QCOMPARE(first.followUps.size(), 4);
        QVERIFY(first.followUps.at(0).asked);
        QVERIFY(!first.followUps.at(1).asked);
        QCOMPARE(first.followUps.at(2).text, QStringLiteral("And under load?"));
        QVERIFY(first.followUps.at(2).adHoc);
        QVERIFY(first.followUps.at(2).asked);
        QVERIFY(!first.followUps.at(0).adHoc);
        QCOMPARE(first.notes, notes);
        QVERIFY(stored.hasRecord(0));
        QVERIFY(stored.hasRecord(1)); // the concern flag
        // The other item's checklists were not touched.
        QCOMPARE(stored.items.last().followUps.size(), 2);
        for (const InterviewCriterion &criterion : stored.items.last().criteria)
            QVERIFY(!criterion.met);
    }

    void liveInterviewIsTheLastTouched()
    {
        QCOMPARE(m_ws->interviews().liveInterviewId(), 0);
        const qint64 plan = samplePlan(2);
        const qint64 first = startFrom(plan, QStringLiteral("First"));
        m_ws->clock().advanceSeconds(1);
        const qint64 second = startFrom(plan, QStringLiteral("Second"));
        QCOMPARE(m_ws->interviews().liveInterviewId(), second);
        m_ws->clock().advanceSeconds(1);
        m_ws->interviews().setScore(m_ws->interviews().interview(first)->items.first().id, 2);
        QCOMPARE(m_ws->interviews().liveInterviewId(), first);

        Interview done = *m_ws->interviews().interview(first);
        const QDateTime now = m_ws->clock().now();
        done.finish(vocabulary::Recommendation::No, QStringLiteral("Not yet."), now);
        m_ws->interviews().saveProgress(done);
        QCOMPARE(m_ws->interviews().liveInterviewId(), second);
        m_ws->interviews().remove(second);
        QCOMPARE(m_ws->interviews().liveInterviewId(), 0);

        // The list: newest first, with its outcome.
        const QList<InterviewSummary> rows = m_ws->interviews().interviews();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().candidate, QStringLiteral("First"));
        QCOMPARE(rows.first().status, vocabulary::InterviewStatus::Finished);
        QCOMPARE(rows.first().recommendation, vocabulary::Recommendation::No);
        QCOMPARE(rows.first().planName, QStringLiteral("Backend"));
        QVERIFY(rows.first().endedAt.isValid());
    }

    void listIsNewestFirst()
    {
        const qint64 plan = samplePlan(1);
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Older");
        details.startedAt = at(0);
        interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), plan, details);
        details.candidate = QStringLiteral("Newer");
        details.startedAt = at(3600);
        interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), plan, details);
        details.candidate = QStringLiteral("Oldest");
        details.startedAt = at(-3600);
        interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), plan, details);
        QStringList names;
        for (const InterviewSummary &row : m_ws->interviews().interviews())
            names << row.candidate;
        QCOMPARE(names, (QStringList{"Newer", "Older", "Oldest"}));
        QCOMPARE(m_ws->interviews().interviews().first().startedAt, at(3600));
    }

    // Every field of two reads of one interview, items and what they recorded included.
    static void verifySame(const Interview &read, const Interview &expected)
    {
        QCOMPARE(read.id, expected.id);
        QCOMPARE(read.uuid, expected.uuid);
        QCOMPARE(read.candidate, expected.candidate);
        QCOMPARE(read.planId, expected.planId);
        QCOMPARE(read.startedAt, expected.startedAt);
        QCOMPARE(read.endedAt, expected.endedAt);
        QCOMPARE(read.status, expected.status);
        QCOMPARE(read.recommendation, expected.recommendation);
        QCOMPARE(read.currentItem, expected.currentItem);
        QCOMPARE(read.summary, expected.summary);
        QCOMPARE(read.items.size(), expected.items.size());
        for (int i = 0; i < read.items.size(); ++i) {
            const InterviewItem &a = read.items.at(i);
            const InterviewItem &b = expected.items.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.position, b.position);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.level, b.level);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.state, b.state);
            QCOMPARE(a.score, b.score);
            QCOMPARE(a.notes, b.notes);
            QCOMPARE(a.followUps.size(), b.followUps.size());
            for (int f = 0; f < a.followUps.size(); ++f) {
                QCOMPARE(a.followUps.at(f).text, b.followUps.at(f).text);
                QCOMPARE(a.followUps.at(f).adHoc, b.followUps.at(f).adHoc);
                QCOMPARE(a.followUps.at(f).asked, b.followUps.at(f).asked);
            }
            QCOMPARE(a.criteria.size(), b.criteria.size());
            for (int c = 0; c < a.criteria.size(); ++c) {
                QCOMPARE(a.criteria.at(c).text, b.criteria.at(c).text);
                QCOMPARE(a.criteria.at(c).met, b.criteria.at(c).met);
            }
        }
    }

    // Several interviews read at once (items, follow-ups and criteria in one query each
    // for all of them) are the interviews read one by one, in the order asked for.
    void interviewsReadTogetherEqualOneByOne()
    {
        // Plans of 2, 3, 4 and 5 of the same five questions.
        const std::optional<Plan> full = m_ws->plans().plan(samplePlan(5));
        QList<qint64> ids;
        for (int n = 1; n <= 4; ++n) {
            const qint64 plan = m_ws->plans().create(QStringLiteral("Plan %1").arg(n), QString(),
                                                     vocabulary::Level::Middle, 60);
            for (int q = 0; q <= n; ++q)
                m_ws->plans().addItem(plan, full->items.at(q).questionId);
            const qint64 id = startFrom(plan, QStringLiteral("Candidate %1").arg(n));
            Interview interview = *m_ws->interviews().interview(id);
            // Each records something different, so a mix-up between them shows.
            const qint64 item = interview.items.last().id;
            m_ws->interviews().setScore(item, n % 4 + 1);
            m_ws->interviews().setCriterionMet(item, n % 3, true);
            m_ws->interviews().setFollowUpAsked(item, n % 2, true);
            for (int f = 0; f < n; ++f)
                m_ws->interviews().addFollowUp(item,
                                               QStringLiteral("Ad hoc %1 of %2").arg(f).arg(n));
            m_ws->interviews().setNotes(item, QStringLiteral("Notes of %1").arg(n));
            if (n % 2 == 0) {
                interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Fine"),
                                 m_ws->clock().now());
                m_ws->interviews().saveProgress(interview);
            }
            ids.prepend(id); // newest first: not the order of their ids
        }
        const QList<qint64> asked = {ids.at(2), 999999, ids.at(0), ids.at(3), ids.at(1)};
        const QList<Interview> together = m_ws->interviews().interviews(asked);
        QCOMPARE(together.size(), 4);
        QCOMPARE(together.at(0).id, ids.at(2));
        QCOMPARE(together.at(1).id, ids.at(0));
        for (const Interview &interview : together)
            verifySame(interview, *m_ws->interviews().interview(interview.id));
        QCOMPARE(together.at(1).items.last().followUps.last().text,
                 QStringLiteral("Ad hoc 3 of 4"));
        QVERIFY(m_ws->interviews().interviews(QList<qint64>{}).isEmpty());
    }

    // A status, state, recommendation or level this Panelist does not know is refused when
    // read, and the message names the file, the column and the value.
    void unknownStoredValuesNameColumnAndValue_data()
    {
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("inList"); // the interview list reads the column too
        QTest::newRow("status") << "UPDATE interviews SET status = 'paused'"
                                << "interviews.status"
                                << "paused" << true;
        QTest::newRow("recommendation") << "UPDATE interviews SET recommendation = 'maybe'"
                                        << "interviews.recommendation"
                                        << "maybe" << true;
        QTest::newRow("state") << "UPDATE interview_items SET state = 'parked'"
                               << "interview_items.state"
                               << "parked" << false;
        QTest::newRow("level") << "UPDATE interview_items SET level = 'principal'"
                               << "interview_items.level"
                               << "principal" << false;
        QTest::newRow("kind") << "UPDATE interview_items SET kind = 'quiz'"
                              << "interview_items.kind"
                              << "quiz" << false;
    }

    void unknownStoredValuesNameColumnAndValue()
    {
        QFETCH(QString, update);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(bool, inList);
        const qint64 id = startFrom(samplePlan(2));
        const QSqlDatabase db = m_ws->connection();
        // The columns' CHECK constraints know only this version's keys.
        sql::exec(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        sql::exec(db, update);
        const QString message = messageOf([&] { m_ws->interviews().interview(id); });
        QVERIFY2(message.contains(db.databaseName()), qPrintable(message));
        QVERIFY2(message.contains(column), qPrintable(message));
        QVERIFY2(message.contains(QLatin1Char('"') + value + QLatin1Char('"')),
                 qPrintable(message));
        const QString listed = messageOf([&] { m_ws->interviews().interviews(); });
        if (inList)
            QCOMPARE(listed, message);
        else
            QVERIFY2(listed.isEmpty(), qPrintable(listed));
    }

    void removeTakesEverythingRecorded()
    {
        const qint64 plan = samplePlan(3);
        const qint64 gone = startFrom(plan, QStringLiteral("Gone"));
        const qint64 kept = startFrom(plan, QStringLiteral("Kept"));
        const qint64 item = m_ws->interviews().interview(gone)->items.first().id;
        m_ws->interviews().addFollowUp(item, QStringLiteral("Extra"));
        m_ws->interviews().setNotes(item, QStringLiteral("[00:01] hello"));
        const QString items =
            QStringLiteral("SELECT COUNT(*) FROM interview_items WHERE interview_id = ?");
        const QString followUps = QStringLiteral(
            "SELECT COUNT(*) FROM interview_item_follow_ups f JOIN interview_items i "
            "ON i.id = f.item_id WHERE i.interview_id = ?");
        const QString criteria =
            QStringLiteral("SELECT COUNT(*) FROM interview_item_criteria c JOIN interview_items i "
                           "ON i.id = c.item_id WHERE i.interview_id = ?");
        QCOMPARE(count(items, {gone}), 3);
        QCOMPARE(count(followUps, {gone}), 7);
        QCOMPARE(count(criteria, {gone}), 9);

        m_ws->interviews().remove(gone);
        QVERIFY(!m_ws->interviews().interview(gone));
        QCOMPARE(count(items, {gone}), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interview_items")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interview_item_follow_ups")), 6);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interview_item_criteria")), 9);
        QCOMPARE(count(followUps, {kept}), 6);
        QCOMPARE(m_ws->interviews().interviews().size(), 1);
        // The plan and the bank are untouched.
        QCOMPARE(m_ws->plans().plan(plan)->items.size(), 3);
    }

    void elapsedLeavesPausesOut()
    {
        Interview interview = clockInterview();
        QCOMPARE(interview.elapsedSeconds(at(0)), 0);
        QCOMPARE(interview.elapsedSeconds(at(-30)), 0); // a clock that went back
        QCOMPARE(interview.elapsedSeconds(at(90)), 90);

        interview.pause(at(100));
        QVERIFY(interview.paused());
        QCOMPARE(interview.elapsedSeconds(at(100)), 100);
        QCOMPARE(interview.elapsedSeconds(at(500)), 100); // frozen while paused
        interview.pause(at(150));                         // already paused: no change
        QCOMPARE(interview.pausedAt, at(100));
        interview.resume(at(160));
        QVERIFY(!interview.paused());
        QCOMPARE(interview.pausedSeconds, 60);
        QCOMPARE(interview.elapsedSeconds(at(200)), 140);
        interview.resume(at(210)); // not paused: no change
        QCOMPARE(interview.pausedSeconds, 60);

        interview.pause(at(300));
        interview.resume(at(330));
        QCOMPARE(interview.pausedSeconds, 90);
        QCOMPARE(interview.elapsedSeconds(at(400)), 310);

        Interview notStarted = clockInterview();
        notStarted.startedAt = {};
        QCOMPARE(notStarted.elapsedSeconds(at(100)), 0);
    }

    void itemTimesAndPace()
    {
        Interview interview = clockInterview();
        QCOMPARE(interview.budgetMinutes(), 25);
        QCOMPARE(interview.itemSeconds(0, at(120)), 120);
        QCOMPARE(interview.itemSeconds(1, at(120)), 0);
        QCOMPARE(interview.itemSeconds(7, at(120)), 0);
        // Within the first item's budget nothing is gained or lost.
        QCOMPARE(interview.paceSeconds(at(120)), 0);
        // Past it: behind by the overrun.
        QCOMPARE(interview.paceSeconds(at(420)), -120);

        // Moving on early books the time and puts the call ahead.
        interview.moveTo(1, vocabulary::ItemState::Done, at(240));
        QCOMPARE(interview.items.at(0).state, vocabulary::ItemState::Done);
        QCOMPARE(interview.items.at(0).secondsSpent, 240);
        QCOMPARE(interview.items.at(1).state, vocabulary::ItemState::Current);
        QCOMPARE(interview.currentItem, 1);
        QCOMPARE(interview.currentSince, 240);
        QCOMPARE(interview.paceSeconds(at(240)), 60);
        QCOMPARE(interview.itemSeconds(0, at(300)), 240);
        QCOMPARE(interview.itemSeconds(1, at(300)), 60);
        QCOMPARE(interview.paceSeconds(at(300)), 60);

        // A pause stops the current item's time too.
        interview.pause(at(300));
        QCOMPARE(interview.itemSeconds(1, at(400)), 60);
        interview.resume(at(400));
        QCOMPARE(interview.itemSeconds(1, at(460)), 120);

        // Going back books the time again and adds to what was spent before.
        interview.moveTo(0, vocabulary::ItemState::Pending, at(460));
        QCOMPARE(interview.items.at(1).secondsSpent, 120);
        QCOMPARE(interview.items.at(1).state, vocabulary::ItemState::Pending);
        QCOMPARE(interview.itemSeconds(0, at(490)), 270);
        // A move to no item changes nothing.
        interview.moveTo(4, vocabulary::ItemState::Done, at(500));
        interview.moveTo(-1, vocabulary::ItemState::Done, at(500));
        QCOMPARE(interview.currentItem, 0);
        QCOMPARE(interview.items.at(0).state, vocabulary::ItemState::Current);
    }

    void itemsToSkipWinBackTime()
    {
        Interview interview = clockInterview(); // 5, 10, 5, 5 minutes; on the first
        QCOMPARE(interview.itemsToSkip(0), QList<int>{});
        QCOMPARE(interview.itemsToSkip(120), QList<int>{3});
        QCOMPARE(interview.itemsToSkip(300), QList<int>{3});
        QCOMPARE(interview.itemsToSkip(301), (QList<int>{2, 3}));
        QCOMPARE(interview.itemsToSkip(1200), (QList<int>{1, 2, 3}));
        // More than all pending items together: nothing to suggest.
        QCOMPARE(interview.itemsToSkip(1201), QList<int>{});
        // Only pending items after the current one count.
        interview.items[3].state = vocabulary::ItemState::Skipped;
        QCOMPARE(interview.itemsToSkip(120), QList<int>{2});
        interview.moveTo(2, vocabulary::ItemState::Done, at(100));
        QCOMPARE(interview.itemsToSkip(60), QList<int>{});

        // Behind by two minutes on the first item: skipping the last one catches up.
        Interview late = clockInterview();
        const int behind = -late.paceSeconds(at(420));
        QCOMPARE(behind, 120);
        QCOMPARE(late.itemsToSkip(behind), QList<int>{3});
    }

    void finishAndReopen()
    {
        Interview interview = clockInterview();
        interview.moveTo(1, vocabulary::ItemState::Done, at(240));
        interview.pause(at(300));
        interview.resume(at(400)); // 100 s paused
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Good"), at(600));
        QVERIFY(interview.finished());
        QCOMPARE(interview.endedAt, at(600));
        QCOMPARE(interview.recommendation, vocabulary::Recommendation::Yes);
        QCOMPARE(interview.summary, QStringLiteral("Good"));
        QCOMPARE(interview.items.at(1).state, vocabulary::ItemState::Done);
        QCOMPARE(interview.items.at(1).secondsSpent, 260);
        QCOMPARE(interview.elapsedSeconds(at(600)), 500);
        QCOMPARE(interview.elapsedSeconds(at(9999)), 500); // the clock stopped
        QCOMPARE(interview.itemSeconds(1, at(9999)), 260);
        QCOMPARE(interview.items.at(2).state, vocabulary::ItemState::Pending);
        interview.pause(at(700)); // a finished call cannot be paused
        QVERIFY(!interview.paused());

        // Reopening keeps the clock at the call's length and marks it amended.
        interview.reopen(at(2000));
        QVERIFY(!interview.finished());
        QCOMPARE(interview.status, vocabulary::InterviewStatus::Live);
        QVERIFY(interview.amended);
        QVERIFY(interview.paused());
        QCOMPARE(interview.pausedAt, at(600));
        QCOMPARE(interview.elapsedSeconds(at(2000)), 500);
        QCOMPARE(interview.elapsedSeconds(at(3000)), 500);
        QCOMPARE(interview.items.at(1).state, vocabulary::ItemState::Current);
        QCOMPARE(interview.itemSeconds(1, at(3000)), 260);
        interview.reopen(at(3000)); // not finished: no change
        QCOMPARE(interview.pausedAt, at(600));

        // Resuming runs the clock on from where it stopped.
        interview.resume(at(3000));
        QCOMPARE(interview.elapsedSeconds(at(3060)), 560);
        QCOMPARE(interview.itemSeconds(1, at(3060)), 320);
        interview.finish(vocabulary::Recommendation::StrongYes, QStringLiteral("Better"), at(3120));
        QCOMPARE(interview.elapsedSeconds(at(5000)), 620);
        QCOMPARE(interview.items.at(1).secondsSpent, 380);
        QVERIFY(interview.amended);
    }

    void finishWhilePausedKeepsTheClock()
    {
        Interview interview = clockInterview();
        interview.pause(at(200));
        interview.finish(vocabulary::Recommendation::No, QStringLiteral("Paused at the end"),
                         at(500));
        QVERIFY(!interview.paused());
        QCOMPARE(interview.pausedSeconds, 300);
        QCOMPARE(interview.elapsedSeconds(at(900)), 200);
        QCOMPARE(interview.items.at(0).secondsSpent, 200);
        QCOMPARE(interview.items.at(0).state, vocabulary::ItemState::Done);
    }

    void valueTexts()
    {
        QCOMPARE(interviewvalues::clock(0), QStringLiteral("00:00"));
        QCOMPARE(interviewvalues::clock(-5), QStringLiteral("00:00"));
        QCOMPARE(interviewvalues::clock(754), QStringLiteral("12:34"));
        QCOMPARE(interviewvalues::clock(3600 + 62), QStringLiteral("1:01:02"));
        QCOMPARE(vocabulary::recommendationKeys(),
                 (QStringList{"strong_no", "no", "yes", "strong_yes"}));
        QCOMPARE(vocabulary::label(vocabulary::Recommendation::StrongYes),
                 QStringLiteral("Strong yes"));
        QVERIFY(vocabulary::label(vocabulary::Recommendation::None).isEmpty());
        QCOMPARE(vocabulary::parseRecommendation(u"maybe"), std::nullopt);
        QCOMPARE(vocabulary::parseRecommendation(u""), vocabulary::Recommendation::None);
    }
};

QTEST_GUILESS_MAIN(InterviewRepositoryTest)
#include "tst_interviewrepository.moc"
