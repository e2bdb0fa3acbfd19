#include "support/guiharness.h"

#include <QTest>

// Where the keyboard is, in the real window: every section key works from every section
// and state (empty interview, live call, finished interview), and after each section
// change, dialog and menu the active focus item is the one the person was using — the
// notes during a call.
class FocusTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    int section() const { return m_app->find("sections")->property("currentIndex").toInt(); }
    // The named item that holds the keyboard: the focused item, or the nearest named
    // view around it (a list's row stands for the list).
    QString focusName() const
    {
        for (QQuickItem *item = m_app->window()->activeFocusItem(); item;
             item = item->parentItem()) {
            if (!item->objectName().isEmpty())
                return item->objectName();
        }
        return QString();
    }
    enum Call { NoCall, LiveCall, FinishedCall };
    // Where typing goes in each section: on the interview, the notes during a call, the
    // page's key holder once finished (its notes are read-only), the section without one.
    static QString expectedFocus(int section, Call call)
    {
        switch (section) {
        case 0:
            return QStringLiteral("searchField");
        case 1:
            return QStringLiteral("planList");
        case 2:
            return call == LiveCall       ? QStringLiteral("notes")
                   : call == FinishedCall ? QStringLiteral("liveKeys")
                                          : QStringLiteral("liveSection");
        default:
            return QStringLiteral("candidateSearch");
        }
    }
    // Presses every section key from every section: Ctrl+1…4 (unless they score) and
    // Ctrl+PgUp / Ctrl+PgDown, checking the section shown and where typing goes.
    void checkSectionKeys(Call call)
    {
        for (int from = 0; from < 4; ++from) {
            for (int to = 0; to < 4; ++to) {
                // During the call Ctrl+1…4 score (tst_livekeys).
                if (call == LiveCall && from == 2)
                    continue;
                goTo(from);
                m_app->key(Qt::Key(Qt::Key_1 + to), Qt::ControlModifier);
                const QByteArray what =
                    QStringLiteral("Ctrl+%1 from section %2").arg(to + 1).arg(from + 1).toUtf8();
                QVERIFY2(section() == to, what);
                const QString expected = expectedFocus(to, call);
                if (!expected.isEmpty())
                    QTRY_VERIFY2(focusName() == expected,
                                 QByteArray(what + " focus " + focusName().toUtf8()).constData());
            }
            for (int step : {1, -1}) {
                goTo(from);
                m_app->key(step > 0 ? Qt::Key_PageDown : Qt::Key_PageUp, Qt::ControlModifier);
                const int to = (from + 4 + step) % 4;
                const QByteArray what = QStringLiteral("Ctrl+%1 from section %2")
                                            .arg(step > 0 ? "PgDown" : "PgUp")
                                            .arg(from + 1)
                                            .toUtf8();
                QVERIFY2(section() == to, what);
                const QString expected = expectedFocus(to, call);
                if (!expected.isEmpty())
                    QTRY_VERIFY2(focusName() == expected,
                                 QByteArray(what + " focus " + focusName().toUtf8()).constData());
            }
        }
    }
    void goTo(int index)
    {
        QObject *sections = m_app->find("sections");
        sections->setProperty("currentIndex", index);
        QTRY_COMPARE(section(), index);
        // As after a click on the tab: the section's own field has the keyboard.
        QTest::qWait(10);
    }
    void startInterview()
    {
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(planId > 0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
        goTo(2);
        m_app->find("livePage")->setProperty("focus", true);
        QMetaObject::invokeMethod(m_app->find("livePage"), "focusNotes");
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }
    QObject *popupShown(const char *name)
    {
        QObject *popup = nullptr;
        [&] {
            QTRY_VERIFY((popup = m_app->findObject(name)) && popup->property("opened").toBool());
        }();
        return popup;
    }
    void waitClosed(QObject *popup) { QTRY_VERIFY(!popup->property("visible").toBool()); }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        QTRY_COMPARE(focusName(), QStringLiteral("searchField"));
    }

    // The empty Interview section (no call yet) lets every section key through.
    void sectionKeysWithoutAnInterview() { checkSectionKeys(NoCall); }

    // A filter menu, opened and closed with Esc, gives the keyboard back to the search.
    void filterMenuGivesFocusBack()
    {
        goTo(0);
        QTRY_COMPARE(focusName(), QStringLiteral("searchField"));
        m_app->click(m_app->find("levelFilter"));
        QObject *menu = nullptr;
        QTRY_VERIFY(
            (menu =
                 m_app->find("levelFilter")->findChild<QObject *>(QStringLiteral("facetMenu"))) &&
            menu->property("opened").toBool());
        m_app->key(Qt::Key_Escape);
        waitClosed(menu);
        QTRY_COMPARE(focusName(), QStringLiteral("searchField"));
        // One menu after another, quickly: the first one's closing does not take the
        // keyboard from the second, so Esc closes each.
        for (const char *filter : {"categoryFilter", "tagFilter"}) {
            m_app->click(m_app->find(filter));
            QTest::qWait(100);
            m_app->key(Qt::Key_Escape);
        }
        for (const char *filter : {"categoryFilter", "tagFilter", "levelFilter"}) {
            QObject *shown = m_app->find(filter)->findChild<QObject *>(QStringLiteral("facetMenu"));
            QTRY_VERIFY2(!shown || !shown->property("visible").toBool(), filter);
        }
    }

    // The start dialog, cancelled, gives the keyboard back to the plan list; started, to
    // the notes of the new call.
    void startDialogGivesFocusBack()
    {
        goTo(1);
        QTRY_COMPARE(focusName(), QStringLiteral("planList"));
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QObject *dialog = popupShown("startInterviewDialog");
        QTRY_COMPARE(focusName(), QStringLiteral("candidateField"));
        m_app->key(Qt::Key_Escape);
        waitClosed(dialog);
        QTRY_COMPARE(focusName(), QStringLiteral("planList"));

        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        popupShown("startInterviewDialog");
        QTRY_COMPARE(focusName(), QStringLiteral("candidateField"));
        m_app->type(QStringLiteral("Grace Hopper"));
        m_app->key(Qt::Key_Return);
        waitClosed(dialog);
        QTRY_COMPARE(section(), 2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        QVERIFY(m_app->interviews().live()->active());
    }

    // During the call: Ctrl+PgUp / Ctrl+PgDown from the live view, Ctrl+1…4 from the
    // others, and back in the notes every time.
    void sectionKeysDuringACall() { checkSectionKeys(LiveCall); }

    // Settings opened and closed during the call: typing, Ctrl+Right and the section
    // keys work at once, without a click into the notes.
    void settingsGiveTheNotesBack()
    {
        goTo(2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        LiveInterview *live = m_app->interviews().live();
        m_app->click(m_app->find("settingsButton"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = m_app->find("settingsPage")) && page->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("defaultInterviewerField"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!page->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->type(QStringLiteral("after settings"));
        QTRY_VERIFY(live->notes().contains(QStringLiteral("after settings")));
        const int before = live->currentIndex();
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(live->currentIndex(), before + 1);
        m_app->key(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(section(), 3);
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(section(), 2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    // The theme switch is a click in the tool bar: the notes keep the keyboard.
    void themeButtonKeepsTheNotes()
    {
        goTo(2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->click(m_app->find("themeButton"));
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->click(m_app->find("themeButton"));
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    // The finish dialog, left with Esc ("Keep going"), gives the notes back.
    void finishDialogGivesTheNotesBack()
    {
        goTo(2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *dialog = popupShown("finishDialog");
        m_app->key(Qt::Key_Escape);
        waitClosed(dialog);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    // Finished through its dialog: the page keeps the keys, every section key works
    // from it and to it, and Ctrl+R (reopen) gives the notes back.
    void sectionKeysOnAFinishedInterview()
    {
        goTo(2);
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *dialog = popupShown("finishDialog");
        // It opens on the first competency; Shift+Tab goes round to the summary, then
        // back to the recommendation.
        QTRY_COMPARE(focusName(), QStringLiteral("ratingRow0"));
        m_app->key(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("summaryField"));
        m_app->key(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("recommendationChoices"));
        m_app->key(Qt::Key_3);
        m_app->key(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("summaryField"));
        m_app->type(QStringLiteral("Solid."));
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        waitClosed(dialog);
        LiveInterview *live = m_app->interviews().live();
        QVERIFY(live->finished());
        QTRY_COMPARE(focusName(), QStringLiteral("liveKeys"));
        m_app->key(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(section(), 3);

        checkSectionKeys(FinishedCall);

        goTo(2);
        QTRY_COMPARE(focusName(), QStringLiteral("liveKeys"));
        m_app->key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(live->editable());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(FocusTest)
#include "tst_focus.moc"
