import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Starts an interview from a plan: the candidate's name is required; role and
// interviewer come filled in from the plan and the last interview.
WindowDialog {
    id: dialog
    objectName: "startInterviewDialog"
    preferredWidth: 480
    // The plan's name only in a plain-text heading: the style's own title label would
    // read it as markup.
    title: qsTr("Start an interview")
    header: DialogTitle { text: qsTr("Start an interview — %1").arg(dialog.planName) }

    property int planId: 0
    property string planName: ""
    property string planRole: ""
    property string problem: ""

    signal started(int interviewId)

    function openFor(id: int, name: string, role: string) {
        planId = id
        planName = name
        planRole = role
        candidate.clear()
        roleField.text = role
        interviewer.text = InterviewDesk.defaultInterviewer
        scheduled.clear()
        problem = ""
        open()
    }

    function start() {
        if (candidate.text.trim() === "") {
            problem = qsTr("The candidate's name is required.")
            candidate.forceActiveFocus()
            return
        }
        const id = InterviewDesk.start(planId, candidate.text, roleField.text, interviewer.text,
                                       scheduled.text)
        if (id > 0) {
            close()
            started(id)
        } else {
            problem = InterviewDesk.error
        }
    }

    onOpened: candidate.forceActiveFocus()

    bodySpacing: 6
    TextField {
        id: candidate
        objectName: "candidateField"
        placeholderText: qsTr("Candidate's name (required)")
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onAccepted: dialog.start()
        onTextEdited: dialog.problem = ""
    }
    TextField {
        id: roleField
        objectName: "roleField"
        placeholderText: qsTr("Role")
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    TextField {
        id: interviewer
        objectName: "interviewerField"
        placeholderText: qsTr("Interviewer")
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    TextField {
        id: scheduled
        objectName: "scheduledField"
        placeholderText: qsTr("Scheduled time, optional: YYYY-MM-DD HH:MM")
        maximumLength: 40
        inputMethodHints: Qt.ImhDate | Qt.ImhTime
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    Label {
        objectName: "startProblem"
        text: dialog.problem
        textFormat: Text.PlainText
        color: Material.color(Material.Red)
        visible: text !== ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("The clock starts when you press Start; the plan is copied into the interview, so later edits to it or to the bank change nothing here.")
        opacity: 0.7
        font.pixelSize: 12
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    footer: DialogFooter {
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "startButton"
            text: qsTr("Start (Enter)")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.start()
        }
    }
}
