import QtQuick
import Panelist.Core

// Picks where to export the bank (a JSON or a Markdown file, by the name's suffix), and
// exports it; the outcome shows as a message.
SaveDialogLoader {
    objectName: "exportDialog"
    title: qsTr("Export the question bank")
    nameFilters: [qsTr("JSON (*.json)"), qsTr("Markdown (*.md)")]
    defaultSuffix: "json"
    currentFile: QuestionBank.suggestedExportFile("json")
    onAccepted: QuestionBank.exportTo(selectedFile)
}
