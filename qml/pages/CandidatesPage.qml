pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Every candidate with search and filters (role, status, stage), each with how far the
// loop is; the selected candidate's details and loop. From here a candidate's status is
// set, an offered duplicate merged, a candidate removed, the debrief asked for, and an
// interview of the loop opened in the interviews view.
Page {
    id: page
    objectName: "candidatesPage"
    Accessible.name: qsTr("Candidates")

    readonly property CandidateListModel candidates: CandidateDesk.candidates
    readonly property CandidateLoopModel loop: CandidateDesk.loop
    readonly property var current: CandidateDesk.current
    readonly property int selectedId: page.current.candidateId !== undefined ? page.current.candidateId : 0
    readonly property var duplicates: page.current.duplicates !== undefined ? page.current.duplicates : []

    // Interview `interviewId` is to be shown in the interviews view (its record).
    signal recordRequested(int interviewId)

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    // The list's current row follows the desk's current candidate (kept across refreshes
    // and filters), and the desk follows the list.
    Connections {
        target: page.candidates
        function onCurrentRowChanged() {
            // Hidden by the filters: the first row then.
            const row = page.candidates.currentRow >= 0 ? page.candidates.currentRow
                                                        : (list.count > 0 ? 0 : -1)
            if (list.currentIndex !== row)
                list.currentIndex = row
            else
                page.candidates.currentId = page.candidates.idAt(row)
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: page.visible
        onActivated: page.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.visible && page.selectedId > 0
        onActivated: CandidateDesk.openDebrief(page.selectedId)
    }
    Shortcut {
        sequence: "Ctrl+T"
        enabled: page.visible && page.selectedId > 0
        onActivated: statusMenu.popup(statusButton, 0, statusButton.height)
    }
    Shortcut {
        sequence: "Ctrl+M"
        enabled: page.visible && page.duplicates.length > 0
        onActivated: mergeDialog.ask(page.duplicates[0])
    }
    Shortcut {
        sequence: "Delete"
        enabled: page.visible && page.selectedId > 0 && !search.activeFocus
        onActivated: removeDialog.open()
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
            // Main.qml opens the debrief dialog on CandidateDesk.debriefRequested.
            ToolButton {
                objectName: "debriefButton"
                text: qsTr("Debrief…")
                enabled: page.selectedId > 0
                onClicked: CandidateDesk.openDebrief(page.selectedId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Every scorecard of this candidate side by side, and the decision (Ctrl+D)")
            }
            ToolButton {
                id: statusButton
                objectName: "statusButton"
                text: qsTr("Status…")
                enabled: page.selectedId > 0
                onClicked: statusMenu.popup(statusButton, 0, statusButton.height)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Active, hired, rejected or withdrawn (Ctrl+T)")
            }
            ToolButton {
                objectName: "mergeButton"
                text: qsTr("Merge…")
                enabled: page.duplicates.length > 0
                onClicked: mergeDialog.ask(page.duplicates[0])
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Merge a candidate whose name differs only in letter case or accents (Ctrl+M)")
            }
            ToolButton {
                objectName: "removeCandidateButton"
                text: qsTr("Remove…")
                enabled: page.selectedId > 0
                onClicked: removeDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Erase this candidate and every interview of theirs (Delete)")
            }
            Item { Layout.fillWidth: true }
        }
    }

    Menu {
        id: statusMenu
        objectName: "statusMenu"
        Repeater {
            model: CandidateDesk.statusChoices
            delegate: MenuItem {
                id: statusItem
                required property var modelData
                // Qt 6.4 gives a menu item no press action: pressed as a click.
                Accessible.onPressAction: statusItem.clicked()
                text: modelData.label
                checkable: true
                checked: page.current.statusKey === modelData.key
                onTriggered: {
                    statusMenu.close()
                    CandidateDesk.setStatus(page.selectedId, modelData.key)
                    list.forceActiveFocus()
                }
            }
        }
        onClosed: if (!list.activeFocus && !loopList.activeFocus) list.forceActiveFocus()
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 440
            SplitView.minimumWidth: 340
            spacing: 4

            TextField {
                id: search
                objectName: "candidateSearch"
                Accessible.name: qsTr("Search candidates")
                Accessible.searchEdit: true
                placeholderText: qsTr("Search name, email, role (Ctrl+F)")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.queryLength
                selectByMouse: true
                Layout.fillWidth: true
                Layout.margins: 12
                Layout.bottomMargin: 0
                onTextChanged: page.candidates.search = text
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onReturnPressed: list.forceActiveFocus()
            }
            ComboBox {
                objectName: "roleFilter"
                Accessible.name: qsTr("Role: %1").arg(displayText)
                textRole: "label"
                valueRole: "key"
                model: page.candidates.roleChoices
                delegate: PlainMenuItem {
                    required property int index
                    required property var modelData
                    width: ListView.view.width
                    text: modelData.label
                }
                onActivated: page.candidates.role = currentValue
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
            }
            RowLayout {
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                spacing: 6
                ComboBox {
                    objectName: "candidateStatusFilter"
                    Accessible.name: qsTr("Status: %1").arg(displayText)
                    textRole: "label"
                    valueRole: "key"
                    model: page.candidates.statusChoices
                    onActivated: page.candidates.status = currentValue
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                ComboBox {
                    objectName: "stageFilter"
                    Accessible.name: qsTr("Stage: %1").arg(displayText)
                    textRole: "label"
                    valueRole: "key"
                    model: page.candidates.stageChoices
                    onActivated: page.candidates.stage = currentValue
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
            }
            Label {
                text: page.candidates.count === page.candidates.totalCount
                      ? qsTr("%n candidate(s)", "", page.candidates.count)
                      : qsTr("%1 of %2 candidates").arg(page.candidates.count).arg(page.candidates.totalCount)
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                Layout.leftMargin: 16
            }

            ListView {
                id: list
                objectName: "candidateList"
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Candidates")
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                model: page.candidates
                highlightMoveDuration: 0
                keyNavigationEnabled: true
                ScrollBar.vertical: LaneScrollBar { id: listBar }
                Component.onCompleted: {
                    if (page.candidates.currentRow >= 0)
                        currentIndex = page.candidates.currentRow
                    else if (count > 0)
                        currentIndex = 0
                }
                onCurrentIndexChanged: page.candidates.currentId = page.candidates.idAt(currentIndex)
                onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                Keys.onReturnPressed: if (loopList.count > 0) loopList.forceActiveFocus()
                Keys.onRightPressed: if (loopList.count > 0) loopList.forceActiveFocus()
                delegate: CandidateRow {
                    width: list.width - listBar.lane
                    highlighted: ListView.isCurrentItem
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    objectName: "noCandidates"
                    visible: list.count === 0
                    title: page.candidates.totalCount > 0 ? qsTr("No candidate matches")
                                                          : qsTr("No candidates yet")
                    detail: page.candidates.totalCount > 0
                            ? qsTr("Try fewer letters, or set the filters back to any.")
                            : qsTr("Start an interview from a plan (Plans, Ctrl+Enter) and pick or name the candidate there.")
                    keys: page.candidates.totalCount > 0 ? qsTr("Ctrl+F: the search field")
                                                         : qsTr("Ctrl+2: plans · Ctrl+Enter: start an interview")
                }
            }
        }

        ColumnLayout {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 360
            spacing: 2
            visible: page.selectedId > 0

            Label {
                objectName: "candidateName"
                text: page.current.name !== undefined ? page.current.name : ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(22)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 12
            }
            Label {
                objectName: "candidateFacts"
                text: page.selectedId > 0
                      ? [page.current.role, page.current.email, page.current.statusLabel,
                         page.current.statusKey === "active" ? page.current.stageLabel : "",
                         page.current.progressText].filter(t => t !== "").join(" · ")
                      : ""
                textFormat: Text.PlainText
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Pane {
                objectName: "duplicateNotice"
                visible: page.duplicates.length > 0
                Layout.fillWidth: true
                Layout.margins: 12
                Material.elevation: 1
                RowLayout {
                    anchors.fill: parent
                    spacing: 8
                    Label {
                        text: page.duplicates.length > 0
                              ? qsTr("May be the same person as “%1”: the names differ only in letter case or accents.").arg(page.duplicates[0].name)
                              : ""
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Merge… (Ctrl+M)")
                        flat: true
                        onClicked: mergeDialog.ask(page.duplicates[0])
                    }
                }
            }
            SectionHeading {
                text: qsTr("Loop · %1").arg(page.current.progressText !== undefined ? page.current.progressText : "")
                Layout.fillWidth: true
            }
            ListView {
                id: loopList
                objectName: "loopList"
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Interviews of the loop")
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.loop
                currentIndex: count > 0 ? 0 : -1
                highlightMoveDuration: 0
                keyNavigationEnabled: true
                ScrollBar.vertical: LaneScrollBar { id: loopBar }
                Keys.onReturnPressed: {
                    const id = page.loop.idAt(currentIndex)
                    if (id > 0)
                        page.recordRequested(id)
                }
                Keys.onLeftPressed: list.forceActiveFocus()
                Keys.onEscapePressed: list.forceActiveFocus()
                delegate: LoopRow {
                    width: loopList.width - loopBar.lane
                    highlighted: ListView.isCurrentItem && loopList.activeFocus
                    onClicked: {
                        loopList.currentIndex = index
                        loopList.forceActiveFocus()
                    }
                    onDoubleClicked: page.recordRequested(interviewId)
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    objectName: "noLoopInterviews"
                    visible: loopList.count === 0
                    title: qsTr("No interviews yet")
                    detail: qsTr("Start one from a plan (Plans, Ctrl+Enter) and pick this candidate.")
                    keys: qsTr("Ctrl+2: plans · Ctrl+Enter: start an interview")
                }
            }
            Label {
                text: qsTr("Enter or → opens the loop; Enter on an interview opens its record.")
                textFormat: Text.PlainText
                opacity: 0.6
                font.pixelSize: Theme.px(12)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: 12
            }
        }
    }

    WindowDialog {
        id: mergeDialog
        objectName: "mergeDialog"
        preferredWidth: 520
        property int fromId: 0
        property string fromName: ""
        property int intoId: 0
        property string intoName: ""
        title: qsTr("Merge these candidates?")
        header: DialogTitle {
            text: qsTr("Merge “%1” into “%2”?").arg(mergeDialog.fromName).arg(mergeDialog.intoName)
        }

        // `other` ({candidateId, name}) goes into the selected candidate.
        function ask(other: var) {
            fromId = other.candidateId
            fromName = other.name
            intoId = page.selectedId
            intoName = page.current.name
            open()
        }
        // The other way round: the selected candidate goes into the other.
        function swap() {
            const id = fromId
            const name = fromName
            fromId = intoId
            fromName = intoName
            intoId = id
            intoName = name
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("Every interview of “%1” moves to “%2”, and carries the name “%2” from now on; “%1” is deleted. Only merge when they are the same person.")
                  .arg(mergeDialog.fromName).arg(mergeDialog.intoName)
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: mergeDialog.close()
            }
            Button {
                objectName: "swapMergeButton"
                text: qsTr("Keep “%1” instead").arg(mergeDialog.fromName)
                flat: true
                onClicked: mergeDialog.swap()
            }
            Button {
                objectName: "confirmMergeButton"
                text: qsTr("Merge")
                highlighted: true
                onClicked: {
                    CandidateDesk.merge(mergeDialog.fromId, mergeDialog.intoId)
                    mergeDialog.close()
                    list.forceActiveFocus()
                }
            }
        }
    }

    WindowDialog {
        id: removeDialog
        objectName: "removeCandidateDialog"
        preferredWidth: 520
        title: qsTr("Remove this candidate?")
        header: DialogTitle {
            text: qsTr("Remove %1?").arg(page.current.name !== undefined ? page.current.name : "")
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: {
                const name = page.current.name !== undefined ? page.current.name : ""
                const count = page.current.interviews !== undefined ? page.current.interviews : 0
                return count === 0
                        ? qsTr("%1 goes: their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.").arg(name)
                        : qsTr("%1 goes with all %n interview(s) of theirs: notes, scores, criteria, follow-ups, scorecards, recommendations and summaries, and their name, email, role and status. It is erased from the database file itself, not just hidden. This cannot be undone.", "", count).arg(name)
            }
        }
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: removeDialog.close()
            }
            Button {
                objectName: "confirmRemoveCandidateButton"
                text: qsTr("Remove")
                highlighted: true
                Material.accent: Theme.negative
                onClicked: {
                    CandidateDesk.remove(page.selectedId)
                    removeDialog.close()
                    list.forceActiveFocus()
                }
            }
        }
    }
}
