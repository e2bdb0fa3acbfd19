#include "sampledata.h"
#include "support/guiharness.h"
#include "support/layoutcheck.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTest>

// The window's layout through the real Main.qml at the three sizes the README names, on
// every section — the bank, the plans, a live interview mid-call (notes, scores, a
// criterion, a second question), the history and the comparison — and with each of its
// dialogs open: nothing shown past the window's edge, nothing of one pane over another,
// every dialog wholly inside the window (support/layoutcheck.h says what counts).
class LayoutTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_planId = 0;

    static QStringList sizes() { return {"1024x700", "1280x720", "1920x1080"}; }

    QObject *sections() const { return m_app->find("sections"); }
    void showSection(int index) { sections()->setProperty("currentIndex", index); }

    // The first visible item whose text is `text` (tool buttons without an objectName).
    QQuickItem *withText(const QString &text) const
    {
        QList<QQuickItem *> pending{m_app->window()->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible())
                continue;
            if (item->property("text").toString() == text && item->inherits("QQuickControl"))
                return item;
            pending.append(item->childItems());
        }
        return nullptr;
    }

    // Resizes the window and waits until it is at that size.
    bool resize(const QString &size)
    {
        const QStringList parts = size.split(QLatin1Char('x'));
        const int width = parts.at(0).toInt();
        const int height = parts.at(1).toInt();
        m_app->window()->resize(width, height);
        return QTest::qWaitFor([&] {
                   return m_app->window()->width() == width && m_app->window()->height() == height;
               }) &&
               settle();
    }

    // Waits until what the window shows stops moving (transitions, the snackbar fading,
    // layouts settling): the same layout twice, 150 ms apart.
    bool settle()
    {
        QQuickItem *snackbar = m_app->find("snackbar");
        if (snackbar && !QTest::qWaitFor([&] { return !snackbar->isVisible(); }, 8000))
            return false;
        QString before;
        for (int attempt = 0; attempt < 40; ++attempt) {
            QTest::qWait(150);
            QString now;
            for (const layoutcheck::Shown &shown :
                 layoutcheck::shown(m_app->window()->contentItem()))
                now += layoutcheck::describe(shown.item, shown.rect) + QLatin1Char('\n');
            if (now == before)
                return true;
            before = now;
        }
        return false;
    }

    // Opens history or comparison with nothing pushed over it but what the row asks for.
    bool showHistory()
    {
        showSection(3);
        QQuickItem *stack = m_app->find("historyStack");
        if (!stack)
            return false;
        if (QQuickItem *compare = m_app->find("comparePage"); compare && compare->isVisible())
            QMetaObject::invokeMethod(compare, "done");
        stack->setProperty("view", 1); // the interviews
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == 1 && !stack->property("busy").toBool() &&
                   m_app->find("historyPage") && m_app->find("historyPage")->isVisible();
        });
    }

    // Says every problem, one a line (a failure's message is cut at 1,000 characters),
    // and the count for the failure.
    static QString report(const QStringList &problems)
    {
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        return QStringLiteral("%1 layout problem(s), each in a warning above").arg(problems.size());
    }

    // The popup named `name` (its objectName, or its QML type for a dialog without one)
    // once it has finished opening, or nullptr.
    QObject *opened(const char *name)
    {
        QObject *popup = nullptr;
        const bool open = QTest::qWaitFor([&] {
            for (QObject *object : m_app->window()->findChildren<QObject *>()) {
                if (object->inherits("QQuickPopup") &&
                    (object->objectName() == QLatin1String(name) ||
                     QByteArray(object->metaObject()->className()).startsWith(name)))
                    popup = object;
            }
            return popup && popup->property("opened").toBool();
        });
        return open ? popup : nullptr;
    }

    // The file dialog (Import… / Export…) that is open, or nullptr.
    QObject *openFileDialog()
    {
        QObject *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QObject *object : m_app->window()->findChildren<QObject *>()) {
                if (object->inherits("QQuickFileDialog") && object->property("visible").toBool())
                    found = object;
            }
            return found != nullptr;
        });
        return found;
    }

    // A window of its own from `qml`, shown and laid out; nullptr on failure.
    static std::unique_ptr<QQuickWindow> scene(QQmlEngine &engine, const QByteArray &qml)
    {
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\n" + qml,
                          QUrl::fromLocalFile(QStringLiteral("/layoutcheck/Scene.qml")));
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
        if (!window) {
            qWarning() << component.errors();
            return nullptr;
        }
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QTest::qWait(50);
        return window;
    }

