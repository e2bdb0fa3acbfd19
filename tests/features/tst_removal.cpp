#include "domain/errors.h"
#include "interviews/candidatedesk.h"
#include "interviews/interviewdesk.h"
#include "interviews/liveinterview.h"
#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using testsupport::sampleQuestion;

// Removing a candidate's data: by interview, by candidate (by name, and the candidate
// entity with CandidateRepository::remove and `candidate remove`) and by retention (per
// candidate), through the repository and through the running app's desk (its note
// writer's connection open).
// After each removal the raw bytes of the database file and its write-ahead log are
// searched for the candidate's name and notes: none may be left.
class RemovalTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_plan = 0;

    // Distinctive strings that appear nowhere else.
    static QString secretName() { return QStringLiteral("Zebulon Quixotefield"); }
    static QString secretNote() { return QStringLiteral("Marmalade-Xylophone-7731"); }
    static QString keptName() { return QStringLiteral("Keturah Plimsoll"); }
    static QString keptNote() { return QStringLiteral("Brontosaurus-Kettle-4410"); }

    static QDateTime t0() { return TestClock::start(); }

    // The database file, its log and its shared-memory index, as bytes.
    QByteArray rawBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            bytes += testsupport::readFileFromOutside(m_ws->location() + suffix);
        return bytes;
    }

    void verifyNoTrace(const QString &what)
    {
        const QByteArray bytes = rawBytes();
        QVERIFY2(!bytes.contains(secretName().toUtf8()), qPrintable(what + ": name left"));
        QVERIFY2(!bytes.contains(secretNote().toUtf8()), qPrintable(what + ": note left"));
        // The name in other letter cases and the follow-up added during the call too.
        QVERIFY2(!bytes.contains("QUIXOTEFIELD"), qPrintable(what + ": name left"));
        QVERIFY2(!bytes.contains("Snorkel-Question-5512"), qPrintable(what + ": follow-up left"));
        // Proof the search sees data at all: what was kept is there.
        QVERIFY2(bytes.contains(keptNote().toUtf8()), qPrintable(what + ": kept note missing"));
    }

    qint64 start(const QString &candidate, const QDateTime &startedAt = t0())
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Senior Python developer");
        details.interviewer = QStringLiteral("Ivy Interviewer");
        details.startedAt = startedAt;
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_plan,
                                        details);
    }

    // Records notes on every item, rewritten several times at different lengths so old
    // versions land in free space, an ad-hoc follow-up, a score and flags.
    void record(qint64 id, const QString &note)
    {
        const Interview interview = *m_ws->interviews().interview(id);
        for (const InterviewItem &item : interview.items) {
            QString text;
            for (int round = 0; round < 6; ++round) {
                text += QStringLiteral("[0%1:00] %2 round %1 %3\n")
                            .arg(round)
                            .arg(note, QString(round * 300, QLatin1Char('x')));
                m_ws->interviews().setNotes(item.id, text);
            }
            m_ws->interviews().setScore(item.id, 3);
            m_ws->interviews().setFlags(item.id, true, false);
        }
        if (note == secretNote())
            m_ws->interviews().addFollowUp(interview.items.first().id,
                                           QStringLiteral("Snorkel-Question-5512"));
    }

    void finish(qint64 id, const QDateTime &endedAt, const QString &summary = QStringLiteral("ok"))
    {
        Interview interview = *m_ws->interviews().interview(id);
        interview.finish(vocabulary::Recommendation::Yes, summary, endedAt);
        m_ws->interviews().saveProgress(interview);
    }

    void addKept()
    {
        const qint64 kept = start(keptName());
        record(kept, keptNote());
        finish(kept, t0().addSecs(3000));
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_plan = m_ws->plans().create(QStringLiteral("Backend"), QStringLiteral("Python developer"),
                                      vocabulary::Level::Senior, 30);
        for (int n = 1; n <= 3; ++n)
            m_ws->plans().addItem(m_plan, m_ws->bank().addQuestion(sampleQuestion(n)));
    }

    void cleanup() { m_ws.reset(); }

    void secureDeleteIsOn()
    {
        QCOMPARE(sql::scalar(m_ws->connection(), QStringLiteral("PRAGMA secure_delete")).toInt(),
                 1);
        Database secondary(m_ws->location(), Database::Role::Secondary);
        QCOMPARE(
            sql::scalar(secondary.connection(), QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    }

    void removeOneInterview()
    {
        addKept();
        const qint64 id = start(secretName());
        record(id, secretNote());
        finish(id, t0().addSecs(2400), QStringLiteral("Summary: ") + secretNote());
        QVERIFY(rawBytes().contains(secretNote().toUtf8())); // there before the removal

        m_ws->interviews().remove(id);
        QVERIFY(!m_ws->interviews().interview(id));
        for (const QString &table :
             {QStringLiteral("interview_items"), QStringLiteral("interview_item_follow_ups"),
              QStringLiteral("interview_item_criteria")})
            QCOMPARE(sql::scalar(m_ws->connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 NOT IN "
                                                "(SELECT id FROM %3)")
                                     .arg(table,
                                          table == QLatin1String("interview_items")
                                              ? QStringLiteral("interview_id")
                                              : QStringLiteral("item_id"),
                                          table == QLatin1String("interview_items")
                                              ? QStringLiteral("interviews")
                                              : QStringLiteral("interview_items")))
                         .toInt(),
                     0);
        // While the database is open, and after it is closed.
        verifyNoTrace(QStringLiteral("open"));
        m_ws->close();
        verifyNoTrace(QStringLiteral("closed"));
        m_ws->open();
        QCOMPARE(m_ws->interviews().interviews().size(), 1);
    }

    void removeByCandidate()
    {
        addKept();
        const qint64 first = start(secretName());
        record(first, secretNote());
        finish(first, t0().addSecs(2400));
        const qint64 second = start(QStringLiteral("  zebulon QUIXOTEFIELD "));
        record(second, secretNote());
        const qint64 similar = start(secretName() + QStringLiteral(" Jr"));
        const qint64 accented = start(QStringLiteral("Łucja Żółw"));

        QCOMPARE(m_ws->interviews().interviewsOf(QStringLiteral(" zebulon quixotefield")).size(),
                 2);
        QCOMPARE(m_ws->interviews().interviewsOf(QString()).size(), 0);
        QCOMPARE(m_ws->interviews().removeCandidate(QStringLiteral("ZEBULON quixotefield ")), 2);
        QVERIFY(!m_ws->interviews().interview(first));
        QVERIFY(!m_ws->interviews().interview(second));
        QVERIFY(m_ws->interviews().interview(similar)); // exact names only
        QCOMPARE(m_ws->interviews().removeCandidate(secretName()), 0);
        // Letter case beyond ASCII.
        QCOMPARE(m_ws->interviews().removeCandidate(QStringLiteral("łUCJA żÓŁW")), 1);
        QVERIFY(!m_ws->interviews().interview(accented));

        m_ws->interviews().remove(similar);
        verifyNoTrace(QStringLiteral("open"));
        m_ws->close();
        verifyNoTrace(QStringLiteral("closed"));
    }

    // With VACUUM left out (another connection busy), secure_delete and the checkpoint
    // still leave nothing behind.
    void checkpointAloneLeavesNoTrace()
    {
        addKept();
        const qint64 id = start(secretName());
        record(id, secretNote());
        finish(id, t0().addSecs(2400));
        // The raw deletes stand for a removal whose compaction stops after the checkpoint; the
        // candidate row goes with its only interview, as the repository's removal does.
        const QVariant candidate =
            sql::scalar(m_ws->connection(),
                        QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"), {id});
        sql::exec(m_ws->connection(), QStringLiteral("DELETE FROM interviews WHERE id = ?"), {id});
        sql::exec(m_ws->connection(), QStringLiteral("DELETE FROM candidates WHERE id = ?"),
                  {candidate});
        QVERIFY(m_ws->database().compact(Database::Compaction::CheckpointOnly));
        QCOMPARE(QFileInfo(m_ws->location() + QStringLiteral("-wal")).size(), 0);
        verifyNoTrace(QStringLiteral("checkpoint only"));
    }

    void retentionRemovesOnlyOldFinished()
    {
        const QDateTime now = t0().addDays(200);
        const qint64 oldFinished = start(secretName(), t0());
        record(oldFinished, secretNote());
        finish(oldFinished, t0().addSecs(2700));
        const qint64 recentFinished = start(keptName(), now.addDays(-10));
        record(recentFinished, keptNote());
        finish(recentFinished, now.addDays(-10).addSecs(2700));
        const qint64 oldLive = start(QStringLiteral("Still Live"), t0());
        const qint64 borderline = start(QStringLiteral("Just Inside"), now.addDays(-90));
        finish(borderline, now.addDays(-90).addSecs(60)); // ended 89.99 days ago

        QVERIFY(m_ws->interviews().removeFinishedOlderThan(0, now).isEmpty());
        QVERIFY(m_ws->interviews().removeFinishedOlderThan(-5, now).isEmpty());
        const QList<InterviewSummary> removed = m_ws->interviews().removeFinishedOlderThan(90, now);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().id, oldFinished);
        QCOMPARE(removed.first().candidate, secretName());
        QVERIFY(m_ws->interviews().interview(recentFinished));
        QVERIFY(m_ws->interviews().interview(oldLive));
        QVERIFY(m_ws->interviews().interview(borderline));
        verifyNoTrace(QStringLiteral("retention"));
    }

    qint64 candidateOf(qint64 interviewId)
    {
        return sql::scalar(m_ws->connection(),
                           QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                           {interviewId})
            .toLongLong();
    }

    // Retention per candidate: a candidate goes whole once none of their interviews is
    // live and the last one ended more than N days ago; one recent interview keeps the
    // whole loop, old ones too.
    void retentionPerCandidate()
    {
        const QDateTime now = t0().addDays(200);
        const qint64 a = start(secretName(), t0());
        record(a, secretNote());
        finish(a, t0().addSecs(2700));
        const qint64 b = start(QStringLiteral("zebulon quixotefield"), t0().addDays(1));
        record(b, secretNote());
        finish(b, t0().addDays(1).addSecs(600));
        CandidateRepository candidates(m_ws->database());
        // One exact name is one candidate: merge the variant so the loop is one.
        candidates.merge(candidateOf(b), candidateOf(a));
        const qint64 loopOld = start(keptName(), t0());
        record(loopOld, keptNote());
        finish(loopOld, t0().addSecs(2700));
        const qint64 loopRecent = start(keptName(), now.addDays(-10));
        finish(loopRecent, now.addDays(-10).addSecs(600));
        const qint64 waitingOld = start(QStringLiteral("Waiting Live"), t0());
        finish(waitingOld, t0().addSecs(600));
        const qint64 waitingLive = start(QStringLiteral("Waiting Live"), now.addDays(-150));
        const qint64 inside = start(QStringLiteral("Just Inside"), now.addDays(-90));
        finish(inside, now.addDays(-90).addSecs(60)); // ended 89.99 days ago
        const qint64 rejected = start(QStringLiteral("Rejected Recently"), now.addDays(-5));
        finish(rejected, now.addDays(-5).addSecs(60));
        candidates.setStatus(candidateOf(rejected), vocabulary::CandidateStatus::Rejected);
        // Made at t0 (the test clock) and never interviewed.
        const qint64 nobody = candidates.create(QStringLiteral("Never Interviewed"), {}, {});

        QVERIFY(candidates.removeExpired(0, now).isEmpty());
        QVERIFY(candidates.removeExpired(-3, now).isEmpty());
        QCOMPARE(candidates.expired(90, now).size(), 2);
        const QList<CandidateRepository::Removed> removed = candidates.removeExpired(90, now);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).candidate.name, secretName());
        QCOMPARE(removed.at(0).interviews.size(), 2);
        QCOMPARE(removed.at(1).candidate.id, nobody);
        QVERIFY(removed.at(1).interviews.isEmpty());
        QVERIFY(!m_ws->interviews().interview(a));
        QVERIFY(!m_ws->interviews().interview(b));
        for (const qint64 id : {loopOld, loopRecent, waitingOld, waitingLive, inside, rejected})
            QVERIFY2(m_ws->interviews().interview(id), qPrintable(QString::number(id)));
        QVERIFY(!candidates.candidate(nobody));
        QCOMPARE(candidates.list().size(), 4);
        verifyNoTrace(QStringLiteral("retention per candidate"));
        QVERIFY(candidates.removeExpired(90, now).isEmpty());
    }

    // CandidateRepository::remove: the candidate row and every interview of theirs, with
    // nothing left in the file; the desk's path closes the live view first.
    void removeCandidateEntity()
    {
        addKept();
        const qint64 first = start(secretName());
        record(first, secretNote());
        finish(first, t0().addSecs(2400));
        const qint64 id = candidateOf(first);
        CandidateRepository candidates(m_ws->database());
        QVERIFY_THROWS_EXCEPTION(PanelistError, candidates.remove(id + 1000));
        const CandidateRepository::Removed removed = candidates.remove(id);
        QCOMPARE(removed.candidate.name, secretName());
        QCOMPARE(removed.interviews.size(), 1);
        QVERIFY(!candidates.candidate(id));
        QVERIFY(!m_ws->interviews().interview(first));
        verifyNoTrace(QStringLiteral("candidate removed"));

        InterviewDesk desk(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_ws->settings(),
                           m_ws->location());
        CandidateDesk candidateDesk(desk, m_ws->database());
        const int live = desk.start(int(m_plan), secretName(), {}, QStringLiteral("Ivy"), {});
        QVERIFY(live > 0);
        desk.live()->setNotes(secretNote()); // through the note writer
        QCOMPARE(candidateDesk.remove(int(candidateOf(live))), 1);
        QVERIFY(!desk.live()->active());
        verifyNoTrace(QStringLiteral("candidate removed from the desk"));
        m_ws->close();
        verifyNoTrace(QStringLiteral("candidate removed, closed"));
    }

    void deskRetentionSetting()
    {
        InterviewDesk desk(m_ws->interviews(), m_ws->plans(), m_ws->bank(), m_ws->settings(),
                           m_ws->location());
        const QDateTime now = t0().addDays(200);
        const qint64 a = start(secretName(), t0());
        finish(a, t0().addSecs(600));
        const qint64 b = start(QStringLiteral("Bo Chen"), t0().addSecs(3600));
        finish(b, t0().addSecs(4200));
        const qint64 c = start(secretName(), t0().addSecs(7200));
        finish(c, t0().addSecs(7800));
        const qint64 kept = start(keptName(), now.addDays(-1));
        finish(kept, now.addDays(-1).addSecs(600));
        desk.interviews()->refresh();
        QCOMPARE(desk.interviews()->rowCount(), 4);

        QCOMPARE(desk.retentionDays(), 0); // off by default
        QCOMPARE(desk.applyRetention(now), QString());
        QCOMPARE(desk.interviews()->rowCount(), 4);

        QSignalSpy changed(&desk, &InterviewDesk::retentionDaysChanged);
        desk.setRetentionDays(365);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_ws->settings().value(QStringLiteral("retention_days")), QStringLiteral("365"));
        QCOMPARE(desk.applyRetention(now), QString()); // nothing that old

        desk.setRetentionDays(90);
        QCOMPARE(desk.applyRetention(now),
                 QStringLiteral("Removed 2 candidates whose last interview ended more than 90 "
                                "days ago, with all their interviews: %1, Bo Chen.")
                     .arg(secretName()));
        QCOMPARE(desk.interviews()->rowCount(), 1);
        QCOMPARE(desk.applyRetention(now), QString());

        const qint64 d = start(QStringLiteral("Ann Lee"), t0());
        finish(d, t0().addSecs(60));
        QCOMPARE(desk.applyRetention(now),
                 QStringLiteral("Removed 1 candidate whose last interview ended more than 90 "
                                "days ago, with all their interviews: Ann Lee."));
        desk.setRetentionDays(0);
        QCOMPARE(desk.retentionDays(), 0);
        QCOMPARE(m_ws->settings().value(QStringLiteral("retention_days")), QString());
    }

    // The command line: interview delete ID and interview delete-candidate NAME, run as
    // the real binary while this process keeps its own connection open.
    void commandLine()
    {
        addKept();
        const qint64 one = start(secretName());
        record(one, secretNote());
        finish(one, t0().addSecs(2400));
        const qint64 two = start(QStringLiteral("zebulon quixotefield"));
        record(two, secretNote());
        const qint64 three = start(secretName());

        struct Run
        {
            int exitCode = -1;
            QString out;
            QString err;
        };
        const auto panelist = [this](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PANELIST_DATABASE"), m_ws->location());
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PANELIST_BINARY), arguments);
            if (!process.waitForFinished(60000))
                qFatal("panelist did not finish");
            return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
        };
        const QString interview = QStringLiteral("interview");

        Run run = panelist({interview, QStringLiteral("delete"), QString::number(one)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Deleted the interview with %1 (id %2, started ")
                                        .arg(secretName())
                                        .arg(one)),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("plan Backend, finished).")));
        QVERIFY(!m_ws->interviews().interview(one));

        run = panelist({interview, QStringLiteral("delete"), QString::number(one)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(), QStringLiteral("panelist: no interview with id %1").arg(one));
        run = panelist({interview, QStringLiteral("delete"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        run = panelist({interview, QStringLiteral("delete")});
        QCOMPARE(run.exitCode, 2);

        // Several words are one name; letter case does not matter.
        run = panelist({interview, QStringLiteral("delete-candidate"), QStringLiteral("ZEBULON"),
                        QStringLiteral("Quixotefield")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(QStringLiteral("(id %1,").arg(three)));
        QVERIFY(lines.at(1).contains(QStringLiteral("(id %1,").arg(two)));
        QCOMPARE(lines.at(2), QStringLiteral("Deleted 2 interviews of \"ZEBULON Quixotefield\"."));
        QVERIFY(!m_ws->interviews().interview(two));
        QVERIFY(!m_ws->interviews().interview(three));

        run = panelist({interview, QStringLiteral("delete-candidate"), secretName()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(),
                 QStringLiteral("panelist: no interviews with a candidate named \"%1\"")
                     .arg(secretName()));
        run = panelist({interview, QStringLiteral("delete-candidate")});
        QCOMPARE(run.exitCode, 2);
        run = panelist({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QStringLiteral("interview delete ID")));
        QVERIFY(run.out.contains(QStringLiteral("interview delete-candidate NAME")));
        QVERIFY(run.out.contains(QStringLiteral("candidate remove ID")));

        // candidate remove ID: the candidate and every interview of theirs.
        const qint64 four = start(secretName());
        record(four, secretNote());
        finish(four, t0().addSecs(2400));
        const qint64 five = start(secretName());
        const qint64 candidate = candidateOf(four);
        QCOMPARE(candidateOf(five), candidate);
        const QString remove = QStringLiteral("remove");
        run = panelist({QStringLiteral("candidate"), remove, QString::number(candidate)});
        QCOMPARE(run.exitCode, 0);
        const QStringList removed = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(removed.size(), 3);
        QVERIFY(removed.at(0).startsWith(
            QStringLiteral("Deleted the interview with %1 (id %2, ").arg(secretName()).arg(four)));
        QVERIFY(removed.at(1).contains(QStringLiteral("(id %1,").arg(five)));
        QCOMPARE(removed.at(2),
                 QStringLiteral("Removed candidate %1 \"%2\" and their 2 interviews.")
                     .arg(candidate)
                     .arg(secretName()));
        QVERIFY(!m_ws->interviews().interview(four));
        QCOMPARE(sql::scalar(m_ws->connection(),
                             QStringLiteral("SELECT count(*) FROM candidates WHERE id = ?"),
                             {candidate})
                     .toInt(),
                 0);
        run = panelist({QStringLiteral("candidate"), remove, QString::number(candidate)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no candidate with id %1").arg(candidate)),
                 qPrintable(run.err));
        run = panelist({QStringLiteral("candidate"), remove, QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);

        QCOMPARE(m_ws->interviews().interviews().size(), 1);
        verifyNoTrace(QStringLiteral("command line"));
        m_ws->close();
        verifyNoTrace(QStringLiteral("command line, closed"));
    }

    // The running app's path: the desk's note writer has its own connection open and
    // notes typed into the live view, and the interview is shown when it is removed.
    void deskRemovesLiveInterview()
    {
        addKept();
        auto desk = std::make_unique<InterviewDesk>(m_ws->interviews(), m_ws->plans(), m_ws->bank(),
                                                    m_ws->settings(), m_ws->location());
        const int id = desk->start(int(m_plan), secretName(), QStringLiteral("Engineer"),
                                   QStringLiteral("Ivy"), QString());
        QVERIFY(id > 0);
        QVERIFY(desk->live()->active());
        QString typed;
        const QString text = secretNote() + QStringLiteral(" and more text");
        for (const QChar c : text) {
            typed += c;
            desk->live()->setNotes(typed); // through the NoteWriter, as typing does
        }
        desk->live()->next();
        desk->live()->setNotes(secretNote());
        desk->live()->addFollowUp(QStringLiteral("Snorkel-Question-5512"));
        QPdfDocument preview;
        QVERIFY2(desk->showPreview(&preview, id), qPrintable(desk->error()));
        QVERIFY(preview.pageCount() >= 1);
        const qint64 other =
            desk->start(int(m_plan), secretName(), QString(), QString(), QString());
        desk->live()->setNotes(secretNote());
        QVERIFY(desk->open(id));
        QCOMPARE(desk->candidateInterviewCount(QStringLiteral("zebulon quixotefield")), 2);
        QCOMPARE(desk->interviews()->rowCount(), 3);

        QSignalSpy removed(desk.get(), &InterviewDesk::interviewsRemoved);
        QVERIFY(desk->removeInterview(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!desk->live()->active()); // it was shown: the view closed
        QCOMPARE(preview.pageCount(), 0); // and so did its preview
        QCOMPARE(desk->interviews()->rowCount(), 2);
        QVERIFY(!desk->removeInterview(id));
        QVERIFY(!desk->error().isEmpty());

        QVERIFY(desk->open(int(other)));
        desk->live()->setNotes(secretNote() + QStringLiteral(" again"));
        QCOMPARE(desk->removeCandidate(QStringLiteral(" ZEBULON Quixotefield")), 1);
        QVERIFY(!desk->live()->active());
        QCOMPARE(desk->candidateInterviewCount(secretName()), 0);
        QCOMPARE(desk->removeCandidate(secretName()), 0);
        QCOMPARE(desk->interviews()->rowCount(), 1);

        // The note writer's connection is still open here.
        verifyNoTrace(QStringLiteral("app running"));
        desk.reset();
        m_ws->close();
        verifyNoTrace(QStringLiteral("app closed"));
    }
};

QTEST_MAIN(RemovalTest)
#include "tst_removal.moc"
