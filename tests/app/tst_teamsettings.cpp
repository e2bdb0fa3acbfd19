#include "storage/localsync.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/guiharness.h"
#include "support/pgserver.h"
#include "support/testsupport.h"
#include "sync/synccycle.h"
#include "sync/teammembership.h"
#include "workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::sampleQuestion;

// Settings' team section and the conflicts dialog, driven in the real window (Main.qml)
// on a real PostgreSQL 15: Test connection says why a wrong password fails and who the
// right one signs in as; Join on a database holding questions the team lacks asks
// whether to share them, Share joins, the header reaches "Synced" and the server holds
// them; the password is in no settings file, nor the database or its WAL; Leave unlinks
// and the data stays. Three conflicts made by a teammate's laptop are resolved in the
// dialog: keep mine, take theirs and an edited merge, and the server ends with the
// chosen texts after the engine's sync.
class TeamSettingsTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_home;
    const QString m_annPassword = QStringLiteral("anna-Settings-pw-4821");
    const QString m_benPassword = QStringLiteral("ben-Settings-pw-7730");

    // A team of its own on the server: anna (a lead) and ben.
    QString team(const QString &database, const QString &user)
    {
        return m_server.url(user, database);
    }
    void makeTeam(const QString &database)
    {
        QString error;
        QVERIFY2(m_server.createDatabase(database, &error), qPrintable(error));
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), database)),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        admin.initialize();
        admin.addInterviewer(QStringLiteral("ui_anna"), m_annPassword, true);
        admin.addInterviewer(QStringLiteral("ui_ben"), m_benPassword, false);
    }

    // The server's current payload of every entity, by uuid.
    QHash<QString, TeamEntity> onServer(const QString &database)
    {
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), database)),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        QHash<QString, TeamEntity> entities;
        for (const TeamEntity &entity : admin.pull(0, 100000))
            entities.insert(entity.uuid, entity);
        return entities;
    }
    QString titleOnServer(const QString &database, const QString &uuid)
    {
        return onServer(database).value(uuid).payload.value(QStringLiteral("title")).toString();
    }

    static QString text(QQuickItem *item) { return item->property("text").toString(); }

    // Sets a field's text as typing would leave it (the URL is long for key-by-key).
    static void fill(GuiHarness &app, const char *name, const QString &value)
    {
        QQuickItem *field = app.find(name);
        QVERIFY2(field, name);
        app.click(field);
        QVERIFY(field->hasActiveFocus());
        app.key(Qt::Key_A, Qt::ControlModifier);
        app.key(Qt::Key_Delete);
        app.type(value);
        QCOMPARE(text(field), value);
    }

    // The button `name` of the conflict card whose title holds `title`, or null.
    static QQuickItem *cardButton(GuiHarness &app, const QString &title, const char *name)
    {
        for (QQuickItem *card : app.findVisible("conflictCard")) {
            bool mine = false;
            for (QQuickItem *label : card->findChildren<QQuickItem *>()) {
                if (text(label).endsWith(QStringLiteral(" · ") + title))
                    mine = true;
            }
            if (mine)
                return card->findChild<QQuickItem *>(QLatin1String(name));
        }
        return nullptr;
    }

    static void openSettings(GuiHarness &app)
    {
        app.click(app.find("settingsButton"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                QQuickItem *page = app.find("settingsPage");
                return page && page->isVisible();
            },
            3000));
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (PgTestServer::binaries(&why).isEmpty())
            QSKIP(qPrintable(why));
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("pgpass"))));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void testJoinAndLeave()
    {
        const QString db = QStringLiteral("settings_join");
        makeTeam(db);
        GuiHarness app;
        const Question local = sampleQuestion(1);
        app.workspace().bank().addQuestion(local);
        QVERIFY(app.start());
        openSettings(app);
        QVERIFY(!app.find("teamServerUrl")->isVisible());

        // Test connection: a wrong password says so, the right one says who that is.
        fill(app, "teamServerField", team(db, QStringLiteral("ui_anna")));
        fill(app, "teamPasswordField", QStringLiteral("not-the-password"));
        QCOMPARE(app.find("teamPasswordField")->property("echoMode").toInt(), 2); // Password
        QQuickItem *message = app.find("teamMessage");
        app.click(app.find("teamTestButton"));
        QVERIFY2(QTest::qWaitFor([&] { return text(message).contains("password is wrong"); }, 8000),
                 qPrintable(text(message)));
        QVERIFY(!LocalSync(app.workspace().database()).team());
        fill(app, "teamPasswordField", m_annPassword);
        app.click(app.find("teamTestButton"));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return text(message).startsWith("Connected as ui_anna (lead)"); }, 8000),
                 qPrintable(text(message)));
        QVERIFY2(text(message).contains(QStringLiteral("the team has 0 question")),
                 qPrintable(text(message)));

        // Join: this laptop holds questions the team lacks, so it asks first.
        app.click(app.find("teamJoinButton"));
        QQuickItem *ask = app.find("teamUploadQuestion");
        QVERIFY(QTest::qWaitFor([&] { return ask->isVisible(); }, 10000));
        QVERIFY(!LocalSync(app.workspace().database()).team()); // not joined without a yes
        const int unshared =
            LocalSync(app.workspace().database()).unsharedCount({vocabulary::EntityKind::Question});
        QVERIFY(unshared >= 1);
        // "Share this laptop's 126 questions and 4 plans with the team?"
        const QString question = QStringLiteral("Share this laptop's %1 question").arg(unshared);
        bool asked = false;
        for (QQuickItem *label : ask->findChildren<QQuickItem *>()) {
            if (text(label).startsWith(question) && text(label).endsWith("with the team?"))
                asked = true;
        }
        QVERIFY2(asked, qPrintable(question));
        // Laid out below the Join button before it is clicked.
        QQuickItem *share = app.find("teamShareAndJoin");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return share->isVisible() &&
                       share->mapToScene(QPointF()).y() >
                           app.find("teamJoinButton")->mapToScene(QPointF()).y();
            },
            3000));
        app.click(share);
        QVERIFY(!text(message).isEmpty()); // "Joining…", then what moved
        QQuickItem *status = app.find("teamStatus");
        QVERIFY2(
            QTest::qWaitFor([&] { return status->isVisible() && text(status) == "Synced"; }, 20000),
            qPrintable(text(status) + " / " + text(message)));
        QVERIFY2(text(message).startsWith("Joined the team at"), qPrintable(text(message)));
        QCOMPARE(text(app.find("teamPasswordField")), QString());
        QCOMPARE(text(app.find("teamRole")), QStringLiteral("ui_anna"));
        QVERIFY(app.find("teamServerUrl")->isVisible());
        QVERIFY(!text(app.find("teamServerUrl")).contains(m_annPassword));
        QVERIFY(onServer(db).contains(local.uuid));
        QCOMPARE(onServer(db).value(local.uuid).owner, QStringLiteral("ui_anna"));

        // The password is in libpq's password file only.
        QSettings settings;
        settings.sync();
        QStringList files{settings.fileName(), app.workspace().database().location(),
                          app.workspace().database().location() + QStringLiteral("-wal")};
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::AppDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        int read = 0;
        for (const QString &file : files) {
            if (!QFile::exists(file))
                continue;
            ++read;
            QVERIFY2(!testsupport::readFileFromOutside(file).contains(m_annPassword.toUtf8()),
                     qPrintable(file));
        }
        QVERIFY(read >= 2); // the database and its WAL at least
        QVERIFY(testsupport::readFileFromOutside(qEnvironmentVariable("PGPASSFILE"))
                    .contains(m_annPassword.toUtf8()));

        // Leave: asked first, then unlinked; the data stays.
        app.click(app.find("teamLeaveButton"));
        QQuickItem *leave = app.find("teamLeaveQuestion");
        QVERIFY(QTest::qWaitFor([&] { return leave->isVisible(); }, 2000));
        QQuickItem *confirm = app.find("teamLeaveConfirm");
        // Laid out under the team's details before it is clicked.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return confirm->isVisible() &&
                       confirm->mapToScene(QPointF()).y() >
                           app.find("teamPending")->mapToScene(QPointF()).y();
            },
            2000));
        app.click(confirm);
        QVERIFY(QTest::qWaitFor([&] { return !status->isVisible(); }, 2000));
        QVERIFY(!LocalSync(app.workspace().database()).team());
        QVERIFY(text(message).startsWith(QStringLiteral("Left the team at")));
        QVERIFY(app.workspace().bank().questionByUuid(local.uuid));
        QVERIFY(app.find("teamServerField")->isVisible());
        QVERIFY(!testsupport::readFileFromOutside(qEnvironmentVariable("PGPASSFILE"))
                     .contains(m_annPassword.toUtf8()));
    }

    void resolveConflictsInTheDialog()
    {
        const QString db = QStringLiteral("settings_conflicts");
        makeTeam(db);
        const TeamUrl annUrl = TeamUrl::parse(team(db, QStringLiteral("ui_anna")));
        const TeamUrl benUrl = TeamUrl::parse(team(db, QStringLiteral("ui_ben")));

        // Anna's laptop (the window's database) shares three questions.
        GuiHarness app;
        QList<Question> questions;
        for (int n : {11, 12, 13}) {
            questions << sampleQuestion(n);
            app.workspace().bank().addQuestion(questions.last());
        }
        QVERIFY(
            TeamMembership(app.workspace().database()).join(annUrl, m_annPassword, true).linked());

        // Ben's laptop edits them and syncs; Anna's edits them too before she syncs.
        QTemporaryDir benDir;
        Workspace ben(benDir.filePath(QStringLiteral("ben.sqlite")));
        QVERIFY(TeamMembership(ben.database()).join(benUrl, m_benPassword, true).linked());
        const auto retitle = [](BankRepository &bank, const QString &uuid, const QString &title) {
            Question question = *bank.questionByUuid(uuid);
            question.title = title;
            bank.updateQuestion(question);
        };
        for (const Question &q : questions)
            retitle(ben.bank(), q.uuid, QStringLiteral("Ben's ") + q.title);
        {
            TeamServer server;
            server.open(benUrl, m_benPassword);
            SyncCycle(ben.database(), server).run();
        }
        for (const Question &q : questions)
            retitle(app.workspace().bank(), q.uuid, QStringLiteral("Anna's ") + q.title);
        {
            TeamServer server;
            server.open(annUrl, m_annPassword);
            QCOMPARE(SyncCycle(app.workspace().database(), server).run().conflicts, 3);
        }

        QVERIFY(app.restart()); // the window opens on a database in a team, with conflicts
        QQuickItem *status = app.find("teamStatus");
        QVERIFY2(QTest::qWaitFor([&] { return text(status).startsWith("3 conflict"); }, 10000),
                 qPrintable(text(status)));
        // The status opens the conflicts (and takes the keyboard's Tab then).
        QCOMPARE(status->property("focusPolicy").toInt(), int(Qt::StrongFocus));
        app.click(status);
        QObject *dialog = app.findObject("conflictsDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 3000));
        QVERIFY(QTest::qWaitFor([&] { return app.findVisible("conflictCard").size() == 3; }, 3000));
        const QString mine = text(app.findVisible("conflictMine").first());
        QVERIFY2(mine.contains(QStringLiteral("Title: Anna's ") + questions.at(0).title),
                 qPrintable(mine));
        QVERIFY2(text(app.findVisible("conflictTheirs").first())
                     .contains(QStringLiteral("Title: Ben's ") + questions.at(0).title),
                 qPrintable(text(app.findVisible("conflictTheirs").first())));
        QCOMPARE(text(app.findVisible("conflictWhat").first()),
                 QStringLiteral("Edited here and on the team's server"));

        // Keep mine on the first, take theirs on the second.
        // How many cards are shown, once the dialog's column has laid them out.
        const auto cards = [&] {
            const QList<QQuickItem *> shown = app.findVisible("conflictCard");
            QSet<qreal> tops;
            for (QQuickItem *card : shown)
                tops.insert(card->mapToScene(QPointF()).y());
            return tops.size() == shown.size() ? int(shown.size()) : -1;
        };
        const auto mineOf = [&](int i) -> QString {
            return QStringLiteral("Anna's ") + questions.at(i).title;
        };
        QVERIFY(QTest::qWaitFor([&] { return cards() == 3; }, 3000));
        QQuickItem *keep = cardButton(app, mineOf(0), "conflictKeepMine");
        QVERIFY(keep);
        app.click(keep);
        QVERIFY(QTest::qWaitFor([&] { return cards() == 2; }, 3000));
        QVERIFY(!cardButton(app, mineOf(0), "conflictKeepMine"));
        QQuickItem *take = cardButton(app, mineOf(1), "conflictTakeTheirs");
        QVERIFY(take);
        app.click(take);
        QVERIFY(QTest::qWaitFor([&] { return cards() == 1; }, 3000));

        // Edit the third: both sides field by field, the title merged by hand.
        QQuickItem *edit = cardButton(app, mineOf(2), "conflictEdit");
        QVERIFY(edit);
        app.click(edit);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<QQuickItem *> shown = app.findVisible("mergeText");
                return !shown.isEmpty() && shown.first()->width() > 200; // laid out
            },
            3000));
        const QList<QQuickItem *> mergeTexts = app.findVisible("mergeText");
        QCOMPARE(mergeTexts.size(), 1); // only the title differs
        QCOMPARE(text(mergeTexts.first()), QStringLiteral("Anna's ") + questions.at(2).title);
        app.click(app.findVisible("useTheirs").first());
        QCOMPARE(text(mergeTexts.first()), QStringLiteral("Ben's ") + questions.at(2).title);
        app.click(mergeTexts.first());
        QVERIFY(mergeTexts.first()->hasActiveFocus());
        app.key(Qt::Key_A, Qt::ControlModifier);
        app.type(QStringLiteral("Merged by Anna"));
        QCOMPARE(text(mergeTexts.first()), QStringLiteral("Merged by Anna"));
        app.click(app.findVisible("mergeSave").first());
        QVERIFY(QTest::qWaitFor([&] { return !app.findVisible("noConflicts").isEmpty(); }, 3000));

        // Here and, after the engine's sync, on the server: the chosen texts.
        BankRepository &bank = app.workspace().bank();
        QCOMPARE(bank.questionByUuid(questions.at(0).uuid)->title,
                 QStringLiteral("Anna's ") + questions.at(0).title);
        QCOMPARE(bank.questionByUuid(questions.at(1).uuid)->title,
                 QStringLiteral("Ben's ") + questions.at(1).title);
        QCOMPARE(bank.questionByUuid(questions.at(2).uuid)->title,
                 QStringLiteral("Merged by Anna"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return text(status) == "Synced" &&
                                titleOnServer(db, questions.at(2).uuid) == "Merged by Anna";
                     },
                     10000),
                 qPrintable(text(status)));
        QCOMPARE(titleOnServer(db, questions.at(0).uuid),
                 QStringLiteral("Anna's ") + questions.at(0).title);
        QCOMPARE(titleOnServer(db, questions.at(1).uuid),
                 QStringLiteral("Ben's ") + questions.at(1).title);
        QCOMPARE(LocalSync(app.workspace().database()).conflictCount(), 0);
        QCOMPARE(LocalSync(app.workspace().database()).pendingCount(), 0);
        // The bank's list shows the resolved titles (it read the bank again).
        QCOMPARE(app.bank()
                     .question(bank.questionByUuid(questions.at(2).uuid)->id)
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Merged by Anna"));
    }
};

QTEST_MAIN(TeamSettingsTest)
#include "tst_teamsettings.moc"
