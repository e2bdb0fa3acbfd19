import QtQuick
import QtQuick.Controls
import Panelist.Core

// The window's dialogs, each built the first time it is opened: they are rarely used
// and cost start-up time. Each is centred on the window and kept inside it
// (WindowDialog), and when it closes the keyboard goes back to where it was.
Item {
    id: host

    // The item that had the keyboard when the open dialog was opened.
    property Item returnTo: null

    // An interview was started from the start dialog.
    signal interviewStarted()
    // A dialog closed and the item it was opened from is no longer shown: the window
    // gives the keyboard to the section shown.
    signal focusLost()
    // The editor holds the draft restored from the draft dialog.
    signal draftRestored()
    // Settings was asked for (it is a page of the window, not a dialog).
    signal settingsRequested()

    // Remembers where the keyboard is, and centres `dialog` (one not made from
    // WindowDialog too) on the window, inside it.
    function prepare(dialog: Dialog) {
        host.returnTo = host.Window.activeFocusItem
        if (dialog.parent !== host.Overlay.overlay) {
            dialog.parent = host.Overlay.overlay
            dialog.anchors.centerIn = host.Overlay.overlay
            dialog.margins = 16
        }
    }
    // A dialog closed: the keyboard goes back where it was, if that is still shown and
    // still takes typing (the notes of an interview just finished are read-only, and a
    // read-only text would swallow the window's Ctrl keys).
    function restoreFocus() {
        const item = host.returnTo
        host.returnTo = null
        // Another dialog or menu opened meanwhile keeps the keyboard.
        for (let at = host.Window.activeFocusItem; at; at = at.parent) {
            if (at === host.Overlay.overlay)
                return
        }
        const edit = item as TextEdit
        const readOnly = edit ? edit.readOnly : false
        if (item && item.visible && item.enabled && !readOnly)
            item.forceActiveFocus()
        else
            host.focusLost()
    }

    function openSettings() {
        host.settingsRequested()
    }
    function openConflicts() {
        if (!conflictsDialog.item)
            conflictsDialog.source = "ConflictsDialog.qml"
        const dialog = conflictsDialog.item as ConflictsDialog
        host.prepare(dialog)
        dialog.open()
    }
    function openStart(id: int, name: string, role: string) {
        if (!startDialog.item)
            startDialog.source = "StartInterviewDialog.qml"
        const dialog = startDialog.item as StartInterviewDialog
        host.prepare(dialog)
        dialog.openFor(id, name, role)
    }
    function openFinish() {
        if (!finishDialog.item)
            finishDialog.source = "FinishDialog.qml"
        const dialog = finishDialog.item as FinishDialog
        host.prepare(dialog)
        dialog.open()
    }
    // The debrief of candidate `candidateId` (the Candidates page's "Debrief…"), or of the
    // candidate of interview `interviewId` (the History record's); false when there is
    // none, with DebriefDesk.error saying why.
    function openDebrief(candidateId: int): bool {
        if (!debriefDialog.item)
            debriefDialog.source = "DebriefDialog.qml"
        const dialog = debriefDialog.item as DebriefDialog
        host.prepare(dialog)
        return dialog.openFor(candidateId)
    }
    function openDebriefForInterview(interviewId: int): bool {
        if (!debriefDialog.item)
            debriefDialog.source = "DebriefDialog.qml"
        const dialog = debriefDialog.item as DebriefDialog
        host.prepare(dialog)
        return dialog.openForInterview(interviewId)
    }
    function openImport() {
        if (!importDialog.item)
            importDialog.source = "ImportDialog.qml"
        const dialog = importDialog.item as ImportDialog
        dialog.open()
    }
    function openExport() {
        if (!exportDialog.item)
            exportDialog.source = "ExportDialog.qml"
        const dialog = exportDialog.item as ExportDialog
        dialog.open()
    }
    function openImportProgress() {
        if (!importProgress.item)
            importProgress.source = "ImportProgressDialog.qml"
        const dialog = importProgress.item as ImportProgressDialog
        host.prepare(dialog)
        dialog.open()
    }
    function openWelcome() {
        if (!welcomeDialog.item)
            welcomeDialog.source = "WelcomeDialog.qml"
        const dialog = welcomeDialog.item as WelcomeDialog
        host.prepare(dialog)
        dialog.open()
    }
    function openAbout() {
        if (!aboutDialog.item)
            aboutDialog.source = "AboutDialog.qml"
        const dialog = aboutDialog.item as AboutDialog
        host.prepare(dialog)
        dialog.open()
    }
    // The keys of the live view (the same sheet as F1 there), from Help.
    function openShortcuts() {
        if (!shortcutsSheet.item)
            shortcutsSheet.source = "CheatSheet.qml"
        host.returnTo = host.Window.activeFocusItem
        const sheet = shortcutsSheet.item as CheatSheet
        sheet.open()
    }
    function openDraft() {
        if (!draftDialog.item)
            draftDialog.source = "DraftDialog.qml"
        const dialog = draftDialog.item as DraftDialog
        host.prepare(dialog)
        dialog.open()
    }

    Loader {
        id: conflictsDialog
    }
    Connections {
        target: conflictsDialog.item as ConflictsDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: startDialog
    }
    Connections {
        target: startDialog.item as StartInterviewDialog
        function onStarted() {
            host.returnTo = null
            host.interviewStarted()
        }
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: finishDialog
    }
    Connections {
        target: finishDialog.item as FinishDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: debriefDialog
    }
    Connections {
        target: debriefDialog.item as DebriefDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: importDialog
    }
    Connections {
        target: importDialog.item as ImportDialog
        function onAccepted() {
            const dialog = importDialog.item as ImportDialog
            if (QuestionBank.importJob.start(dialog.selectedFile))
                host.openImportProgress()
        }
    }

    Loader {
        id: exportDialog
    }

    Loader {
        id: importProgress
    }
    Connections {
        target: importProgress.item as ImportProgressDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: draftDialog
    }
    Connections {
        target: draftDialog.item as DraftDialog
        function onClosed() { host.restoreFocus() }
        function onRestoreRequested() {
            if (QuestionBank.editor.restoreDraft())
                host.draftRestored()
        }
    }

    Loader {
        id: welcomeDialog
    }
    Connections {
        target: welcomeDialog.item as WelcomeDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: aboutDialog
    }
    Connections {
        target: aboutDialog.item as AboutDialog
        function onClosed() { host.restoreFocus() }
    }

    Loader {
        id: shortcutsSheet
    }
    Connections {
        target: shortcutsSheet.item as CheatSheet
        function onClosed() { host.restoreFocus() }
    }
}
