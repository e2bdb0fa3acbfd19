#include "interviews/candidatedesk.h"
#include "interviews/candidatelistmodel.h"
#include "interviews/candidateloopmodel.h"
#include "interviews/interviewdesk.h"
#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <algorithm>

using testsupport::sampleQuestion;
using vocabulary::CandidateStage;
using vocabulary::CandidateStatus;

// The Candidates page's models and desk on a real database: the list with its search
// (accents and case ignored), role, status and stage filters, batches of rows and the
// current candidate kept across refreshes; the loop of one candidate; status, merge,
// removal, the start dialog's matching and the debrief hook. Every model runs under
// QAbstractItemModelTester.
class CandidateListTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<InterviewDesk> m_desk;
    qint64 m_plan = 0;

    qint64 start(const QString &candidate, const QString &role = QStringLiteral("Backend"),
                 const QString &interviewer = QStringLiteral("Ivy"))
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = role;
        details.interviewer = interviewer;
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_plan,
                                        details);
    }

    void finish(qint64 id)
    {
        Interview interview = *m_ws->interviews().interview(id);
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("ok"),
                         m_ws->clock().now());
        m_ws->interviews().saveProgress(interview);
    }

    qint64 candidateOf(qint64 interviewId)
    {
        return sql::scalar(m_ws->connection(),
                           QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                           {interviewId})
            .toLongLong();
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(CandidateListModel::NameRole).toString();
        return result;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_plan = m_ws->plans().create(QStringLiteral("Backend"), QStringLiteral("Backend"),
                                      vocabulary::Level::Senior, 30);
        for (int n = 1; n <= 2; ++n)
            m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(sampleQuestion(n)));
        m_desk = std::make_unique<InterviewDesk>(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                 m_ws->settings(), m_ws->location());
    }

    void cleanup()
    {
        m_desk.reset();
        m_ws.reset();
    }

    void stageIsPlain()
    {
        CandidateOverview row;
        QCOMPARE(candidates::stage(row), CandidateStage::NoInterviews);
        QCOMPARE(candidates::progressText(row), QStringLiteral("No interviews yet"));
        row.interviews = 4;
        row.finished = 3;
        QCOMPARE(candidates::stage(row), CandidateStage::Interviewing);
        QCOMPARE(candidates::progressText(row), QStringLiteral("3 of 4 scorecards in"));
        row.finished = 4;
        QCOMPARE(candidates::stage(row), CandidateStage::ScorecardsIn);
        for (const CandidateStatus status :
             {CandidateStatus::Hired, CandidateStatus::Rejected, CandidateStatus::Withdrawn}) {
            row.candidate.status = status;
            QCOMPARE(candidates::stage(row), CandidateStage::Decided);
        }
        row.interviews = 0;
        row.finished = 0;
        QCOMPARE(candidates::stage(row), CandidateStage::Decided); // decided without a loop
        QCOMPARE(vocabulary::candidateStageKeys(),
                 (QStringList{"no_interviews", "interviewing", "scorecards_in", "decided"}));
        QCOMPARE(vocabulary::parseCandidateStage(u"scorecards_in"), CandidateStage::ScorecardsIn);
        QVERIFY(!vocabulary::parseCandidateStage(u"done"));
    }

    void listFiltersAndStages()
    {
        const qint64 anna = start(QStringLiteral("Anna Müller"));
        finish(anna);
        start(QStringLiteral("Anna Müller"), QStringLiteral("Backend"), QStringLiteral("Bo"));
        const qint64 bo = start(QStringLiteral("Bo Chen"), QStringLiteral("frontend"));
        finish(bo);
        const qint64 cy = start(QStringLiteral("Cy Young"), QStringLiteral("Frontend"));
        finish(cy);
        CandidateRepository repository(m_ws->database());
        repository.setStatus(candidateOf(cy), CandidateStatus::Hired);
        const qint64 dee = repository.create(QStringLiteral("Dee Dee"),
                                             QStringLiteral("dee@example.com"), QString());

        CandidateListModel model(repository);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList{"Anna Müller", "Bo Chen", "Cy Young", "Dee Dee"}));
        QCOMPARE(model.totalCount(), 4);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(CandidateListModel::ProgressTextRole).toString(),
                 QStringLiteral("1 of 2 scorecards in"));
        QCOMPARE(first.data(CandidateListModel::StageRole).toInt(),
                 int(CandidateStage::Interviewing));
        QCOMPARE(first.data(CandidateListModel::StageLabelRole).toString(),
                 QStringLiteral("Interviewing"));
        QCOMPARE(first.data(CandidateListModel::StatusKeyRole).toString(),
                 QStringLiteral("active"));
        QCOMPARE(first.data(CandidateListModel::RoleRole).toString(), QStringLiteral("Backend"));
        QVERIFY(!first.data(CandidateListModel::LastActivityRole).toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(CandidateListModel::StageRole).toInt(),
                 int(CandidateStage::ScorecardsIn));
        QCOMPARE(model.index(2, 0).data(CandidateListModel::StageRole).toInt(),
                 int(CandidateStage::Decided));
        QCOMPARE(model.index(3, 0).data(CandidateListModel::StageRole).toInt(),
                 int(CandidateStage::NoInterviews));
        QCOMPARE(model.index(3, 0).data(CandidateListModel::EmailRole).toString(),
                 QStringLiteral("dee@example.com"));
        QCOMPARE(model.idAt(3), int(dee));

        // The roles offered once each whatever their letter case, "All roles" first.
        QStringList roles;
        for (const QVariant &choice : model.roleChoices())
            roles << choice.toMap().value(QStringLiteral("label")).toString();
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.first(), QStringLiteral("All roles"));

        QSignalSpy count(&model, &CandidateListModel::countChanged);
        model.setSearch(QStringLiteral("MULLER"));
        QCOMPARE(names(model), QStringList{"Anna Müller"});
        QCOMPARE(count.count(), 1);
        model.setSearch(QStringLiteral("example.com"));
        QCOMPARE(names(model), QStringList{"Dee Dee"});
        model.setSearch(QStringLiteral("anna backend"));
        QCOMPARE(names(model), QStringList{"Anna Müller"});
        model.setSearch(QStringLiteral("(*[")); // only text
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        model.setRole(QStringLiteral("FRONTEND"));
        QCOMPARE(names(model), (QStringList{"Bo Chen", "Cy Young"}));
        model.setStatus(QStringLiteral("hired"));
        QCOMPARE(names(model), QStringList{"Cy Young"});
        model.setRole({});
        model.setStatus({});
        model.setStage(QStringLiteral("scorecards_in"));
        QCOMPARE(names(model), QStringList{"Bo Chen"});
        model.setStage(QStringLiteral("no_interviews"));
        QCOMPARE(names(model), QStringList{"Dee Dee"});
        model.setStage(QStringLiteral("decided"));
        QCOMPARE(names(model), QStringList{"Cy Young"});
        model.setStage({});
        QCOMPARE(model.rowCount(), 4);
    }

    void keepsTheCurrentCandidate()
    {
        const qint64 bo = start(QStringLiteral("Bo Chen"));
        start(QStringLiteral("Cy Young"));
        CandidateRepository repository(m_ws->database());
        CandidateListModel model(repository);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int boId = int(candidateOf(bo));
        model.setCurrentId(boId);
        QCOMPARE(model.currentRow(), 0);
        // A candidate sorting before Bo arrives: Bo stays current, one row down.
        start(QStringLiteral("Al Aardvark"));
        QSignalSpy row(&model, &CandidateListModel::currentRowChanged);
        model.refresh();
        QCOMPARE(model.currentId(), boId);
        QCOMPARE(model.currentRow(), 1);
        QVERIFY(row.count() >= 1);
        // Hidden by a search, then back.
        model.setSearch(QStringLiteral("young"));
        QCOMPARE(model.currentRow(), -1);
        QCOMPARE(model.currentId(), boId);
        model.setSearch({});
        QCOMPARE(model.currentRow(), 1);
    }

    void rowsComeInBatches()
    {
        // Many candidates straight into the table (the repository's list is one query).
        const int total = CandidateListModel::kBatch * 2 + 17;
        {
            QSqlDatabase db = m_ws->connection();
            QVERIFY(db.transaction());
            for (int n = 0; n < total; ++n)
                sql::exec(db,
                          QStringLiteral("INSERT INTO candidates (uuid, name, role, status, "
                                         "created_at, updated_at) VALUES (?, ?, 'Backend', "
                                         "'active', '2026-01-01T00:00:00Z', "
                                         "'2026-01-01T00:00:00Z')"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces),
                           QStringLiteral("Candidate %1").arg(n, 4, 10, QLatin1Char('0'))});
            QVERIFY(db.commit());
        }
        CandidateRepository repository(m_ws->database());
        CandidateListModel model(repository);
        QCOMPARE(model.count(), total);
        QCOMPARE(model.rowCount(), CandidateListModel::kBatch);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CandidateListModel::kBatch);
        model.setSearch(QStringLiteral("candidate")); // every one again: one batch
        QCOMPARE(model.rowCount(), CandidateListModel::kBatch);
        model.setSearch({});
        // The tester fetches every batch itself, checking each insertion.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("0"));
        model.setSearch({});
        // A current candidate beyond the first batch: a refresh hands out the rows up to
        // theirs, so the view can select them.
        const int last = int(repository.list().last().candidate.id);
        QCOMPARE(model.rowOf(last), -1); // not fetched yet
        model.setCurrentId(last);
        model.refresh();
        QCOMPARE(model.currentRow(), total - 1);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.idAt(total - 1), last);
        QVERIFY(!model.canFetchMore({}));
        model.setCurrentId(0);
        // A keystroke filters in memory: no query, well under a frame.
        QElapsedTimer timer;
        timer.start();
        model.setSearch(QStringLiteral("candidate 01"));
        QVERIFY2(timer.elapsed() < 16, qPrintable(QString::number(timer.elapsed())));
        // Each word anywhere: 0001, 0010–0019, 0100–0199, 0201, 0301, 0401.
        QCOMPARE(model.count(), 114);
    }

    void loopOfOneCandidate()
    {
        const qint64 first =
            start(QStringLiteral("Bo Chen"), QStringLiteral("Backend"), QStringLiteral("Ivy"));
        finish(first);
        const qint64 second =
            start(QStringLiteral("Bo Chen"), QStringLiteral("Backend"), QStringLiteral("Jo"));
        CandidateLoopModel loop(m_ws->database());
        QAbstractItemModelTester tester(&loop,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(loop.rowCount(), 0);
        loop.load(candidateOf(first));
        QCOMPARE(loop.rowCount(), 2);
        QCOMPARE(loop.idAt(0), int(first));
        QCOMPARE(loop.idAt(1), int(second));
        QCOMPARE(loop.index(0, 0).data(CandidateLoopModel::InterviewerRole).toString(),
                 QStringLiteral("Ivy"));
        QCOMPARE(loop.index(0, 0).data(CandidateLoopModel::PlanNameRole).toString(),
                 QStringLiteral("Backend"));
        QVERIFY(loop.index(0, 0).data(CandidateLoopModel::ScorecardInRole).toBool());
        QVERIFY(!loop.index(0, 0).data(CandidateLoopModel::EndedRole).toString().isEmpty());
        QVERIFY(!loop.index(1, 0).data(CandidateLoopModel::ScorecardInRole).toBool());
        QVERIFY(loop.index(1, 0).data(CandidateLoopModel::EndedRole).toString().isEmpty());
        QCOMPARE(loop.index(1, 0).data(CandidateLoopModel::StatusLabelRole).toString(),
                 QStringLiteral("Live"));
        // Through the bias guard: as Jo, who has not finished, Ivy's interview is held back
        // (no recommendation); once Ivy looks, hers and Jo's are hers to read.
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Jo"));
        loop.reload();
        QVERIFY(loop.index(0, 0).data(CandidateLoopModel::HiddenRole).toBool());
        QCOMPARE(loop.index(0, 0).data(CandidateLoopModel::RecommendationRole).toInt(),
                 int(vocabulary::Recommendation::None));
        QVERIFY(!loop.index(1, 0).data(CandidateLoopModel::HiddenRole).toBool());
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("ivy"));
        loop.reload();
        QVERIFY(!loop.index(0, 0).data(CandidateLoopModel::HiddenRole).toBool());
        QCOMPARE(loop.index(0, 0).data(CandidateLoopModel::RecommendationRole).toInt(),
                 int(vocabulary::Recommendation::Yes));
        QVERIFY(!loop.index(1, 0).data(CandidateLoopModel::HiddenRole).toBool());
        loop.load(0);
        QCOMPARE(loop.rowCount(), 0);
    }

    void deskActions()
    {
        const qint64 anna = start(QStringLiteral("Anna Müller"));
        finish(anna);
        const qint64 variant = start(QStringLiteral("anna muller"));
        finish(variant);
        const qint64 bo = start(QStringLiteral("Bo Chen"));
        finish(bo);
        CandidateDesk desk(*m_desk, m_ws->database());
        QAbstractItemModelTester listTester(desk.candidates(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester loopTester(desk.loop(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk.candidates()->count(), 3);

        // Selecting fills current and the loop, with the offered duplicate.
        const int annaId = int(candidateOf(anna));
        const int variantId = int(candidateOf(variant));
        desk.select(annaId);
        QCOMPARE(desk.current().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna Müller"));
        QCOMPARE(desk.loop()->rowCount(), 1);
        const QVariantList duplicates = desk.current().value(QStringLiteral("duplicates")).toList();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.first().toMap().value(QStringLiteral("candidateId")).toInt(),
                 variantId);

        // Status.
        QVERIFY(!desk.setStatus(annaId, QStringLiteral("promoted")));
        QVERIFY(desk.error().contains(QStringLiteral("active, hired, rejected, withdrawn")));
        QVERIFY(desk.setStatus(annaId, QStringLiteral("rejected")));
        QCOMPARE(desk.current().value(QStringLiteral("statusKey")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(desk.current().value(QStringLiteral("stageLabel")).toString(),
                 QStringLiteral("Decided"));
        QVERIFY(desk.setStatus(annaId, QStringLiteral("active")));

        // Merge keeps `into` selected, with both interviews in its loop.
        QVERIFY(desk.merge(variantId, annaId));
        QCOMPARE(desk.candidates()->count(), 2);
        QCOMPARE(desk.candidates()->currentId(), annaId);
        QCOMPARE(desk.loop()->rowCount(), 2);
        QVERIFY(desk.current().value(QStringLiteral("duplicates")).toList().isEmpty());
        QCOMPARE(m_ws->interviews().interview(variant)->candidate, QStringLiteral("Anna Müller"));
        QVERIFY(!desk.merge(annaId, annaId));
        QVERIFY(!desk.error().isEmpty());

        // Matching for the start dialog: accents and case ignored, active first.
        const int boId = int(candidateOf(bo));
        QVERIFY(desk.setStatus(boId, QStringLiteral("withdrawn")));
        QVariantList found = desk.matching(QStringLiteral("ANNA"), 5);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toMap().value(QStringLiteral("progressText")).toString(),
                 QStringLiteral("2 of 2 scorecards in"));
        found = desk.matching(QStringLiteral("n"), 5); // both contain an n
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna Müller"));
        QCOMPARE(desk.matching(QStringLiteral("n"), 1).size(), 1);
        QCOMPARE(desk.idOfName(QStringLiteral(" Bo Chen ")), boId);
        QCOMPARE(desk.idOfName(QStringLiteral("bo chen")), 0); // exact names only

        // The debrief hook only says which candidate.
        QSignalSpy debrief(&desk, &CandidateDesk::debriefRequested);
        desk.openDebrief(annaId);
        QCOMPARE(debrief.count(), 1);
        QCOMPARE(debrief.first().first().toInt(), annaId);
        desk.openDebrief(0);
        QCOMPARE(debrief.count(), 1);

        // Removal: the candidate and their interviews, the list and a notice follow.
        QSignalSpy notice(&desk, &CandidateDesk::notice);
        QCOMPARE(desk.remove(annaId), 2);
        QCOMPARE(notice.count(), 1);
        QCOMPARE(notice.first().first().toString(),
                 QStringLiteral("Removed Anna Müller and their 2 interviews."));
        QCOMPARE(desk.candidates()->count(), 1);
        QVERIFY(!m_ws->interviews().interview(anna));
        QVERIFY(!m_ws->interviews().interview(variant));
        QCOMPARE(desk.remove(annaId), -1);
        QVERIFY(desk.error().contains(QStringLiteral("no candidate")));
    }

    void deskFollowsStartsAndNewCandidates()
    {
        CandidateDesk desk(*m_desk, m_ws->database());
        QCOMPARE(desk.candidates()->count(), 0);
        // An existing candidate picked by id: their name and role.
        const int dee =
            desk.createCandidate(QStringLiteral("Dee Dee"), QStringLiteral("dee@example.com"),
                                 QStringLiteral("Data engineer"));
        QVERIFY(dee > 0);
        QCOMPARE(desk.candidates()->count(), 1);
        QCOMPARE(desk.createCandidate(QStringLiteral("Dee Dee"), {}, {}), 0);
        QVERIFY(desk.error().contains(QStringLiteral("already")));
        QCOMPARE(desk.createCandidate(QStringLiteral("Eve"), QStringLiteral("not an address"), {}),
                 0);
        QVERIFY(desk.error().contains(QStringLiteral("not an email address")));
        const int id = m_desk->startFor(int(m_plan), dee, {}, QStringLiteral("Ivy"), {});
        QVERIFY2(id > 0, qPrintable(m_desk->error()));
        QCOMPARE(m_ws->interviews().interview(id)->candidate, QStringLiteral("Dee Dee"));
        QCOMPARE(m_ws->interviews().interview(id)->role, QStringLiteral("Data engineer"));
        QCOMPARE(candidateOf(id), qint64(dee));
        // The list followed the start.
        QCOMPARE(desk.candidates()->index(0, 0).data(CandidateListModel::ProgressTextRole),
                 QVariant(QStringLiteral("0 of 1 scorecards in")));
        QCOMPARE(m_desk->startFor(int(m_plan), 9999, {}, QStringLiteral("Ivy"), {}), 0);
        QVERIFY(m_desk->error().contains(QStringLiteral("no candidate 9999")));
        // A new one made with the interview, email included.
        const int fresh = m_desk->startNew(int(m_plan), QStringLiteral("Fay Fu"),
                                           QStringLiteral("fay@example.com"),
                                           QStringLiteral("Backend"), QStringLiteral("Ivy"), {});
        QVERIFY2(fresh > 0, qPrintable(m_desk->error()));
        QCOMPARE(desk.candidates()->count(), 2);
        CandidateRepository repository(m_ws->database());
        QCOMPARE(repository.candidate(candidateOf(fresh))->email,
                 QStringLiteral("fay@example.com"));
        QCOMPARE(m_desk->startNew(int(m_plan), QStringLiteral("Gus"), QStringLiteral("gus@"), {},
                                  QStringLiteral("Ivy"), {}),
                 0);
        QVERIFY(m_desk->error().contains(QStringLiteral("gus@")));
        QCOMPARE(desk.candidates()->count(), 2); // nothing made
    }
};

QTEST_MAIN(CandidateListTest)
#include "tst_candidatelist.moc"
