#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `candidate show` honours the bias guard, through the real binary: Grace (Settings'
// interviewer name) sees that Linus has submitted, not what he wrote, until she has
// finished her own interview of the candidate; `--as` looks as another name.
class GuardCliTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_grace = 0;
    qint64 m_candidate = 0;

    clirunner::Result run(const QStringList &arguments)
    {
        clirunner::Options options;
        options.database = m_ws->location();
        return clirunner::run(arguments, options);
    }

    QJsonObject showJson(const QStringList &extra = {})
    {
        const clirunner::Result result =
            run(QStringList{QStringLiteral("candidate"), QStringLiteral("show"),
                            QString::number(m_candidate), QStringLiteral("--json")} +
                extra);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out).object();
    }

    qint64 start(const QString &interviewer, const QString &note)
    {
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Anna Müller");
        details.role = QStringLiteral("Backend");
        details.interviewer = interviewer;
        const qint64 plan = m_ws->plans().plans().constFirst().id;
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                   plan, details);
        const qint64 item = m_ws->interviews().interview(id)->items.at(0).id;
        m_ws->interviews().setNotes(item, note);
        m_ws->interviews().setScore(item, 2);
        return id;
    }

    void finish(qint64 id, const QString &summary)
    {
        Interview progress = *m_ws->interviews().interview(id);
        progress.finish(vocabulary::Recommendation::No, summary, m_ws->clock().now().addSecs(900));
        m_ws->interviews().saveProgress(progress);
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 45);
        m_ws->plans().addItem(plan, m_ws->bank().addQuestion(testsupport::sampleQuestion(1)));
        m_grace = start(QStringLiteral("Grace"), QStringLiteral("GRACE-NOTE-17"));
        finish(start(QStringLiteral("Linus"), QStringLiteral("LINUS-NOTE-42")),
               QStringLiteral("LINUS-SUMMARY"));
        m_candidate = CandidateRepository(m_ws->database()).list().constFirst().candidate.id;
        m_ws->settings().setValue(QStringLiteral("interviewer"), QStringLiteral("Grace"));
        m_ws->close();
    }
    void cleanup() { m_ws.reset(); }

    void showHidesTheColleagueUntilSubmitted()
    {
        const clirunner::Result text = run(
            {QStringLiteral("candidate"), QStringLiteral("show"), QString::number(m_candidate)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(!text.out.contains("LINUS"), text.out.constData());
        QVERIFY2(text.out.contains("hidden until you submit yours"), text.out.constData());
        QVERIFY2(text.out.contains("1 colleague submitted (Linus)"), text.out.constData());
        QVERIFY2(!text.out.contains(", no"), text.out.constData()); // his recommendation

        const QJsonObject before = showJson();
        QCOMPARE(before.value(QStringLiteral("viewer")).toString(), QStringLiteral("Grace"));
        QCOMPARE(before.value(QStringLiteral("viewerSubmitted")).toBool(), false);
        QCOMPARE(before.value(QStringLiteral("colleaguesSubmitted")).toInt(), 1);
        QCOMPARE(before.value(QStringLiteral("submittedBy")).toArray().first().toString(),
                 QStringLiteral("Linus"));
        QCOMPARE(before.value(QStringLiteral("hidden")).toInt(), 1);
        const QByteArray raw = QJsonDocument(before).toJson();
        QVERIFY2(!raw.contains("LINUS"), raw.constData());
        QVERIFY2(raw.contains("GRACE-NOTE-17"), raw.constData()); // her own, whole
        for (const QJsonValue &value : before.value(QStringLiteral("interviews")).toArray()) {
            const QJsonObject row = value.toObject();
            const bool hers =
                row.value(QStringLiteral("interviewer")).toString() == QLatin1String("Grace");
            QCOMPARE(row.value(QStringLiteral("visible")).toBool(), hers);
            QCOMPARE(row.contains(QStringLiteral("items")), hers);
            if (!hers)
                QVERIFY(row.value(QStringLiteral("recommendation")).isNull());
        }

        // As Linus (who has submitted): Grace's live interview shows.
        const QJsonObject asLinus = showJson({QStringLiteral("--as"), QStringLiteral("linus")});
        QCOMPARE(asLinus.value(QStringLiteral("viewerSubmitted")).toBool(), true);
        QVERIFY(QJsonDocument(asLinus).toJson().contains("GRACE-NOTE-17"));
        QCOMPARE(asLinus.value(QStringLiteral("colleaguesSubmitted")).toInt(), 0);
    }

    void showGivesEverythingOnceSubmitted()
    {
        m_ws->open();
        finish(m_grace, QStringLiteral("GRACE-SUMMARY"));
        m_ws->close();
        const QJsonObject after = showJson();
        QCOMPARE(after.value(QStringLiteral("viewerSubmitted")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("hidden")).toInt(), 0);
        const QByteArray raw = QJsonDocument(after).toJson();
        QVERIFY2(raw.contains("LINUS-NOTE-42"), raw.constData());
        QVERIFY2(raw.contains("LINUS-SUMMARY"), raw.constData());
        const clirunner::Result text = run(
            {QStringLiteral("candidate"), QStringLiteral("show"), QString::number(m_candidate)});
        QVERIFY2(text.out.contains("LINUS-SUMMARY"), text.out.constData());
        QVERIFY2(!text.out.contains("hidden"), text.out.constData());
    }

    void helpNamesTheOption()
    {
        const clirunner::Result help =
            run({QStringLiteral("help"), QStringLiteral("candidate"), QStringLiteral("show")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--as NAME"), help.out.constData());
    }
};

QTEST_GUILESS_MAIN(GuardCliTest)
#include "tst_guardcli.moc"
