#include "bank/questionbank.h"
#include "window.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PanelistPlugin)
Q_IMPORT_QML_PLUGIN(Panelist_CorePlugin)

// Loads the real Main.qml over a real database with the shipped bank and uses it
// with the keyboard, as a person would.
class GuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Window> m_window;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_quickWindow = nullptr;

    template<typename T = QQuickItem> T *find(const char *name)
    {
        return m_quickWindow->findChild<T *>(QLatin1String(name));
    }

    // Types text key by key into whatever has focus, as a person does.
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_quickWindow, c.toLatin1());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PanelistTest"));
        QStandardPaths::setTestModeEnabled(true);
        Window::setUpStyle();
        m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("gui.sqlite")));
        m_window = std::make_unique<Window>(*m_workspace);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        QVERIFY(m_window->load(*m_engine));
        m_quickWindow = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_quickWindow);
        QVERIFY(QTest::qWaitForWindowExposed(m_quickWindow));
    }

    void opensOnTheWholeBank()
    {
        auto *list = find("questionList");
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        auto *title = find("detailTitle");
        QVERIFY(title);
        QTRY_VERIFY(!title->property("text").toString().isEmpty());
    }

    void typingSearchesAndShowsTheMatch()
    {
        auto *search = find("searchField");
        QVERIFY(search);
        QTRY_VERIFY(search->hasActiveFocus());
        type(QStringLiteral("gil"));
        QCOMPARE(search->property("text").toString(), QStringLiteral("gil"));

        QuestionListModel *model = m_window->bank().questions();
        QCOMPARE(model->query(), QStringLiteral("gil"));
        QTRY_VERIFY(model->rowCount() > 0);
        const QString firstTitle = model->index(0, 0).data(QuestionListModel::TitleRole).toString();
        QVERIFY2(firstTitle.contains(QStringLiteral("GIL"), Qt::CaseInsensitive),
                 qPrintable(firstTitle));
        QTRY_COMPARE(find("detailTitle")->property("text").toString(), firstTitle);
        QTRY_VERIFY(!find("detailPrompt")->property("text").toString().isEmpty());
    }

    void arrowKeysMoveTheSelection()
    {
        QuestionListModel *model = m_window->bank().questions();
        auto *search = find("searchField");
        search->setProperty("text", QString());
        QTest::keyClick(m_quickWindow, Qt::Key_Escape);
        QTRY_VERIFY(model->rowCount() > 1);
        auto *list = find("questionList");
        QTest::keyClick(m_quickWindow, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 1);
        const QString second = model->index(1, 0).data(QuestionListModel::TitleRole).toString();
        QTRY_COMPARE(find("detailTitle")->property("text").toString(), second);
    }

    void nonsenseShowsTheEmptyState()
    {
        auto *search = find("searchField");
        search->forceActiveFocus();
        type(QStringLiteral("zzqxj \"*"));
        QTRY_COMPARE(find("questionList")->property("count").toInt(), 0);
        QCOMPARE(find("resultCount")->property("text").toString(), QStringLiteral("No matches"));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_window.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(GuiTest)
#include "tst_gui.moc"
