#include "support/layoutcheck.h"

#include <QColor>
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocumentFragment>

#include <algorithm>

namespace layoutcheck {

namespace {

// Layouts place items on fractions of a pixel: closer than this is touching.
constexpr qreal kSlack = 1.0;
// No check names more than this many problems of one kind; it says how many it left out.
constexpr int kMaxNamed = 12;

bool is(const QObject *object, const char *className)
{
    return object && object->inherits(className);
}

QQuickItem *itemProperty(const QObject *object, const char *name)
{
    return object ? object->property(name).value<QQuickItem *>() : nullptr;
}

qreal effectiveOpacity(const QQuickItem *item)
{
    qreal opacity = 1;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

// The item's background (controls, pages, the window's own): under its content by design.
bool isBackground(const QQuickItem *item)
{
    const QQuickItem *parent = item->parentItem();
    if (parent && itemProperty(parent, "background") == item)
        return true;
    return item->window() && itemProperty(item->window(), "background") == item;
}

// Where the item draws, in its own coordinates: text with its laid-out extent.
QRectF paintedRect(const QQuickItem *item)
{
    if (is(item, "QQuickText") || is(item, "QQuickTextEdit"))
        return item->boundingRect();
    return QRectF(0, 0, item->width(), item->height());
}

// Whether the item draws something or takes the mouse.
bool showsItself(const QQuickItem *item)
{
    // Shadows (the Material elevation) spill past their item by design.
    if (is(item, "QQuickShaderEffect") || is(item, "QQuickShaderEffectSource"))
        return false;
    if (item->acceptedMouseButtons() != Qt::NoButton)
        return true;
    if (!(item->flags() & QQuickItem::ItemHasContents))
        return false;
    if (is(item, "QQuickRectangle")) {
        const QObject *border = item->property("border").value<QObject *>();
        const bool bordered = border && border->property("width").toReal() > 0 &&
                              border->property("color").value<QColor>().alpha() > 0;
        return item->property("color").value<QColor>().alpha() > 0 || bordered;
    }
    if (is(item, "QQuickText") || is(item, "QQuickTextEdit") || is(item, "QQuickTextInput"))
        return !item->property("text").toString().isEmpty() ||
               item->property("cursorVisible").toBool();
    return true;
}

// The item's painted rectangle in window coordinates, cut to every clipping ancestor;
// empty when nothing of it can be seen (a view's culled delegates included).
QRectF visibleRect(const QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(paintedRect(item));
    if (item->clip())
        rect = rect.intersected(item->mapRectToScene(item->clipRect()));
    for (const QQuickItem *parent = item->parentItem(); parent && !rect.isEmpty();
         parent = parent->parentItem()) {
        if (parent->clip())
            rect = rect.intersected(parent->mapRectToScene(parent->clipRect()));
        // Views cull the delegates they keep outside their area.
        if ((is(parent, "QQuickItemView") || is(parent, "QQuickTableView")) &&
            !rect.intersects(
                parent->mapRectToScene(QRectF(0, 0, parent->width(), parent->height()))))
            return {};
    }
    return rect;
}

void collectShown(QQuickItem *item, QList<Shown> &out)
{
    if (!item->isVisible() || item->opacity() <= 0 || is(item, "QQuickOverlay"))
        return;
    if (showsItself(item) && effectiveOpacity(item) > 0) {
        const QRectF rect = visibleRect(item);
        if (!rect.isEmpty())
            out.append({item, rect});
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectShown(child, out);
}

QString typeName(const QObject *object)
{
    static const QRegularExpression suffix(QStringLiteral("_QML(TYPE)?_\\d+$"));
    QString name = QString::fromLatin1(object->metaObject()->className());
    name.remove(suffix);
    if (name.startsWith(QLatin1String("QQuick")))
        name = name.mid(6);
    return name;
}

QString rectText(const QRectF &rect)
{
    return QStringLiteral("(%1,%2 %3×%4)")
        .arg(qRound(rect.x()))
        .arg(qRound(rect.y()))
        .arg(qRound(rect.width()))
        .arg(qRound(rect.height()));
}

QString named(const QObject *object, const QQuickItem *item)
{
    QString text = typeName(object);
    if (!object->objectName().isEmpty())
        text += QStringLiteral(" '%1'").arg(object->objectName());
    for (const char *property : {"text", "title", "placeholderText"}) {
        const QVariant value = object->property(property);
        if (value.typeId() != QMetaType::QString || value.toString().isEmpty())
            continue;
        QString shown = value.toString();
        if (shown.startsWith(QLatin1Char('<'))) // rich text: what it reads as
            shown = QTextDocumentFragment::fromHtml(shown).toPlainText();
        shown = shown.simplified();
        if (shown.size() > 40)
            shown = shown.left(39) + QChar(0x2026);
        text += QStringLiteral(" \"%1\"").arg(shown);
        break;
    }
    QStringList ancestors;
    for (const QQuickItem *parent = item ? item->parentItem() : nullptr;
         parent && ancestors.size() < 3; parent = parent->parentItem()) {
        if (!parent->objectName().isEmpty())
            ancestors.prepend(parent->objectName());
    }
    if (!ancestors.isEmpty())
        text += QStringLiteral(" in ") + ancestors.join(QStringLiteral(" > "));
    return text;
}

// The children a layout splits into, or a container is looked through to: the visible
// ones that show something, backgrounds left out.
QList<QQuickItem *> bearingChildren(QQuickItem *item)
{
    QQuickItem *from = item;
    // A SplitView's items (and its handles) are in its content item.
    if (is(item, "QQuickSplitView") && itemProperty(item, "contentItem"))
        from = itemProperty(item, "contentItem");
    QList<QQuickItem *> result;
    const QList<QQuickItem *> children = from->childItems();
    for (QQuickItem *child : children) {
        if (is(child, "QQuickOverlay") || isBackground(child))
            continue;
        QList<Shown> shownHere;
        collectShown(child, shownHere);
        if (!shownHere.isEmpty())
            result.append(child);
    }
    if (is(item, "QQuickPage")) {
        // A page is its header, its content and its footer, top to bottom.
        QList<QQuickItem *> parts;
        for (const char *part : {"header", "contentItem", "footer"}) {
            QQuickItem *child = itemProperty(item, part);
            if (child && result.contains(child))
                parts.append(child);
        }
        return parts;
    }
    return result;
}

bool splits(const QQuickItem *item)
{
    return is(item, "QQuickPage") || is(item, "QQuickLayout") || is(item, "QQuickBasePositioner") ||
           is(item, "QQuickSplitView") || is(item, "QQuickRootItem") ||
           (item->window() && itemProperty(item->window(), "contentItem") == item);
}

bool looksThrough(const QQuickItem *item)
{
    // Containers that show one child at a time, and panes around their content.
    return !showsItself(item) || is(item, "QQuickLoader") || is(item, "QQuickStackView") ||
           is(item, "QQuickStackLayout") || is(item, "QQuickPane");
}

void collectPanes(QQuickItem *item, QList<QQuickItem *> &out)
{
    const QList<QQuickItem *> children = bearingChildren(item);
    if (splits(item)) {
        for (QQuickItem *child : children)
            collectPanes(child, out);
        return;
    }
    if (children.size() == 1 && looksThrough(item)) {
        collectPanes(children.first(), out);
        return;
    }
    QList<Shown> shownHere;
    collectShown(item, shownHere);
    if (!shownHere.isEmpty())
        out.append(item);
}

QRectF windowRect(const QQuickWindow *window)
{
    return QRectF(0, 0, window->width(), window->height());
}

bool inside(const QRectF &rect, const QRectF &bounds)
{
    return rect.left() >= bounds.left() - kSlack && rect.top() >= bounds.top() - kSlack &&
           rect.right() <= bounds.right() + kSlack && rect.bottom() <= bounds.bottom() + kSlack;
}

// "past the right edge by 120 px, the bottom edge by 8 px".
QString howFarOut(const QRectF &rect, const QRectF &bounds)
{
    QStringList edges;
    if (rect.left() < bounds.left() - kSlack)
        edges << QStringLiteral("the left edge by %1 px").arg(qRound(bounds.left() - rect.left()));
    if (rect.top() < bounds.top() - kSlack)
        edges << QStringLiteral("the top edge by %1 px").arg(qRound(bounds.top() - rect.top()));
    if (rect.right() > bounds.right() + kSlack)
        edges
            << QStringLiteral("the right edge by %1 px").arg(qRound(rect.right() - bounds.right()));
    if (rect.bottom() > bounds.bottom() + kSlack)
        edges << QStringLiteral("the bottom edge by %1 px")
                     .arg(qRound(rect.bottom() - bounds.bottom()));
    return QStringLiteral("past ") + edges.join(QStringLiteral(", "));
}

// The shown items of `items` past the edge of `bounds` (the window's, or a popup's), the
// outermost of each family.
QStringList outside(const QList<Shown> &items, const QRectF &bounds, const QString &what,
                    const QString &where)
{
    QSet<const QQuickItem *> out;
    for (const Shown &shown : items) {
        if (!inside(shown.rect, bounds))
            out.insert(shown.item);
    }
    QStringList problems;
    int left = 0;
    for (const Shown &shown : items) {
        if (!out.contains(shown.item))
            continue;
        bool outermost = true;
        for (const QQuickItem *parent = shown.item->parentItem(); parent && outermost;
             parent = parent->parentItem())
            outermost = !out.contains(parent);
        if (!outermost)
            continue;
        if (problems.size() == kMaxNamed) {
            ++left;
            continue;
        }
        problems << QStringLiteral("%1%2 is shown %3 of %4 %5")
                        .arg(where, describe(shown.item, shown.rect), howFarOut(shown.rect, bounds),
                             what, rectText(bounds));
    }
    if (left > 0)
        problems << QStringLiteral("%1… and %2 more items past the edge of %3")
                        .arg(where)
                        .arg(left)
                        .arg(what);
    return problems;
}

QQuickItem *overlayOf(const QQuickWindow *window)
{
    const QList<QQuickItem *> children = window->contentItem()->childItems();
    for (QQuickItem *child : children) {
        if (is(child, "QQuickOverlay"))
            return child;
    }
    return nullptr;
}

// The popup (dialog, menu, tool tip) each item of the overlay is the face of.
QHash<const QQuickItem *, const QObject *> popupsByItem(const QQuickWindow *window,
                                                        const QQuickItem *overlay)
{
    QHash<const QQuickItem *, const QObject *> popups;
    const QList<QObject *> objects = window->findChildren<QObject *>();
    for (const QObject *object : objects) {
        if (!is(object, "QQuickPopup"))
            continue;
        const QQuickItem *item = itemProperty(object, "contentItem");
        while (item && item->parentItem() != overlay)
            item = item->parentItem();
        if (item)
            popups.insert(item, object);
    }
    return popups;
}

} // namespace

QList<Shown> shown(QQuickItem *root)
{
    QList<Shown> result;
    if (root)
        collectShown(root, result);
    return result;
}

QList<QQuickItem *> panes(QQuickItem *root)
{
    QList<QQuickItem *> result;
    if (root)
        collectPanes(root, result);
    return result;
}

QString describe(const QQuickItem *item, const QRectF &rect)
{
    return named(item, item) + QStringLiteral(" at ") + rectText(rect);
}

QStringList outsideWindow(QQuickWindow *window)
{
    return outside(shown(window->contentItem()), windowRect(window), QStringLiteral("the window"),
                   QString());
}

QStringList overlaps(QQuickWindow *window)
{
    const QList<QQuickItem *> all = panes(window->contentItem());
    QList<QList<Shown>> shownIn;
    for (QQuickItem *pane : all)
        shownIn.append(shown(pane));
    QStringList problems;
    for (int a = 0; a < all.size(); ++a) {
        for (int b = a + 1; b < all.size(); ++b) {
            int count = 0;
            qreal largest = 0;
            QString example;
            for (const Shown &first : shownIn.at(a)) {
                for (const Shown &second : shownIn.at(b)) {
                    const QRectF common = first.rect.intersected(second.rect);
                    if (common.width() <= kSlack || common.height() <= kSlack)
                        continue;
                    ++count;
                    const qreal area = common.width() * common.height();
                    if (area > largest) {
                        largest = area;
                        example = QStringLiteral("%1 and %2 share %3")
                                      .arg(describe(first.item, first.rect),
                                           describe(second.item, second.rect), rectText(common));
                    }
                }
            }
            if (count == 0)
                continue;
            problems << QStringLiteral("pane %1 and pane %2 overlap (%3 pairs of items), most: %4")
                            .arg(describe(all.at(a), visibleRect(all.at(a))),
                                 describe(all.at(b), visibleRect(all.at(b))))
                            .arg(count)
                            .arg(example);
        }
    }
    return problems;
}

QStringList popupsOutside(QQuickWindow *window)
{
    QQuickItem *overlay = overlayOf(window);
    if (!overlay)
        return {};
    const QHash<const QQuickItem *, const QObject *> popups = popupsByItem(window, overlay);
    const QRectF bounds = windowRect(window);
    QStringList problems;
    const QList<QQuickItem *> children = overlay->childItems();
    for (QQuickItem *item : children) {
        if (!item->isVisible() || effectiveOpacity(item) <= 0)
            continue;
        const QObject *popup = popups.value(item, item);
        const QString name = named(popup, nullptr);
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!inside(rect, bounds)) {
            problems << QStringLiteral("popup %1 at %2 is not inside the window %3: it lies %4")
                            .arg(name, rectText(rect), rectText(bounds), howFarOut(rect, bounds));
            continue;
        }
        // Inside the window, its content must stay inside it too (a button cut off).
        problems << outside(shown(item), rect, QStringLiteral("the popup"),
                            QStringLiteral("in popup %1: ").arg(name));
    }
    return problems;
}

QStringList dialogsOffCentre(QQuickWindow *window)
{
    QQuickItem *overlay = overlayOf(window);
    if (!overlay)
        return {};
    const QHash<const QQuickItem *, const QObject *> popups = popupsByItem(window, overlay);
    const QPointF centre = windowRect(window).center();
    QStringList problems;
    const QList<QQuickItem *> children = overlay->childItems();
    for (QQuickItem *item : children) {
        const QObject *popup = popups.value(item);
        if (!is(popup, "QQuickDialog") || !item->isVisible() || effectiveOpacity(item) <= 0)
            continue;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        // Centred on the window, or on the page it belongs to (an item it is placed in).
        bool centred = false;
        for (const QQuickItem *parent = itemProperty(popup, "parent"); parent && !centred;
             parent = parent->parentItem()) {
            const QRectF area =
                parent->mapRectToScene(QRectF(0, 0, parent->width(), parent->height()));
            const QPointF off = rect.center() - area.center();
            centred = !area.isEmpty() && qAbs(off.x()) <= 2 && qAbs(off.y()) <= 2;
        }
        const QPointF off = rect.center() - centre;
        if (!centred && (qAbs(off.x()) > 2 || qAbs(off.y()) > 2))
            problems << QStringLiteral("dialog %1 at %2 is not centred on the window %3: its "
                                       "centre is %4 px right and %5 px down of the window's")
                            .arg(named(popup, nullptr), rectText(rect),
                                 rectText(windowRect(window)))
                            .arg(qRound(off.x()))
                            .arg(qRound(off.y()));
    }
    return problems;
}

QStringList cutText(QQuickWindow *window)
{
    QStringList problems;
    int left = 0;
    for (const Shown &shown : shown(window->contentItem())) {
        const QQuickItem *text = shown.item;
        if (!is(text, "QQuickText") && !is(text, "QQuickTextEdit"))
            continue;
        const QRectF whole = text->mapRectToScene(paintedRect(text));
        QRectF rect = whole;
        for (const QQuickItem *parent = text; parent; parent = parent->parentItem()) {
            if (!parent->clip())
                continue;
            const QRectF clip = parent->mapRectToScene(parent->clipRect());
            const QRectF kept = rect.intersected(clip);
            const bool cutAcross = kept.width() < rect.width() - kSlack;
            const bool cutDown = kept.height() < rect.height() - kSlack;
            // A view may cut its content the way it scrolls: the rest is a scroll away.
            const bool flickable = is(parent, "QQuickFlickable");
            const bool scrollsAcross =
                flickable && parent->property("contentWidth").toReal() > parent->width() + kSlack;
            const bool scrollsDown =
                flickable && parent->property("contentHeight").toReal() > parent->height() + kSlack;
            if ((cutAcross && !scrollsAcross) || (cutDown && !scrollsDown)) {
                if (problems.size() < kMaxNamed)
                    problems << QStringLiteral("%1 is cut off by %2: only %3 of it is shown")
                                    .arg(describe(text, whole), describe(parent, clip),
                                         rectText(kept));
                else
                    ++left;
                break;
            }
            rect = kept;
        }
    }
    if (left > 0)
        problems << QStringLiteral("… and %1 more text items cut off").arg(left);
    return problems;
}

QStringList check(QQuickWindow *window)
{
    return outsideWindow(window) + overlaps(window) + popupsOutside(window) +
           dialogsOffCentre(window) + cutText(window);
}

} // namespace layoutcheck
