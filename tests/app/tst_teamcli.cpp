#include "storage/teamschema.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/pgserver.h"
#include "support/teamlaptop.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `panelist team init` and `team add-interviewer` through the real binary, on a real
// PostgreSQL 15 (one server for every function).
class TeamCliTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    TeamLaptop m_laptop; // HOME and XDG folders of every run: grepped for passwords
    int m_databases = 0;

    using Run = TeamLaptop::Run;

    Run panelist(const QStringList &arguments, const QHash<QString, QString> &environment = {})
    {
        return m_laptop.panelist(arguments, environment);
    }

    QString newDatabase()
    {
        const QString name = QStringLiteral("cli%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qFatal("%s", qPrintable(error));
        return name;
    }

    // The superuser's URL without its password: libpq takes it from PGPASSWORD.
    QString adminUrl(const QString &database) const
    {
        return m_server.url(m_server.superuser(), database);
    }
    QHash<QString, QString> adminPassword() const
    {
        return {{QStringLiteral("PGPASSWORD"), m_server.superuserPassword()}};
    }

    // What a person's client sees signing in as `name`.
    std::unique_ptr<TeamServer> signIn(const QString &database, const QString &name,
                                       const QString &password)
    {
        auto server = std::make_unique<TeamServer>();
        server->open(TeamUrl::parse(m_server.url(name, database)), password);
        return server;
    }

    QString writePasswordFile(const QString &password)
    {
        const QString path = m_laptop.home->filePath(QStringLiteral("new-password"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(password.toUtf8() + "\n");
        return path;
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

    void initCreatesThenSaysUpToDate()
    {
        const QString db = newDatabase();
        // The password may come in the URL too; it is never printed back.
        const Run first =
            panelist({QStringLiteral("team"), QStringLiteral("init"), m_server.superuserUrl(db)});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("Team schema at %1: version %2 (created).")
                                        .arg(adminUrl(db))
                                        .arg(TeamSchema::kVersion)),
                 qPrintable(first.out + first.err));
        QVERIFY(first.out.contains(QStringLiteral("panelist_interviewer (interviewers)")));
        QVERIFY(first.out.contains(QStringLiteral("panelist_lead (team leads")));
        QVERIFY(!first.out.contains(m_server.superuserPassword()));
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));

        const Run again = panelist({QStringLiteral("team"), QStringLiteral("init"), adminUrl(db)},
                                   adminPassword());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(
                     QStringLiteral("version %1 (already up to date)").arg(TeamSchema::kVersion)),
                 qPrintable(again.out + again.err));
    }

    void initRefusesANewerSchema()
    {
        const QString db = newDatabase();
        QCOMPARE(panelist({QStringLiteral("team"), QStringLiteral("init"), adminUrl(db)},
                          adminPassword())
                     .exitCode,
                 0);
        QString error;
        QVERIFY2(m_server.execute(
                     db, QStringLiteral("UPDATE panelist.schema_version SET version = 7"), &error),
                 qPrintable(error));
        const Run refused = panelist({QStringLiteral("team"), QStringLiteral("init"), adminUrl(db)},
                                     adminPassword());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("version 7, newer than this Panelist knows")),
                 qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    }

    void addInterviewers()
    {
        const QString db = newDatabase();
        QCOMPARE(panelist({QStringLiteral("team"), QStringLiteral("init"), adminUrl(db)},
                          adminPassword())
                     .exitCode,
                 0);
        const QString filePassword = QStringLiteral("file-pw-7Qx!");
        const Run fromFile =
            panelist({QStringLiteral("team"), QStringLiteral("add-interviewer"), adminUrl(db),
                      QStringLiteral("dora"), QStringLiteral("--password-file"),
                      writePasswordFile(filePassword)},
                     adminPassword());
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY2(fromFile.out.contains(QStringLiteral("dora is an interviewer on")),
                 qPrintable(fromFile.out + fromFile.err));
        QVERIFY(fromFile.out.contains(m_server.url(QStringLiteral("dora"), db)));
        auto dora = signIn(db, QStringLiteral("dora"), filePassword);
        QVERIFY(!dora->isLead());

        const QString envPassword = QStringLiteral("env-pw-Zz9 with spaces");
        QHash<QString, QString> env = adminPassword();
        env.insert(QStringLiteral("PANELIST_TEAM_PASSWORD"), envPassword);
        const Run lead = panelist({QStringLiteral("team"), QStringLiteral("add-interviewer"),
                                   adminUrl(db), QStringLiteral("lars"), QStringLiteral("--lead")},
                                  env);
        QCOMPARE(lead.exitCode, 0);
        QVERIFY2(lead.out.contains(QStringLiteral("lars is a team lead on")),
                 qPrintable(lead.out + lead.err));
        QVERIFY(signIn(db, QStringLiteral("lars"), envPassword)->isLead());

        // Neither password was printed, nor written to any file of the runs (settings,
        // caches, the local database).
        for (const Run &run : {fromFile, lead}) {
            for (const QString &secret :
                 {filePassword, envPassword, m_server.superuserPassword()}) {
                QVERIFY(!run.out.contains(secret));
                QVERIFY(!run.err.contains(secret));
            }
        }
        QFile::remove(m_laptop.home->filePath(QStringLiteral("new-password")));
        QDirIterator files(m_laptop.home->path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            for (const QString &secret : {filePassword, envPassword})
                QVERIFY2(!data.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void mistakesAreSaid()
    {
        const QString db = newDatabase();
        // A bad URL is a usage mistake, said without its password.
        const Run badUrl = panelist({QStringLiteral("team"), QStringLiteral("init"),
                                     QStringLiteral("postgresql://root:topsecret@host:99999/db")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains(QStringLiteral("\"postgresql://root@host:99999/db\"")),
                 qPrintable(badUrl.err));
        QVERIFY(badUrl.err.contains(QStringLiteral("the port \"99999\"")));
        QVERIFY(!badUrl.err.contains(QStringLiteral("topsecret")));

        const Run badName = panelist({QStringLiteral("team"), QStringLiteral("add-interviewer"),
                                      adminUrl(db), QStringLiteral("Robert Tables")},
                                     adminPassword());
        QCOMPARE(badName.exitCode, 2);
        QVERIFY2(badName.err.contains(QStringLiteral("a role name is")), qPrintable(badName.err));

        // No password and no terminal to type it on.
        const Run noPassword = panelist({QStringLiteral("team"), QStringLiteral("add-interviewer"),
                                         adminUrl(db), QStringLiteral("pia")},
                                        adminPassword());
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QStringLiteral("--password-file FILE")),
                 qPrintable(noPassword.err));

        // Before team init: the database holds no team schema.
        QHash<QString, QString> env = adminPassword();
        env.insert(QStringLiteral("PANELIST_TEAM_PASSWORD"), QStringLiteral("long-enough-1"));
        const Run early = panelist({QStringLiteral("team"), QStringLiteral("add-interviewer"),
                                    adminUrl(db), QStringLiteral("pia")},
                                   env);
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("panelist team init URL")),
                 qPrintable(early.err));

        // The wrong admin password, and a server that is not there.
        const Run wrong = panelist({QStringLiteral("team"), QStringLiteral("init"), adminUrl(db)},
                                   {{QStringLiteral("PGPASSWORD"), QStringLiteral("not-it")}});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("refused the sign-in of postgres")),
                 qPrintable(wrong.err));
        const Run nowhere = panelist({QStringLiteral("team"), QStringLiteral("init"),
                                      QStringLiteral("postgresql://a@127.0.0.1:1/x")});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.startsWith(QStringLiteral(
                     "panelist: Cannot reach the team server postgresql://a@127.0.0.1:1/x")),
                 qPrintable(nowhere.err));
        QCOMPARE(nowhere.err.count(QLatin1Char('\n')), 1);
    }

    void helpNamesTheTeamCommands()
    {
        const Run help = panelist({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("team init URL")));
        QVERIFY(help.out.contains(QStringLiteral("team add-interviewer URL NAME [--lead]")));
        const Run one = panelist(
            {QStringLiteral("help"), QStringLiteral("team"), QStringLiteral("add-interviewer")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains(QStringLiteral("PANELIST_TEAM_PASSWORD")));
    }
};

QTEST_GUILESS_MAIN(TeamCliTest)
#include "tst_teamcli.moc"
