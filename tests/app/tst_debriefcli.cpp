#include "storage/candidaterepository.h"
#include "storage/decisionrepository.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/sql.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using vocabulary::Recommendation;

// `candidate decide` and `candidate debrief-pdf` through the real binary, on a database
// where Anna and Ben have each finished an interview of Grace Hopper.
class DebriefCliTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_candidate = 0;

    clirunner::Result run(const QStringList &arguments, clirunner::Options options = {})
    {
        options.database = m_ws->location();
        return clirunner::run(arguments, options);
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }
    qint64 interview(const QString &interviewer, Recommendation recommendation,
                     const QString &summary, qint64 plan, const QList<int> &ratings)
    {
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Grace Hopper");
        details.role = QStringLiteral("Backend");
        details.interviewer = interviewer;
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   plan, details);
        Interview started = *m_ws->interviews().interview(id);
        for (int i = 0; i < ratings.size(); ++i)
            started.competencies[i].rating = ratings.at(i);
        started.takeaways = interviewer + QStringLiteral("'s takeaways");
        m_ws->clock().advanceSeconds(900);
        started.finish(recommendation, summary, m_ws->clock().now());
        m_ws->interviews().saveProgress(started);
        return id;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 45);
        const qint64 item =
            m_ws->plans().addItem(plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(1)));
        m_ws->plans().setCompetencies(
            plan, {{0, QStringLiteral("System design"), {}}, {0, QStringLiteral("Teamwork"), {}}},
            {{item, {0}}});
        const qint64 first = interview(QStringLiteral("Anna"), Recommendation::StrongYes,
                                       QStringLiteral("Anna saw depth."), plan, {4, 3});
        interview(QStringLiteral("Ben"), Recommendation::No, QStringLiteral("Ben saw gaps."), plan,
                  {2, 3});
        m_candidate =
            sql::scalar(m_ws->connection(),
                        QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"), {first})
                .toLongLong();
        m_ws->close();
    }
    void cleanup() { m_ws.reset(); }

    void decideRecordsAndSetsStatus()
    {
        const QString id = QString::number(m_candidate);
        clirunner::Result result = run(
            {QStringLiteral("candidate"), QStringLiteral("decide"), id, QStringLiteral("hire")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--reason"), result.err.constData());
        result = run({QStringLiteral("candidate"), QStringLiteral("decide"), id,
                      QStringLiteral("hired"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("advance, hire, reject"), result.err.constData());
        result = run({QStringLiteral("candidate"), QStringLiteral("decide"), QStringLiteral("999"),
                      QStringLiteral("hire"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no candidate with id 999"), result.err.constData());

        result =
            run({QStringLiteral("candidate"), QStringLiteral("decide"), id, QStringLiteral("hire"),
                 QStringLiteral("--reason"), QStringLiteral("Depth outweighs the gaps.")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Grace Hopper") && result.out.contains("hired"),
                 result.out.constData());
        const clirunner::Result show =
            run({QStringLiteral("candidate"), QStringLiteral("show"), id});
        QVERIFY2(show.out.contains("hired"), show.out.constData());

        m_ws->open();
        const QList<CandidateDecision> history =
            DecisionRepository(m_ws->database()).history(m_candidate);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).reason, QStringLiteral("Depth outweighs the gaps."));
        m_ws->close();
    }

    void decideInATeamNeedsALead()
    {
        m_ws->open();
        LocalSync(m_ws->database())
            .link(QStringLiteral("postgresql://db.example/team"), QStringLiteral("ben"));
        m_ws->close();
        const QStringList decide = {QStringLiteral("candidate"),  QStringLiteral("decide"),
                                    QString::number(m_candidate), QStringLiteral("reject"),
                                    QStringLiteral("--reason"),   QStringLiteral("Not now.")};
        clirunner::Result result = run(decide);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Only a lead") && result.err.contains("\"ben\""),
                 result.err.constData());
        m_ws->open();
        QVERIFY(DecisionRepository(m_ws->database()).history(m_candidate).isEmpty());
        m_ws->settings().setValue(DecisionRepository::kTeamLeadKey, QStringLiteral("1"));
        m_ws->close();
        result = run(decide);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        m_ws->open();
        const QList<CandidateDecision> history =
            DecisionRepository(m_ws->database()).history(m_candidate);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).decidedBy, QStringLiteral("ben")); // the team role
        m_ws->close();
    }

    void debriefPdfReadsBackAndHonoursTheGuard()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is missing (./panelist.sh installs it)");
        const QString id = QString::number(m_candidate);
        run({QStringLiteral("candidate"), QStringLiteral("decide"), id, QStringLiteral("advance"),
             QStringLiteral("--reason"), QStringLiteral("A design round settles it.")});
        const QString pdf = m_ws->path(QStringLiteral("packet.pdf"));
        clirunner::Result result = run({QStringLiteral("candidate"), QStringLiteral("debrief-pdf"),
                                        id, pdf, QStringLiteral("--as"), QStringLiteral("Ben")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("2 scorecard(s)"), result.out.constData());
        QString text = pdfText(pdf);
        for (const QString &needle :
             {QStringLiteral("Grace Hopper"), QStringLiteral("Anna"), QStringLiteral("Ben"),
              QStringLiteral("Anna saw depth."), QStringLiteral("Ben saw gaps."),
              QStringLiteral("Strong yes"), QStringLiteral("Mixed recommendations"),
              QStringLiteral("Anna's takeaways"), QStringLiteral("Ben's takeaways"),
              QStringLiteral("System design 4 Strong yes"), QStringLiteral("System design 2 No"),
              QStringLiteral("Teamwork 3 Yes"),
              QStringLiteral("System design: ratings from 2 to 4 (Anna 4, Ben 2)"),
              QStringLiteral("Advance"), QStringLiteral("A design round settles it.")})
            QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(": ") + text));

        // Someone who has not submitted reads nobody's scorecard.
        const QString outsider = m_ws->path(QStringLiteral("outsider.pdf"));
        result = run({QStringLiteral("candidate"), QStringLiteral("debrief-pdf"), id, outsider,
                      QStringLiteral("--as"), QStringLiteral("Cleo")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("2 colleague scorecard(s) are left out"),
                 result.out.constData());
        text = pdfText(outsider);
        QVERIFY(!text.contains(QStringLiteral("Anna saw depth.")));
        QVERIFY(!text.contains(QStringLiteral("Ben saw gaps.")));
        QVERIFY(text.contains(QStringLiteral("2 not readable yet")));
    }

    void debriefPdfFailuresLeaveNothing()
    {
        const QString id = QString::number(m_candidate);
        const QString missing = m_ws->path(QStringLiteral("no/such/folder/packet.pdf"));
        clirunner::Result result =
            run({QStringLiteral("candidate"), QStringLiteral("debrief-pdf"), id, missing,
                 QStringLiteral("--as"), QStringLiteral("Ben")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(missing.toUtf8()), result.err.constData());
        QVERIFY(!QFileInfo::exists(m_ws->path(QStringLiteral("no"))));
        // A full disk is tested in process (formats/tst_debriefpdf): under a file-size limit
        // small enough for the packet, SQLite could not open the database either.
    }
};

QTEST_GUILESS_MAIN(DebriefCliTest)
#include "tst_debriefcli.moc"
