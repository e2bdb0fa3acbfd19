#include "storage/candidaterepository.h"
#include "support/guiharness.h"

#include <QSettings>
#include <QTest>

// The first run in the real window, by keyboard only: the welcome shows on the first start
// and not on the second; the interviewer's name typed there is the one new interviews get;
// "Load the demo data" adds the demo's candidates with their interviews once (a second press
// adds nobody); Help (F1) opens the welcome again, the keyboard shortcuts and About.
class FirstRunTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    QObject *opened(const char *name)
    {
        QObject *popup = nullptr;
        [&] {
            QTRY_VERIFY((popup = m_app->findObject(name)) && popup->property("opened").toBool());
        }();
        return popup;
    }
    int candidateCount()
    {
        return CandidateRepository(m_app->workspace().database()).list({}).size();
    }
    int interviewCount() { return m_app->workspace().interviews().interviews().size(); }
    // Tab until `objectName` has the keyboard (at most 8 presses).
    bool tabTo(const char *objectName)
    {
        for (int i = 0; i < 8; ++i) {
            QQuickItem *focused = m_app->window()->activeFocusItem();
            if (focused && focused->objectName() == QLatin1String(objectName))
                return true;
            m_app->key(Qt::Key_Tab);
        }
        QQuickItem *focused = m_app->window()->activeFocusItem();
        return focused && focused->objectName() == QLatin1String(objectName);
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        m_app->forgetWelcome();
        QVERIFY(m_app->start());
    }

    void firstStartShowsTheWelcome()
    {
        QObject *welcome = opened("welcomeDialog");
        QVERIFY(welcome);
        QCOMPARE(m_app->findVisible("welcomeStep").size(), 3);
        // The keyboard is in the name field.
        QTRY_VERIFY(m_app->find("welcomeNameField")->hasActiveFocus());
        m_app->type(QStringLiteral("Ada Lovelace"));
    }

    void demoDataLoadsOnce()
    {
        QCOMPARE(candidateCount(), 0);
        QCOMPARE(interviewCount(), 0);
        QVERIFY(tabTo("welcomeDemoButton"));
        m_app->key(Qt::Key_Space);
        QTRY_COMPARE(candidateCount(), 5);
        QCOMPARE(interviewCount(), 5);
        // The Candidates page's list follows. (No catalogue is loaded here: the plural
        // reads "candidate(s)".)
        QTRY_COMPARE(m_app->candidates().candidates()->rowCount(), 5);
        QQuickItem *message = m_app->find("welcomeDemoMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->property("text").toString().contains(QStringLiteral("5 candidate")),
                 qPrintable(message->property("text").toString()));

        // A second press adds nobody, and says so.
        m_app->key(Qt::Key_Space);
        QTRY_VERIFY(message->property("text").toString().contains(QStringLiteral("already there")));
        QCOMPARE(candidateCount(), 5);
        QCOMPARE(interviewCount(), 5);
    }

    void startClosesAndKeepsTheName()
    {
        QVERIFY(tabTo("welcomeStartButton"));
        m_app->key(Qt::Key_Space);
        QObject *welcome = m_app->findObject("welcomeDialog");
        QTRY_VERIFY(!welcome->property("visible").toBool());
        QCOMPARE(m_app->interviews().defaultInterviewer(), QStringLiteral("Ada Lovelace"));
        QVERIFY(QSettings().value(Welcome::seenKey()).toBool());
        // The keyboard is back on the bank's search.
        QTRY_VERIFY(m_app->find("searchField")->hasActiveFocus());
    }

    void secondStartDoesNotShowIt()
    {
        QVERIFY(m_app->restart());
        // Give a welcome the time it would take to open.
        QTest::qWait(300);
        QObject *welcome = m_app->findObject("welcomeDialog");
        QVERIFY(!welcome || !welcome->property("visible").toBool());
        QCOMPARE(m_app->interviews().defaultInterviewer(), QStringLiteral("Ada Lovelace"));
    }

    void helpReopensItByKeyboard()
    {
        m_app->key(Qt::Key_F1);
        opened("helpMenu");
        m_app->key(Qt::Key_Return); // Welcome…
        QObject *welcome = opened("welcomeDialog");
        QTRY_VERIFY(m_app->find("welcomeNameField")->hasActiveFocus());
        QCOMPARE(m_app->find("welcomeNameField")->property("text").toString(),
                 QStringLiteral("Ada Lovelace"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!welcome->property("visible").toBool());

        m_app->key(Qt::Key_F1);
        opened("helpMenu");
        m_app->key(Qt::Key_Down);
        m_app->key(Qt::Key_Return); // Keyboard shortcuts
        QObject *sheet = opened("cheatSheet");
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());

        m_app->key(Qt::Key_F1);
        opened("helpMenu");
        m_app->key(Qt::Key_Down);
        m_app->key(Qt::Key_Down);
        m_app->key(Qt::Key_Return); // About Panelist
        QObject *about = opened("aboutDialog");
        QCOMPARE(m_app->find("aboutDatabase")->property("text").toString(),
                 m_app->workspace().database().location());
        QVERIFY(m_app->find("aboutVersion")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral(PANELIST_VERSION)));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!about->property("visible").toBool());
        QTRY_VERIFY(m_app->find("searchField")->hasActiveFocus());
    }
};

QTEST_MAIN(FirstRunTest)
#include "tst_firstrun.moc"
