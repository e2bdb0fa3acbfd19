#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/panelguard.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QCryptographicHash>
#include <QTest>

// The bias guard on one laptop (storage/panelguard.h), on a real database: what one
// interviewer name may read of a colleague's interview of the same candidate, before and
// after finishing their own, and the count of colleagues who have submitted.
class PanelGuardTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_plan = 0;

    qint64 start(const QString &candidate, const QString &interviewer, const QString &note)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Backend");
        details.interviewer = interviewer;
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   m_plan, details);
        const qint64 item = m_ws->interviews().interview(id)->items.at(0).id;
        m_ws->interviews().setNotes(item, note);
        m_ws->interviews().setScore(item, 3);
        return id;
    }

    void finish(qint64 id, vocabulary::Recommendation recommendation)
    {
        Interview progress = *m_ws->interviews().interview(id);
        progress.finish(recommendation, QStringLiteral("Summary of %1").arg(progress.interviewer),
                        m_ws->clock().now().addSecs(1800));
        m_ws->interviews().saveProgress(progress);
    }

    qint64 candidateNamed(const QString &name)
    {
        for (const CandidateOverview &row : CandidateRepository(m_ws->database()).list()) {
            if (row.candidate.name == name)
                return row.candidate.id;
        }
        return 0;
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

    void colleaguesShowOnlyAfterSubmitting()
    {
        const qint64 grace = start(QStringLiteral("Anna Müller"), QStringLiteral("Grace"),
                                   QStringLiteral("GRACE-NOTE"));
        const qint64 linus = start(QStringLiteral("Anna Müller"), QStringLiteral("Linus"),
                                   QStringLiteral("LINUS-NOTE"));
        finish(linus, vocabulary::Recommendation::StrongNo);
        start(QStringLiteral("Bob Stone"), QStringLiteral("Linus"), QStringLiteral("BOB-NOTE"));
        const qint64 anna = candidateNamed(QStringLiteral("Anna Müller"));
        PanelGuard guard(m_ws->database());

        // Grace has not finished hers: Linus's is not given, only that he has submitted.
        std::optional<PanelView> view = guard.view(anna, QStringLiteral("Grace"));
        QVERIFY(view);
        QCOMPARE(view->candidate.name, QStringLiteral("Anna Müller"));
        QVERIFY(!view->viewerSubmitted);
        QCOMPARE(view->own.size(), 1);
        QCOMPARE(view->own.first().id, grace);
        QCOMPARE(view->own.first().items.at(0).notes, QStringLiteral("GRACE-NOTE"));
        QVERIFY(view->colleagues.isEmpty());
        QCOMPARE(view->hidden, 1);
        QCOMPARE(view->loop.size(), 2);
        for (const InterviewSummary &row : view->loop)
            QCOMPARE(row.recommendation, vocabulary::Recommendation::None);
        QCOMPARE(view->submitted.size(), 1);
        QCOMPARE(view->submitted.first().interviewer, QStringLiteral("Linus"));
        QVERIFY(view->submitted.first().submittedAt.isValid());
        QVERIFY(view->submitted.first().role.isEmpty());
        QCOMPARE(guard.colleaguesSubmitted(anna, QStringLiteral("Grace")), 1);

        // Linus has (the name in any letter case): he reads Grace's, live as it is; nobody
        // else has submitted.
        view = guard.view(anna, QStringLiteral("  linus "));
        QVERIFY(view->viewerSubmitted);
        QCOMPARE(view->colleagues.size(), 1);
        QCOMPARE(view->colleagues.first().items.at(0).notes, QStringLiteral("GRACE-NOTE"));
        QCOMPARE(view->hidden, 0);
        QCOMPARE(guard.colleaguesSubmitted(anna, QStringLiteral("Linus")), 0);

        // Grace finishes: now she reads his, with his recommendation.
        finish(grace, vocabulary::Recommendation::Yes);
        view = guard.view(anna, QStringLiteral("Grace"));
        QVERIFY(view->viewerSubmitted);
        QCOMPARE(view->colleagues.size(), 1);
        QCOMPARE(view->colleagues.first().items.at(0).notes, QStringLiteral("LINUS-NOTE"));
        QCOMPARE(view->colleagues.first().items.at(0).score, 3);
        QCOMPARE(view->colleagues.first().summary, QStringLiteral("Summary of Linus"));
        QCOMPARE(view->loop.at(1).recommendation, vocabulary::Recommendation::StrongNo);
        QCOMPARE(view->hidden, 0);

        // Someone who ran none of them (a third interviewer): nothing but the count.
        view = guard.view(anna, QStringLiteral("Ada"));
        QVERIFY(view->own.isEmpty());
        QVERIFY(view->colleagues.isEmpty());
        QCOMPARE(view->hidden, 2);
        QCOMPARE(guard.colleaguesSubmitted(anna, QStringLiteral("Ada")), 2);
        // Another candidate's loop is its own: Linus's finished Anna does not open Bob.
        const qint64 bob = candidateNamed(QStringLiteral("Bob Stone"));
        QVERIFY(guard.view(bob, QStringLiteral("Grace"))->colleagues.isEmpty());
        QVERIFY(!guard.view(bob, QStringLiteral("Linus"))->viewerSubmitted);
    }

    void theViewerIsSettingsInterviewerName()
    {
        const qint64 linus =
            start(QStringLiteral("Cy"), QStringLiteral("Linus"), QStringLiteral("LINUS-NOTE"));
        finish(linus, vocabulary::Recommendation::Yes);
        start(QStringLiteral("Cy"), QStringLiteral("Grace"), QStringLiteral("GRACE-NOTE"));
        const qint64 cy = candidateNamed(QStringLiteral("Cy"));
        PanelGuard guard(m_ws->database());
        // No name in Settings: only interviews that name nobody are the viewer's.
        QCOMPARE(guard.currentViewer(), QString());
        QCOMPARE(guard.view(cy)->hidden, 2);
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Linus"));
        QCOMPARE(guard.currentViewer(), QStringLiteral("Linus"));
        QVERIFY(guard.view(cy)->viewerSubmitted);
        QCOMPARE(guard.view(cy)->colleagues.size(), 1);
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Grace"));
        QVERIFY(guard.view(cy)->colleagues.isEmpty());
        QCOMPARE(guard.colleaguesSubmitted(cy), 1);
        // An unknown candidate.
        QVERIFY(!guard.view(cy + 100));
        QCOMPARE(guard.colleaguesSubmitted(cy + 100), 0);
    }

    // In a team an interview is the viewer's by its owner (the team role), and the
    // server's submissions count too: colleagues whose interviews this laptop may not
    // hold yet.
    void inATeamTheRoleDecidesAndTheServerCounts()
    {
        LocalSync(m_ws->database())
            .link(QStringLiteral("postgresql://ann@127.0.0.1/team"), QStringLiteral("ann"));
        // Run here, so owned by "ann", whatever name was typed.
        const qint64 mine =
            start(QStringLiteral("Dee"), QStringLiteral("Someone"), QStringLiteral("ANN-NOTE"));
        QCOMPARE(m_ws->interviews().interview(mine)->owner, QStringLiteral("ann"));
        const QString key = PanelGuard::candidateKey(QStringLiteral("Dee"));
        for (const QString &owner : {QStringLiteral("bob"), QStringLiteral("ann")})
            sql::exec(m_ws->connection(),
                      QStringLiteral("INSERT INTO team_submissions (candidate_key, owner, "
                                     "interviewer, ended_at) VALUES (?, ?, ?, ?)"),
                      {key, owner, owner.toUpper(), QStringLiteral("2026-12-01T09:00:00.000Z")});
        PanelGuard guard(m_ws->database());
        const qint64 dee = candidateNamed(QStringLiteral("Dee"));
        const std::optional<PanelView> view = guard.view(dee, QStringLiteral("Not Her Name"));
        QCOMPARE(view->own.size(), 1);
        QVERIFY(!view->viewerSubmitted);
        QCOMPARE(view->submitted.size(), 1); // bob; her own row is not a colleague's
        QCOMPARE(view->submitted.first().role, QStringLiteral("bob"));
        QCOMPARE(view->submitted.first().interviewer, QStringLiteral("BOB"));
        QCOMPARE(guard.colleaguesSubmitted(dee, QStringLiteral("x")), 1);
    }

    // The key is the one the team server makes (panelist.candidate_key): MD5 of
    // "panelist-candidate:" and the trimmed name as UTF-8, written as a UUID.
    void candidateKeyIsTheServers()
    {
        const QByteArray md5 =
            QCryptographicHash::hash("panelist-candidate:Anna Müller", QCryptographicHash::Md5)
                .toHex();
        const QString expected =
            QString::fromLatin1(md5.left(8) + '-' + md5.mid(8, 4) + '-' + md5.mid(12, 4) + '-' +
                                md5.mid(16, 4) + '-' + md5.mid(20));
        QCOMPARE(PanelGuard::candidateKey(QStringLiteral("  Anna Müller ")), expected);
        QVERIFY(PanelGuard::candidateKey(QStringLiteral("anna müller")) != expected);
        QCOMPARE(PanelGuard::candidateKey(QStringLiteral("  ")), QString());
    }
};

QTEST_GUILESS_MAIN(PanelGuardTest)
#include "tst_panelguard.moc"
