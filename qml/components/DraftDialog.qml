import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Offers back the edits of a question that was never saved (the app ended first).
WindowDialog {
    id: dialog

    signal restoreRequested()

    objectName: "draftDialog"
    preferredWidth: 480
    title: qsTr("Unsaved question found")

    Label {
        Layout.fillWidth: true
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
            Material.accent: Theme.buttonFill
            onClicked: {
                dialog.close()
                dialog.restoreRequested()
            }
        }
    }
}
