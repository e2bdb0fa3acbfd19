pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The candidates section (Ctrl+4): two views, Candidates (every candidate with their
// loop) and Interviews (every interview with its record), switched with Ctrl+Shift+C and Ctrl+Shift+I; the
// PDF preview and the comparison of candidates open over them. Each view is built the
// first time it is shown.
StackView {
    id: historyStack
    objectName: "historyStack"

    // 0 Candidates, 1 Interviews.
    property int view: 0

    // Interview `id` is to be shown in the live view.
    signal openRequested(int interviewId)
    // The debrief of interview `interviewId`'s candidate is to be shown.
    signal debriefRequested(int interviewId)
    // Something to tell in the window's snackbar.
    signal notice(string text)

    // The interviews page, built on first use.
    function historyPage(): HistoryPage {
        historyLoader.active = true
        return historyLoader.item as HistoryPage
    }
    function candidatesPage(): CandidatesPage {
        candidatesLoader.active = true
        return candidatesLoader.item as CandidatesPage
    }
    // Typing goes to the view's search, unless a preview or comparison is open.
    function focusPage() {
        if (historyStack.depth !== 1)
            return
        if (historyStack.view === 0)
            historyStack.candidatesPage().focusSearch()
        else
            historyStack.historyPage().focusSearch()
    }
    // The view to give the keyboard once the layout shows it: a hidden item cannot take it.
    property bool focusPending: false
    function showView(index: int) {
        historyStack.view = index
        const page = index === 0 ? historyStack.candidatesPage() as Item : historyStack.historyPage() as Item
        if (page.visible)
            historyStack.focusPage()
        else
            historyStack.focusPending = true
    }

    initialItem: views
    onViewChanged: viewTabs.currentIndex = view

    // Ctrl+Shift+C the candidates, Ctrl+Shift+I the interviews. (Ctrl+Tab moves Qt Quick's
    // focus, and Alt+letter is typed into a text field on X11.)
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: historyStack.visible && historyStack.depth === 1
        onActivated: historyStack.showView(0)
    }
    Shortcut {
        sequence: "Ctrl+Shift+I"
        enabled: historyStack.visible && historyStack.depth === 1
        onActivated: historyStack.showView(1)
    }

    Item {
        id: views
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            TabBar {
                id: viewTabs
                objectName: "historyViews"
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Candidates or interviews")
                Layout.fillWidth: true
                // A click on a tab.
                onCurrentIndexChanged: if (historyStack.view !== currentIndex) historyStack.showView(currentIndex)
                TabButton {
                    objectName: "candidatesViewTab"
                    text: qsTr("Candidates · %1").arg(CandidateDesk.candidates.totalCount)
                    width: implicitWidth
                    focusPolicy: Qt.NoFocus
                    Accessible.onPressAction: viewTabs.currentIndex = TabBar.index
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Every candidate and their loop (Ctrl+Shift+C)")
                }
                TabButton {
                    objectName: "interviewsViewTab"
                    text: qsTr("Interviews · %1").arg(InterviewDesk.interviews.totalCount)
                    width: implicitWidth
                    focusPolicy: Qt.NoFocus
                    Accessible.onPressAction: viewTabs.currentIndex = TabBar.index
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Every interview and its record (Ctrl+Shift+I)")
                }
            }
            StackLayout {
                currentIndex: historyStack.view
                Layout.fillWidth: true
                Layout.fillHeight: true
                Loader {
                    id: candidatesLoader
                    active: historyStack.view === 0
                    source: "CandidatesPage.qml"
                    // Built once, kept while the other view shows.
                    onLoaded: active = Qt.binding(() => true)
                }
                Loader {
                    id: historyLoader
                    active: historyStack.view === 1
                    source: "HistoryPage.qml"
                    onLoaded: active = Qt.binding(() => true)
                }
            }
        }
    }
    Connections {
        target: candidatesLoader.item as CandidatesPage
        function onRecordRequested(id: int) {
            historyStack.view = 1
            historyStack.historyPage().showInterview(id)
        }
        function onVisibleChanged() {
            const page = candidatesLoader.item as CandidatesPage
            if (page.visible && historyStack.focusPending) {
                historyStack.focusPending = false
                page.focusSearch()
            }
        }
    }
    Connections {
        target: CandidateDesk
        function onNotice(text: string) { historyStack.notice(text) }
    }
    Connections {
        target: historyLoader.item as HistoryPage
        function onOpenRequested(id: int) { historyStack.openRequested(id) }
        function onDebriefRequested(id: int) { historyStack.debriefRequested(id) }
        function onVisibleChanged() {
            const page = historyLoader.item as HistoryPage
            if (page.visible && historyStack.focusPending) {
                historyStack.focusPending = false
                page.focusSearch()
            }
        }
        function onPreviewRequested(id: int) {
            const preview = historyStack.push(pdfPreviewPage) as PdfPreviewPage
            preview.show(id)
        }
        function onCompareRequested(planId: int) {
            const compare = historyStack.push(comparePage) as ComparePage
            compare.showPlan(planId)
        }
    }

    Component {
        id: pdfPreviewPage
        PdfPreviewPage {
            onDone: {
                historyStack.pop()
                historyStack.focusPage()
            }
            onSaved: (file) => historyStack.notice(qsTr("Saved %1").arg(decodeURIComponent(file.toString().replace("file://", ""))))
        }
    }

    Component {
        id: comparePage
        ComparePage {
            onDone: {
                historyStack.pop()
                historyStack.focusPage()
            }
        }
    }
}
