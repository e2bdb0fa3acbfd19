#pragma once

#include "appearance.h"
#include "language.h"
#include "window.h"
#include "workspace.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <memory>
#include <optional>

// The real app for GUI tests: a workspace on a temporary database, the real Main.qml,
// and helpers to find items and use the keyboard and mouse as a person does.
class GuiHarness
{
public:
    GuiHarness();
    ~GuiHarness();

    // Loads Main.qml and waits until the window is exposed; false on failure. The
    // welcome counts as seen (it would cover the window) unless forgetWelcome() was
    // called first: then the window opens as on a first run.
    bool start();
    // Before start(): the window's languages come from the catalogues in `folder`
    // (panelist_<code>.qm; the test binaries carry none of their own).
    void useLanguages(const QString &folder);
    // What the fake desktop portal answers for the colour scheme (0 no preference, 1
    // dark, 2 light; nullopt: no portal) and tells the appearance it changed.
    void setPortalScheme(std::optional<int> scheme);
    void forgetWelcome();
    // Quits the app (window, objects, database connections) and starts it again on the
    // same database, as a person reopening it would.
    bool restart();
    // Quits the app (window, objects, database connections), leaving the database file
    // in place (main() after the window closed); only the destructor follows.
    void stop();

    Workspace &workspace() { return *m_workspace; }
    QuestionBank &bank() { return m_window->bank(); }
    PlanBook &plans() { return m_window->plans(); }
    InterviewDesk &interviews() { return m_window->interviews(); }
    CandidateDesk &candidates() { return m_window->candidates(); }
    // The QML-facing objects (app/window.h), as main() holds them.
    Window &objects() { return *m_window; }
    Language &language() { return *m_language; }
    Appearance &appearance() { return *m_appearance; }
    DatabaseFile &databaseFile() { return m_window->databaseFile(); }
    QString databaseLocation() const { return m_dir.filePath(QStringLiteral("gui.sqlite")); }
    Welcome &welcome() { return m_window->welcome(); }
    DebriefDesk &debriefs() { return m_window->debriefs(); }
    QQuickWindow *window() const { return m_quickWindow; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }

    // The item with this objectName, or nullptr.
    QQuickItem *find(const char *objectName) const;
    // The visible items with this objectName, delegates of views included, top first.
    QList<QQuickItem *> findVisible(const char *objectName) const;
    // Any object with this objectName (popups and dialogs are not items), or nullptr.
    QObject *findObject(const char *objectName) const;
    // Types text key by key into whatever has focus.
    void type(const QString &text);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Clicks the centre of `item`.
    void click(QQuickItem *item);
    // Presses the left button on the centre of `item`, moves `dy` pixels down (up when
    // negative) in small steps, and releases.
    void drag(QQuickItem *item, qreal dy);

private:
    void createPreferences();

    QTemporaryDir m_dir;
    QString m_languageFolder = Language::builtIn();
    std::optional<int> m_portalScheme;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Window> m_window;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_quickWindow = nullptr;
};
