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
    width: 560
    // The candidate's name only in a plain-text heading: the style's own title label
    // would read it as markup.
    title: qsTr("Finish the interview")
    header: DialogTitle { text: qsTr("Finish the interview with %1").arg(InterviewDesk.live.candidate) }

    property string recommendation: InterviewDesk.live.recommendation
    property string problem: ""

    signal finished()

    onOpened: {
        recommendation = InterviewDesk.live.recommendation
        summary.text = InterviewDesk.live.summary
        problem = ""
        choices.forceActiveFocus()
    }

    function submit() {
        if (recommendation === "") {
            problem = qsTr("Choose a recommendation.")
            choices.forceActiveFocus()
            return
        }
        if (summary.text.trim() === "") {
            problem = qsTr("Write a summary for the hiring team.")
            summary.forceActiveFocus()
            return
        }
        if (InterviewDesk.live.finish(recommendation, summary.text)) {
            dialog.close()
            dialog.finished()
        } else {
            problem = InterviewDesk.live.error
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("Recommendation (1–4 or arrows)")
            font.weight: Font.DemiBold
        }
        RowLayout {
            id: choices
            objectName: "recommendationChoices"
            focus: true
            spacing: 4
            readonly property var values: ["strong_no", "no", "yes", "strong_yes"]
            readonly property var labels: [qsTr("Strong no"), qsTr("No"), qsTr("Yes"), qsTr("Strong yes")]
            Keys.onPressed: (event) => {
                const at = values.indexOf(dialog.recommendation)
                if (event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
                    dialog.recommendation = values[event.key - Qt.Key_1]
                    event.accepted = true
                } else if (event.key === Qt.Key_Right) {
                    dialog.recommendation = values[Math.min(3, at + 1)]
                    event.accepted = true
                } else if (event.key === Qt.Key_Left) {
                    dialog.recommendation = values[Math.max(0, at < 0 ? 0 : at - 1)]
                    event.accepted = true
                } else if (event.key === Qt.Key_Tab) {
                    summary.forceActiveFocus()
                    event.accepted = true
                }
            }
            Repeater {
                model: 4
                delegate: Button {
                    required property int index
                    text: (index + 1) + "  " + choices.labels[index]
                    checkable: true
                    checked: dialog.recommendation === choices.values[index]
                    highlighted: checked
                    focusPolicy: Qt.NoFocus
                    Material.accent: index < 2 ? Material.Red : Material.Green
                    onClicked: dialog.recommendation = choices.values[index]
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
                Keys.onPressed: (event) => {
                    if ((event.modifiers & Qt.ControlModifier) && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
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
            onClicked: dialog.submit()
        }
    }
}
