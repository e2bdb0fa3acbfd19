#include "domain/errors.h"
#include "domain/limits.h"
#include "storage/candidaterepository.h"
#include "storage/debriefreader.h"
#include "storage/decisionrepository.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QTest>

using vocabulary::CandidateStatus;
using vocabulary::Decision;
using vocabulary::Recommendation;

// The lead's decisions (migration 10) on a real SQLite file: recorded with reason, who and
// when, kept as history with the newest standing, setting the candidate's status; refused
// without a reason, for an unknown candidate and, in a team, for a laptop that is no lead.
// And the debrief reader: the bias guard between interviewer names (nothing of Anna's
// scorecard for Ben until Ben has submitted his own), what is pending, the decisions.
class DecisionsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_plan = 0;

    qint64 start(const QString &candidate, const QString &interviewer)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Backend");
        details.interviewer = interviewer;
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_plan,
                                        details);
    }
    // Finishes interview `id`: its questions scored `scores`, its competencies rated
    // `ratings` (plan order), the scorecard's texts named after the summary.
    void finish(qint64 id, Recommendation recommendation, const QString &summary,
                const QList<int> &ratings = {}, const QList<int> &scores = {})
    {
        Interview interview = *m_ws->interviews().interview(id);
        for (int i = 0; i < scores.size() && i < interview.items.size(); ++i)
            m_ws->interviews().setScore(interview.items.at(i).id, scores.at(i));
        interview = *m_ws->interviews().interview(id);
        for (int i = 0; i < ratings.size() && i < interview.competencies.size(); ++i)
            interview.competencies[i].rating = ratings.at(i);
        interview.takeaways = summary + QStringLiteral(" (takeaways)");
        interview.pros = summary + QStringLiteral(" (pros)");
        interview.cons = summary + QStringLiteral(" (cons)");
        m_ws->clock().advanceSeconds(600);
        interview.finish(recommendation, summary, m_ws->clock().now());
        m_ws->interviews().saveProgress(interview);
    }
    qint64 candidateOf(qint64 interview)
    {
        return sql::scalar(m_ws->connection(),
                           QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                           {interview})
            .toLongLong();
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_plan =
            m_ws->plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 45);
        // Two questions: the first evidences Concurrency, the second Concurrency and Design.
        const qint64 first =
            m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(1)));
        const qint64 second =
            m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(2)));
        m_ws->plans().setCompetencies(
            m_plan, {{0, QStringLiteral("Concurrency"), {}}, {0, QStringLiteral("Design"), {}}},
            {{first, {0}}, {second, {0, 1}}});
    }
    void cleanup() { m_ws.reset(); }

    void migrationMakesTheTable()
    {
        QCOMPARE(m_ws->database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(Database::kSchemaVersion, 10);
        const QSqlDatabase db = m_ws->connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                "'candidate_decisions'"))
                     .toInt(),
                 1);
        // The table refuses what the repository would never write.
        const qint64 candidate =
            candidateOf(start(QStringLiteral("Grace"), QStringLiteral("Anna")));
        for (const auto &[decision, reason] :
             {std::pair{QStringLiteral("hired"), QStringLiteral("ok")},
              std::pair{QStringLiteral("hire"), QStringLiteral("   ")}}) {
            QVERIFY_THROWS_EXCEPTION(
                PanelistError,
                sql::exec(db,
                          QStringLiteral("INSERT INTO candidate_decisions (uuid, candidate_id, "
                                         "decision, reason, decided_at) VALUES (?, ?, ?, ?, ?)"),
                          {QString(QStringLiteral("u-") + decision), candidate, decision, reason,
                           QStringLiteral("2026-12-01T10:00:00Z")}));
        }
    }

    void recordsHistoryAndStatus()
    {
        const qint64 candidate =
            candidateOf(start(QStringLiteral("Grace"), QStringLiteral("Anna")));
        DecisionRepository decisions(m_ws->database());
        CandidateRepository candidates(m_ws->database());
        const CandidateDecision first =
            decisions.record(candidate, Decision::Advance, QStringLiteral("  Onsite next.  "),
                             QStringLiteral("Lena"));
        QVERIFY(first.id > 0);
        QCOMPARE(first.reason, QStringLiteral("Onsite next."));
        QCOMPARE(candidates.candidate(candidate)->status, CandidateStatus::Active);
        m_ws->clock().advanceSeconds(3600);
        decisions.record(candidate, Decision::Reject, QStringLiteral("Gaps in design."),
                         QStringLiteral("Lena"));
        QCOMPARE(candidates.candidate(candidate)->status, CandidateStatus::Rejected);
        m_ws->clock().advanceSeconds(3600);
        decisions.record(candidate, Decision::Hire, QStringLiteral("Reference check changed it."),
                         QStringLiteral("Max"));
        QCOMPARE(candidates.candidate(candidate)->status, CandidateStatus::Hired);

        m_ws->reopen();
        DecisionRepository again(m_ws->database());
        const QList<CandidateDecision> history = again.history(candidate);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).decision, Decision::Hire); // newest first
        QCOMPARE(history.at(0).decidedBy, QStringLiteral("Max"));
        QCOMPARE(history.at(0).decidedAt, TestClock::at(7200));
        QCOMPARE(history.at(1).decision, Decision::Reject);
        QCOMPARE(history.at(2).decision, Decision::Advance);
        QCOMPARE(history.at(2).decidedAt, TestClock::at(0));

        const qint64 other = candidateOf(start(QStringLiteral("Alan"), QStringLiteral("Anna")));
        const qint64 none = candidateOf(start(QStringLiteral("Edsger"), QStringLiteral("Anna")));
        again.record(other, Decision::Advance, QStringLiteral("Fine."), {});
        const QHash<qint64, CandidateDecision> current = again.current({candidate, other, none});
        QCOMPARE(current.size(), 2);
        QCOMPARE(current.value(candidate).decision, Decision::Hire);
        QCOMPARE(current.value(other).decision, Decision::Advance);
        QVERIFY(!current.contains(none));
    }

    void mergeKeepsTheDecisions()
    {
        const qint64 kept =
            candidateOf(start(QStringLiteral("Anna Müller"), QStringLiteral("Ben")));
        const qint64 merged =
            candidateOf(start(QStringLiteral("anna muller"), QStringLiteral("Cleo")));
        DecisionRepository decisions(m_ws->database());
        decisions.record(merged, Decision::Advance, QStringLiteral("Onsite next."), {});
        CandidateRepository(m_ws->database()).merge(merged, kept);
        QCOMPARE(decisions.history(kept).size(), 1);
        QCOMPARE(decisions.history(kept).first().reason, QStringLiteral("Onsite next."));
        QVERIFY(decisions.history(merged).isEmpty());
    }

    void refusesWithReasons()
    {
        const qint64 candidate =
            candidateOf(start(QStringLiteral("Grace"), QStringLiteral("Anna")));
        DecisionRepository decisions(m_ws->database());
        const auto refused = [&](qint64 id, const QString &reason, const QString &needle) {
            try {
                decisions.record(id, Decision::Hire, reason, {});
            } catch (const PanelistError &error) {
                QVERIFY2(error.message().contains(needle), qPrintable(error.message()));
                return;
            }
            QFAIL("the decision was recorded");
        };
        refused(candidate, QStringLiteral("  "), QStringLiteral("needs a reason"));
        refused(candidate, QString(limits::kDecisionReason + 1, QLatin1Char('x')),
                QStringLiteral("at most %1").arg(limits::kDecisionReason));
        refused(candidate + 100, QStringLiteral("ok"),
                QStringLiteral("no candidate %1").arg(candidate + 100));
        QVERIFY(decisions.history(candidate).isEmpty());
        QCOMPARE(CandidateRepository(m_ws->database()).candidate(candidate)->status,
                 CandidateStatus::Active);
    }

    void teamLeadOnly()
    {
        DecisionRepository decisions(m_ws->database());
        QVERIFY(decisions.authority().allowed); // no team: whoever runs the debrief
        LocalSync(m_ws->database())
            .link(QStringLiteral("postgresql://db.example/team"), QStringLiteral("anna"));
        const DecisionRepository::Authority refused = decisions.authority();
        QVERIFY(!refused.allowed);
        QVERIFY2(refused.refusal.contains(QStringLiteral("\"anna\"")), qPrintable(refused.refusal));
        QVERIFY(refused.refusal.contains(QStringLiteral("postgresql://db.example/team")));
        m_ws->settings().setValue(DecisionRepository::kTeamLeadKey, QStringLiteral("1"));
        QVERIFY(decisions.authority().allowed);
        m_ws->settings().setValue(DecisionRepository::kTeamLeadKey, QStringLiteral("0"));
        QVERIFY(!decisions.authority().allowed);
    }

    void debriefHonoursTheGuard()
    {
        const qint64 annas = start(QStringLiteral("Grace"), QStringLiteral("Anna"));
        const qint64 candidate = candidateOf(annas);
        const qint64 bens = start(QStringLiteral("Grace"), QStringLiteral("Ben"));
        start(QStringLiteral("Grace"), QStringLiteral("Cleo")); // still planned
        finish(annas, Recommendation::Yes, QStringLiteral("Anna's secret takeaway"), {2, 3},
               {2, 3});
        const DebriefReader reader(m_ws->database());

        // Ben has not submitted: nothing of Anna's, only that it is there.
        std::optional<Debrief> forBen = reader.read(candidate, QStringLiteral("Ben"));
        QVERIFY(forBen);
        QCOMPARE(forBen->candidate.name, QStringLiteral("Grace"));
        QVERIFY(forBen->scorecards.isEmpty());
        QCOMPARE(forBen->hidden, 1);
        QCOMPARE(forBen->pending, 2);
        // Anna reads her own.
        const std::optional<Debrief> forAnna = reader.read(candidate, QStringLiteral(" anna "));
        QCOMPARE(forAnna->scorecards.size(), 1);
        QCOMPARE(forAnna->hidden, 0);
        QCOMPARE(forAnna->scorecards.at(0).summary, QStringLiteral("Anna's secret takeaway"));
        QCOMPARE(forAnna->scorecards.at(0).takeaways,
                 QStringLiteral("Anna's secret takeaway (takeaways)"));
        QCOMPARE(forAnna->competencies,
                 (QStringList{QStringLiteral("Concurrency"), QStringLiteral("Design")}));
        // Settings' interviewer name is the default viewer.
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Ben"));
        QCOMPARE(reader.currentViewer(), QStringLiteral("Ben"));
        QVERIFY(reader.read(candidate)->scorecards.isEmpty());

        finish(bens, Recommendation::No, QStringLiteral("Ben's view"), {4, 3}, {4, 4});
        forBen = reader.read(candidate);
        QCOMPARE(forBen->scorecards.size(), 2);
        QCOMPARE(forBen->hidden, 0);
        QCOMPARE(forBen->pending, 1);
        QCOMPARE(forBen->scorecards.at(0).interviewer, QStringLiteral("Anna")); // oldest first
        QCOMPARE(forBen->scorecards.at(1).interviewer, QStringLiteral("Ben"));
        QVERIFY(debrief::mixedRecommendations(forBen->scorecards));
        // The scorecards side by side: Concurrency 2 against 4 is a disagreement, Design
        // 3 and 3 is not; each rating carries the scores of its mapped questions.
        QCOMPARE(forBen->competencies,
                 (QStringList{QStringLiteral("Concurrency"), QStringLiteral("Design")}));
        QCOMPARE(forBen->scorecards.at(0).ratings.at(0).rating, 2);
        QCOMPARE(forBen->scorecards.at(1).ratings.at(0).rating, 4);
        QCOMPARE(debrief::disagreements(*forBen), QList<int>{0});
        const QList<DebriefEvidence> evidence = forBen->scorecards.at(0).ratings.at(0).evidence;
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(evidence.at(0).question, testsupport::sampleQuestion(1).title);
        QCOMPARE(evidence.at(0).score, 2);
        QCOMPARE(evidence.at(1).score, 3);
        QCOMPARE(forBen->scorecards.at(1).ratings.at(1).evidence.size(), 1);
        QCOMPARE(forBen->scorecards.at(1).pros, QStringLiteral("Ben's view (pros)"));
        QCOMPARE(forBen->scorecards.at(1).cons, QStringLiteral("Ben's view (cons)"));
        QVERIFY(!forBen->decision());

        DecisionRepository(m_ws->database())
            .record(candidate, Decision::Advance, QStringLiteral("Talk it through."),
                    QStringLiteral("Ben"));
        QCOMPARE(reader.read(candidate)->decision()->reason, QStringLiteral("Talk it through."));
        QVERIFY(!reader.read(candidate + 99));
    }
};

QTEST_GUILESS_MAIN(DecisionsTest)
#include "tst_decisions.moc"
