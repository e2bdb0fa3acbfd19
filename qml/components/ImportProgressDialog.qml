import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Panelist.Core

// Follows a running import: progress and Cancel, then its summary.
WindowDialog {
    id: dialog

    objectName: "importProgress"
    preferredWidth: 480
    closePolicy: Popup.NoAutoClose
    title: QuestionBank.importJob.running ? qsTr("Importing…") : qsTr("Import finished")

    bodySpacing: 12
    ProgressBar {
        visible: QuestionBank.importJob.running
        value: QuestionBank.importJob.progress
        Layout.fillWidth: true
    }
    Label {
        objectName: "importSummary"
        visible: !QuestionBank.importJob.running
        text: QuestionBank.importJob.summary
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: !QuestionBank.importJob.running && !QuestionBank.importJob.succeeded
        text: qsTr("Nothing was written; the bank is as it was.")
        opacity: 0.7
    }
    footer: DialogFooter {
        Button {
            objectName: "importCloseButton"
            text: QuestionBank.importJob.running ? qsTr("Cancel") : qsTr("Close")
            onClicked: {
                if (QuestionBank.importJob.running)
                    QuestionBank.importJob.cancel()
                else
                    dialog.close()
            }
        }
    }
}
