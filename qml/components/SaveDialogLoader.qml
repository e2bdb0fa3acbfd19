import QtQuick
import QtQuick.Dialogs
import Panelist.Core

// A save dialog with FileDialog's API (open(), accepted(), selectedFile): the platform's
// own file dialog in save mode where the platform theme offers one, else Panelist's
// SaveFileDialog. Qt Quick Dialogs decides which without saying; the first time, the
// platform's dialog is opened and SaveFolder asks what shows it: when it is Qt Quick's
// fallback it is closed at once (before it is drawn) and Panelist's opens instead, for
// the rest of the run. After Panelist's dialog closes the keyboard goes back to where it
// was.
Item {
    id: wrapper

    property string title: ""
    // "JSON (*.json)" entries; the first is chosen unless the suggested name's suffix
    // matches another.
    property var nameFilters: []
    property string defaultSuffix: ""
    // A folder that exists (the documents folder, made if missing, else home), so the
    // dialog lists it rather than the working folder.
    property url currentFolder: SaveFolder.folder()
    property url currentFile
    // The file chosen, a file: URL, when accepted() is emitted.
    property url selectedFile

    // The item that had the keyboard when the dialog was opened.
    property Item returnTo: null

    signal accepted()

    function open() {
        wrapper.returnTo = wrapper.Window.activeFocusItem
        if (SaveFolder.dialogs !== SaveFolder.Panelist) {
            platformDialog.open()
            if (SaveFolder.noteOpened(platformDialog))
                return
            platformDialog.close()
        }
        if (!own.item)
            own.source = "SaveFileDialog.qml"
        const dialog = own.item as SaveFileDialog
        dialog.title = wrapper.title
        dialog.nameFilters = wrapper.nameFilters
        dialog.defaultSuffix = wrapper.defaultSuffix
        dialog.currentFolder = wrapper.currentFolder
        dialog.currentFile = wrapper.currentFile
        dialog.open()
    }

    FileDialog {
        id: platformDialog
        title: wrapper.title
        fileMode: FileDialog.SaveFile
        nameFilters: wrapper.nameFilters
        defaultSuffix: wrapper.defaultSuffix
        currentFolder: wrapper.currentFolder
        currentFile: wrapper.currentFile
        onAccepted: {
            wrapper.selectedFile = selectedFile
            wrapper.accepted()
        }
    }

    // Built the first time it is needed: most platforms never need it.
    Loader {
        id: own
    }
    Connections {
        target: own.item as SaveFileDialog
        function onAccepted() {
            const dialog = own.item as SaveFileDialog
            wrapper.selectedFile = dialog.selectedFile
            wrapper.accepted()
        }
        function onClosed() {
            const item = wrapper.returnTo
            wrapper.returnTo = null
            if (item && item.visible && item.enabled && wrapper.Window.activeFocusItem !== item)
                item.forceActiveFocus()
        }
    }
}
