#include "bank/questionbank.h"
#include "bank/questionlistmodel.h"
#include "storage/localsync.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/guiharness.h"
#include "support/pgserver.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"
#include "sync/credentials.h"
#include "sync/synccycle.h"
#include "sync/syncengine.h"

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
        QVERIFY2(
            QTest::qWaitFor([&] { return label->property("text").toString() == "Synced"; }, 8000),
            qPrintable(label->property("text").toString()));
        QVERIFY(label->isVisible());

        m_server.stopImmediate();
        app.workspace().bank().addQuestion(testsupport::sampleQuestion(1));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return label->property("text").toString().startsWith(
                             QStringLiteral("Offline — 1 change"));
                     },
                     8000),
                 qPrintable(label->property("text").toString()));
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY(
            QTest::qWaitFor([&] { return label->property("text").toString() == "Synced"; }, 10000));
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), QStringLiteral("header"))),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        QCOMPARE(admin.pull(0, 10).size(), 1); // the question (its category is the shipped one)
    }

    // A teammate's change reaches the open window: the engine pulls it (woken by LISTEN)
    // and the bank's list and count show it, the list's current row staying on its question.
    void aTeammatesChangeShowsInTheOpenWindow()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("mates"), &error), qPrintable(error));
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), QStringLiteral("mates"))),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        admin.initialize();
        admin.addInterviewer(QStringLiteral("mates_ann"), QStringLiteral("mates-pw-1"), false);
        admin.addInterviewer(QStringLiteral("mates_bea"), QStringLiteral("mates-pw-2"), false);
        const TeamUrl annUrl =
            TeamUrl::parse(m_server.url(QStringLiteral("mates_ann"), QStringLiteral("mates")));
        const TeamUrl beaUrl =
            TeamUrl::parse(m_server.url(QStringLiteral("mates_bea"), QStringLiteral("mates")));
        credentials::store(annUrl, QStringLiteral("mates-pw-1"));

        GuiHarness app;
        LocalSync(app.workspace().database()).link(annUrl.displayUrl(), annUrl.user());
        QVERIFY(app.restart());
        QQuickItem *label = app.find("teamStatus");
        QVERIFY(label);
        QVERIFY(
            QTest::qWaitFor([&] { return label->property("text").toString() == "Synced"; }, 8000));
        QQuickItem *list = app.find("questionList");
        QVERIFY(list);
        const int before = app.bank().questionCount();
        QVERIFY(before > 0);
        list->setProperty("currentIndex", 2);
        const QString current =
            app.bank()
                .questions()
                ->data(app.bank().questions()->index(2, 0), QuestionListModel::TitleRole)
                .toString();

        // Bea, on her own laptop, adds a question and syncs.
        TestWorkspace bea(QStringLiteral("bea.sqlite"));
        LocalSync(bea.database()).link(beaUrl.displayUrl(), beaUrl.user());
        TeamServer beaServer;
        beaServer.open(beaUrl, QStringLiteral("mates-pw-2"));
        SyncCycle(bea.database(), beaServer).run();
        Question added = testsupport::sampleQuestion(7);
        added.title = QStringLiteral("Zzz teammate's question on the GIL");
        bea.bank().addQuestion(added);
        SyncCycle(bea.database(), beaServer).run();

        // The list shows it once the engine said it applied it (where it sorts depends on
        // its category: rowOf pages through to it).
        QuestionListModel *questions = app.bank().questions();
        int addedRow = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const std::optional<Question> here =
                    app.workspace().bank().questionByUuid(added.uuid);
                addedRow = here ? questions->rowOf(here->id) : -1;
                return addedRow >= 0;
            },
            5000));
        QCOMPARE(
            questions->data(questions->index(addedRow, 0), QuestionListModel::TitleRole).toString(),
            added.title);
        QCOMPARE(app.bank().questionCount(), before + 1);
        const int row = list->property("currentIndex").toInt();
        QVERIFY(row >= 0);
        QCOMPARE(questions->data(questions->index(row, 0), QuestionListModel::TitleRole).toString(),
                 current);
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
