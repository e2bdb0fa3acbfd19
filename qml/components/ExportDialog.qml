import QtQuick
import QtQuick.Dialogs
import Panelist.Core

// Picks where to export the bank, and exports it; the outcome shows as a message.
FileDialog {
    title: qsTr("Export the question bank")
    fileMode: FileDialog.SaveFile
    nameFilters: [qsTr("JSON (*.json)"), qsTr("Markdown (*.md)")]
    defaultSuffix: "json"
    // A folder that exists (the documents folder, made if missing, else home), so the
    // dialog lists it rather than the working folder.
    currentFolder: SaveFolder.folder()
    currentFile: QuestionBank.suggestedExportFile("json")
    onAccepted: QuestionBank.exportTo(selectedFile)
}
