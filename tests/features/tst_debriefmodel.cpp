#include "interviews/debriefdesk.h"
#include "storage/candidaterepository.h"
#include "storage/decisionrepository.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using vocabulary::Recommendation;

// The debrief grid under QAbstractItemModelTester, and the desk QML uses over a real
// database: what the viewer may read, the decision form (reason required, status set,
// refused in a team for a non-lead), the packet written whole.
class DebriefModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_plan = 0;

    qint64 run(const QString &candidate, const QString &interviewer, Recommendation recommendation)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.interviewer = interviewer;
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   m_plan, details);
        Interview interview = *m_ws->interviews().interview(id);
        m_ws->clock().advanceSeconds(600);
        interview.finish(recommendation, interviewer + QStringLiteral(" thinks so."),
                         m_ws->clock().now());
        m_ws->interviews().saveProgress(interview);
        return sql::scalar(m_ws->connection(),
                           QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"), {id})
            .toLongLong();
    }

    static Debrief grid()
    {
        Debrief d;
        d.candidate.id = 1;
        d.candidate.name = QStringLiteral("Grace");
        DebriefScorecard anna;
        anna.interviewer = QStringLiteral("Anna");
        DebriefScorecard ben;
        ben.interviewer = QStringLiteral("Ben");
        debrief::addScorecard(
            d, anna,
            {{QStringLiteral("Design"), DebriefRating{2, {{QStringLiteral("Cache design"), 2}}}},
             {QStringLiteral("Testing"), DebriefRating{3, {}}}});
        debrief::addScorecard(d, ben, {{QStringLiteral("Design"), DebriefRating{4, {}}}});
        return d;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_plan =
            m_ws->plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 45);
        m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(1)));
    }
    void cleanup() { m_ws.reset(); }

    void gridRoles()
    {
        DebriefModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &DebriefModel::countChanged);
        model.setDebrief(grid());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        const QModelIndex design = model.index(0);
        QCOMPARE(design.data(DebriefModel::NameRole).toString(), QStringLiteral("Design"));
        QCOMPARE(design.data(DebriefModel::RatingsRole).toList(), (QVariantList{2, 4}));
        QCOMPARE(design.data(DebriefModel::RatingTextsRole).toStringList(),
                 (QStringList{QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(design.data(DebriefModel::EvidenceRole).toStringList().at(0),
                 QStringLiteral("Cache design — ") + vocabulary::scoreLabel(2));
        QCOMPARE(design.data(DebriefModel::SpreadRole).toInt(), 2);
        QVERIFY(design.data(DebriefModel::DisagreesRole).toBool());
        QCOMPARE(design.data(DebriefModel::MeanRole).toDouble(), 3.0);
        const QModelIndex testing = model.index(1);
        QCOMPARE(testing.data(DebriefModel::RatingTextsRole).toStringList(),
                 (QStringList{QStringLiteral("3"), QStringLiteral("–")}));
        QVERIFY(!testing.data(DebriefModel::DisagreesRole).toBool());
        model.setDebrief(Debrief{});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(count.size(), 2);
    }

    void deskReadsDecidesAndWrites()
    {
        const qint64 candidate =
            run(QStringLiteral("Grace"), QStringLiteral("Anna"), Recommendation::Yes);
        run(QStringLiteral("Grace"), QStringLiteral("Ben"), Recommendation::No);
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Cleo"));
        DebriefDesk desk(m_ws->database());
        QSignalSpy decided(&desk, &DebriefDesk::decided);
        QVERIFY(desk.open(int(candidate)));
        QCOMPARE(desk.viewer(), QStringLiteral("Cleo"));
        QVERIFY(desk.scorecards().isEmpty()); // Cleo has not submitted
        QCOMPARE(desk.hidden(), 2);
        QVERIFY2(desk.missingText().contains(QStringLiteral("2 colleague")),
                 qPrintable(desk.missingText()));

        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Ben"));
        QVERIFY(desk.open(int(candidate)));
        QCOMPARE(desk.interviewers(), (QStringList{QStringLiteral("Anna"), QStringLiteral("Ben")}));
        QVERIFY(desk.mixedRecommendations());
        QCOMPARE(desk.scorecards().at(0).toMap().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Anna thinks so."));
        QCOMPARE(
            desk.scorecards().at(1).toMap().value(QStringLiteral("recommendationSide")).toInt(),
            -1);
        QVERIFY(desk.decision().isEmpty());
        QVERIFY(desk.canDecide());

        QVERIFY(!desk.decide(QStringLiteral("hire"), QStringLiteral("  ")));
        QVERIFY2(desk.error().contains(QStringLiteral("needs a reason")), qPrintable(desk.error()));
        QVERIFY(!desk.decide(QStringLiteral("maybe"), QStringLiteral("x")));
        QCOMPARE(decided.size(), 0);
        QVERIFY(desk.decide(QStringLiteral("reject"), QStringLiteral("Not this year.")));
        QCOMPARE(decided.size(), 1);
        QCOMPARE(desk.decision().value(QStringLiteral("label")).toString(),
                 vocabulary::label(vocabulary::Decision::Reject));
        QCOMPARE(desk.decision().value(QStringLiteral("decidedBy")).toString(),
                 QStringLiteral("Ben"));
        QCOMPARE(desk.statusLabel(), vocabulary::label(vocabulary::CandidateStatus::Rejected));
        QVERIFY(desk.decide(QStringLiteral("advance"), QStringLiteral("Second thoughts.")));
        QCOMPARE(desk.earlierDecisions().size(), 1);
        QCOMPARE(desk.statusLabel(), vocabulary::label(vocabulary::CandidateStatus::Active));

        const QString pdf = m_ws->path(QStringLiteral("packet.pdf"));
        QVERIFY2(desk.exportPdf(QUrl::fromLocalFile(pdf)), qPrintable(desk.error()));
        QVERIFY(testsupport::readFile(pdf).startsWith("%PDF"));
        QVERIFY(!desk.exportPdf(QUrl::fromLocalFile(m_ws->path(QStringLiteral("x/y.pdf")))));
        QVERIFY(desk.error().contains(m_ws->path(QStringLiteral("x/y.pdf"))));
        QVERIFY(desk.suggestedPdfName().startsWith(QStringLiteral("Debrief - Grace - ")));

        // In a team, an interviewer's laptop may not decide.
        LocalSync(m_ws->database())
            .link(QStringLiteral("postgresql://db.example/team"), QStringLiteral("ben"));
        QVERIFY(desk.open(int(candidate)));
        QVERIFY(!desk.canDecide());
        QVERIFY(!desk.decide(QStringLiteral("hire"), QStringLiteral("Sure.")));
        QVERIFY(desk.error().contains(QStringLiteral("Only a lead")));
        QCOMPARE(DecisionRepository(m_ws->database()).history(candidate).size(), 2);
        QVERIFY(!desk.open(int(candidate) + 50));
    }
};

QTEST_MAIN(DebriefModelTest)
#include "tst_debriefmodel.moc"
