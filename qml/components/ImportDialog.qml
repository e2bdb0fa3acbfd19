import QtQuick
import QtQuick.Dialogs

// Picks a bank file to import.
FileDialog {
    objectName: "importDialog"
    title: qsTr("Import a question bank")
    nameFilters: [qsTr("Question banks (*.json *.md *.markdown)"), qsTr("All files (*)")]
}
