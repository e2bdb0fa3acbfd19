import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A dialog of the window: modal, centred on the whole window and kept inside it with a
// margin, never wider or taller than the window leaves. Its content (the children
// declared in it) is laid out in a column that scrolls when the window is too small to
// show it whole; the scroll bar has its own lane, so no text runs under it.
Dialog {
    id: dialog

    // The width it takes when the window has room.
    property real preferredWidth: 480
    // The height it takes when the window has room; 0: its content's. For a long body
    // with wrapped labels in nested layouts, whose second lines Qt 6.4 does not always
    // count in the content's implicit height.
    property real preferredHeight: 0
    default property alias body: column.data
    // The spacing of the content column.
    property alias bodySpacing: column.spacing

    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    modal: true
    margins: 16
    width: Math.min(preferredWidth, (parent ? parent.width : preferredWidth) - 2 * margins)
    height: Math.min(preferredHeight > 0 ? preferredHeight : implicitHeight,
                     (parent ? parent.height : implicitHeight) - 2 * margins)

    // A dim layer over the window in both themes: Material's own is a light wash in the
    // dark theme.
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    contentData: Flickable {
        id: flick
        objectName: "dialogScroll"
        anchors.fill: parent
        clip: true
        implicitWidth: column.implicitWidth
        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            id: scrollBar
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        ColumnLayout {
            id: column
            width: flick.width - (scrollBar.visible && flick.contentHeight > flick.height ? scrollBar.width + 4 : 0)
            spacing: 8
        }
    }
}
