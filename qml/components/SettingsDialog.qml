import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The few settings Panelist has: the interviewer's name, the PDF page size, how long
// finished interviews are kept, and the team (TeamSettings).
WindowDialog {
    id: dialog
    objectName: "settingsDialog"
    preferredWidth: 600
    preferredHeight: 760
    title: qsTr("Settings")

    // The team section asked for the conflicts dialog.
    signal conflictsRequested()

    onOpened: {
        interviewer.text = InterviewDesk.defaultInterviewer
        pageSize.currentIndex = InterviewDesk.pageSize === "Letter" ? 1 : 0
        keep.checked = InterviewDesk.retentionDays > 0
        days.value = InterviewDesk.retentionDays > 0 ? InterviewDesk.retentionDays : 180
        team.reset()
        interviewer.forceActiveFocus()
    }

    bodySpacing: 8
    TextField {
        id: interviewer
        objectName: "defaultInterviewerField"
        Accessible.name: qsTr("Default interviewer")
        placeholderText: qsTr("Interviewer: your name, filled in for new interviews")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onEditingFinished: InterviewDesk.defaultInterviewer = text
    }
    RowLayout {
        Label { text: qsTr("PDF page size") }
        ComboBox {
            id: pageSize
            Accessible.name: qsTr("Page size: %1").arg(displayText)
            model: ["A4", "Letter"]
            onActivated: InterviewDesk.pageSize = currentText
        }
    }
    CheckBox {
        id: keep
        objectName: "retentionCheck"
        text: qsTr("Remove finished interviews older than a number of days")
        onToggled: InterviewDesk.retentionDays = checked ? days.value : 0
    }
    RowLayout {
        enabled: keep.checked
        Layout.leftMargin: 40
        SpinBox {
            id: days
            objectName: "retentionDays"
            Accessible.name: qsTr("Days to keep finished interviews")
            from: 1
            to: 3650
            editable: true
            onValueModified: InterviewDesk.retentionDays = value
        }
        Label { text: qsTr("days") }
    }
    Label {
        text: qsTr("Checked when Panelist starts; it says what it removed. Removed interviews are erased from the database file, not just hidden.")
        opacity: 0.7
        font.pixelSize: Theme.px(12)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    TeamSettings {
        id: team
        Layout.fillWidth: true
        onConflictsRequested: dialog.conflictsRequested()
    }

    footer: DialogFooter {
        Button {
            text: qsTr("Close")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.close()
        }
    }
}
