#include "startup.h"
#include "workspace.h"

#include "bank/questionbank.h"
#include "bank/questioneditor.h"
#include "interviews/interviewdesk.h"
#include "interviews/liveinterview.h"
#include "storage/interviewstart.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using testsupport::sampleQuestion;

// What the window does as it opens (app/startup.h), on a real database file reopened as
// the app reopens it: retention first, then the interview left live, then the draft.
class StartupTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    qint64 m_plan = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QuestionBank> m_bank;
    std::unique_ptr<InterviewDesk> m_desk;

    static QDateTime now() { return QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC); }

    // The window's parts over the database, as Window builds them.
    void openApp()
    {
        m_workspace = std::make_unique<Workspace>(m_path);
        m_bank =
            std::make_unique<QuestionBank>(m_workspace->bank(), m_workspace->settings(), m_path);
        m_desk =
            std::make_unique<InterviewDesk>(m_workspace->interviews(), m_workspace->plans(),
                                            m_workspace->bank(), m_workspace->settings(), m_path);
    }
    // The app stops as a crash stops it: nothing closed, nothing finished.
    void stopApp()
    {
        m_desk.reset();
        m_bank.reset();
        m_workspace.reset();
    }

    qint64 startAt(const QString &candidate, const QDateTime &startedAt)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.startedAt = startedAt;
        return interviewstart::fromPlan(m_workspace->interviews(), m_workspace->plans(),
                                        m_workspace->bank(), m_plan, details);
    }
    void finishAt(qint64 id, const QDateTime &endedAt)
    {
        Interview interview = *m_workspace->interviews().interview(id);
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Fine."), endedAt);
        m_workspace->interviews().saveProgress(interview);
    }

private slots:
    void init()
    {
        stopApp();
        m_path = m_dir.filePath(QStringLiteral("startup%1.sqlite").arg(++m_counter));
        openApp();
        m_plan = m_workspace->plans().create(QStringLiteral("Backend"), QStringLiteral("Developer"),
                                             vocabulary::Level::Senior, 30);
        for (int n = 1; n <= 2; ++n)
            m_workspace->plans().addItem(m_plan,
                                         m_workspace->bank().addQuestion(sampleQuestion(n)));
    }

    void cleanup() { stopApp(); }

    void nothingToDoSaysNothing()
    {
        const Startup startup = startUp(*m_bank, *m_desk, now());
        QVERIFY(!startup.offerDraft);
        QVERIFY(!startup.resumed);
        QCOMPARE(startup.message, QString());
        QVERIFY(!m_desk->live()->active());
    }

    // An interview still live when the app stopped opens again where it was.
    void resumesTheInterviewLeftLive()
    {
        const qint64 id = startAt(QStringLiteral("Ada Lovelace"), now().addSecs(-600));
        QVERIFY(id > 0);
        stopApp();
        openApp();
        QVERIFY(!m_desk->live()->active());

        const Startup startup = startUp(*m_bank, *m_desk, now());
        QVERIFY(startup.resumed);
        QVERIFY(!startup.offerDraft);
        QCOMPARE(startup.message, QStringLiteral("Resumed the interview with Ada Lovelace."));
        QVERIFY(m_desk->live()->active());
        QCOMPARE(m_desk->live()->interviewId(), id);

        // A finished interview is not resumed.
        m_desk->live()->close();
        finishAt(id, now());
        stopApp();
        openApp();
        const Startup later = startUp(*m_bank, *m_desk, now());
        QVERIFY(!later.resumed);
        QCOMPARE(later.message, QString());
        QVERIFY(!m_desk->live()->active());
    }

    // Retention (off unless set) runs first and says what went; the interview left live
    // is never removed by it, however old, and is resumed after.
    void retentionRunsBeforeTheResume()
    {
        const qint64 old = startAt(QStringLiteral("Old Finished"), now().addDays(-100));
        finishAt(old, now().addDays(-100).addSecs(1800));
        const qint64 recent = startAt(QStringLiteral("Recent Finished"), now().addDays(-5));
        finishAt(recent, now().addDays(-5).addSecs(1800));
        const qint64 live = startAt(QStringLiteral("Still Live"), now().addDays(-100));

        // Off: nothing is removed.
        Startup startup = startUp(*m_bank, *m_desk, now());
        QCOMPARE(startup.message, QStringLiteral("Resumed the interview with Still Live."));
        QVERIFY(m_workspace->interviews().interview(old));

        m_desk->setRetentionDays(30);
        stopApp();
        openApp();
        startup = startUp(*m_bank, *m_desk, now());
        QVERIFY(startup.resumed);
        QCOMPARE(startup.message,
                 QStringLiteral("Removed 1 candidate whose last interview ended more than 30 days "
                                "ago, with all their interviews: Old Finished. Resumed the "
                                "interview with Still Live."));
        QVERIFY(!m_workspace->interviews().interview(old));
        QVERIFY(m_workspace->interviews().interview(recent));
        QCOMPARE(m_desk->live()->interviewId(), live);

        // The clock is the one given: a month on, the recent one goes too.
        stopApp();
        openApp();
        startup = startUp(*m_bank, *m_desk, now().addDays(30));
        QVERIFY(startup.message.startsWith(
            QStringLiteral("Removed 1 candidate whose last interview ended more than 30 days "
                           "ago, with all their interviews: Recent Finished.")));
        QVERIFY(!m_workspace->interviews().interview(recent));
    }

    // Edits a crash left unsaved are offered back.
    void offersTheDraftBack()
    {
        m_bank->editor()->openNew();
        m_bank->editor()->setTitle(QStringLiteral("Typed, never saved"));
        m_bank->editor()->flushDraft();
        stopApp();
        openApp();

        const Startup startup = startUp(*m_bank, *m_desk, now());
        QVERIFY(startup.offerDraft);
        QVERIFY(!startup.resumed);
        QCOMPARE(startup.message, QString());
        QCOMPARE(m_bank->editor()->draftTitle(), QStringLiteral("Typed, never saved"));
    }
};

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
