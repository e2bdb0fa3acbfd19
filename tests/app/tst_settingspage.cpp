// The Settings page of the real window (Main.qml): it opens in place of the section from
// the header, Ctrl+, and --section settings and Esc or Back returns to where the keyboard
// was; every setting survives a restart; it fits at 1024x700 and 1920x1080 in both
// themes; the language switches at run time (header, C++ model, locale) and at start-up;
// the theme follows a (fake) desktop portal; the database moves and opens elsewhere.
#include "bank/questionbank.h"
#include "bank/questionlistmodel.h"
#include "databasefile.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "support/guiharness.h"
#include "support/layoutcheck.h"
#include "support/testsupport.h"
#include "windowoptions.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::sampleQuestion;

namespace {

// A German catalogue of our own (translations/panelist_de.ts is being written elsewhere):
// a word of the header, the page's title and the level labels a C++ model hands out.
const char kGermanCatalogue[] = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>WindowHeader</name>
<message><source>Settings</source><translation>Einstellungen</translation></message>
</context>
<context><name>SettingsPage</name>
<message><source>Settings</source><translation>Einstellungen</translation></message>
</context>
<context><name>Vocabulary</name>
<message><source>Junior</source><translation>Einsteiger</translation></message>
<message><source>Middle</source><translation>Fortgeschritten</translation></message>
<message><source>Senior</source><translation>Erfahren</translation></message>
</context>
</TS>
)";
const char kEnglishCatalogue[] = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context><name>WindowHeader</name>
<message><source>Settings</source><translation>Settings</translation></message>
</context>
</TS>
)";

} // namespace

class SettingsPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_catalogues;

    static QString text(QQuickItem *item) { return item->property("text").toString(); }

    static bool shown(GuiHarness &app)
    {
        QQuickItem *page = app.find("settingsPage");
        return page && page->isVisible();
    }

    static void open(GuiHarness &app)
    {
        app.click(app.find("settingsButton"));
        QTRY_VERIFY(shown(app));
        QTRY_VERIFY(app.find("defaultInterviewerField")->hasActiveFocus());
    }

    // Builds panelist_de.qm and panelist_en.qm with lrelease.
    bool buildCatalogues()
    {
        const auto build = [&](const char *source, const QString &name) {
            const QString ts = m_catalogues.filePath(name + QStringLiteral(".ts"));
            testsupport::writeFile(ts, source);
            QProcess lrelease;
            lrelease.start(QStringLiteral(PANELIST_LRELEASE),
                           {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                            m_catalogues.filePath(name + QStringLiteral(".qm"))});
            return lrelease.waitForFinished(30000) && lrelease.exitCode() == 0;
        };
        return build(kGermanCatalogue, QStringLiteral("panelist_de")) &&
               build(kEnglishCatalogue, QStringLiteral("panelist_en"));
    }

    // The first visible item of the window showing exactly `wanted`.
    static QQuickItem *withText(GuiHarness &app, const QString &wanted)
    {
        QList<QQuickItem *> pending{app.window()->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible())
                continue;
            if (item->property("text").toString() == wanted)
                return item;
            pending.append(item->childItems());
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PanelistTest"));
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("PANELIST_DATABASE");
        QVERIFY(buildCatalogues());
    }

    // Each test starts from no stored choice.
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void opensInPlaceOfTheSection()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QQuickItem *search = app.find("searchField");
        QVERIFY(search);
        search->forceActiveFocus();
        open(app);
        // The section is not shown under it.
        QVERIFY(!app.find("bankPage")->isVisible());
        // Esc returns to where the keyboard was.
        app.key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(app));
        QVERIFY(app.find("bankPage")->isVisible());
        QTRY_VERIFY(search->hasActiveFocus());

        // Ctrl+, opens it, Back closes it.
        app.key(Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(shown(app));
        app.click(app.find("settingsBack"));
        QTRY_VERIFY(!shown(app));
        QTRY_VERIFY(search->hasActiveFocus());

        // A section's key leaves Settings for that section.
        open(app);
        app.key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!shown(app));
        QTRY_VERIFY(app.find("plansPage") && app.find("plansPage")->isVisible());

        // --section settings (screenshots) shows it too.
        app.key(Qt::Key_1, Qt::ControlModifier);
        const WindowOptions options{QSize(), QString(), QStringLiteral("settings")};
        options.applyAfterLoad(*app.engine(), app.objects());
        QTRY_VERIFY(shown(app));
        QTRY_VERIFY(app.find("defaultInterviewerField")->hasActiveFocus());
        // The key of the section under it: that section, with the keyboard in it.
        app.key(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!shown(app));
        QTRY_VERIFY(search->hasActiveFocus());
    }

    // The name, the paper size and the retention in the database; the theme and the
    // language in QSettings: each is there after a restart.
    void everySettingSurvivesARestart()
    {
        GuiHarness app;
        app.useLanguages(m_catalogues.path());
        QVERIFY(app.start());
        open(app);
        app.type(QStringLiteral("Grace Hopper"));
        app.key(Qt::Key_Tab);
        QTRY_COMPARE(app.interviews().defaultInterviewer(), QStringLiteral("Grace Hopper"));

        QQuickItem *pageSize = app.find("pageSizeBox");
        pageSize->forceActiveFocus();
        app.key(Qt::Key_Down);
        QTRY_COMPARE(app.interviews().pageSize(), QStringLiteral("Letter"));

        app.click(app.find("retentionCheck"));
        QTRY_COMPARE(app.interviews().retentionDays(), 180);

        app.click(app.find("themeDark"));
        QTRY_VERIFY(app.appearance().dark());
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));

        QQuickItem *language = app.find("languageBox");
        language->forceActiveFocus();
        // Follow the system, Deutsch, English (sorted by code: de, en).
        app.key(Qt::Key_Down);
        QTRY_COMPARE(app.language().choice(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("de"));

        QVERIFY(app.restart());
        open(app);
        QCOMPARE(text(app.find("defaultInterviewerField")), QStringLiteral("Grace Hopper"));
        QCOMPARE(app.find("pageSizeBox")->property("currentText").toString(),
                 QStringLiteral("Letter"));
        QVERIFY(app.find("retentionCheck")->property("checked").toBool());
        QCOMPARE(app.find("retentionDays")->property("value").toInt(), 180);
        QVERIFY(app.appearance().dark());
        QVERIFY(app.find("themeDark")->property("checked").toBool());
        QCOMPARE(app.language().choice(), QStringLiteral("de"));
        QCOMPARE(app.find("languageBox")->property("currentText").toString(),
                 QStringLiteral("Deutsch"));
    }

    // (a), (b) and (d) of the layout check on the page, at both ends of the sizes, in both
    // themes; and it scrolls rather than being cut at the small one.
    void fitsTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            for (const bool dark : {false, true})
                QTest::addRow("%dx%d %s", size.width(), size.height(), dark ? "dark" : "light")
                    << size << dark;
        }
    }
    void fitsTheWindow()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        GuiHarness app;
        QVERIFY(app.start());
        app.appearance().setMode(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        app.window()->resize(size);
        QTRY_COMPARE(app.window()->size(), size);
        QTest::qWait(50); // the new size laid out
        open(app);
        // Both database forms open: the tallest the page gets.
        app.click(app.find("moveDatabaseButton"));
        QTRY_VERIFY(app.find("moveDatabaseField")->isVisible());
        QTest::qWait(100);
        const QStringList problems = layoutcheck::outsideWindow(app.window()) +
                                     layoutcheck::overlaps(app.window()) +
                                     layoutcheck::cutText(app.window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QQuickItem *scroll = app.find("settingsScroll");
        if (size.height() <= 700)
            QVERIFY(scroll->property("contentHeight").toReal() > scroll->height());
        // The last control is reached by keyboard and scrolled into sight.
        app.find("retentionCheck")->forceActiveFocus();
        QTRY_VERIFY(
            scroll->property("contentY").toReal() + scroll->height() >=
            app.find("retentionCheck")
                ->mapToItem(scroll->property("contentItem").value<QQuickItem *>(), QPointF(0, 0))
                .y());
    }

    // Deutsch at run time: the header's words (qsTr, retranslated), a C++ model's words
    // (the bank's level labels) and the locale; English back; and Deutsch at once after a
    // restart with the choice stored.
    void switchesLanguage()
    {
        GuiHarness app;
        app.useLanguages(m_catalogues.path());
        QVERIFY(app.start());
        QCOMPARE(app.language().available(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
        QuestionListModel *questions = app.bank().questions();
        QVERIFY(questions->rowCount() > 0);
        const QModelIndex first = questions->index(0, 0);
        const QString english = first.data(QuestionListModel::LevelLabelRole).toString();
        QVERIFY2(english == QLatin1String("Junior") || english == QLatin1String("Middle") ||
                     english == QLatin1String("Senior"),
                 qPrintable(english));
        const QHash<QString, QString> german{
            {QStringLiteral("Junior"), QStringLiteral("Einsteiger")},
            {QStringLiteral("Middle"), QStringLiteral("Fortgeschritten")},
            {QStringLiteral("Senior"), QStringLiteral("Erfahren")}};
        QCOMPARE(text(app.find("settingsButton")), QStringLiteral("Settings"));
        QTRY_VERIFY(withText(app, english));
        QSignalSpy reset(questions, &QAbstractItemModel::modelReset);
        QSignalSpy changed(questions, &QAbstractItemModel::dataChanged);

        open(app);
        app.find("languageBox")->forceActiveFocus();
        app.key(Qt::Key_Down);
        QTRY_COMPARE(app.language().choice(), QStringLiteral("de"));
        QCOMPARE(app.language().current(), QStringLiteral("de"));
        QTRY_COMPARE(text(app.find("settingsButton")), QStringLiteral("Einstellungen"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // The model hands out German words and told its views so.
        QCOMPARE(questions->index(0, 0).data(QuestionListModel::LevelLabelRole).toString(),
                 german.value(english));
        QVERIFY(reset.count() + changed.count() > 0);
        app.key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(app));
        QTRY_VERIFY(withText(app, german.value(english)));

        // English again.
        open(app);
        app.find("languageBox")->forceActiveFocus();
        app.key(Qt::Key_Down);
        QTRY_COMPARE(app.language().choice(), QStringLiteral("en"));
        QTRY_COMPARE(text(app.find("settingsButton")), QStringLiteral("Settings"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(questions->index(0, 0).data(QuestionListModel::LevelLabelRole).toString(),
                 english);

        // Deutsch stored: the next start speaks it from the first frame.
        app.language().setChoice(QStringLiteral("de"));
        QVERIFY(app.restart());
        QCOMPARE(text(app.find("settingsButton")), QStringLiteral("Einstellungen"));
        QCOMPARE(
            app.bank().questions()->index(0, 0).data(QuestionListModel::LevelLabelRole).toString(),
            german.value(english));
        // Follow the system (C here): the English catalogue.
        app.language().setChoice(QString());
        QTRY_COMPARE(text(app.find("settingsButton")), QStringLiteral("Settings"));
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    }

    // Follow the system asks the portal (a fake here); 1 is dark, 2 light, no portal or
    // no preference the palette (light on the offscreen platform). The header's button
    // picks the other look and keeps it; --theme holds for one run; the old light/dark
    // switch is carried over.
    void themeFollowsTheSystem()
    {
        GuiHarness app;
        app.setPortalScheme(1);
        QVERIFY(app.start());
        QCOMPARE(app.appearance().mode(), QStringLiteral("system"));
        QVERIFY(app.appearance().dark());
        QObject *theme = app.window()->property("theme").value<QObject *>();
        QVERIFY(theme && theme->property("dark").toBool());
        app.setPortalScheme(2);
        QTRY_VERIFY(!theme->property("dark").toBool());
        app.setPortalScheme(1);
        QTRY_VERIFY(theme->property("dark").toBool());
        app.setPortalScheme(std::nullopt);
        QTRY_VERIFY(!theme->property("dark").toBool());
        app.setPortalScheme(0);
        QVERIFY(!app.appearance().dark());

        // The header's button: dark now, and kept as a choice.
        app.setPortalScheme(2);
        app.click(app.find("themeButton"));
        QTRY_VERIFY(theme->property("dark").toBool());
        QCOMPARE(app.appearance().mode(), QStringLiteral("dark"));
        app.setPortalScheme(2);
        QVERIFY(app.appearance().dark());
        open(app);
        QVERIFY(app.find("themeDark")->property("checked").toBool());
        app.click(app.find("themeSystem"));
        QTRY_COMPARE(app.appearance().mode(), QStringLiteral("system"));
        QTRY_VERIFY(!theme->property("dark").toBool());

        // --theme dark: this run only, and the page says so.
        QVERIFY(!app.find("themeForced")->isVisible());
        app.appearance().forceForRun(true);
        QTRY_VERIFY(theme->property("dark").toBool());
        QTRY_VERIFY(app.find("themeForced")->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("system"));
        QVERIFY(app.restart());
        QVERIFY(!app.appearance().dark());

        // Before this page: appearance/dark.
        QSettings().remove(QStringLiteral("appearance/theme"));
        QSettings().setValue(QStringLiteral("appearance/dark"), true);
        QVERIFY(app.restart());
        QCOMPARE(app.appearance().mode(), QStringLiteral("dark"));
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/dark")));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
    }

    // Move it…: a refusal says why and changes nothing; a move copies, stores the new
    // location, asks for the restart, and after the window closed the old file goes
    // (asked for) and the new one holds everything.
    void movesTheDatabase()
    {
        auto app = std::make_unique<GuiHarness>();
        const qint64 id = app->workspace().bank().addQuestion(sampleQuestion(1));
        QVERIFY(app->start());
        const QString old = app->databaseLocation();
        QSignalSpy restart(&app->databaseFile(), &DatabaseFile::restartRequested);
        open(*app);
        QCOMPARE(text(app->find("databasePath")), old);
        QVERIFY(!text(app->find("databaseSize")).isEmpty());

        QTemporaryDir target;
        const QString taken = target.filePath(QStringLiteral("gui.sqlite"));
        testsupport::writeFile(taken, "taken");
        app->click(app->find("moveDatabaseButton"));
        QTRY_VERIFY(app->find("moveDatabaseField")->hasActiveFocus());
        app->type(target.path());
        QTRY_COMPARE(text(app->find("moveDestination")),
                     QStringLiteral("The database will be at %1").arg(taken));
        app->key(Qt::Key_Return);
        QTRY_VERIFY(app->find("databaseMessage")->isVisible());
        QVERIFY2(text(app->find("databaseMessage")).contains(QStringLiteral("already exists")),
                 qPrintable(text(app->find("databaseMessage"))));
        QCOMPARE(restart.count(), 0);
        QVERIFY(Database::storedLocation().isEmpty());
        QCOMPARE(testsupport::readFile(taken), QByteArray("taken"));

        // To a new file name in that folder, the old file to go.
        QFile::remove(taken);
        const QString moved = target.filePath(QStringLiteral("moved.sqlite"));
        app->find("moveDatabaseField")->setProperty("text", moved);
        app->click(app->find("moveRemoveOld"));
        app->click(app->find("moveDatabaseConfirm"));
        QTRY_COMPARE(restart.count(), 1);
        QCOMPARE(Database::storedLocation(), moved);
        QCOMPARE(Database::resolveLocation(QString()), moved);
        QVERIFY(QFileInfo::exists(moved));
        QVERIFY(QFileInfo::exists(old));
        const DatabaseFile::AfterQuit after = app->databaseFile().afterQuit();
        QVERIFY(after.restart);
        QCOMPARE(after.location, moved);
        QCOMPARE(after.removeOld, old);

        // The window closes (main() then): the old file goes, the new one has it all.
        app->stop();
        const QString said = DatabaseFile::finishAfterQuit(after, QStringLiteral("panelist"),
                                                           {QStringLiteral("panelist")}, false);
        QVERIFY2(said.contains(QStringLiteral("was removed")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(old));
        {
            Database database(moved);
            QCOMPARE(BankRepository(database).question(id)->title, sampleQuestion(1).title);
        }
        app.reset();
        Database::storeLocation(QString());
    }

    // The old file stays when it was written after the copy.
    void keepsAnOldFileThatChanged()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QTemporaryDir target;
        QVERIFY(app.databaseFile().moveTo(target.path(), true));
        const DatabaseFile::AfterQuit after = app.databaseFile().afterQuit();
        app.workspace().bank().addQuestion(sampleQuestion(2));
        app.stop();
        const QString said = DatabaseFile::finishAfterQuit(after, QString(), {}, false);
        QVERIFY2(said.contains(QStringLiteral("was kept")), qPrintable(said));
        QVERIFY(QFileInfo::exists(after.removeOld));
        Database::storeLocation(QString());
    }

    // Open another database…: checked (a new one is created), stored, restart asked; a
    // file that is no Panelist database is refused with the reason.
    void opensAnotherDatabase()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QSignalSpy restart(&app.databaseFile(), &DatabaseFile::restartRequested);
        QTemporaryDir folder;
        const QString foreign = folder.filePath(QStringLiteral("notes.txt"));
        testsupport::writeFile(foreign, "not a database at all, just some words");
        open(app);
        app.click(app.find("openDatabaseButton"));
        QTRY_VERIFY(app.find("openDatabaseField")->hasActiveFocus());
        app.type(foreign);
        app.key(Qt::Key_Return);
        QTRY_VERIFY(app.find("databaseMessage")->isVisible());
        QVERIFY2(
            text(app.find("databaseMessage")).contains(QStringLiteral("not a Panelist database")),
            qPrintable(text(app.find("databaseMessage"))));
        QCOMPARE(restart.count(), 0);
        QVERIFY(Database::storedLocation().isEmpty());

        const QString fresh = folder.filePath(QStringLiteral("fresh.sqlite"));
        app.find("openDatabaseField")->setProperty("text", fresh);
        app.click(app.find("openDatabaseConfirm"));
        QTRY_COMPARE(restart.count(), 1);
        QCOMPARE(Database::storedLocation(), fresh);
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(app.databaseFile().afterQuit().removeOld.isEmpty());
        Database::storeLocation(QString());
    }

    // The restart starts the same binary with the same arguments, --database dropped.
    void restartsWithoutTheDatabaseOption()
    {
        QCOMPARE(DatabaseFile::withoutDatabase(
                     {QStringLiteral("panelist"), QStringLiteral("--database"),
                      QStringLiteral("/tmp/a.sqlite"), QStringLiteral("--theme"),
                      QStringLiteral("dark"), QStringLiteral("--database=/tmp/b.sqlite")}),
                 (QStringList{QStringLiteral("panelist"), QStringLiteral("--theme"),
                              QStringLiteral("dark")}));
    }
};

QTEST_MAIN(SettingsPageTest)
#include "tst_settingspage.moc"
