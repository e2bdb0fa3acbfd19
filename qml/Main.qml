import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.settings
import Panelist.Core

// The window: its tool bar and sections, its keys, its dialogs and its snackbar, wired
// together. What it does as it opens is decided in C++ (app/startup.h) and handed in.
ApplicationWindow {
    id: window

    // Set by Window::load from the start-up.
    property bool offerDraft: false
    property bool resumed: false
    property string startMessage: ""

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: bar.currentIndex === 0 ? qsTr("Panelist — Question bank")
         : bar.currentIndex === 1 ? qsTr("Panelist — Interview plans")
         : bar.currentIndex === 3 ? qsTr("Panelist — History")
         : InterviewDesk.live.active ? qsTr("Panelist — Interview with %1").arg(InterviewDesk.live.candidate)
         : qsTr("Panelist — Interview")

    Material.theme: appearance.dark ? Material.Dark : Material.Light
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    // Shows `text` for a few seconds at the bottom of the window.
    function notify(text: string) {
        snackbar.show(text)
    }

    function showInterview() {
        bar.currentIndex = 2
        window.livePage().focusNotes()
    }

    // The live page, built on first use.
    function livePage(): LivePage {
        liveLoader.active = true
        return liveLoader.item as LivePage
    }

    Settings {
        id: appearance
        category: "appearance"
        property bool dark: false
        property alias windowWidth: window.width
        property alias windowHeight: window.height
    }

    // Quitting flushes a pending draft first, so nothing typed in the last moment is lost.
    onClosing: QuestionBank.editor.flushDraft()
    onActiveFocusItemChanged: QuestionBank.editor.flushDraft()

    header: WindowHeader {
        id: bar
        dark: appearance.dark
        onSettingsRequested: dialogs.openSettings()
        onThemeToggled: appearance.dark = !appearance.dark
        // Typing goes to the section just opened.
        onCurrentIndexChanged: {
            if (currentIndex === 0)
                bank.focusPage()
            else if (currentIndex === 1)
                plans.focusList()
            else if (currentIndex === 2)
                window.livePage().focusNotes()
            else
                history.focusPage()
        }
    }

    WindowShortcuts {
        section: bar.currentIndex
        // In the live interview Ctrl+1…4 score; there Ctrl+PgUp / Ctrl+PgDown change section.
        scoring: bar.currentIndex === 2 && InterviewDesk.live.active
        onQuitRequested: window.close()
        onSectionRequested: (index) => {
            if (index === 2)
                window.showInterview()
            else
                bar.currentIndex = index
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: bar.currentIndex

        BankSection {
            id: bank
            onImportRequested: dialogs.openImport()
            onExportRequested: dialogs.openExport()
        }

        PlansSection {
            id: plans
            onStartRequested: (id, name, role) => dialogs.openStart(id, name, role)
        }

        // The interview and history pages are built the first time they are shown: the
        // window's first frame should not wait for them.
        Loader {
            id: liveLoader
            active: false
            source: "LivePage.qml"
        }

        HistorySection {
            id: history
            onOpenRequested: (id) => {
                if (InterviewDesk.open(id))
                    window.showInterview()
            }
            onNotice: (text) => window.notify(text)
        }
    }

    Connections {
        target: liveLoader.item as LivePage
        function onFinishRequested() { dialogs.openFinish() }
        function onCloseRequested() {
            InterviewDesk.live.close()
            bar.currentIndex = 3
        }
    }

    DialogsHost {
        id: dialogs
        anchors.fill: parent
        onInterviewStarted: window.showInterview()
        onStartClosed: {
            if (bar.currentIndex === 1)
                plans.focusList()
        }
        onFinishClosed: window.livePage().focusNotes()
        onDraftRestored: bank.openEditor()
    }

    // Carries out the start-up: the draft offered back, the resumed interview shown, and
    // what happened said.
    Component.onCompleted: {
        if (window.offerDraft)
            dialogs.openDraft()
        if (window.resumed)
            bar.currentIndex = 2
        if (window.startMessage !== "")
            window.notify(window.startMessage)
    }

    Snackbar {
        id: snackbar
    }
    Connections {
        target: QuestionBank
        function onMessageChanged() { window.notify(QuestionBank.message) }
    }
}
