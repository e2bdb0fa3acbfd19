import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.settings
import Panelist.Core
import Panelist.App

// The window: its tool bar and sections, its keys, its dialogs and its snackbar, wired
// together. What it does as it opens is decided in C++ (app/startup.h) and handed in.
ApplicationWindow {
    id: window

    // Set by Window::load from the start-up.
    property bool offerDraft: false
    property bool resumed: false
    property string startMessage: ""
    // The look's own colours (read by tst_contrast).
    readonly property QtObject theme: Theme

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    // What is shown, then the app's name. The title ends with the display name, so the
    // platform does not append it a second time ("… — Panelist — Panelist").
    title: bar.currentIndex === 0 ? qsTr("Question bank — Panelist")
         : bar.currentIndex === 1 ? qsTr("Interview plans — Panelist")
         : bar.currentIndex === 3 ? qsTr("Candidates — Panelist")
         : InterviewDesk.live.active ? qsTr("Interview with %1 — Panelist").arg(InterviewDesk.live.candidate)
         : qsTr("Interview — Panelist")

    // Every control's text follows the system font (Theme.px).
    font.pixelSize: Theme.px(14)
    Material.theme: Appearance.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Material.Indigo

    // Shows `text` for a few seconds at the bottom of the window.
    function notify(text: string) {
        snackbar.show(text)
    }

    function showInterview() {
        window.closeSettings(false)
        bar.currentIndex = 2
        window.focusSection()
    }

    // Settings is shown in place of the section (the header's Settings, Ctrl+,, the team
    // status, --section settings); Esc or Back goes back to where the keyboard was.
    property bool settingsShown: false
    property Item settingsReturnTo: null
    function openSettings() {
        if (!window.settingsShown)
            window.settingsReturnTo = window.activeFocusItem
        settingsLoader.active = true
        window.settingsShown = true
        const page = settingsLoader.item as SettingsPage
        page.open()
    }
    // `refocus`: the keyboard goes back to where it was (false: the caller shows a
    // section and gives it the keyboard).
    function closeSettings(refocus: bool) {
        if (!window.settingsShown)
            return
        window.settingsShown = false
        const item = window.settingsReturnTo
        window.settingsReturnTo = null
        if (!refocus)
            return
        if (item && item.visible && item.enabled)
            item.forceActiveFocus()
        else
            window.focusSection()
    }

    // Typing goes to the section shown: the bank's or the history's search, the plan
    // list, the notes of the interview.
    function focusSection() {
        if (bar.currentIndex === 0)
            bank.focusPage()
        else if (bar.currentIndex === 1)
            plans.focusList()
        else if (bar.currentIndex === 2 && InterviewDesk.live.active)
            // The notes, or the page's own key holder once finished (LivePage).
            window.livePage().focusNotes()
        else if (bar.currentIndex === 2)
            liveSection.forceActiveFocus()
        else
            history.focusPage()
    }

    // The live page, built on first use.
    function livePage(): LivePage {
        liveLoader.active = true
        return liveLoader.item as LivePage
    }

    Binding {
        target: Theme
        property: "dark"
        value: Appearance.dark
    }

    // The window's size; the theme and the language are kept by Appearance and Language.
    Settings {
        id: appearance
        objectName: "appearance"
        category: "appearance"
        property alias windowWidth: window.width
        property alias windowHeight: window.height
    }

    // Quitting flushes a pending draft first, so nothing typed in the last moment is lost.
    onClosing: QuestionBank.editor.flushDraft()
    onActiveFocusItemChanged: QuestionBank.editor.flushDraft()

    header: WindowHeader {
        id: bar
        dark: Appearance.dark
        onSettingsRequested: window.openSettings()
        onConflictsRequested: dialogs.openConflicts()
        onThemeToggled: Appearance.toggle()
        // A section's tab leaves Settings for that section.
        onCurrentIndexChanged: window.closeSettings(false)
        // During a call F1 is the live view's own sheet of keys.
        helpKeyEnabled: !(currentIndex === 2 && InterviewDesk.live.active)
        onWelcomeRequested: dialogs.openWelcome()
        onShortcutsRequested: dialogs.openShortcuts()
        onAboutRequested: dialogs.openAbout()
    }

    WindowShortcuts {
        section: bar.currentIndex
        // In the live interview Ctrl+1…4 score (not once it is finished: nothing to
        // score then); there Ctrl+PgUp / Ctrl+PgDown change section.
        scoring: bar.currentIndex === 2 && InterviewDesk.live.editable && !window.settingsShown
        objectName: "windowShortcuts"
        onQuitRequested: window.close()
        onSettingsRequested: window.openSettings()
        onSectionRequested: (index) => {
            // The section under Settings changes no index: it takes the keyboard here.
            const under = window.settingsShown && index === bar.currentIndex
            window.closeSettings(false)
            if (index === 2)
                window.showInterview()
            else
                bar.currentIndex = index
            if (under && index !== 2)
                window.focusSection()
        }
    }

    StackLayout {
        anchors.fill: parent
        visible: !window.settingsShown
        currentIndex: bar.currentIndex
        // Typing goes to the section just opened. Only now is it visible, so it can
        // take the keyboard.
        onCurrentIndexChanged: window.focusSection()

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
        //
        // The interview section. Without a call this item holds the keyboard and hands
        // the keys to the page (F1): the hidden notes would swallow every Ctrl key, the
        // section keys too, and a Loader (a focus scope) would pass the focus on to them.
        Item {
            id: liveSection
            objectName: "liveSection"
            Keys.onPressed: (event) => {
                const page = liveLoader.item as LivePage
                event.accepted = page ? page.handleKey(event) : false
            }
            Loader {
                id: liveLoader
                anchors.fill: parent
                // Built the first time the section is shown, so its empty state says
                // what to do when no interview runs; then kept.
                active: bar.currentIndex === 2
                onLoaded: active = Qt.binding(() => true)
                source: "LivePage.qml"
            }
        }

        HistorySection {
            id: history
            onOpenRequested: (id) => {
                if (InterviewDesk.open(id))
                    window.showInterview()
            }
            onNotice: (text) => window.notify(text)
            onDebriefRequested: (id) => {
                if (!dialogs.openDebriefForInterview(id))
                    window.notify(DebriefDesk.error)
            }
        }
    }

    // Settings, built the first time it is shown.
    Loader {
        id: settingsLoader
        objectName: "settingsLoader"
        anchors.fill: parent
        active: false
        visible: window.settingsShown
        source: "SettingsPage.qml"
    }
    Connections {
        target: settingsLoader.item as SettingsPage
        function onCloseRequested() { window.closeSettings(true) }
        function onConflictsRequested() { dialogs.openConflicts() }
    }

    // The Candidates page's "Debrief…" (Ctrl+D) asks the desk; the dialog answers.
    Connections {
        target: CandidateDesk
        function onDebriefRequested(candidateId: int) {
            if (!dialogs.openDebrief(candidateId))
                window.notify(DebriefDesk.error)
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
        objectName: "dialogsHost"
        anchors.fill: parent
        onInterviewStarted: window.showInterview()
        // A dialog closed and the item it came from is gone (another section is shown).
        onFocusLost: window.focusSection()
        onDraftRestored: bank.openEditor()
        onSettingsRequested: window.openSettings()
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
        // The first run: the welcome, once (not over a draft or an interview resumed).
        if (!Welcome.seen && !window.offerDraft && !window.resumed)
            dialogs.openWelcome()
    }

    Snackbar {
        id: snackbar
    }
    Connections {
        target: QuestionBank
        function onMessageChanged() { window.notify(QuestionBank.message) }
    }
}
