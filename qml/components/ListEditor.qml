pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Edits an ordered list of short texts: type in place, add, remove, and reorder by
// dragging the handle or with Alt+Up / Alt+Down while a row has focus.
ColumnLayout {
    id: editor

    required property TextListModel items
    required property string addLabel
    property string placeholder: ""
    property string error: ""
    // Rows beyond this are refused (the Add button goes grey).
    property int maximumCount: -1

    spacing: 4

    Repeater {
        id: rows
        model: editor.items

        RowLayout {
            id: row

            required property int index
            required property string text

            Layout.fillWidth: true
            spacing: 4

            Label {
                text: "⠿"
                opacity: 0.5
                font.pixelSize: Theme.px(18)
                Layout.preferredWidth: 20
                horizontalAlignment: Text.AlignHCenter

                RowDragArea {
                    anchors.fill: parent
                    rowIndex: row.index
                    rowCount: editor.items.count
                    rowHeight: row.height
                    onMoveRequested: (to) => editor.items.move(row.index, to)
                }
            }
            Label {
                text: (row.index + 1) + "."
                opacity: 0.6
                Layout.preferredWidth: 22
            }
            TextField {
                id: field
                objectName: "listItemField"
                Accessible.name: (editor.placeholder !== "" ? editor.placeholder : editor.addLabel) + " " + (row.index + 1)
                text: row.text
                placeholderText: editor.placeholder
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.listText
                selectByMouse: true
                Layout.fillWidth: true
                onTextEdited: editor.items.setText(row.index, text)
                // A text longer than the field shows its beginning, not its end, unless
                // it is being edited.
                Component.onCompleted: cursorPosition = 0
                onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
                onTextChanged: if (!activeFocus) cursorPosition = 0
                Keys.onPressed: (event) => {
                    if (event.modifiers & Qt.AltModifier) {
                        const to = event.key === Qt.Key_Up ? row.index - 1
                                 : event.key === Qt.Key_Down ? row.index + 1 : -2
                        if (to >= 0 && editor.items.move(row.index, to)) {
                            editor.focusRow(to)
                            event.accepted = true
                        }
                    }
                }
            }
            ToolButton {
                text: "↑"
                enabled: row.index > 0
                focusPolicy: Qt.NoFocus
                onClicked: editor.items.move(row.index, row.index - 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move up (Alt+Up)")
            }
            ToolButton {
                text: "↓"
                enabled: row.index < editor.items.count - 1
                focusPolicy: Qt.NoFocus
                onClicked: editor.items.move(row.index, row.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move down (Alt+Down)")
            }
            ToolButton {
                text: "✕"
                focusPolicy: Qt.NoFocus
                onClicked: editor.items.remove(row.index)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove")
            }
        }
    }

    Label {
        objectName: editor.objectName + "Error"
        visible: editor.error !== ""
        text: editor.error
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Material.color(Material.Red)
        font.pixelSize: Theme.px(12)
    }

    Button {
        objectName: editor.objectName + "Add"
        text: editor.addLabel
        flat: true
        enabled: editor.maximumCount < 0 || editor.items.count < editor.maximumCount
        onClicked: {
            editor.items.append("")
            editor.focusRow(editor.items.count - 1)
        }
    }

    // The Repeater creates and moves rows synchronously, so the row exists here.
    function focusRow(row: int) {
        const item = rows.itemAt(row) as RowLayout
        if (!item)
            return
        for (let i = 0; i < item.children.length; ++i) {
            if (item.children[i].objectName === "listItemField")
                item.children[i].forceActiveFocus()
        }
    }
}
