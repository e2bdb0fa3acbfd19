pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Ends the call: an overall recommendation and a summary are both required.
Dialog {
    id: dialog
    objectName: "finishDialog"
    modal: true
    // Centred in the window and inside it at any size; the content scrolls when the
    // window is shorter than the dialog.
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (Overlay.overlay?.width ?? 600) - 32)
    height: Math.min(implicitHeight, (Overlay.overlay?.height ?? 700) - 32)
    // The candidate's name only in a plain-text heading: the style's own title label
    // would read it as markup.
    title: qsTr("Finish the interview")
    header: DialogTitle { text: qsTr("Finish the interview with %1").arg(InterviewDesk.live.candidate) }

    // A Vocabulary recommendation; Vocabulary.Recommendation.None until one is chosen.
    property int recommendation: InterviewDesk.live.recommendation
    property string problem: ""
    // The LiveInterview.FinishCheck `problem` says; it clears once that is put right.
    property int problemCheck: LiveInterview.FinishReady
    // The questions left skipped, not asked or not scored, as the dialog opened.
    property string openQuestions: ""

    onRecommendationChanged: dialog.recheck()

    function recheck() {
        if (problem !== "" && problemCheck !== LiveInterview.FinishReady
                && InterviewDesk.live.checkFinish(recommendation, summary.text) !== problemCheck)
            problem = ""
    }

    signal finished()

    // A dim layer in both themes (Material's own is a light wash in the dark theme).
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    onOpened: {
        recommendation = InterviewDesk.live.recommendation
        summary.text = InterviewDesk.live.summary
        problem = ""
        problemCheck = LiveInterview.FinishReady
        openQuestions = InterviewDesk.live.openQuestionsText()
        choices.forceActiveFocus()
    }

    function submit() {
        // What is missing is LiveInterview's to say; the dialog shows it and goes there.
        const check = InterviewDesk.live.checkFinish(recommendation, summary.text)
        if (check !== LiveInterview.FinishReady) {
            problem = InterviewDesk.live.finishCheckText(check)
            problemCheck = check
            if (check === LiveInterview.NeedsRecommendation)
                choices.forceActiveFocus()
            else
                summary.forceActiveFocus()
            return
        }
        if (InterviewDesk.live.finish(recommendation, summary.text)) {
            dialog.close()
            dialog.finished()
        } else {
            problem = InterviewDesk.live.error
            problemCheck = LiveInterview.FinishReady
        }
    }

    // Ctrl+Enter finishes from anywhere in the dialog.
    function isSubmit(event: var): bool {
        return (event.modifiers & Qt.ControlModifier) && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
    ColumnLayout {
        width: scroller.availableWidth
        spacing: 8
        Label {
            objectName: "finishOpenQuestions"
            text: dialog.openQuestions
            textFormat: Text.PlainText
            visible: text !== ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: Material.color(Material.Orange, Material.Shade800)
        }
        Label {
            text: qsTr("Recommendation (1–4 or arrows)")
            font.weight: Font.DemiBold
        }
        Flow {
            id: choices
            Layout.fillWidth: true
            objectName: "recommendationChoices"
            focus: true
            spacing: 4
            // [{value, key, label}], weakest first: key N picks the Nth.
            readonly property var values: Vocabulary.recommendations
            function indexOf(value: int): int {
                for (let i = 0; i < values.length; ++i) {
                    if (values[i].value === value)
                        return i
                }
                return -1
            }
            Keys.onPressed: (event) => {
                const at = indexOf(dialog.recommendation)
                const last = values.length - 1
                if (dialog.isSubmit(event)) {
                    dialog.submit()
                    event.accepted = true
                } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_1 + last) {
                    dialog.recommendation = values[event.key - Qt.Key_1].value
                    event.accepted = true
                } else if (event.key === Qt.Key_Right) {
                    dialog.recommendation = values[Math.min(last, at + 1)].value
                    event.accepted = true
                } else if (event.key === Qt.Key_Left) {
                    dialog.recommendation = values[Math.max(0, at < 0 ? 0 : at - 1)].value
                    event.accepted = true
                } else if (event.key === Qt.Key_Tab) {
                    summary.forceActiveFocus()
                    event.accepted = true
                }
            }
            Repeater {
                model: choices.values
                delegate: Button {
                    required property int index
                    required property var modelData
                    text: (index + 1) + "  " + modelData.label
                    checkable: true
                    checked: dialog.recommendation === modelData.value
                    focusPolicy: Qt.NoFocus
                    // Chosen: white on a dark green or red, readable in both themes.
                    Material.background: checked ? (Vocabulary.isPositive(modelData.value) ? Theme.positive : Theme.negative)
                                                 : undefined
                    Material.foreground: checked ? Theme.textOnChoice : undefined
                    onClicked: dialog.recommendation = modelData.value
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 2
            color: choices.activeFocus ? Material.accent : "transparent"
        }
        Label {
            text: qsTr("Summary")
            font.weight: Font.DemiBold
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            LimitedTextArea {
                id: summary
                objectName: "summaryField"
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("What the hiring team should know: strengths, concerns, level.")
                onTextChanged: dialog.recheck()
                Keys.onPressed: (event) => {
                    if (dialog.isSubmit(event)) {
                        dialog.submit()
                        event.accepted = true
                    }
                }
            }
        }
        Label {
            objectName: "finishProblem"
            text: dialog.problem
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: Material.color(Material.Red)
            visible: text !== ""
        }
    }
    }

    footer: DialogFooter {
        Button {
            text: qsTr("Keep going")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "finishButton"
            text: qsTr("Finish (Ctrl+Enter)")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.submit()
        }
    }
}
