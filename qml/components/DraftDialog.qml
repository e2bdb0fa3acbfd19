import QtQuick
import QtQuick.Controls
import Panelist.Core

// Offers back the edits of a question that was never saved (the app ended first).
Dialog {
    id: dialog

    signal restoreRequested()

    objectName: "draftDialog"
    anchors.centerIn: parent
    width: 480
    modal: true
    title: qsTr("Unsaved question found")

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: qsTr("Panelist closed while “%1” had unsaved changes. Continue editing it?")
              .arg(SafeText.cut(QuestionBank.editor.draftTitle, Limits.title) || qsTr("a new question"))
    }
    footer: DialogFooter {
        Button {
            text: qsTr("Discard")
            flat: true
            onClicked: {
                QuestionBank.editor.discardDraft()
                dialog.close()
            }
        }
        Button {
            objectName: "restoreDraftButton"
            text: qsTr("Restore")
            highlighted: true
            onClicked: {
                dialog.close()
                dialog.restoreRequested()
            }
        }
    }
}
