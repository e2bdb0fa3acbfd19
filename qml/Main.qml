pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.settings
import Panelist.Core

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: sections.currentIndex === 0 ? qsTr("Panelist — Question bank")
         : sections.currentIndex === 1 ? qsTr("Panelist — Interview plans")
         : sections.currentIndex === 3 ? qsTr("Panelist — History")
         : InterviewDesk.live.active ? qsTr("Panelist — Interview with %1").arg(InterviewDesk.live.candidate)
         : qsTr("Panelist — Interview")

    Material.theme: appearance.dark ? Material.Dark : Material.Light
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    function openEditor() {
        stack.push(editorPage)
    }

    // Shows `text` for a few seconds at the bottom of the window.
    function notify(text: string) {
        snackbarText.text = text
        snackbar.opacity = 1
        snackbarTimer.restart()
    }

    function showInterview() {
        sections.currentIndex = 2
        window.livePage().focusNotes()
    }

    Settings {
        id: appearance
        category: "appearance"
        property bool dark: false
        property alias windowWidth: window.width
        property alias windowHeight: window.height
    }

    Shortcut {
        sequence: "Ctrl+Q" // StandardKey.Quit; qmllint 6.4 cannot resolve StandardKey
        onActivated: window.close()
    }

    // Quitting flushes a pending draft first, so nothing typed in the last moment is lost.
    onClosing: QuestionBank.editor.flushDraft()
    onActiveFocusItemChanged: QuestionBank.editor.flushDraft()

    header: ToolBar {
        Material.foreground: "white"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12

            Image {
                source: "qrc:/icons/panelist.png"
                sourceSize.width: 28
                sourceSize.height: 28
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Panelist")
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
            TabBar {
                id: sections
                objectName: "sections"
                focusPolicy: Qt.NoFocus
                // Typing goes to the section just opened.
                onCurrentIndexChanged: {
                    if (currentIndex === 3 && historyStack.depth === 1)
                        window.historyPage().focusSearch()
                    else if (currentIndex === 2)
                        window.livePage().focusNotes()
                    else if (currentIndex === 1)
                        window.plansPage().focusList()
                    else if (stack.depth === 1)
                        (bankLoader.item as BankPage).focusSearch()
                }
                Material.background: "transparent"
                Material.accent: "white"
                Layout.fillWidth: true
                TabButton {
                    text: qsTr("Bank · %n question(s)", "", QuestionBank.questionCount)
                    width: implicitWidth
                }
                TabButton {
                    objectName: "plansTab"
                    text: qsTr("Plans")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "interviewTab"
                    text: InterviewDesk.live.active && !InterviewDesk.live.finished
                          ? qsTr("Interview · %1").arg(InterviewDesk.live.elapsedText) : qsTr("Interview")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "historyTab"
                    text: qsTr("History")
                    width: implicitWidth
                }
            }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                onClicked: settingsDialog.open()
            }
            ToolButton {
                objectName: "themeButton"
                text: appearance.dark ? qsTr("Light theme") : qsTr("Dark theme")
                onClicked: appearance.dark = !appearance.dark
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Switch between the light and the dark look")
            }
        }
    }

    // In the live interview Ctrl+1…4 score; there Ctrl+PgUp / Ctrl+PgDown change section.
    readonly property bool scoring: sections.currentIndex === 2 && InterviewDesk.live.active
    Shortcut {
        sequence: "Ctrl+1"
        enabled: !window.scoring
        onActivated: sections.currentIndex = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: !window.scoring
        onActivated: sections.currentIndex = 1
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: !window.scoring
        onActivated: window.showInterview()
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: !window.scoring
        onActivated: sections.currentIndex = 3
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        onActivated: sections.currentIndex = (sections.currentIndex + 3) % 4
    }
    Shortcut {
        sequence: "Ctrl+PgDown"
        onActivated: sections.currentIndex = (sections.currentIndex + 1) % 4
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: sections.currentIndex

        StackView {
            id: stack
            objectName: "stack"
            initialItem: bankLoader
        }

        StackView {
            id: planStack
            objectName: "planStack"
            initialItem: plansLoader
        }

        // The interview and history pages are built the first time they are shown: the
        // window's first frame should not wait for them.
        Loader {
            id: liveLoader
            active: false
            source: "LivePage.qml"
        }

        StackView {
            id: historyStack
            objectName: "historyStack"
            initialItem: historyLoader
        }
    }

    // The live page, built on first use.
    function livePage(): LivePage {
        liveLoader.active = true
        return liveLoader.item as LivePage
    }
    function historyPage(): HistoryPage {
        historyLoader.active = true
        return historyLoader.item as HistoryPage
    }

    Connections {
        target: liveLoader.item as LivePage
        function onFinishRequested() { finishDialog.open() }
        function onCloseRequested() {
            InterviewDesk.live.close()
            sections.currentIndex = 3
        }
    }

    Loader {
        id: historyLoader
        active: false
        source: "HistoryPage.qml"
    }
    Connections {
        target: historyLoader.item as HistoryPage
        function onOpenRequested(id: int) {
            if (InterviewDesk.open(id))
                window.showInterview()
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
                window.historyPage().focusSearch()
            }
            onSaved: (file) => window.notify(qsTr("Saved %1").arg(decodeURIComponent(file.toString().replace("file://", ""))))
        }
    }

    Component {
        id: comparePage
        ComparePage {
            onDone: {
                historyStack.pop()
                window.historyPage().focusSearch()
            }
        }
    }

    Loader {
        id: settingsDialog
        anchors.centerIn: parent
        function open() {
            if (!item)
                source = "SettingsDialog.qml"
            const dialog = item as SettingsDialog
            dialog.open()
        }
    }

    Loader {
        id: plansLoader
        active: false
        source: "PlansPage.qml"
    }
    function plansPage(): PlansPage {
        plansLoader.active = true
        return plansLoader.item as PlansPage
    }
    Connections {
        target: plansLoader.item as PlansPage
        function onOpenRequested(id: int) {
            if (PlanBook.editor.open(id))
                planStack.push(planEditorPage)
        }
        function onStartRequested(id: int, name: string, role: string) {
            startDialog.openFor(id, name, role)
        }
    }

    Loader {
        id: startDialog
        anchors.centerIn: parent
        function openFor(id: int, name: string, role: string) {
            if (!item)
                source = "StartInterviewDialog.qml"
            const dialog = item as StartInterviewDialog
            dialog.openFor(id, name, role)
        }
    }
    Connections {
        target: startDialog.item as StartInterviewDialog
        function onStarted() { window.showInterview() }
        function onClosed() {
            if (sections.currentIndex === 1)
                window.plansPage().focusList()
        }
    }

    Loader {
        id: finishDialog
        anchors.centerIn: parent
        function open() {
            if (!item)
                source = "FinishDialog.qml"
            const dialog = item as FinishDialog
            dialog.open()
        }
    }
    Connections {
        target: finishDialog.item as FinishDialog
        function onClosed() { window.livePage().focusNotes() }
    }

    Component {
        id: planEditorPage
        PlanEditorPage {
            onDone: {
                planStack.pop()
                window.plansPage().focusList()
            }
        }
    }

    Loader {
        id: bankLoader
        source: "BankPage.qml"
        // Back on screen (at start, and after the editor): typing goes to the search.
        StackView.onActivated: (item as BankPage).focusSearch()
    }

    Connections {
        target: bankLoader.item as BankPage
        function onEditRequested(id: int) {
            if (QuestionBank.editor.open(id))
                window.openEditor()
        }
        function onNewRequested() {
            QuestionBank.editor.openNew(QuestionBank.questions.category)
            window.openEditor()
        }
        function onDuplicateRequested(id: int) {
            if (QuestionBank.editor.openCopy(id))
                window.openEditor()
        }
        function onImportRequested() { importDialog.open() }
        function onExportRequested() { exportDialog.open() }
    }

    Component {
        id: editorPage
        EditorPage {
            objectName: "editorPage"
            onDone: (id) => {
                stack.pop()
                const page = bankLoader.item as BankPage
                if (id > 0)
                    page.select(id)
                page.focusSearch()
            }
        }
    }

    // Dialogs are built when first needed: they are rarely used and cost start-up time.
    Loader {
        id: importDialog
        function open() {
            if (!item)
                source = "ImportDialog.qml"
            const dialog = item as ImportDialog
            dialog.open()
        }
    }
    Connections {
        target: importDialog.item as ImportDialog
        function onAccepted() {
            const dialog = importDialog.item as ImportDialog
            if (QuestionBank.importJob.start(dialog.selectedFile))
                importProgress.open()
        }
    }

    Loader {
        id: exportDialog
        function open() {
            if (!item)
                source = "ExportDialog.qml"
            const dialog = item as ExportDialog
            dialog.open()
        }
    }

    Loader {
        id: importProgress
        anchors.centerIn: parent
        function open() {
            if (!item)
                source = "ImportProgressDialog.qml"
            const dialog = item as ImportProgressDialog
            dialog.open()
        }
    }

    Loader {
        id: draftDialog
        anchors.centerIn: parent
        function open() {
            if (!item)
                source = "DraftDialog.qml"
            const dialog = item as DraftDialog
            dialog.open()
        }
    }
    Connections {
        target: draftDialog.item as DraftDialog
        function onRestoreRequested() {
            if (QuestionBank.editor.restoreDraft())
                window.openEditor()
        }
    }

    Component.onCompleted: {
        if (QuestionBank.editor.hasDraft)
            draftDialog.open()
        // An interview still live when the app stopped (a crash, a kill, a flat battery)
        // opens again exactly where it was.
        // Retention (off unless set) runs before anything is shown, and says what went.
        const removed = InterviewDesk.applyRetention()
        if (removed !== "")
            window.notify(removed)
        if (InterviewDesk.resumeLive()) {
            sections.currentIndex = 2
            window.notify(qsTr("Resumed the interview with %1.").arg(InterviewDesk.live.candidate))
        }
    }

    // Short confirmations ("Archived …", import results) at the bottom of the window.
    Pane {
        id: snackbar
        objectName: "snackbar"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        visible: opacity > 0
        opacity: 0
        // A long message (an import's reasons) wraps instead of running off the window.
        contentWidth: Math.min(snackbarText.implicitWidth, window.width - 160)
        Material.elevation: 6
        Material.background: window.Material.theme === Material.Dark ? "#424242" : "#323232"
        Behavior on opacity { NumberAnimation { duration: 150 } }
        Label {
            id: snackbarText
            color: "white"
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            width: parent.width
        }
        Timer {
            id: snackbarTimer
            interval: 4000
            onTriggered: snackbar.opacity = 0
        }
        Connections {
            target: QuestionBank
            function onMessageChanged() { window.notify(QuestionBank.message) }
        }
    }
}
