import QtQuick
import QtQuick.Controls
import Panelist.Core

// A text area that takes at most `maximumLength` characters. A paste (Ctrl+V,
// Shift+Insert, a middle click) inserts only what still fits, so a pasted megabyte never
// reaches the layout, which would take minutes over it; text that gets in another way
// (a drop, an input method) is cut at the limit at once.
TextArea {
    id: area

    property int maximumLength: Limits.longText

    function pasteClipped(selection: bool) {
        const room = area.maximumLength - (area.length - area.selectedText.length)
        if (area.selectedText.length > 0)
            area.remove(area.selectionStart, area.selectionEnd)
        area.insert(area.cursorPosition, Limits.clipboard(room, selection))
    }

    Keys.onPressed: (event) => {
        const ctrl = (event.modifiers & Qt.ControlModifier) !== 0
        const shift = (event.modifiers & Qt.ShiftModifier) !== 0
        if ((ctrl && !shift && event.key === Qt.Key_V) || (shift && !ctrl && event.key === Qt.Key_Insert)) {
            if (!area.readOnly)
                area.pasteClipped(false)
            event.accepted = true
        }
    }
    onTextChanged: if (length > maximumLength) remove(maximumLength, length)

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.MiddleButton
        cursorShape: Qt.IBeamCursor
        onClicked: (mouse) => {
            if (area.readOnly)
                return
            area.cursorPosition = area.positionAt(mouse.x, mouse.y)
            area.pasteClipped(true)
        }
    }
}
