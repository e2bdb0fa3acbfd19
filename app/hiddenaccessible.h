#pragma once

#include <QObject>
#include <QSet>

class QQuickItem;
class QQuickWindow;

// Keeps what is not on screen out of the accessibility tree. Qt Quick 6.4 lists every
// item that has an accessible role, shown or not: the pages of the sections not shown,
// the inactive view of a stack, an empty state hidden behind a list, all reached a
// screen reader as nodes (only their state said "invisible"). Accessible.ignored drops
// a node but hands its children up to its parent, so no QML property cuts a hidden page
// out. After each frame, while accessibility is on (a screen reader, or the AT-SPI
// bridge told to stay on), this marks every accessible item that is hidden (itself or an
// ancestor, or fully transparent) as ignored, and makes it accessible again once shown.
// Items a page ignores itself (Accessible.ignored: true) stay ignored.
class HiddenAccessible : public QObject
{
    Q_OBJECT
public:
    explicit HiddenAccessible(QQuickWindow *window);

    // Walks the window now (the tests call it; a frame does it otherwise).
    void update();

private:
    void forget(QObject *gone);
    void walk(QQuickItem *item, bool shown);
    QQuickWindow *m_window;
    bool m_pending = false;
    // The attached Accessible objects this class ignored.
    QSet<QObject *> m_hidden;
};
