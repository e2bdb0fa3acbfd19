#include "support/guiharness.h"

#include "common/welcome.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PanelistPlugin)
Q_IMPORT_QML_PLUGIN(Panelist_CorePlugin)
Q_IMPORT_QML_PLUGIN(Panelist_AppPlugin)

GuiHarness::GuiHarness()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PanelistTest"));
    QStandardPaths::setTestModeEnabled(true);
    Window::setUpStyle();
    createPreferences();
    // The first run's welcome would cover the window: seen, unless a test asks for a
    // first run (forgetWelcome).
    QSettings().setValue(Welcome::seenKey(), true);
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("gui.sqlite")));
    m_window = std::make_unique<Window>(*m_workspace);
}

GuiHarness::~GuiHarness()
{
    m_quickWindow = nullptr;
    m_engine.reset();
    m_window.reset();
    m_workspace.reset();
    m_appearance.reset();
    m_language.reset();
}

// As main() does: the language and the theme, read from the settings.
void GuiHarness::createPreferences()
{
    m_appearance.reset();
    m_language.reset();
    m_language = std::make_unique<Language>(m_languageFolder);
    Language::setInstance(m_language.get());
    m_appearance = std::make_unique<Appearance>([this] { return m_portalScheme; });
    Appearance::setInstance(m_appearance.get());
}

void GuiHarness::useLanguages(const QString &folder)
{
    m_languageFolder = folder;
    // The window connects to the language as it is made.
    m_window.reset();
    createPreferences();
    m_window = std::make_unique<Window>(*m_workspace);
}

void GuiHarness::setPortalScheme(std::optional<int> scheme)
{
    m_portalScheme = scheme;
    m_appearance->systemChanged();
}

void GuiHarness::stop()
{
    m_quickWindow = nullptr;
    m_engine.reset();
    m_window.reset();
    m_workspace.reset();
}

bool GuiHarness::restart()
{
    m_quickWindow = nullptr;
    m_engine.reset();
    m_window.reset();
    m_workspace.reset();
    createPreferences();
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("gui.sqlite")));
    m_window = std::make_unique<Window>(*m_workspace);
    return start();
}

void GuiHarness::forgetWelcome()
{
    QSettings().remove(Welcome::seenKey());
}

bool GuiHarness::start()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    if (!m_window->load(*m_engine))
        return false;
    m_quickWindow = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    return m_quickWindow && QTest::qWaitForWindowExposed(m_quickWindow) && find("bankPage");
}

QQuickItem *GuiHarness::find(const char *objectName) const
{
    return m_quickWindow->findChild<QQuickItem *>(QLatin1String(objectName));
}

QList<QQuickItem *> GuiHarness::findVisible(const char *objectName) const
{
    // Delegates of views have no QObject parent: walk the visual tree instead.
    QList<QQuickItem *> found;
    QList<QQuickItem *> pending{m_quickWindow->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (!item->isVisible())
            continue;
        if (item->objectName() == QLatin1String(objectName))
            found.append(item);
        pending.append(item->childItems());
    }
    std::sort(found.begin(), found.end(), [](QQuickItem *a, QQuickItem *b) {
        return a->mapToScene(QPointF()).y() < b->mapToScene(QPointF()).y();
    });
    return found;
}

QObject *GuiHarness::findObject(const char *objectName) const
{
    return m_quickWindow->findChild<QObject *>(QLatin1String(objectName));
}

void GuiHarness::type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(m_quickWindow, c.toLatin1());
}

void GuiHarness::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_quickWindow, key, modifiers);
}

void GuiHarness::click(QQuickItem *item)
{
    // Scroll the nearest scrolling view so the item is on screen, as a person would.
    for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (!parent->inherits("QQuickFlickable"))
            continue;
        QQuickItem *content = parent->property("contentItem").value<QQuickItem *>();
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal view = parent->height();
        const qreal contentY = parent->property("contentY").toReal();
        if (top < contentY || top + item->height() > contentY + view)
            parent->setProperty("contentY", std::max<qreal>(0, top - view / 3));
        break;
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_quickWindow, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void GuiHarness::drag(QQuickItem *item, qreal dy)
{
    const QPoint start = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mousePress(m_quickWindow, Qt::LeftButton, Qt::NoModifier, start);
    // Small steps, as a hand moves: the drag threshold first, then the rest.
    const int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        QTest::mouseMove(m_quickWindow, start + QPoint(0, qRound(dy * i / steps)), 16);
    }
    QTest::mouseRelease(m_quickWindow, Qt::LeftButton, Qt::NoModifier,
                        start + QPoint(0, qRound(dy)));
}
