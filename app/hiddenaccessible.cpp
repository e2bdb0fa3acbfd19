#include "hiddenaccessible.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace {

// The item's Accessible attached object, if QML or a control made one (it is the item's
// child; its type is private to Qt Quick).
QObject *accessibleOf(QQuickItem *item)
{
    for (QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    }
    return nullptr;
}

} // namespace

HiddenAccessible::HiddenAccessible(QQuickWindow *window)
    : QObject(window)
    , m_window(window)
{
    // After the frame is laid out; one walk for a burst of frames.
    connect(window, &QQuickWindow::afterAnimating, this, [this] {
        if (m_pending || !QAccessible::isActive())
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            update();
        });
    });
}

void HiddenAccessible::update()
{
    if (!QAccessible::isActive())
        return;
    walk(m_window->contentItem(), true);
}

void HiddenAccessible::walk(QQuickItem *item, bool shown)
{
    shown = shown && item->isVisible() && item->opacity() > 0;
    if (QObject *attached = accessibleOf(item)) {
        const bool ignored = attached->property("ignored").toBool();
        if (!shown && !ignored) {
            attached->setProperty("ignored", true);
            m_hidden.insert(attached);
            // Delegates go with their view: forget them then.
            connect(attached, &QObject::destroyed, this, &HiddenAccessible::forget,
                    Qt::UniqueConnection);
        } else if (shown && ignored && m_hidden.remove(attached)) {
            attached->setProperty("ignored", false);
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, shown);
}

void HiddenAccessible::forget(QObject *gone)
{
    m_hidden.remove(gone);
}
