pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// One question of a plan: its place, minutes, private note; Alt+Up/Down moves it.
Pane {
    id: row

    required property int index
    required property string title
    required property string category
    required property int level
    required property string levelLabel
    required property int minutes
    required property string note
    required property bool repeated
    // Positions of the plan's competencies this question evidences.
    required property var competencies
    required property PlanEditor editor

    padding: 8
    Material.elevation: 1

    Accessible.role: Accessible.ListItem
    Accessible.name: (row.index + 1) + ". " + row.title
    Accessible.description: SafeText.spoken([row.category, row.levelLabel, qsTr("%n min", "", row.minutes), row.note])

    // Tab into a row scrolled out of view brings it into view.
    onActiveFocusChanged: if (activeFocus) row.ListView.view.positionViewAtIndex(row.index, ListView.Contain)

    function moveBy(step: int) {
        row.editor.moveItem(row.index, row.index + step)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "itemDragHandle"
            text: "⠿ " + (row.index + 1) + "."
            font.pixelSize: Theme.px(15)
            Layout.preferredWidth: 44
            ToolTip.visible: dragArea.containsMouse && !dragArea.pressed
            ToolTip.text: qsTr("Drag to move")

            RowDragArea {
                id: dragArea
                anchors.fill: parent
                rowIndex: row.index
                rowCount: row.ListView.view.count
                rowHeight: row.height
                onMoveRequested: (to) => row.editor.moveItem(row.index, to)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: SafeText.cut(row.title, Limits.title)
                textFormat: Text.PlainText
                maximumLineCount: 1
                font.pixelSize: Theme.px(15)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Row {
                spacing: 6
                Badge { text: row.category; tone: "category" }
                Badge { text: row.levelLabel; level: row.level }
                Badge { text: row.repeated ? qsTr("also earlier in the plan") : ""; tone: "archived" }
            }
            // Which competencies this question gives evidence of: one toggle each
            // (Tab reaches them, Space toggles).
            Flow {
                objectName: "itemCompetencies"
                visible: row.editor.competencies.length > 0
                Layout.fillWidth: true
                // Wraps in the width it gets; never widens the row.
                Layout.preferredWidth: 1
                spacing: 4
                Repeater {
                    model: row.editor.competencies
                    delegate: Button {
                        required property int index
                        required property var modelData
                        objectName: "itemCompetency" + index
                        // "&" would be read as a mnemonic marker.
                        text: SafeText.cut(modelData.name, Limits.competencyName).replace(/&/g, "&&")
                        checkable: true
                        checked: (row.competencies ?? []).indexOf(index) >= 0
                        flat: !checked
                        font.pixelSize: Theme.px(12)
                        font.capitalization: Font.MixedCase
                        implicitHeight: Theme.px(32)
                        padding: 4
                        topInset: 2
                        bottomInset: 2
                        Accessible.name: qsTr("Counts for %1").arg(modelData.name)
                        onClicked: row.editor.toggleItemCompetency(row.index, index)
                    }
                }
            }
            TextField {
                objectName: "itemNote"
                Accessible.name: qsTr("Note on %1").arg(row.title)
                text: row.note
                placeholderText: qsTr("Private note for the interviewer")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.listText
                font.pixelSize: Theme.px(13)
                selectByMouse: true
                Layout.fillWidth: true
                onEditingFinished: if (text !== row.note) row.editor.setNote(row.index, text)
                Keys.onPressed: (event) => {
                    // Ctrl+Z undoes typing first; with nothing typed to undo, the plan's last change.
                    if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Z && !canUndo) {
                        row.editor.undo()
                        event.accepted = true
                    } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Up) {
                        row.moveBy(-1)
                        event.accepted = true
                    } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Down) {
                        row.moveBy(1)
                        event.accepted = true
                    }
                }
            }
        }
        SpinBox {
            objectName: "itemMinutes"
            from: Limits.minMinutes
            to: Limits.maxMinutes
            editable: true
            value: row.minutes
            onValueModified: row.editor.setMinutes(row.index, value)
            Accessible.name: qsTr("Minutes for %1").arg(row.title)
            Layout.preferredWidth: 130
        }
        Label { text: qsTr("min"); opacity: 0.7 }
        ToolButton {
            text: "↑"
            enabled: row.index > 0
            Accessible.name: qsTr("Move %1 up").arg(row.title)
            onClicked: row.moveBy(-1)
        }
        ToolButton {
            text: "↓"
            Accessible.name: qsTr("Move %1 down").arg(row.title)
            enabled: row.index < row.ListView.view.count - 1
            onClicked: row.moveBy(1)
        }
        ToolButton {
            text: "✕"
            onClicked: row.editor.removeItem(row.index)
            Accessible.name: qsTr("Remove %1 from the plan").arg(row.title)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Remove from the plan")
        }
    }
}