private slots:
    // The checker itself, on windows made to pass and to fail each check: what it
    // reports on the real window is what is there.
    void checkerSeesWhatIsWrong()
    {
        QQmlEngine &engine = *m_app->engine();
        // Two columns side by side, each inside, text wrapped, a centred dialog: clean.
        auto clean = scene(engine, R"(
            Window {
                width: 400; height: 300
                RowLayout {
                    anchors.fill: parent
                    spacing: 0
                    Rectangle {
                        color: "red"; Layout.fillWidth: true; Layout.fillHeight: true
                        Label { width: parent.width; wrapMode: Text.Wrap
                                text: "words enough to wrap inside the left column" }
                    }
                    Rectangle { color: "blue"; Layout.fillWidth: true; Layout.fillHeight: true }
                }
                Dialog { objectName: "centred"; visible: true; width: 200; height: 100
                         anchors.centerIn: Overlay.overlay }
            })");
        QVERIFY(clean);
        QTRY_VERIFY(clean->findChild<QObject *>("centred")->property("opened").toBool());
        QCOMPARE(layoutcheck::panes(clean->contentItem()).size(), 2);
        QCOMPARE(layoutcheck::check(clean.get()), QStringList());

        // A column pushed past the right edge, text of the left one running into the
        // right one, text cut by a clipping box, a dialog with its top-left at the centre.
        auto broken = scene(engine, R"(
            Window {
                width: 400; height: 300
                RowLayout {
                    anchors.fill: parent
                    spacing: 0
                    Rectangle {
                        objectName: "left"; color: "red"
                        Layout.minimumWidth: 250; Layout.fillHeight: true
                        Text { objectName: "runsOver"; font.pixelSize: 20
                               text: "a long line that runs into the other column" }
                    }
                    Rectangle {
                        objectName: "right"; color: "blue"
                        Layout.minimumWidth: 250; Layout.fillHeight: true
                        Item { clip: true; width: 60; height: 40; y: 100
                               Text { objectName: "cut"; text: "cut mid-word here" } }
                    }
                }
                Item {
                    anchors.fill: parent
                    Item { anchors.centerIn: parent
                           Dialog { objectName: "offCentre"; visible: true
                                    width: 300; height: 100 } }
                }
            })");
        QVERIFY(broken);
        QTRY_VERIFY(broken->findChild<QObject *>("offCentre")->property("opened").toBool());
        const QString outside = layoutcheck::outsideWindow(broken.get()).join('\n');
        QVERIFY2(outside.contains("'right'") && outside.contains("past the right edge by 100 px"),
                 qPrintable(outside));
        const QString overlaps = layoutcheck::overlaps(broken.get()).join('\n');
        QVERIFY2(overlaps.contains("'runsOver'") && overlaps.contains("'right'"),
                 qPrintable(overlaps));
        const QString cut = layoutcheck::cutText(broken.get()).join('\n');
        QVERIFY2(cut.contains("'cut'") && cut.contains("\"cut mid-word here\""), qPrintable(cut));
        const QString popups = layoutcheck::popupsOutside(broken.get()).join('\n');
        QVERIFY2(popups.contains("'offCentre'") && popups.contains("past the right edge by 100 px"),
                 qPrintable(popups));
        const QString centred = layoutcheck::dialogsOffCentre(broken.get()).join('\n');
        QVERIFY2(centred.contains("'offCentre'") && centred.contains("150 px right"),
                 qPrintable(centred));
        // The real window gets the keyboard back for the rows that follow.
        broken.reset();
        clean.reset();
        m_app->window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    }

    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        // The demo's five finished interviews on its plan (history, comparison) ...
        const sampledata::Added demo = sampledata::add(m_app->workspace());
        QVERIFY(demo.interviews.size() >= 2 && demo.interviews.last().id > 0);
        m_planId = demo.planId;
        m_app->interviews().interviews()->refresh();
        // ... and one live on the first plan, mid-call: notes, a score and a criterion on
        // the first question, a note on the second.
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
        showSection(2);
        QTRY_VERIFY(m_app->find("notes") && m_app->find("notes")->hasActiveFocus());
        m_app->type(QStringLiteral("Explains the GIL from first principles"));
        m_app->key(Qt::Key_Return);
        m_app->type(QStringLiteral("Mentions free threading"));
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        m_app->key(Qt::Key_1, Qt::AltModifier);
        m_app->key(Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(m_app->interviews().live()->currentIndex(), 1);
        m_app->type(QStringLiteral("Starts with the data model"));
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QVERIFY(m_app->interviews().live()->active());
    }

    void pages_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("page");
        for (const QString &size : sizes()) {
            for (const char *page :
                 {"bank", "plans", "live", "candidates", "history", "compare", "settings"})
                QTest::addRow("%s %s", page, qPrintable(size)) << size << QString::fromLatin1(page);
        }
    }

    // (a) and (b) on each page at each size.
    void pages()
    {
        QFETCH(QString, size);
        QFETCH(QString, page);
        QVERIFY(resize(size));
        if (page == QLatin1String("settings")) {
            m_app->click(m_app->find("settingsButton"));
            QTRY_VERIFY(m_app->find("settingsPage") && m_app->find("settingsPage")->isVisible());
        } else if (page == QLatin1String("bank")) {
            showSection(0);
            QTRY_VERIFY(m_app->find("bankPage")->isVisible());
            QTRY_VERIFY(m_app->find("questionList")->property("count").toInt() > 0);
        } else if (page == QLatin1String("plans")) {
            showSection(1);
            QTRY_VERIFY(m_app->find("plansPage") && m_app->find("plansPage")->isVisible());
            QTRY_VERIFY(m_app->find("planList")->property("count").toInt() > 0);
        } else if (page == QLatin1String("live")) {
            showSection(2);
            QTRY_VERIFY(m_app->find("livePage")->isVisible());
            QVERIFY(m_app->interviews().live()->active());
            QTRY_VERIFY(!m_app->find("questionTitle")->property("text").toString().isEmpty());
        } else if (page == QLatin1String("candidates")) {
            showSection(3);
            QQuickItem *stack = m_app->find("historyStack");
            QVERIFY(stack);
            if (QQuickItem *compare = m_app->find("comparePage"); compare && compare->isVisible())
                QMetaObject::invokeMethod(compare, "done");
            stack->setProperty("view", 0);
            QTRY_VERIFY(m_app->find("candidatesPage") &&
                        m_app->find("candidatesPage")->isVisible());
            QTRY_VERIFY(m_app->find("candidateList")->property("count").toInt() >= 3);
            QTRY_VERIFY(m_app->find("loopList")->property("count").toInt() >= 1);
        } else {
            QVERIFY(showHistory());
            QTRY_VERIFY(m_app->find("historyList")->property("count").toInt() >= 3);
            if (page == QLatin1String("compare")) {
                QMetaObject::invokeMethod(m_app->find("historyPage"), "compareRequested",
                                          Q_ARG(int, int(m_planId)));
                QTRY_VERIFY(m_app->find("comparePage") && m_app->find("comparePage")->isVisible());
                QTRY_VERIFY(!m_app->find("historyStack")->property("busy").toBool());
            }
        }
        QVERIFY(settle());
        const QStringList outside = layoutcheck::outsideWindow(m_app->window());
        const QStringList overlaps = layoutcheck::overlaps(m_app->window());
        const QStringList cut = layoutcheck::cutText(m_app->window());
        QVERIFY2(outside.isEmpty() && overlaps.isEmpty() && cut.isEmpty(),
                 qPrintable(report(outside + overlaps + cut)));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("dialog");
        for (const QString &size : sizes()) {
            for (const char *dialog : {"new plan", "start interview", "finish", "keys",
                                       "categories", "import", "export", "welcome", "about"})
                QTest::addRow("%s %s", dialog, qPrintable(size))
                    << size << QString::fromLatin1(dialog);
        }
    }

    // (c) each dialog, opened as a person opens it, at each size.
    void dialogs()
    {
        QFETCH(QString, size);
        QFETCH(QString, dialog);
        QVERIFY(resize(size));
        QObject *popup = nullptr;
        QObject *fileDialog = nullptr;
        if (dialog == QLatin1String("welcome") || dialog == QLatin1String("about")) {
            // Help, then its entry, as a person picks it.
            showSection(0);
            m_app->key(Qt::Key_F1);
            QVERIFY(opened("helpMenu"));
            if (dialog == QLatin1String("about")) {
                m_app->key(Qt::Key_Down);
                m_app->key(Qt::Key_Down);
            }
            m_app->key(Qt::Key_Return);
            QVERIFY(popup = opened(dialog == QLatin1String("welcome") ? "welcomeDialog"
                                                                      : "aboutDialog"));
        } else if (dialog == QLatin1String("new plan")) {
            showSection(1);
            QTRY_VERIFY(m_app->find("plansPage")->isVisible());
            m_app->key(Qt::Key_N, Qt::ControlModifier);
            QVERIFY(popup = opened("newPlanDialog"));
        } else if (dialog == QLatin1String("start interview")) {
            showSection(1);
            QTRY_VERIFY(m_app->find("plansPage")->isVisible());
            QTRY_VERIFY(m_app->find("plansPage")->property("selectedId").toInt() > 0);
            QMetaObject::invokeMethod(m_app->find("plansPage"), "requestStart");
            QVERIFY(popup = opened("startInterviewDialog"));
        } else if (dialog == QLatin1String("finish")) {
            showSection(2);
            QTRY_VERIFY(m_app->find("livePage")->isVisible());
            QMetaObject::invokeMethod(m_app->find("livePage"), "finishRequested");
            QVERIFY(popup = opened("finishDialog"));
        } else if (dialog == QLatin1String("keys")) {
            showSection(2);
            QTRY_VERIFY(m_app->find("livePage")->isVisible());
            QTRY_VERIFY(m_app->find("notes")->hasActiveFocus());
            m_app->key(Qt::Key_F1);
            QVERIFY(popup = opened("cheatSheet"));
        } else if (dialog == QLatin1String("categories")) {
            showSection(0);
            QTRY_VERIFY(m_app->find("bankPage")->isVisible());
            QQuickItem *button = withText(QStringLiteral("Categories…"));
            QVERIFY(button);
            m_app->click(button);
            QVERIFY(popup = opened("CategoriesDialog"));
        } else {
            showSection(0);
            QTRY_VERIFY(m_app->find("bankPage")->isVisible());
            QMetaObject::invokeMethod(m_app->find("bankPage"), dialog == QLatin1String("import")
                                                                   ? "importRequested"
                                                                   : "exportRequested");
            // Without a platform file dialog, Export shows Panelist's own save dialog.
            if (dialog == QLatin1String("import"))
                QVERIFY(fileDialog = openFileDialog());
            else
                QVERIFY(popup = opened("saveFileDialog"));
        }
        QVERIFY(settle());
        const QStringList problems = layoutcheck::popupsOutside(m_app->window()) +
                                     layoutcheck::dialogsOffCentre(m_app->window());
        if (popup)
            QMetaObject::invokeMethod(popup, "close");
        if (fileDialog)
            QMetaObject::invokeMethod(fileDialog, "reject");
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
        // Each of these is a real dialog that opened (not a popup the check missed).
        QVERIFY(popup || fileDialog);
    }

    void cleanup()
    {
        // The Settings page is left as a person leaves it.
        if (QQuickItem *settings = m_app->find("settingsPage"); settings && settings->isVisible()) {
            m_app->click(m_app->find("settingsBack"));
            QTRY_VERIFY(!settings->isVisible());
        }
        // Whatever a failed row left open is closed before the next one.
        for (QObject *object : m_app->window()->findChildren<QObject *>()) {
            if (object->inherits("QQuickPopup") && object->property("visible").toBool())
                QMetaObject::invokeMethod(object, "close");
            if (object->inherits("QQuickFileDialog") && object->property("visible").toBool())
                QMetaObject::invokeMethod(object, "reject");
        }
        (void)QTest::qWaitFor([&] {
            for (QObject *object : m_app->window()->findChildren<QObject *>()) {
                if (object->inherits("QQuickPopup") && object->property("visible").toBool())
                    return false;
            }
            return true;
        });
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(LayoutTest)
#include "tst_layout.moc"
