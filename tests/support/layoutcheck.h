#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

// Checks what a window shows as a person sees it, for the layout tests: nothing drawn
// past the window's edge, nothing of one pane drawn over another pane, every open popup
// (dialog, menu, sheet) wholly inside the window. Each check returns one line per
// problem, naming the items (type, objectName, text, nearest named ancestors) and their
// rectangles in window coordinates; an empty list means the window passes.
//
// What counts as shown: a visible item with an effective opacity above zero that paints
// (text, images, rectangles with a colour or border) or takes the mouse, cut to every
// clipping ancestor; delegates of a view wholly outside it are culled and not shown.
// Text counts with its laid-out extent, so text running past its box is seen.
//
// Panes: starting at the window (tool bar and content), a layout (Page, Row/Column/Grid
// layouts and positioners, SplitView) is split into its visible children, a container
// with one shown child (Loader, StackLayout, StackView, a control's content) is looked
// through, and anything else is a pane with all it contains. Backgrounds of controls and
// pages belong to no pane: they lie under their content by design.
namespace layoutcheck {

struct Shown
{
    QQuickItem *item = nullptr;
    QRectF rect; // in window coordinates, cut to the clipping ancestors
};

// What `root` and its descendants show.
QList<Shown> shown(QQuickItem *root);
// The panes of `root`, in the sense above.
QList<QQuickItem *> panes(QQuickItem *root);
// "Label 'title' "Senior Python…" in livePage > questionPane at (312,80 640×24)".
QString describe(const QQuickItem *item, const QRectF &rect);

// (a) Items of the window (not its popups) shown past the window's edge; only the
// outermost of a family is named.
QStringList outsideWindow(QQuickWindow *window);
// (b) Items of different panes of the window drawn over each other (by more than a
// pixel each way), one line per pair of panes with the first such pair of items.
QStringList overlaps(QQuickWindow *window);
// (c) Open popups not wholly inside the window, and their items shown past its edge.
QStringList popupsOutside(QQuickWindow *window);
// (c') Open dialogs centred neither on the window nor on the page they belong to (an item
// they are placed in), within 2 px; menus and sheets are popups but not dialogs.
QStringList dialogsOffCentre(QQuickWindow *window);
// (d) Text of the window cut off by a clipping ancestor where nothing scrolls to the rest:
// a box that clips, or a view that scrolls the other way ("cut mid-word"). Text fields
// scroll their own text and are left out.
QStringList cutText(QQuickWindow *window);
// All of them.
QStringList check(QQuickWindow *window);

} // namespace layoutcheck
