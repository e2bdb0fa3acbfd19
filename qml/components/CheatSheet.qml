pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Every shortcut of the live view, over it (F1 or Esc closes).
Popup {
    id: sheet
    objectName: "cheatSheet"
    modal: true
    focus: true
    padding: 24
    width: 560

    readonly property var keys: [
        ["Ctrl+→", qsTr("Next question")],
        ["Ctrl+←", qsTr("Previous question")],
        ["Ctrl+Shift+S", qsTr("Skip this question")],
        ["Ctrl+1 … Ctrl+4", qsTr("Score: no signal, junior, middle, senior (again clears)")],
        ["Alt+1 … Alt+9", qsTr("Mark rubric criterion N met")],
        ["Alt+Shift+1 … 9", qsTr("Mark follow-up N asked")],
        ["Ctrl+Shift+A", qsTr("Add a follow-up you asked (Enter adds, Esc goes back)")],
        ["Ctrl+Shift+1", qsTr("Flag: strong signal")],
        ["Ctrl+Shift+2", qsTr("Flag: concern")],
        ["Enter", qsTr("New notes line, stamped with the time")],
        ["Ctrl+P", qsTr("Pause or resume the clocks")],
        ["Ctrl+E", qsTr("Finish: recommendation and summary")],
        ["Ctrl+R", qsTr("Reopen a finished interview to amend it")],
        ["Ctrl+PgUp / Ctrl+PgDown", qsTr("Previous or next section of the window")],
        ["F1", qsTr("This sheet")],
    ]

    contentItem: ColumnLayout {
        spacing: 10
        focus: true
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_F1) {
                sheet.close()
                event.accepted = true
            }
        }
        Label {
            text: qsTr("Keyboard shortcuts")
            font.pixelSize: 20
            font.weight: Font.DemiBold
        }
        Label {
            text: qsTr("The focus stays in the notes while you score and move.")
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 20
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                model: sheet.keys.length * 2
                delegate: Label {
                    required property int index
                    readonly property bool isKey: index % 2 === 0
                    text: sheet.keys[Math.floor(index / 2)][isKey ? 0 : 1]
                    font.family: isKey ? "monospace" : sheet.font.family
                    font.weight: isKey ? Font.DemiBold : Font.Normal
                    color: isKey ? Material.accent : sheet.Material.foreground
                    wrapMode: Text.Wrap
                    Layout.fillWidth: !isKey
                }
            }
        }
    }
}
