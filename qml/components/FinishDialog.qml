pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Ends the call and submits the scorecard in the order the interviewer works through it:
// per competency of the plan a 1–4 rating with the question scores that are its evidence
// and a suggested rating (shown, never forced); key takeaways, pros and cons; then the
// overall recommendation and a summary, both required. The focus starts on the first
// competency (on the recommendation when the plan names none); Tab / Shift+Tab walk
// each competency → takeaways → pros → cons → recommendation → summary and round again;
// the focused field scrolls into view; Ctrl+Enter finishes from any of them.
Dialog {
    id: dialog
    objectName: "finishDialog"
    modal: true
    // Centred in the window and inside it at any size; the content scrolls when the
    // window is shorter than the dialog.
    anchors.centerIn: Overlay.overlay
    width: Math.min(dialog.competencies.length > 0 ? 720 : 560, (Overlay.overlay?.width ?? 600) - 32)
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
    // The scorecard: LiveInterview.scorecardCompetencies() as the dialog opened, and the
    // rating chosen for each (0: not rated), in the same order.
    property var competencies: []
    property var ratings: []
    readonly property string unrated: competencies.length > 0 ? InterviewDesk.live.unratedText(ratings) : ""

    function rate(index: int, value: int) {
        const next = ratings.slice()
        next[index] = next[index] === value ? 0 : value
        ratings = next
    }

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
        competencies = InterviewDesk.live.scorecardCompetencies()
        ratings = competencies.map(c => c.rating)
        const texts = InterviewDesk.live.scorecardTexts()
        takeaways.text = texts.takeaways
        pros.text = texts.pros
        cons.text = texts.cons
        // The first competency; without any, the recommendation (1–4, Tab to the summary).
        if (ratingRows.count > 0)
            dialog.focusField(0)
        else
            choices.forceActiveFocus()
    }

    // Scrolls the dialog so that `item` (which has just got the focus), and `label` above
    // it when given, are in view.
    function reveal(item, label) {
        const flick = scroller.contentItem as Flickable
        if (!flick || !item)
            return
        const top = (label ?? item).mapToItem(flick.contentItem, 0, 0).y
        const bottom = item.mapToItem(flick.contentItem, 0, item.height).y
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - 8)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, bottom - flick.height + 8))
    }

    // The fields in Tab order: each competency, takeaways, pros, cons, the recommendation,
    // the summary. `position` counts in that order.
    readonly property int fieldCount: ratingRows.count + 5
    function focusField(position: int) {
        const at = ((position % fieldCount) + fieldCount) % fieldCount
        const rows = ratingRows.count
        if (at < rows)
            (ratingRows.itemAt(at) as ScorecardRatingRow).forceActiveFocus()
        else
            [takeaways, pros, cons, choices, summary][at - rows].forceActiveFocus()
    }
    // Tab (forward) or Shift+Tab from the field at `position`.
    function step(position: int, forward: bool) {
        focusField(position + (forward ? 1 : -1))
    }
    // The keys every text field shares: Ctrl+Enter finishes, Tab / Shift+Tab walk.
    function textKeys(event: var, position: int) {
        if (dialog.isSubmit(event)) {
            dialog.submit()
            event.accepted = true
        } else if (event.key === Qt.Key_Tab && event.modifiers === Qt.NoModifier) {
            dialog.step(position, true)
            event.accepted = true
        } else if (event.key === Qt.Key_Backtab) {
            dialog.step(position, false)
            event.accepted = true
        }
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
        if (competencies.length > 0 || takeaways.text !== "" || pros.text !== "" || cons.text !== "") {
            if (!InterviewDesk.live.setScorecard(ratings, takeaways.text, pros.text, cons.text)) {
                problem = InterviewDesk.live.error
                problemCheck = LiveInterview.FinishReady
                return
            }
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
            id: scorecardLabel
            visible: dialog.competencies.length > 0
            text: qsTr("Scorecard: rate each competency (1–4 or arrows, Tab for the next)")
            font.weight: Font.DemiBold
        }
        Repeater {
            id: ratingRows
            model: dialog.competencies
            delegate: ScorecardRatingRow {
                id: ratingRow
                required property int index
                required property var modelData
                Layout.fillWidth: true
                objectName: "ratingRow" + index
                competency: modelData
                rating: dialog.ratings[index] ?? 0
                onRated: (value) => dialog.rate(index, value)
                onSubmitRequested: dialog.submit()
                onNextRequested: dialog.step(index, true)
                onPreviousRequested: dialog.step(index, false)
                onActiveFocusChanged: if (activeFocus) dialog.reveal(ratingRow, index === 0 ? scorecardLabel : null)
            }
        }
        Label {
            objectName: "finishUnrated"
            text: dialog.unrated
            textFormat: Text.PlainText
            visible: text !== ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: Material.color(Material.Orange, Material.Shade800)
        }
        Label {
            id: takeawaysLabel
            Layout.topMargin: dialog.competencies.length > 0 ? 6 : 0
            text: qsTr("Key takeaways")
            font.weight: Font.DemiBold
        }
        ScrollView {
            id: takeawaysBox
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            LimitedTextArea {
                id: takeaways
                objectName: "takeawaysField"
                Accessible.name: qsTr("Key takeaways")
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("The two or three things the panel should remember.")
                placeholderTextColor: Theme.placeholder
                onActiveFocusChanged: if (activeFocus) dialog.reveal(takeawaysBox, takeawaysLabel)
                Keys.onPressed: (event) => dialog.textKeys(event, ratingRows.count)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Label {
                    id: prosLabel
                    text: qsTr("Pros")
                    font.weight: Font.DemiBold
                }
                ScrollView {
                    id: prosBox
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    LimitedTextArea {
                        id: pros
                        objectName: "prosField"
                        Accessible.name: qsTr("Pros")
                        wrapMode: TextArea.Wrap
                        placeholderText: qsTr("What speaks for hiring.")
                        placeholderTextColor: Theme.placeholder
                        onActiveFocusChanged: if (activeFocus) dialog.reveal(prosBox, prosLabel)
                        Keys.onPressed: (event) => dialog.textKeys(event, ratingRows.count + 1)
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Label {
                    id: consLabel
                    text: qsTr("Cons")
                    font.weight: Font.DemiBold
                }
                ScrollView {
                    id: consBox
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    LimitedTextArea {
                        id: cons
                        objectName: "consField"
                        Accessible.name: qsTr("Cons")
                        wrapMode: TextArea.Wrap
                        placeholderText: qsTr("What speaks against.")
                        placeholderTextColor: Theme.placeholder
                        onActiveFocusChanged: if (activeFocus) dialog.reveal(consBox, consLabel)
                        Keys.onPressed: (event) => dialog.textKeys(event, ratingRows.count + 2)
                    }
                }
            }
        }
        Label {
            id: recommendationLabel
            Layout.topMargin: 6
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
            onActiveFocusChanged: if (activeFocus) dialog.reveal(choices, recommendationLabel)
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
                    dialog.step(ratingRows.count + 3, true)
                    event.accepted = true
                } else if (event.key === Qt.Key_Backtab) {
                    dialog.step(ratingRows.count + 3, false)
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
            id: summaryLabel
            text: qsTr("Summary")
            font.weight: Font.DemiBold
        }
        ScrollView {
            id: summaryBox
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            LimitedTextArea {
                id: summary
                objectName: "summaryField"
                Accessible.name: qsTr("Summary (required)")
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("What the hiring team should know: strengths, concerns, level.")
                placeholderTextColor: Theme.placeholder
                onTextChanged: dialog.recheck()
                onActiveFocusChanged: if (activeFocus) dialog.reveal(summaryBox, summaryLabel)
                Keys.onPressed: (event) => dialog.textKeys(event, ratingRows.count + 4)
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
