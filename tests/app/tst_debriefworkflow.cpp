#include "interviews/debriefdesk.h"
#include "storage/candidaterepository.h"
#include "storage/decisionrepository.h"
#include "storage/interviewstart.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "support/guiharness.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// One laptop, one candidate, two interviewers, through the real Main.qml. Anna's and
// Ben's interviews are run and their scorecards submitted through the repositories
// (the finish dialog's scorecard is tested by the "scorecards" part); everything of the
// debrief is by keyboard: the History record's Ctrl+D opens it, Ben sees nothing of
// Anna's scorecard before his own is in, then both side by side with the disagreement
// marked; 2, Tab, the reason and Ctrl+Enter record the decision (the candidate is hired);
// the packet PDF reads back with pdftotext. PANELIST_DEBRIEF_SHOTS=FOLDER keeps the
// dialog's screenshots at 1024x700 and 1920x1080, light and dark.
class DebriefWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_plan = 0;
    qint64 m_annas = 0;
    qint64 m_bens = 0;
    qint64 m_candidate = 0;

    Workspace &ws() { return m_app->workspace(); }

    qint64 start(const QString &interviewer, int minutesAgo)
    {
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Grace Hopper");
        details.role = QStringLiteral("Backend engineer");
        details.interviewer = interviewer;
        details.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return interviewstart::fromPlan(ws().interviews(), ws().plans(), ws().bank(), m_plan,
                                        details);
    }
    void submit(qint64 id, const QList<int> &ratings, vocabulary::Recommendation recommendation,
                const QString &words, int minutesAgo)
    {
        Interview interview = *ws().interviews().interview(id);
        for (const InterviewItem &item : interview.items)
            ws().interviews().setScore(item.id, ratings.first());
        interview = *ws().interviews().interview(id);
        for (int i = 0; i < ratings.size(); ++i)
            interview.competencies[i].rating = ratings.at(i);
        interview.takeaways = words + QStringLiteral(" takeaways");
        interview.pros = words + QStringLiteral(" pros");
        interview.cons = words + QStringLiteral(" cons");
        interview.finish(recommendation, words + QStringLiteral(" summary"),
                         QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo));
        ws().interviews().saveProgress(interview);
    }
    // The desk the window built (the QML singleton's instance).
    static QObject *desk() { return DebriefDesk::create(nullptr, nullptr); }

    void shoot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("PANELIST_DEBRIEF_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QObject *appearance = m_app->findObject("appearance");
        for (const bool dark : {false, true}) {
            if (appearance)
                appearance->setProperty("dark", dark);
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                m_app->window()->resize(size);
                QTest::qWait(300);
                m_app->window()->grabWindow().save(
                    QStringLiteral("%1/%2-%3x%4-%5.png")
                        .arg(folder, name)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
            }
        }
        if (appearance)
            appearance->setProperty("dark", false);
        m_app->window()->resize(1280, 800);
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        // A plan of two shipped questions rating Design and Communication.
        m_plan =
            ws().plans().create(QStringLiteral("Backend loop"), {}, vocabulary::Level::Senior, 30);
        const QList<Question> questions = ws().bank().allQuestions();
        QVERIFY(questions.size() >= 2);
        const qint64 first = ws().plans().addItem(m_plan, questions.at(0).id);
        const qint64 second = ws().plans().addItem(m_plan, questions.at(1).id);
        ws().plans().setCompetencies(
            m_plan, {{0, QStringLiteral("Design"), {}}, {0, QStringLiteral("Communication"), {}}},
            {{first, {0}}, {second, {1}}});
        m_annas = start(QStringLiteral("Anna"), 180);
        submit(m_annas, {2, 3}, vocabulary::Recommendation::Yes, QStringLiteral("Anna's"), 120);
        m_bens = start(QStringLiteral("Ben"), 60);
        m_candidate =
            sql::scalar(ws().database().connection(),
                        QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                        {m_annas})
                .toLongLong();
        // The interviewer name becomes Ben's (Settings' interviewer name).
        SettingsStore(ws().database())
            .setValue(QStringLiteral("interviewer"), QStringLiteral("Ben"));
        m_app->interviews().reload();
    }
    void cleanupTestCase() { m_app.reset(); }

    void benSeesNothingBeforeSubmitting()
    {
        m_app->key(Qt::Key_4, Qt::ControlModifier);
        m_app->key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier); // the interviews view
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        QTRY_VERIFY(m_app->find("historySearch")->hasActiveFocus());
        m_app->type(QStringLiteral("Grace"));
        QTRY_COMPARE(m_app->find("historyList")->property("count").toInt(), 2);
        m_app->key(Qt::Key_Return); // into the list, the newest (Ben's) first
        QTRY_VERIFY(m_app->interviews().record()->interviewId() > 0);
        m_app->key(Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(m_app->findObject("debriefDialog") &&
                    m_app->findObject("debriefDialog")->property("visible").toBool());
        QCOMPARE(desk()->property("candidateId").toInt(), int(m_candidate));
        QCOMPARE(desk()->property("viewer").toString(), QStringLiteral("Ben"));
        QCOMPARE(desk()->property("scorecards").toList().size(), 0);
        QCOMPARE(desk()->property("hidden").toInt(), 1);
        QVERIFY(desk()->property("missingText").toString().contains(QStringLiteral("1 colleague")));
        QVERIFY(m_app->findVisible("debriefScorecard").isEmpty());
        shoot(QStringLiteral("debrief-before"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!m_app->findObject("debriefDialog")->property("visible").toBool());
    }

    void debriefShowsBothAndRecordsTheDecision()
    {
        submit(m_bens, {4, 3}, vocabulary::Recommendation::No, QStringLiteral("Ben's"), 10);
        m_app->interviews().reload();
        m_app->key(Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(m_app->findObject("debriefDialog")->property("visible").toBool());
        QCOMPARE(desk()->property("interviewers").toStringList(),
                 (QStringList{QStringLiteral("Anna"), QStringLiteral("Ben")}));
        QTRY_COMPARE(m_app->findVisible("debriefScorecard").size(), 2);
        QTRY_COMPARE(m_app->findVisible("debriefRow").size(), 2);
        QVERIFY(m_app->findVisible("debriefRow").at(0)->property("disagrees").toBool()); // 2 vs 4
        QVERIFY(!m_app->findVisible("debriefRow").at(1)->property("disagrees").toBool());
        QVERIFY(desk()->property("mixedRecommendations").toBool());
        QTRY_VERIFY(m_app->find("decisionChoices")->hasActiveFocus());
        shoot(QStringLiteral("debrief-both"));
        QTRY_VERIFY(m_app->find("decisionChoices")->hasActiveFocus());

        // Without a reason nothing is recorded.
        m_app->key(Qt::Key_2);
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("decisionProblem")->isVisible());
        QVERIFY(m_app->find("decisionReason")->hasActiveFocus());
        QVERIFY(DecisionRepository(ws().database()).history(m_candidate).isEmpty());
        m_app->type(QStringLiteral("Design depth outweighs the gap."));
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(DecisionRepository(ws().database()).history(m_candidate).size(), 1);
        const CandidateDecision decision =
            DecisionRepository(ws().database()).history(m_candidate).first();
        QCOMPARE(decision.decision, vocabulary::Decision::Hire);
        QCOMPARE(decision.reason, QStringLiteral("Design depth outweighs the gap."));
        QCOMPARE(decision.decidedBy, QStringLiteral("Ben"));
        QCOMPARE(CandidateRepository(ws().database()).candidate(m_candidate)->status,
                 vocabulary::CandidateStatus::Hired);
        QTRY_VERIFY(m_app->find("debriefDecision")
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Design depth outweighs the gap.")));
        shoot(QStringLiteral("debrief-decided"));

        // The packet, written as Save packet PDF does, reads back.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is missing (./panelist.sh installs it)");
        const QString pdf = QDir::temp().filePath(
            QStringLiteral("tst_debriefworkflow-%1.pdf").arg(QCoreApplication::applicationPid()));
        bool written = false;
        QMetaObject::invokeMethod(desk(), "exportPdf", Q_RETURN_ARG(bool, written),
                                  Q_ARG(QUrl, QUrl::fromLocalFile(pdf)));
        QVERIFY(written);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QFile::remove(pdf);
        for (const QString &needle :
             {QStringLiteral("Grace Hopper"), QStringLiteral("Anna"), QStringLiteral("Ben"),
              QStringLiteral("Design 2 No"), QStringLiteral("Design 4 Strong yes"),
              QStringLiteral("Communication 3 Yes"), QStringLiteral("Anna's takeaways"),
              QStringLiteral("Ben's cons"), QStringLiteral("Hire"),
              QStringLiteral("Design depth outweighs the gap.")})
            QVERIFY2(all.contains(needle), qPrintable(needle + QStringLiteral(" in ") + all));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!m_app->findObject("debriefDialog")->property("visible").toBool());
        // With PANELIST_DEBRIEF_SHOTS the database is kept too, for screenshots of the
        // real app under Xvfb (offscreen grabs lose the dialog's layered background).
        const QString folder = qEnvironmentVariable("PANELIST_DEBRIEF_SHOTS");
        if (!folder.isEmpty()) {
            QFile::remove(folder + QStringLiteral("/debrief.sqlite"));
            sql::exec(ws().database().connection(), QStringLiteral("VACUUM INTO ?"),
                      {QString(folder + QStringLiteral("/debrief.sqlite"))});
        }
    }
};

QTEST_MAIN(DebriefWorkflowTest)
#include "tst_debriefworkflow.moc"
