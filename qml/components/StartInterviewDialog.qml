pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Starts an interview from a plan. The candidate is picked from the candidates there
// (completion over name, email and role as one types: ↓ / ↑ and Enter pick one) or is a
// new one, made with the interview ("New candidate: …", with an optional email). Role
// and interviewer come filled in from the plan (or the candidate picked) and the last
// interview.
WindowDialog {
    id: dialog
    objectName: "startInterviewDialog"
    preferredWidth: 520
    // The plan's name only in a plain-text heading: the style's own title label would
    // read it as markup.
    title: qsTr("Start an interview")
    header: DialogTitle { text: qsTr("Start an interview — %1").arg(dialog.planName) }

    property int planId: 0
    property string planName: ""
    property string planRole: ""
    property string problem: ""
    // The candidate picked from the list (0: none); their name as picked.
    property int pickedId: 0
    property string pickedName: ""
    // The candidates the typed text matches, and whether one of them has exactly that name.
    property var matches: []
    readonly property int exactId: {
        const typed = candidate.text.trim()
        for (let i = 0; i < matches.length; ++i) {
            if (matches[i].name === typed)
                return matches[i].candidateId
        }
        return 0
    }
    // Who the interview is for when Start is pressed: an existing candidate's id, or 0
    // for a new one named as typed.
    readonly property int chosenId: pickedId > 0 && candidate.text.trim() === pickedName ? pickedId : exactId
    readonly property var chosen: {
        for (let i = 0; i < matches.length; ++i) {
            if (matches[i].candidateId === chosenId)
                return matches[i]
        }
        return null
    }

    signal started(int interviewId)

    function openFor(id: int, name: string, role: string) {
        planId = id
        planName = name
        planRole = role
        pickedId = 0
        pickedName = ""
        candidate.clear()
        matches = []
        choices.currentIndex = -1
        email.clear()
        roleField.text = role
        interviewer.text = InterviewDesk.defaultInterviewer
        scheduled.clear()
        problem = ""
        open()
    }

    // Row `row` of the choices: a candidate, or (the last row) a new one.
    function pick(row: int) {
        if (row >= 0 && row < matches.length) {
            const match = matches[row]
            pickedId = match.candidateId
            pickedName = match.name
            candidate.text = match.name
            if (match.role !== "")
                roleField.text = match.role
        } else {
            pickedId = 0
            pickedName = ""
            email.forceActiveFocus()
        }
        choices.currentIndex = -1
    }

    function start() {
        if (candidate.text.trim() === "") {
            problem = qsTr("The candidate's name is required: pick one from the list or type a new one.")
            candidate.forceActiveFocus()
            return
        }
        const id = dialog.chosenId > 0
                ? InterviewDesk.startFor(planId, dialog.chosenId, roleField.text, interviewer.text, scheduled.text)
                : InterviewDesk.startNew(planId, candidate.text, email.text, roleField.text, interviewer.text,
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
        Accessible.name: qsTr("Candidate (required)")
        placeholderText: qsTr("Candidate: type to find one, or a new name (required)")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        // Enter picks the choice moved to with ↓ / ↑; else it starts.
        onAccepted: {
            if (choices.visible && choices.currentIndex >= 0)
                dialog.pick(choices.currentIndex)
            else
                dialog.start()
        }
        onTextChanged: {
            dialog.matches = text.trim() === "" ? [] : CandidateDesk.matching(text, 5)
            choices.currentIndex = -1
        }
        onTextEdited: dialog.problem = ""
        Keys.onDownPressed: if (choices.visible) choices.currentIndex = Math.min(choices.count - 1, choices.currentIndex + 1)
        Keys.onUpPressed: if (choices.visible) choices.currentIndex = Math.max(-1, choices.currentIndex - 1)
        Keys.onEscapePressed: (event) => {
            if (choices.currentIndex >= 0) {
                choices.currentIndex = -1
                event.accepted = true
            } else {
                event.accepted = false
            }
        }
    }
    // The candidates matching what is typed, then "New candidate: …" (unless the name
    // is exactly one of theirs).
    ListView {
        id: choices
        objectName: "candidateChoices"
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Matching candidates")
        visible: candidate.text.trim() !== "" && dialog.chosenId === 0 || choices.currentIndex >= 0
        interactive: false
        currentIndex: -1
        model: dialog.matches.length + (dialog.exactId > 0 ? 0 : 1)
        implicitHeight: contentHeight
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? contentHeight : 0
        delegate: ItemDelegate {
            id: choice
            required property int index
            readonly property bool isNew: index >= dialog.matches.length
            readonly property var match: isNew ? null : dialog.matches[index]
            width: choices.width
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            topPadding: 6
            bottomPadding: 6
            onClicked: dialog.pick(index)
            Accessible.name: choice.isNew ? qsTr("New candidate: “%1”").arg(candidate.text.trim()) : choice.match.name
            Accessible.selected: choice.highlighted
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: choice.isNew ? qsTr("New candidate: “%1”").arg(candidate.text.trim())
                                       : choice.match.name
                    textFormat: Text.PlainText
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: choice.isNew ? qsTr("Made when you press Start, with the email and role below")
                                       : [choice.match.role, choice.match.email, choice.match.statusLabel,
                                          choice.match.progressText].filter(t => t !== "").join(" · ")
                    textFormat: Text.PlainText
                    opacity: 0.7
                    font.pixelSize: Theme.px(12)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }
    Label {
        objectName: "candidateChoice"
        text: dialog.chosen
              ? qsTr("For %1, who is there already (%2).").arg(dialog.chosen.name)
                    .arg([dialog.chosen.role, dialog.chosen.statusLabel, dialog.chosen.progressText].filter(t => t !== "").join(", "))
              : candidate.text.trim() !== "" ? qsTr("A new candidate, “%1”.").arg(candidate.text.trim()) : ""
        textFormat: Text.PlainText
        visible: text !== ""
        opacity: 0.8
        font.pixelSize: Theme.px(12)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: email
        objectName: "emailField"
        Accessible.name: qsTr("Candidate email")
        placeholderText: qsTr("Email of the new candidate (optional)")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        visible: dialog.chosenId === 0
        inputMethodHints: Qt.ImhEmailCharactersOnly
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    TextField {
        id: roleField
        objectName: "roleField"
        Accessible.name: qsTr("Role")
        placeholderText: qsTr("Role")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    TextField {
        id: interviewer
        objectName: "interviewerField"
        Accessible.name: qsTr("Interviewer")
        placeholderText: qsTr("Interviewer")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        onAccepted: dialog.start()
    }
    TextField {
        id: scheduled
        objectName: "scheduledField"
        Accessible.name: qsTr("Scheduled time")
        placeholderText: qsTr("Scheduled time, optional: YYYY-MM-DD HH:MM")
        placeholderTextColor: Theme.placeholder
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
        font.pixelSize: Theme.px(12)
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
