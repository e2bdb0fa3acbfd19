pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The history section: every interview, with the PDF preview and the comparison of
// candidates over it. Built the first time it is shown.
StackView {
    id: historyStack
    objectName: "historyStack"

    // Interview `id` is to be shown in the live view.
    signal openRequested(int interviewId)
    // The debrief of interview `interviewId`'s candidate is to be shown.
    signal debriefRequested(int interviewId)
    // Something to tell in the window's snackbar.
    signal notice(string text)

    // The history page, built on first use.
    function historyPage(): HistoryPage {
        historyLoader.active = true
        return historyLoader.item as HistoryPage
    }
    // Typing goes to the search, unless a preview or comparison is open.
    function focusPage() {
        if (historyStack.depth === 1)
            historyStack.historyPage().focusSearch()
    }

    initialItem: historyLoader

    Loader {
        id: historyLoader
        active: false
        source: "HistoryPage.qml"
    }
    Connections {
        target: historyLoader.item as HistoryPage
        function onOpenRequested(id: int) { historyStack.openRequested(id) }
        function onDebriefRequested(id: int) { historyStack.debriefRequested(id) }
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
                historyStack.historyPage().focusSearch()
            }
            onSaved: (file) => historyStack.notice(qsTr("Saved %1").arg(decodeURIComponent(file.toString().replace("file://", ""))))
        }
    }

    Component {
        id: comparePage
        ComparePage {
            onDone: {
                historyStack.pop()
                historyStack.historyPage().focusSearch()
            }
        }
    }
}
