import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The live view's tool bar: who, the plan, the interview's state, the clock against the
// target and the pace, and the call's buttons.
ToolBar {
    id: bar

    required property LiveInterview live

    signal finishRequested()
    signal closeRequested()
    signal reopened()
    signal keysRequested()
    signal agendaToggled()

    // On a narrow window the agenda folds away: a button shows it again.
    property bool agendaToggle: false
    property bool agendaShown: false

    Material.elevation: 0
    visible: bar.live.active
    height: visible ? implicitHeight : 0

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 12
        ToolButton {
            objectName: "agendaButton"
            text: qsTr("Agenda")
            visible: bar.agendaToggle
            checkable: true
            checked: bar.agendaShown
            focusPolicy: Qt.NoFocus
            onClicked: bar.agendaToggled()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show or hide the list of questions")
        }
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "liveCandidate"
                text: bar.live.candidate
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.maximumWidth: bar.agendaToggle ? 220 : 360
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
            }
            Label {
                text: bar.live.role !== "" ? bar.live.role + " · " + bar.live.planName : bar.live.planName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.maximumWidth: bar.agendaToggle ? 220 : 360
                opacity: 0.7
                font.pixelSize: Theme.px(12)
            }
        }
        Badge {
            text: bar.live.finished ? bar.live.statusLabel : bar.live.paused ? qsTr("paused") : ""
            tone: "archived"
        }
        Badge {
            text: bar.live.amended ? qsTr("amended") : ""
            tone: "tag"
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "liveClock"
            Accessible.name: qsTr("Clock: %1 of %2 min").arg(bar.live.elapsedText).arg(bar.live.targetMinutes)
            text: qsTr("%1 of %2 min").arg(bar.live.elapsedText).arg(bar.live.targetMinutes)
            font.pixelSize: Theme.px(20)
        }
        Label {
            objectName: "livePace"
            Accessible.name: qsTr("Pace: %1").arg(bar.live.paceText)
            text: bar.live.paceText
            font.weight: Font.DemiBold
            color: bar.live.pace === LiveInterview.Behind ? Material.color(Material.Red)
                 : bar.live.pace === LiveInterview.Ahead ? Material.color(Material.Green)
                 : bar.Material.foreground
        }
        ToolButton {
            objectName: "pauseButton"
            text: bar.live.paused ? qsTr("Resume") : qsTr("Pause")
            enabled: bar.live.editable
            focusPolicy: Qt.NoFocus
            onClicked: bar.live.togglePause()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Stop or restart the clocks (Ctrl+P)")
        }
        ToolButton {
            text: qsTr("Finish…")
            visible: bar.live.editable
            focusPolicy: Qt.NoFocus
            onClicked: bar.finishRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Recommendation and summary, then end the call (Ctrl+E)")
        }
        ToolButton {
            objectName: "reopenButton"
            text: qsTr("Reopen to amend")
            visible: bar.live.finished
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Edit the record again; it is marked amended (Ctrl+R)")
            focusPolicy: Qt.NoFocus
            onClicked: {
                bar.live.reopen()
                bar.reopened()
            }
        }
        ToolButton {
            text: qsTr("Close")
            visible: bar.live.finished
            focusPolicy: Qt.NoFocus
            onClicked: bar.closeRequested()
        }
        ToolButton {
            text: qsTr("Keys")
            focusPolicy: Qt.NoFocus
            onClicked: bar.keysRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Every shortcut of the live view (F1)")
        }
    }
}
