#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "storage/interviewstart.h"
#include "storage/planrepository.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/pgserver.h"
#include "support/teamlaptop.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

// `panelist team join|status|sync|leave` and `interview delete-candidate` on a linked
// database, through the real binary on a real PostgreSQL 15: each laptop is its own
// HOME (its own password file) and its own database file.
class TeamSyncTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    int m_databases = 0;

    using Laptop = TeamLaptop;
    using Run = TeamLaptop::Run;

    struct Team
    {
        QString database;
        QStringList names, passwords;
    };

    // The last `leads` members are team leads (they read every interview).
    Team team(int members, int leads = 0)
    {
        Team t;
        t.database = QStringLiteral("teamsync%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(t.database, &error))
            qFatal("%s", qPrintable(error));
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), t.database)),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        admin.initialize();
        for (int i = 0; i < members; ++i) {
            t.names << QStringLiteral("cli%1m%2").arg(m_databases).arg(i);
            t.passwords << QStringLiteral("S3cret:%1\\pw-%2").arg(m_databases).arg(i * 7 + 3);
            admin.addInterviewer(t.names.last(), t.passwords.last(), i >= members - leads);
        }
        return t;
    }

    QString memberUrl(const Team &t, int i) const
    {
        return m_server.url(t.names.at(i), t.database);
    }

    static QString passwordFile(const Laptop &laptop, const QString &password)
    {
        const QString path = laptop.home->filePath(QStringLiteral("secret.txt"));
        testsupport::writeFile(path, password.toUtf8() + '\n');
        return path;
    }

    Run join(const Laptop &laptop, const Team &t, int member, bool upload)
    {
        QStringList args = {QStringLiteral("team"), QStringLiteral("join"), memberUrl(t, member),
                            QStringLiteral("--password-file"),
                            passwordFile(laptop, t.passwords.at(member))};
        if (upload)
            args << QStringLiteral("--upload-local");
        const Run run = laptop.panelist(args);
        QFile::remove(laptop.home->filePath(QStringLiteral("secret.txt")));
        return run;
    }

    static QJsonObject status(const Laptop &laptop)
    {
        const Run run = laptop.panelist(
            {QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QByteArray bankExport(const Laptop &laptop)
    {
        const QString path = laptop.home->filePath(QStringLiteral("bank.json"));
        QFile::remove(path);
        const Run run = laptop.panelist({QStringLiteral("bank"), QStringLiteral("export"), path});
        if (run.exitCode != 0)
            qWarning("bank export: %s", qPrintable(run.err));
        return testsupport::readFile(path);
    }

    // Every file under the laptop's HOME except libpq's password file, and the outputs.
    static void noPasswordAnywhere(const Laptop &laptop, const QString &password,
                                   const QStringList &outputs)
    {
        const QByteArray secret = password.toUtf8();
        const QString pgpass = laptop.home->filePath(QStringLiteral("config/Panelist/team.pgpass"));
        bool sawPasswordFile = false;
        QDirIterator it(laptop.home->path(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("team.pgpass"))) {
                sawPasswordFile = true;
                continue;
            }
            QVERIFY2(!testsupport::readFileFromOutside(path).contains(secret), qPrintable(path));
        }
        QVERIFY2(sawPasswordFile, qPrintable(pgpass));
        for (const QString &text : outputs)
            QVERIFY2(!text.contains(password), qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (PgTestServer::binaries(&why).isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void cleanup()
    {
        if (!m_server.isRunning()) {
            QString error;
            QVERIFY2(m_server.restart(&error), qPrintable(error));
        }
    }

    // The first laptop joins (the shipped bank is local: refused without --upload-local,
    // then shared with it), the second joins and downloads it; status in text and JSON;
    // an edit travels with team sync; the password is nowhere but libpq's file; leave.
    void joinStatusSyncLeave()
    {
        const Team t = team(2);
        Laptop a, b;
        QVERIFY(!bankExport(a).isEmpty()); // the shipped bank, local only
        const Run refused = join(a, t, 0, false);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--upload-local")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY(status(a).isEmpty()); // not linked
        const Run joined = join(a, t, 0, true);
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
        QVERIFY2(joined.out.contains(QLatin1String("Joined the team")), qPrintable(joined.out));
        const QJsonObject afterJoin = status(a);
        QCOMPARE(afterJoin.value(QStringLiteral("role")).toString(), t.names.at(0));
        QCOMPARE(afterJoin.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(!afterJoin.value(QStringLiteral("server")).toString().contains(t.passwords.at(0)));
        QVERIFY(afterJoin.value(QStringLiteral("lastSyncAt")).isString());

        const Run joinedB = join(b, t, 1, false);
        QVERIFY2(joinedB.exitCode == 0, qPrintable(joinedB.err));
        QCOMPARE(bankExport(a), bankExport(b));
        QVERIFY(!bankExport(a).isEmpty());

        // A second join is refused, in one line.
        const Run again = join(b, t, 1, false);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("leave it first")), qPrintable(again.err));

        // An edit on A reaches B through team sync.
        {
            Database db(a.db());
            BankRepository bank(db);
            bank.addQuestion(testsupport::sampleQuestion(77, QStringLiteral("Team")));
        }
        const Run pushed = a.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QCOMPARE(pushed.exitCode, 0);
        QCOMPARE(pushed.out.trimmed(), QStringLiteral("pushed 2, pulled 0"));
        const Run pulled = b.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QCOMPARE(pulled.out.trimmed(), QStringLiteral("pushed 0, pulled 2"));
        QCOMPARE(bankExport(a), bankExport(b));
        const Run text = b.panelist({QStringLiteral("team"), QStringLiteral("status")});
        QVERIFY2(text.out.contains(QStringLiteral("Role: ") + t.names.at(1)), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("Changes waiting: 0")));

        noPasswordAnywhere(a, t.passwords.at(0), {joined.out, joined.err, pushed.out, pushed.err});
        noPasswordAnywhere(b, t.passwords.at(1), {joinedB.out, joinedB.err, text.out});

        // Leave: unlinked, data kept, the password line gone.
        const QByteArray before = bankExport(b);
        const Run left = b.panelist({QStringLiteral("team"), QStringLiteral("leave")});
        QCOMPARE(left.exitCode, 0);
        QCOMPARE(bankExport(b), before);
        const Run notLinked = b.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QCOMPARE(notLinked.exitCode, 1);
        QVERIFY2(notLinked.err.contains(QLatin1String("team join")), qPrintable(notLinked.err));
        QVERIFY(
            !QFile::exists(b.home->filePath(QStringLiteral("config/Panelist/team.pgpass"))) ||
            !testsupport::readFile(b.home->filePath(QStringLiteral("config/Panelist/team.pgpass")))
                 .contains(t.names.at(1).toUtf8()));
    }

    // The server down: team sync exits 1 with one line naming the server, and the local
    // data and the changes waiting are as they were; back up, it pushes them.
    void unreachableServerLeavesDataIntact()
    {
        const Team t = team(1);
        Laptop a;
        QCOMPARE(join(a, t, 0, true).exitCode, 0);
        {
            Database db(a.db());
            BankRepository bank(db);
            bank.addQuestion(testsupport::sampleQuestion(88, QStringLiteral("Offline")));
        }
        const QByteArray before = bankExport(a);
        m_server.stopImmediate();
        const Run offline = a.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QCOMPARE(offline.exitCode, 1);
        QCOMPARE(offline.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(offline.err.contains(QLatin1String("Cannot reach the team server")),
                 qPrintable(offline.err));
        QCOMPARE(bankExport(a), before);
        QCOMPARE(status(a).value(QStringLiteral("pending")).toInt(), 2);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        const Run back = a.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QCOMPARE(back.out.trimmed(), QStringLiteral("pushed 2, pulled 0"));
    }

    // A `team sync` killed with SIGKILL in the middle of a big push: the retry neither
    // duplicates nor loses (every question once on the server, nothing waiting).
    void killedMidPushRetries()
    {
        const Team t = team(1);
        Laptop a;
        QCOMPARE(join(a, t, 0, true).exitCode, 0);
        QSet<QString> uuids;
        {
            Database db(a.db());
            BankRepository bank(db);
            for (int i = 0; i < 1500; ++i) {
                const Question q = testsupport::sampleQuestion(5000 + i, QStringLiteral("Bulk"));
                uuids << q.uuid;
                bank.addQuestion(q);
            }
        }
        QProcess process;
        process.setProcessEnvironment(a.environment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(PANELIST_BINARY),
                      {QStringLiteral("team"), QStringLiteral("sync")});
        QVERIFY(process.waitForStarted());
        // Kill it once the server has taken part of the push.
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), t.database)),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        const qint64 start = admin.lastSeq();
        QElapsedTimer timer;
        timer.start();
        while (admin.lastSeq() < start + 150 && timer.elapsed() < 20000 &&
               process.state() == QProcess::Running)
            QTest::qWait(5);
        const bool killedMidway = process.state() == QProcess::Running;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        qInfo("killed %s, server at %lld of %lld", killedMidway ? "mid-push" : "after it ended",
              admin.lastSeq() - start, qint64(uuids.size()) + 1);
        QVERIFY(killedMidway);
        QVERIFY(admin.lastSeq() - start < uuids.size()); // part of it, not all

        const Run retry = a.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(status(a).value(QStringLiteral("pending")).toInt(), 0);
        QHash<QString, int> seen;
        for (const TeamEntity &e : admin.pull(0, 100000)) {
            if (e.kind == QLatin1String("question"))
                ++seen[e.uuid];
        }
        for (const QString &uuid : std::as_const(uuids))
            QVERIFY2(seen.value(uuid) == 1, qPrintable(uuid));
        // A second laptop gets exactly the same bank.
        Laptop b;
        QCOMPARE(join(b, t, 0, false).exitCode, 0);
        QCOMPARE(bankExport(a), bankExport(b));
    }

    // delete-candidate on one laptop: removed on the server; after the other syncs, its
    // database file and its log hold no trace of the name.
    void deleteCandidateAcrossTheTeam()
    {
        // B is a lead: an interviewer would not receive A's interview before submitting
        // one of that candidate (the bias guard), so there would be nothing to remove.
        const Team t = team(2, 1);
        Laptop a, b;
        QCOMPARE(join(a, t, 0, true).exitCode, 0);
        const QString candidate = QStringLiteral("Zebulon Quackenbush");
        {
            Database db(a.db());
            BankRepository bank(db);
            PlanRepository plans(db);
            InterviewRepository interviews(db);
            const qint64 question = bank.addQuestion(testsupport::sampleQuestion(9));
            const qint64 plan =
                plans.create(QStringLiteral("Loop"), {}, vocabulary::Level::Senior, 30);
            plans.addItem(plan, question);
            interviewstart::fromPlan(
                interviews, plans, bank, plan,
                {candidate, QStringLiteral("Backend"), QStringLiteral("Ann"), {}, {}});
        }
        QCOMPARE(a.panelist({QStringLiteral("team"), QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(join(b, t, 1, false).exitCode, 0);
        const auto holds = [&](const Laptop &laptop) {
            QByteArray bytes;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")})
                bytes += testsupport::readFileFromOutside(laptop.db() + suffix);
            return bytes.contains(candidate.toUtf8());
        };
        QVERIFY(holds(b));
        const Run removed = a.panelist(
            {QStringLiteral("interview"), QStringLiteral("delete-candidate"), candidate});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(removed.out.contains(QLatin1String("team's server")), qPrintable(removed.out));
        const Run synced = b.panelist({QStringLiteral("team"), QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY2(synced.out.contains(QLatin1String("removed candidates")), qPrintable(synced.out));
        QVERIFY(!holds(a));
        QVERIFY(!holds(b));
        const QJsonObject after = status(b);
        QCOMPARE(after.value(QStringLiteral("conflicts")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TeamSyncTest)
#include "tst_teamsync.moc"
