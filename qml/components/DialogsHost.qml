import QtQuick
import Panelist.Core

// The window's dialogs, each built the first time it is opened: they are rarely used
// and cost start-up time. Fills the window, so each one centres on it.
Item {
    id: host

    // An interview was started from the start dialog.
    signal interviewStarted()
    // The start dialog closed (started or not).
    signal startClosed()
    // The finish dialog closed (finished or not).
    signal finishClosed()
    // The editor holds the draft restored from the draft dialog.
    signal draftRestored()

    function openSettings() {
        if (!settingsDialog.item)
            settingsDialog.source = "SettingsDialog.qml"
        const dialog = settingsDialog.item as SettingsDialog
        dialog.open()
    }
    function openStart(id: int, name: string, role: string) {
        if (!startDialog.item)
            startDialog.source = "StartInterviewDialog.qml"
        const dialog = startDialog.item as StartInterviewDialog
        dialog.openFor(id, name, role)
    }
    function openFinish() {
        if (!finishDialog.item)
            finishDialog.source = "FinishDialog.qml"
        const dialog = finishDialog.item as FinishDialog
        dialog.open()
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
        dialog.open()
    }
    function openDraft() {
        if (!draftDialog.item)
            draftDialog.source = "DraftDialog.qml"
        const dialog = draftDialog.item as DraftDialog
        dialog.open()
    }

    Loader {
        id: settingsDialog
        anchors.centerIn: parent
    }

    Loader {
        id: startDialog
        anchors.centerIn: parent
    }
    Connections {
        target: startDialog.item as StartInterviewDialog
        function onStarted() { host.interviewStarted() }
        function onClosed() { host.startClosed() }
    }

    Loader {
        id: finishDialog
        anchors.centerIn: parent
    }
    Connections {
        target: finishDialog.item as FinishDialog
        function onClosed() { host.finishClosed() }
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
        anchors.centerIn: parent
    }

    Loader {
        id: draftDialog
        anchors.centerIn: parent
    }
    Connections {
        target: draftDialog.item as DraftDialog
        function onRestoreRequested() {
            if (QuestionBank.editor.restoreDraft())
                host.draftRestored()
        }
    }
}
