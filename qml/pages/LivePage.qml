pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The live call: agenda, clock and pace, the current question with follow-ups,
// criteria, score and flags, and the notes, where the keyboard stays.
Page {
    id: page
    objectName: "livePage"

    readonly property LiveInterview live: InterviewDesk.live
    readonly property bool editable: live.active && !live.finished

    signal finishRequested()
    signal closeRequested()

    function focusNotes() {
        notes.forceActiveFocus()
    }

    // The digit a key stands for, also when Shift turned it into a symbol ("!" for 1
    // on most layouts); 0 for anything else.
    function digitOf(event: var): int {
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9)
            return event.key - Qt.Key_0
        const shifted = [Qt.Key_Exclam, Qt.Key_At, Qt.Key_NumberSign, Qt.Key_Dollar,
                         Qt.Key_Percent, Qt.Key_AsciiCircum, Qt.Key_Ampersand,
                         Qt.Key_Asterisk, Qt.Key_ParenLeft]
        const index = shifted.indexOf(event.key)
        return index >= 0 ? index + 1 : 0
    }

    // Every key of the live view, wherever the focus is (the notes call this first, so
    // their own Ctrl+Left / Ctrl+Right word moves give way). True when handled.
    function handleKey(event: var): bool {
        const ctrl = (event.modifiers & Qt.ControlModifier) !== 0
        const shift = (event.modifiers & Qt.ShiftModifier) !== 0
        const alt = (event.modifiers & Qt.AltModifier) !== 0
        const digit = page.digitOf(event)
        if (event.key === Qt.Key_F1) {
            cheatSheet.visible ? cheatSheet.close() : cheatSheet.open()
            return true
        }
        if (!page.live.active)
            return false
        if (ctrl && !shift && !alt && event.key === Qt.Key_Right) {
            page.live.next()
            return true
        }
        if (ctrl && !shift && !alt && event.key === Qt.Key_Left) {
            page.live.previous()
            return true
        }
        if (ctrl && !shift && !alt && digit >= 1 && digit <= 4) {
            page.live.setScore(digit)
            return true
        }
        if (ctrl && shift && event.key === Qt.Key_S) {
            page.live.skip()
            return true
        }
        if (ctrl && shift && digit === 1) {
            page.live.toggleFlagStrong()
            return true
        }
        if (ctrl && shift && digit === 2) {
            page.live.toggleFlagConcern()
            return true
        }
        if (ctrl && shift && event.key === Qt.Key_A && page.editable) {
            followUpField.forceActiveFocus()
            return true
        }
        if (alt && !ctrl && !shift && digit > 0) {
            page.live.toggleCriterion(digit - 1)
            return true
        }
        if (alt && shift && !ctrl && digit > 0) {
            page.live.toggleFollowUp(digit - 1)
            return true
        }
        if (ctrl && !shift && event.key === Qt.Key_P) {
            page.live.togglePause()
            return true
        }
        if (ctrl && !shift && event.key === Qt.Key_R && page.live.finished) {
            page.live.reopen()
            page.focusNotes()
            return true
        }
        if (ctrl && !shift && event.key === Qt.Key_E && page.editable) {
            page.finishRequested()
            return true
        }
        return false
    }

    Keys.onPressed: (event) => event.accepted = page.handleKey(event)

    header: ToolBar {
        Material.background: page.Material.background
        // A page's tool bar sits on the page, not on the primary colour: page text colour.
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        visible: page.live.active
        height: visible ? implicitHeight : 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12
            ColumnLayout {
                spacing: 0
                Label {
                    objectName: "liveCandidate"
                    text: page.live.candidate
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    Layout.maximumWidth: 360
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                }
                Label {
                    text: page.live.role !== "" ? page.live.role + " · " + page.live.planName : page.live.planName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    Layout.maximumWidth: 360
                    opacity: 0.7
                    font.pixelSize: 12
                }
            }
            Badge {
                text: page.live.finished ? qsTr("finished") : page.live.paused ? qsTr("paused") : ""
                tone: "archived"
            }
            Badge {
                text: page.live.amended ? qsTr("amended") : ""
                tone: "tag"
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "liveClock"
                text: qsTr("%1 of %2 min").arg(page.live.elapsedText).arg(page.live.targetMinutes)
                font.pixelSize: 20
            }
            Label {
                objectName: "livePace"
                text: page.live.paceText
                font.weight: Font.DemiBold
                color: page.live.paceSeconds <= -60 ? Material.color(Material.Red)
                     : page.live.paceSeconds >= 60 ? Material.color(Material.Green)
                     : page.Material.foreground
            }
            ToolButton {
                objectName: "pauseButton"
                text: page.live.paused ? qsTr("Resume") : qsTr("Pause")
                enabled: page.editable
                focusPolicy: Qt.NoFocus
                onClicked: page.live.togglePause()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Stop or restart the clocks (Ctrl+P)")
            }
            ToolButton {
                text: qsTr("Finish…")
                visible: page.editable
                focusPolicy: Qt.NoFocus
                onClicked: page.finishRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Recommendation and summary, then end the call (Ctrl+E)")
            }
            ToolButton {
                objectName: "reopenButton"
                text: qsTr("Reopen to amend")
                visible: page.live.finished
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit the record again; it is marked amended (Ctrl+R)")
                focusPolicy: Qt.NoFocus
                onClicked: {
                    page.live.reopen()
                    page.focusNotes()
                }
            }
            ToolButton {
                text: qsTr("Close")
                visible: page.live.finished
                focusPolicy: Qt.NoFocus
                onClicked: page.closeRequested()
            }
            ToolButton {
                text: qsTr("Keys")
                focusPolicy: Qt.NoFocus
                onClicked: cheatSheet.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Every shortcut of the live view (F1)")
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        visible: !page.live.active
        title: qsTr("No interview running")
        detail: qsTr("Start one from a plan: open Plans (Ctrl+2), select a plan and press Ctrl+Enter.")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.live.active

        // What the interviewer should know at a glance: behind, and what to drop.
        Pane {
            objectName: "skipHint"
            visible: page.live.skipHint !== "" || page.live.error !== "" || page.live.finished
            Layout.fillWidth: true
            padding: 8
            leftPadding: 16
            Material.background: page.live.error !== "" ? Qt.rgba(0.9, 0.2, 0.2, 0.15) : Qt.rgba(1, 0.6, 0, 0.14)
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: page.live.error !== "" ? page.live.error
                    : page.live.finished ? qsTr("Finished — recommendation: %1. %2").arg(page.recommendationLabel(page.live.recommendation)).arg(page.live.summary)
                    : page.live.skipHint
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The agenda: every question with its state and time against its budget.
            ListView {
                id: agenda
                objectName: "agenda"
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                clip: true
                model: page.live.agenda
                currentIndex: page.live.currentIndex
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: agendaRow
                    required property int index
                    required property string title
                    required property string state
                    required property int seconds
                    required property int budgetMinutes
                    required property int score
                    required property bool overBudget
                    required property bool flagStrong
                    required property bool flagConcern
                    width: ListView.view.width
                    highlighted: state === "current"
                    focusPolicy: Qt.NoFocus
                    onClicked: {
                        page.live.goTo(index)
                        page.focusNotes()
                    }
                    contentItem: RowLayout {
                        spacing: 8
                        Label {
                            text: agendaRow.state === "done" ? "✓"
                                : agendaRow.state === "skipped" ? "↷"
                                : agendaRow.state === "current" ? "▶" : "○"
                            color: agendaRow.state === "skipped" ? Material.color(Material.Orange)
                                 : agendaRow.state === "done" ? Material.color(Material.Green)
                                 : page.Material.foreground
                            Layout.preferredWidth: 14
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: (agendaRow.index + 1) + ". " + SafeText.cut(agendaRow.title, Limits.title)
                                textFormat: Text.PlainText
                                maximumLineCount: 1
                                elide: Text.ElideRight
                                font.weight: agendaRow.state === "current" ? Font.DemiBold : Font.Normal
                                opacity: agendaRow.state === "skipped" ? 0.6 : 1
                                Layout.fillWidth: true
                            }
                            Label {
                                text: Math.floor(agendaRow.seconds / 60) + ":" + String(agendaRow.seconds % 60).padStart(2, "0")
                                      + " / " + qsTr("%1 min").arg(agendaRow.budgetMinutes)
                                      + (agendaRow.flagStrong ? "  ★" : "") + (agendaRow.flagConcern ? "  ⚑" : "")
                                font.pixelSize: 12
                                color: agendaRow.overBudget ? Material.color(Material.Red) : page.Material.foreground
                                opacity: agendaRow.overBudget ? 1 : 0.7
                            }
                        }
                        Label {
                            text: agendaRow.score > 0 ? agendaRow.score : ""
                            font.weight: Font.Bold
                            color: Material.accent
                        }
                    }
                }
            }

            // The current question.
            ScrollView {
                id: questionPane
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: questionPane.availableWidth
                    spacing: 6

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Layout.topMargin: 12
                        spacing: 6
                        Row {
                            spacing: 6
                            Badge { text: page.live.category; tone: "category" }
                            Badge { text: page.live.level; tone: page.live.level }
                            Badge { text: page.live.kind }
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            objectName: "questionClock"
                            text: qsTr("Question %1 of %2 · %3 of %4 min")
                                    .arg(page.live.currentIndex + 1).arg(page.live.count)
                                    .arg(Math.floor(page.live.currentSeconds / 60) + ":" + String(page.live.currentSeconds % 60).padStart(2, "0"))
                                    .arg(page.live.budgetMinutes)
                            color: page.live.currentSeconds > page.live.budgetMinutes * 60 ? Material.color(Material.Red) : page.Material.foreground
                            opacity: 0.85
                        }
                    }
                    Label {
                        objectName: "questionTitle"
                        text: SafeText.cut(page.live.title, Limits.title)
                        textFormat: Text.PlainText
                        font.pixelSize: 22
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                    }
                    Label {
                        text: qsTr("Plan note: %1").arg(page.live.planNote)
                        textFormat: Text.PlainText
                        visible: page.live.planNote !== ""
                        font.italic: true
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                    }
                    TextEdit {
                        objectName: "livePrompt"
                        text: SafeText.markdown(page.live.prompt)
                        textFormat: TextEdit.RichText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: page.Material.foreground
                        font.pixelSize: 15
                        activeFocusOnPress: false
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                    }

                    SectionHeading { text: qsTr("Follow-ups · Alt+Shift+number marks asked") }
                    Repeater {
                        model: page.live.followUps
                        delegate: CheckBox {
                            id: followUpBox
                            text: followUpBox.label
                            required property int index
                            required property string label
                            required property bool marked
                            required property bool adHoc
                            objectName: "followUp"
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            focusPolicy: Qt.NoFocus
                            enabled: page.editable
                            checkState: marked ? Qt.Checked : Qt.Unchecked
                            nextCheckState: function() { return checkState }
                            onClicked: page.live.toggleFollowUp(index)
                            contentItem: Label {
                                leftPadding: followUpBox.indicator.width + followUpBox.spacing
                                // Bank follow-ups are Markdown (code in backticks); ad-hoc
                                // ones are what the interviewer typed, shown as typed.
                                text: followUpBox.adHoc ? (followUpBox.index + 1) + ". " + followUpBox.label + "  " + qsTr("(added)")
                                                        : SafeText.markdown("**" + (followUpBox.index + 1) + ".** " + followUpBox.label)
                                textFormat: followUpBox.adHoc ? Text.PlainText : Text.RichText
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                    TextField {
                        id: followUpField
                        objectName: "followUpField"
                        placeholderText: qsTr("Ask something else? Type it and press Enter (Ctrl+Shift+A)")
                        maximumLength: Limits.listText
                        enabled: page.editable
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Keys.onReturnPressed: {
                            page.live.addFollowUp(text)
                            clear()
                            page.focusNotes()
                        }
                        Keys.onEscapePressed: {
                            clear()
                            page.focusNotes()
                        }
                        Keys.onPressed: (event) => event.accepted = page.handleKey(event)
                    }

                    SectionHeading { text: qsTr("Rubric · Alt+number marks met") }
                    Repeater {
                        model: page.live.criteria
                        delegate: CheckBox {
                            id: criterionBox
                            text: criterionBox.label
                            required property int index
                            required property string label
                            required property bool marked
                            objectName: "criterion"
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            focusPolicy: Qt.NoFocus
                            enabled: page.editable
                            checkState: marked ? Qt.Checked : Qt.Unchecked
                            nextCheckState: function() { return checkState }
                            onClicked: page.live.toggleCriterion(index)
                            contentItem: Label {
                                leftPadding: criterionBox.indicator.width + criterionBox.spacing
                                // Criteria are Markdown, like follow-ups.
                                text: SafeText.markdown("**" + (criterionBox.index + 1) + ".** " + criterionBox.label)
                                textFormat: Text.RichText
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                    Item { Layout.preferredHeight: 12 }
                }
            }

            // Score, flags and notes: where the hands are during the call.
            ColumnLayout {
                SplitView.preferredWidth: 440
                SplitView.minimumWidth: 320
                spacing: 4

                SectionHeading { text: qsTr("Score · Ctrl+1…4") }
                Repeater {
                    model: 4
                    delegate: ItemDelegate {
                        id: scoreRow
                        required property int index
                        readonly property int value: index + 1
                        objectName: "score" + value
                        Layout.fillWidth: true
                        focusPolicy: Qt.NoFocus
                        enabled: page.editable
                        highlighted: page.live.score === value
                        onClicked: page.live.setScore(value)
                        contentItem: RowLayout {
                            spacing: 10
                            Rectangle {
                                Layout.preferredWidth: 26
                                Layout.preferredHeight: 26
                                Layout.alignment: Qt.AlignTop
                                radius: 13
                                color: scoreRow.highlighted ? Material.accent : "transparent"
                                border.color: Material.accent
                                Label {
                                    anchors.centerIn: parent
                                    text: scoreRow.value
                                    font.weight: Font.Bold
                                    color: scoreRow.highlighted ? "white" : Material.accent
                                }
                            }
                            Label {
                                // The anchor's text without its markup, escaped: three lines of
                                // it, elided, and nothing in it is read as a tag.
                                text: "<b>" + [qsTr("No signal"), qsTr("Junior"), qsTr("Middle"), qsTr("Senior")][scoreRow.index]
                                      + "</b> — " + SafeText.escaped(SafeText.cut(SafeText.markdownPlain(page.live.anchors[scoreRow.index] ?? ""), 600))
                                textFormat: Text.StyledText
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                font.pixelSize: 13
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.leftMargin: 12
                    spacing: 8
                    Button {
                        objectName: "flagStrong"
                        text: qsTr("★ Strong signal")
                        checkable: true
                        checked: page.live.flagStrong
                        enabled: page.editable
                        focusPolicy: Qt.NoFocus
                        flat: !checked
                        Material.elevation: 0
                        Material.background: checked ? "#C8E6C9" : "transparent"
                        Material.foreground: checked ? "#1B5E20" : page.Material.foreground
                        onClicked: page.live.toggleFlagStrong()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Ctrl+Shift+1")
                    }
                    Button {
                        objectName: "flagConcern"
                        text: qsTr("⚑ Concern")
                        checkable: true
                        checked: page.live.flagConcern
                        enabled: page.editable
                        focusPolicy: Qt.NoFocus
                        flat: !checked
                        Material.elevation: 0
                        Material.background: checked ? "#FFCDD2" : "transparent"
                        Material.foreground: checked ? "#B71C1C" : page.Material.foreground
                        onClicked: page.live.toggleFlagConcern()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Ctrl+Shift+2")
                    }
                }
                SectionHeading { text: qsTr("Notes · each line stamped with the time") }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.bottomMargin: 12
                    LimitedTextArea {
                        id: notes
                        objectName: "notes"
                        maximumLength: Limits.notes
                        text: page.live.notes
                        readOnly: !page.editable
                        wrapMode: TextArea.Wrap
                        selectByMouse: true
                        font.pixelSize: 14
                        placeholderText: qsTr("Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.")
                        onTextChanged: if (page.editable) page.live.setNotes(text)
                        Keys.onPressed: (event) => {
                            if (page.handleKey(event)) {
                                event.accepted = true
                                return
                            }
                            if (!page.editable)
                                return
                            const plain = (event.modifiers & (Qt.ControlModifier | Qt.AltModifier)) === 0
                            if (plain && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
                                notes.insert(notes.cursorPosition, "\n" + page.live.stamp())
                                event.accepted = true
                            } else if (plain && notes.length === 0 && event.text.length > 0 && event.text.trim().length > 0) {
                                // The first line gets its stamp as the first key lands.
                                notes.insert(0, page.live.stamp())
                            }
                        }
                    }
                }
            }
        }
    }

    function recommendationLabel(value: string): string {
        switch (value) {
        case "strong_no": return qsTr("Strong no")
        case "no": return qsTr("No")
        case "yes": return qsTr("Yes")
        case "strong_yes": return qsTr("Strong yes")
        default: return ""
        }
    }

    CheatSheet {
        id: cheatSheet
        anchors.centerIn: parent
    }
}
