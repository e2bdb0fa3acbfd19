pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Every interview with search and filters, and a read-only record of the selected one:
// from here a summary is previewed and saved as PDF, an interview reopened, candidates
// compared, and candidate data removed.
Page {
    id: page
    objectName: "historyPage"
    Accessible.name: qsTr("Interviews")

    readonly property InterviewListModel interviews: InterviewDesk.interviews
    readonly property InterviewRecordModel record: InterviewDesk.record
    readonly property int selectedId: list.currentItem ? (list.currentItem as HistoryRow).interviewId : 0

    signal openRequested(int interviewId)
    signal previewRequested(int interviewId)
    signal compareRequested(int planId)
    // The debrief of the selected interview's candidate.
    signal debriefRequested(int interviewId)

    // "All plans" first, then every plan that has interviews.
    function planChoices(plans: var): var {
        const choices = [{ planId: 0, planName: qsTr("All plans") }]
        for (let i = 0; i < plans.length; ++i)
            choices.push(plans[i])
        return choices
    }

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    // Shows interview `id` selected, its record beside it (from a candidate's loop): the
    // search and filters are cleared so it is in the list.
    function showInterview(id: int) {
        // Hidden (the view is being switched to): once shown, as a hidden list cannot take
        // the keyboard.
        if (!page.visible) {
            page.pendingInterview = id
            return
        }
        search.text = ""
        statusBox.currentIndex = 0
        page.interviews.status = ""
        planBox.currentIndex = 0
        page.interviews.planId = 0
        list.currentIndex = page.interviews.rowOf(id)
        list.positionViewAtIndex(list.currentIndex, ListView.Contain)
        list.forceActiveFocus()
    }

    onSelectedIdChanged: if (selectedId > 0) page.record.load(selectedId)
    // The interview showInterview() was asked for while the page was hidden.
    property int pendingInterview: 0
    onVisibleChanged: {
        if (visible && pendingInterview > 0) {
            const id = pendingInterview
            pendingInterview = 0
            showInterview(id)
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: page.visible
        onActivated: page.focusSearch()
    }
    Shortcut {
        sequence: "Delete"
        enabled: page.visible && page.selectedId > 0 && !search.activeFocus
        onActivated: removeDialog.ask(false)
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.visible && page.selectedId > 0
        onActivated: page.debriefRequested(page.selectedId)
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: page.visible && page.selectedId > 0
        onActivated: page.previewRequested(page.selectedId)
    }

    header: ToolBar {
        Material.background: page.Material.background
        Material.foreground: page.Material.foreground
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 2
            ToolButton {
                objectName: "openInterviewButton"
                text: qsTr("Open")
                enabled: page.selectedId > 0
                onClicked: page.openRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Open in the interview console, to continue or amend (Enter)")
            }
            ToolButton {
                objectName: "previewPdfButton"
                text: qsTr("PDF summary…")
                enabled: page.selectedId > 0
                onClicked: page.previewRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Preview the summary for the hiring team, then save it (Ctrl+P)")
            }
            ToolButton {
                objectName: "historyDebriefButton"
                text: qsTr("Debrief…")
                enabled: page.selectedId > 0
                onClicked: page.debriefRequested(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Every scorecard of this candidate side by side, and the decision (Ctrl+D)")
            }
            ToolButton {
                text: qsTr("Compare plan…")
                enabled: page.selectedId > 0 && page.record.planId > 0
                onClicked: page.compareRequested(page.record.planId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Every candidate of this plan side by side")
            }
            ToolButton {
                objectName: "deleteInterviewButton"
                text: qsTr("Delete…")
                enabled: page.selectedId > 0
                onClicked: removeDialog.ask(false)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Erase this interview from the database (Delete)")
            }
            ToolButton {
                objectName: "deleteCandidateButton"
                text: qsTr("Delete candidate…")
                enabled: page.selectedId > 0
                onClicked: removeDialog.ask(true)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Erase every interview of this candidate")
            }
            Item { Layout.fillWidth: true }
        }
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 420
            SplitView.minimumWidth: 320
            spacing: 4

            TextField {
                id: search
                objectName: "historySearch"
                Accessible.name: qsTr("Search interviews")
                Accessible.searchEdit: true
                placeholderText: qsTr("Search candidate, role, plan, interviewer (Ctrl+F)")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.queryLength
                selectByMouse: true
                Layout.fillWidth: true
                Layout.margins: 12
                Layout.bottomMargin: 0
                onTextChanged: page.interviews.search = text
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onReturnPressed: list.forceActiveFocus()
            }
            RowLayout {
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                spacing: 8
                ComboBox {
                    id: statusBox
                    objectName: "statusFilter"
                    Accessible.name: qsTr("Status: %1").arg(displayText)
                    textRole: "label"
                    valueRole: "key"
                    model: page.interviews.statusChoices
                    onActivated: page.interviews.status = currentValue
                    Layout.preferredWidth: 180
                }
                ComboBox {
                    id: planBox
                    objectName: "planFilter"
                    Accessible.name: qsTr("Plan: %1").arg(displayText)
                    textRole: "planName"
                    valueRole: "planId"
                    model: page.planChoices(page.interviews.plans)
                    // Plan names show as typed in the list of choices too.
                    delegate: PlainMenuItem {
                        required property int index
                        required property var modelData
                        width: ListView.view.width
                        text: modelData.planName
                        highlighted: planBox.highlightedIndex === index
                    }
                    onActivated: page.interviews.planId = currentValue
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("%n interview(s)", "", list.count)
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                Layout.leftMargin: 16
            }

            ListView {
                id: list
                objectName: "historyList"
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Interviews")
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.interviews
                currentIndex: count > 0 ? 0 : -1
                highlightMoveDuration: 0
                keyNavigationEnabled: true
                ScrollBar.vertical: LaneScrollBar { id: listBar }
                Keys.onReturnPressed: if (page.selectedId > 0) page.openRequested(page.selectedId)
                delegate: HistoryRow {
                    width: list.width - listBar.lane
                    highlighted: ListView.isCurrentItem
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                    }
                    onDoubleClicked: page.openRequested(interviewId)
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    objectName: "noInterviews"
                    visible: list.count === 0
                    title: search.text !== "" ? qsTr("No interview matches") : qsTr("No interviews yet")
                    detail: search.text !== "" ? qsTr("Try fewer letters, or clear the filters.")
                                               : qsTr("Run one from a plan (Plans, Ctrl+Enter); finished interviews land here.")
                    keys: search.text !== "" ? qsTr("Ctrl+F: the search field") : qsTr("Ctrl+2: plans · Ctrl+Enter: start an interview")
                }
            }
        }

        InterviewRecord {
            SplitView.fillWidth: true
            record: page.record
            visible: page.selectedId > 0
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeDialog"
        anchors.centerIn: parent
        width: 520
        modal: true
        property bool wholeCandidate: false
        property string candidate: ""
        property int count: 0
        // The candidate's name only in a plain-text heading: the style's own title label
        // would read it as markup.
        title: qsTr("Delete this interview?")
        header: DialogTitle {
            text: removeDialog.wholeCandidate ? qsTr("Delete everything about %1?").arg(removeDialog.candidate)
                                              : qsTr("Delete this interview?")
        }

        function ask(whole: bool) {
            wholeCandidate = whole
            candidate = page.record.candidate
            count = whole ? InterviewDesk.candidateInterviewCount(candidate) : 1
            open()
        }

        Label {
            width: parent.width
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: removeDialog.wholeCandidate
                  ? qsTr("All %n interview(s) of %1 go: notes, scores, criteria, follow-ups, recommendations and summaries. They are erased from the database file itself, not just hidden. This cannot be undone.", "", removeDialog.count).arg(removeDialog.candidate)
                  : qsTr("The interview with %1 on %2 (%3) goes: its notes, scores, criteria, follow-ups, recommendation and summary. It is erased from the database file itself, not just hidden. This cannot be undone.")
                        .arg(removeDialog.candidate).arg(page.record.dateText).arg(page.record.planName)
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: removeDialog.close()
            }
            Button {
                objectName: "confirmRemoveButton"
                text: qsTr("Delete")
                highlighted: true
                // Material's red turns light in the dark theme, under white text.
                Material.accent: Theme.negative
                onClicked: {
                    if (removeDialog.wholeCandidate)
                        InterviewDesk.removeCandidate(removeDialog.candidate)
                    else
                        InterviewDesk.removeInterview(page.selectedId)
                    removeDialog.close()
                    list.forceActiveFocus()
                }
            }
        }
    }
}
