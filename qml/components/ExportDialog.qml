import QtQuick
import QtQuick.Dialogs
import Panelist.Core

// Picks where to export the bank, and exports it; the outcome shows as a message.
FileDialog {
    title: qsTr("Export the question bank")
    fileMode: FileDialog.SaveFile
    nameFilters: [qsTr("JSON (*.json)"), qsTr("Markdown (*.md)")]
    defaultSuffix: "json"
    currentFile: QuestionBank.suggestedExportFile("json")
    onAccepted: QuestionBank.exportTo(selectedFile)
}
