#include "storage/localsync.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/guiharness.h"
#include "support/pgserver.h"
#include "support/testsupport.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The window's header on a database in a team: the engine starts with the window and
// the header says its status ("Synced", then "Offline — 1 change waiting" with the server down,
// "Synced" again when it is back); outside a team the header shows no status. Closing
// the window stops the engine (its thread joined) without waiting for the network.
class TeamHeaderTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_home;

    static bool waitFor(const std::function<bool()> &predicate, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!predicate()) {
            if (timer.elapsed() > ms)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (PgTestServer::binaries(&why).isEmpty())
            QSKIP(qPrintable(why));
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("pgpass"))));
        // No session bus, so no keychain: the password file's case (tst_teamkeychain has
        // the keychain's).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.path()));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void notLinkedShowsNothing()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QQuickItem *label = app.find("teamStatus");
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        QCOMPARE(label->property("text").toString(), QString());
    }

    void linkedShowsTheStatus()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("header"), &error), qPrintable(error));
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), QStringLiteral("header"))),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        admin.initialize();
        admin.addInterviewer(QStringLiteral("header_ann"), QStringLiteral("header-pw-123"), false);
        const TeamUrl url =
            TeamUrl::parse(m_server.url(QStringLiteral("header_ann"), QStringLiteral("header")));
        credentials::store(url, QStringLiteral("header-pw-123"));

        GuiHarness app;
        LocalSync(app.workspace().database()).link(url.displayUrl(), url.user());
        QVERIFY(app.restart()); // the app opened on a database in a team
        QQuickItem *label = app.find("teamStatus");
        QVERIFY(label);
        // The first sync uploads nothing (nothing queued) and pulls an empty team.
        QVERIFY2(waitFor([&] { return label->property("text").toString() == "Synced"; }, 8000),
                 qPrintable(label->property("text").toString()));
        QVERIFY(label->isVisible());

        m_server.stopImmediate();
        app.workspace().bank().addQuestion(testsupport::sampleQuestion(1));
        QVERIFY2(waitFor(
                     [&] {
                         return label->property("text").toString().startsWith(
                             QStringLiteral("Offline — 1 change"));
                     },
                     8000),
                 qPrintable(label->property("text").toString()));
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY(waitFor([&] { return label->property("text").toString() == "Synced"; }, 10000));
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), QStringLiteral("header"))),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        QCOMPARE(admin.pull(0, 10).size(), 1); // the question (its category is the shipped one)
    }

    void cleanup()
    {
        if (!m_server.isRunning()) {
            QString error;
            QVERIFY2(m_server.restart(&error), qPrintable(error));
        }
    }
};

QTEST_MAIN(TeamHeaderTest)
#include "tst_teamheader.moc"
