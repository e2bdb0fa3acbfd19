pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The debrief of one candidate (DebriefDesk): every submitted scorecard the interviewer
// may read side by side — competencies × interviewers with each rating and its evidence,
// the recommendations, takeaways, pros and cons — with the disagreements marked, and the
// lead's decision form. Keys: 1–3 choose the decision, Tab to the reason, Ctrl+Enter
// records it, Ctrl+S saves the packet PDF, Esc closes.
WindowDialog {
    id: dialog
    objectName: "debriefDialog"

    preferredWidth: 1100
    preferredHeight: 0
    title: qsTr("Debrief")
    header: DialogTitle {
        objectName: "debriefTitle"
        text: qsTr("Debrief — %1").arg(DebriefDesk.candidateName)
    }

    // The decision chosen in the form ("advance", "hire", "reject"); "" until chosen.
    property string choice: ""
    property string problem: ""
    // The width of one interviewer's column in the grid.
    readonly property real columnWidth: Math.max(150, Math.min(260, (dialog.availableWidth - 200) / Math.max(1, DebriefDesk.interviewers.length)))

    signal decided()

    function openFor(candidateId: int): bool {
        if (!DebriefDesk.open(candidateId))
            return false
        dialog.prepareForm()
        dialog.open()
        return true
    }
    function openForInterview(interviewId: int): bool {
        if (!DebriefDesk.openForInterview(interviewId))
            return false
        dialog.prepareForm()
        dialog.open()
        return true
    }
    function prepareForm() {
        choice = ""
        problem = ""
        reason.text = ""
    }
    function submit() {
        if (!DebriefDesk.canDecide) {
            problem = DebriefDesk.decideRefusal
            return
        }
        if (choice === "") {
            problem = qsTr("Choose the decision first: 1 advance, 2 hire, 3 reject.")
            choices.forceActiveFocus()
            return
        }
        if (reason.text.trim() === "") {
            problem = qsTr("Write the reason: the panel's why, in a sentence or two.")
            reason.forceActiveFocus()
            return
        }
        if (DebriefDesk.decide(choice, reason.text)) {
            prepareForm()
            dialog.decided()
        } else {
            problem = DebriefDesk.error
        }
    }
    // The non-empty parts, separated by dots.
    function joined(parts: list<string>): string {
        let text = ""
        for (const part of parts) {
            if (part !== "")
                text += (text !== "" ? " · " : "") + part
        }
        return text
    }
    function isSubmit(event: var): bool {
        return (event.modifiers & Qt.ControlModifier) && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
    }

    onOpened: choices.forceActiveFocus()

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.visible
        onActivated: dialog.submit()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: dialog.visible
        onActivated: saveDialog.open()
    }

    // What the debrief holds and lacks.
    Label {
        objectName: "debriefFacts"
        text: dialog.joined([DebriefDesk.candidateRole, DebriefDesk.statusLabel,
                             qsTr("%n scorecard(s) you may read", "", DebriefDesk.interviewers.length)])
        textFormat: Text.PlainText
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "debriefMissing"
        text: DebriefDesk.missingText
        textFormat: Text.PlainText
        visible: text !== ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Material.color(Material.Orange, dialog.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade900)
    }

    // ---- the grid: competencies down, interviewers across ----------------------------
    SectionHeading {
        text: qsTr("Competencies by interviewer")
        leftPadding: 0
    }
    Label {
        visible: DebriefDesk.interviewers.length === 0
        text: DebriefDesk.hidden > 0 ? qsTr("Nothing to read yet: submit your own scorecard for this candidate first (the bias guard).")
                                     : qsTr("No scorecard is in yet. Each interviewer's scorecard shows here once they finish their interview.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    Label {
        visible: DebriefDesk.interviewers.length > 0 && DebriefDesk.grid.count === 0
        text: qsTr("The scorecards rate no competencies; their recommendations and notes are below.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    RowLayout {
        visible: DebriefDesk.interviewers.length > 0
        spacing: 0
        Label {
            text: qsTr("Competency")
            font.weight: Font.DemiBold
            Layout.preferredWidth: 180
        }
        Repeater {
            model: DebriefDesk.interviewers
            delegate: Label {
                required property string modelData
                text: modelData
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.weight: Font.DemiBold
                Layout.preferredWidth: dialog.columnWidth
            }
        }
        Label {
            text: qsTr("Panel")
            font.weight: Font.DemiBold
        }
    }
    Repeater {
        objectName: "debriefGrid"
        model: DebriefDesk.grid
        delegate: Rectangle {
            id: row
            required property string name
            required property var ratingTexts
            required property var evidence
            required property string meanText
            required property int spread
            required property bool disagrees
            objectName: "debriefRow"
            Layout.fillWidth: true
            implicitHeight: cells.implicitHeight + 8
            radius: 4
            color: disagrees ? Qt.rgba(0.9, 0.45, 0.1, dialog.Material.theme === Material.Dark ? 0.25 : 0.14) : "transparent"
            RowLayout {
                id: cells
                x: 4
                y: 4
                width: parent.width - 8
                spacing: 0
                Label {
                    text: row.name
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.preferredWidth: 176
                    Layout.alignment: Qt.AlignTop
                }
                Repeater {
                    model: row.ratingTexts.length
                    delegate: ColumnLayout {
                        id: cell
                        required property int index
                        spacing: 0
                        Layout.preferredWidth: dialog.columnWidth
                        Layout.alignment: Qt.AlignTop
                        Label {
                            text: row.ratingTexts[cell.index]
                            font.pixelSize: Theme.px(18)
                            font.weight: Font.DemiBold
                            color: text === "–" ? dialog.Material.hintTextColor : dialog.Material.foreground
                        }
                        Label {
                            text: row.evidence[cell.index]
                            textFormat: Text.PlainText
                            visible: text !== ""
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.px(11)
                            opacity: 0.7
                            Layout.preferredWidth: dialog.columnWidth - 12
                        }
                    }
                }
                Label {
                    text: row.disagrees ? qsTr("%1 apart — talk it through").arg(row.spread)
                                        : qsTr("mean %1").arg(row.meanText)
                    color: row.disagrees ? Material.color(Material.Orange, dialog.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
                                         : dialog.Material.foreground
                    font.weight: row.disagrees ? Font.DemiBold : Font.Normal
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }

    // ---- recommendations and notes, one column per interviewer -----------------------
    SectionHeading {
        visible: DebriefDesk.interviewers.length > 0
        text: DebriefDesk.mixedRecommendations ? qsTr("Scorecards — the recommendations are mixed") : qsTr("Scorecards")
        color: DebriefDesk.mixedRecommendations ? Material.color(Material.Orange, dialog.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900) : Material.accent
        leftPadding: 0
    }
    Flow {
        Layout.fillWidth: true
        spacing: 12
        Repeater {
            model: DebriefDesk.scorecards
            delegate: Pane {
                id: card
                required property var modelData
                objectName: "debriefScorecard"
                width: Math.max(240, Math.min(340, (dialog.availableWidth - 40) / Math.max(1, Math.min(3, DebriefDesk.scorecards.length))))
                padding: 10
                Material.elevation: 1
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    Label {
                        text: card.modelData.interviewer
                        textFormat: Text.PlainText
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: dialog.joined([card.modelData.plan, card.modelData.submitted, card.modelData.amended ? qsTr("amended") : ""])
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.px(11)
                        opacity: 0.7
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Badge {
                        text: card.modelData.recommendationLabel
                        tone: card.modelData.recommendationSide > 0 ? "positive" : card.modelData.recommendationSide < 0 ? "negative" : "archived"
                    }
                    Repeater {
                        model: [[qsTr("Summary"), card.modelData.summary],
                                [qsTr("Key takeaways"), card.modelData.takeaways],
                                [qsTr("Pros"), card.modelData.pros],
                                [qsTr("Cons"), card.modelData.cons]]
                        delegate: ColumnLayout {
                            id: part
                            required property var modelData
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: part.modelData[0]
                                font.pixelSize: Theme.px(11)
                                font.weight: Font.Bold
                                font.capitalization: Font.AllUppercase
                                opacity: 0.7
                            }
                            Label {
                                text: part.modelData[1] !== "" ? part.modelData[1] : qsTr("Nothing written.")
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                opacity: part.modelData[1] !== "" ? 1 : 0.6
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }

    // ---- the decision ------------------------------------------------------------------
    SectionHeading {
        text: qsTr("Decision")
        leftPadding: 0
    }
    Label {
        objectName: "debriefDecision"
        text: DebriefDesk.decisionText !== "" ? DebriefDesk.decisionText : qsTr("No decision yet.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.weight: DebriefDesk.decisionText !== "" ? Font.DemiBold : Font.Normal
        Layout.fillWidth: true
    }
    Label {
        text: DebriefDesk.earlierDecisions.length > 0 ? qsTr("%n earlier decision(s), superseded.", "", DebriefDesk.earlierDecisions.length) : ""
        visible: text !== ""
        opacity: 0.7
    }
    Label {
        text: DebriefDesk.decideRefusal
        visible: !DebriefDesk.canDecide
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.error
    }
    RowLayout {
        id: choices
        objectName: "decisionChoices"
        enabled: DebriefDesk.canDecide
        focus: true
        spacing: 4
        Keys.onPressed: (event) => {
            const values = DebriefDesk.decisionChoices
            if (dialog.isSubmit(event)) {
                dialog.submit()
                event.accepted = true
            } else if (event.key >= Qt.Key_1 && event.key < Qt.Key_1 + values.length) {
                dialog.choice = values[event.key - Qt.Key_1].key
                dialog.problem = ""
                event.accepted = true
            } else if (event.key === Qt.Key_Tab) {
                reason.forceActiveFocus()
                event.accepted = true
            }
        }
        Label {
            text: qsTr("Decide (1–3):")
        }
        Repeater {
            model: DebriefDesk.decisionChoices
            delegate: Button {
                required property int index
                required property var modelData
                objectName: "decision_" + modelData.key
                text: (index + 1) + "  " + modelData.label
                checkable: true
                checked: dialog.choice === modelData.key
                focusPolicy: Qt.NoFocus
                highlighted: checked
                onClicked: {
                    dialog.choice = modelData.key
                    dialog.problem = ""
                    reason.forceActiveFocus()
                }
            }
        }
        Rectangle {
            visible: choices.activeFocus
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: Material.accent
        }
    }
    TextArea {
        id: reason
        objectName: "decisionReason"
        enabled: DebriefDesk.canDecide
        placeholderText: qsTr("Reason (required): why the panel decided so")
        placeholderTextColor: Theme.placeholder
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(72, implicitHeight)
        Keys.onPressed: (event) => {
            if (dialog.isSubmit(event)) {
                dialog.submit()
                event.accepted = true
            } else if (event.key === Qt.Key_Backtab) {
                choices.forceActiveFocus()
                event.accepted = true
            }
        }
        onTextChanged: if (text.trim() !== "" && dialog.problem !== "" && dialog.choice !== "") dialog.problem = ""
    }
    Label {
        objectName: "decisionProblem"
        text: dialog.problem
        visible: text !== ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.error
    }

    footer: DialogFooter {
        Button {
            text: qsTr("Close")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "saveDebriefPdfButton"
            text: qsTr("Save packet PDF… (Ctrl+S)")
            flat: true
            onClicked: saveDialog.open()
        }
        Button {
            objectName: "recordDecisionButton"
            text: qsTr("Record decision (Ctrl+Enter)")
            enabled: DebriefDesk.canDecide
            highlighted: true
            onClicked: dialog.submit()
        }
    }

    SaveDialogLoader {
        id: saveDialog
        objectName: "debriefSaveDialog"
        title: qsTr("Save the debrief packet")
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        currentFile: SaveFolder.file(DebriefDesk.suggestedPdfName())
        onAccepted: {
            if (!DebriefDesk.exportPdf(selectedFile))
                dialog.problem = DebriefDesk.error
            else
                dialog.problem = ""
        }
    }
}
