import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Help ▸ About Panelist: the version, the licence, and the database file in use.
WindowDialog {
    id: dialog
    objectName: "aboutDialog"
    preferredWidth: 520
    title: qsTr("About Panelist")

    onOpened: closeButton.forceActiveFocus()

    Label {
        objectName: "aboutVersion"
        text: qsTr("Panelist %1: a desktop console for technical interviewers.").arg(Welcome.version)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "aboutLicence"
        text: qsTr("Free software under the GNU General Public License, version 3 or later (the LICENSE file; /usr/share/doc/panelist/copyright when installed).")
        textFormat: Text.PlainText
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Database")
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    TextField {
        objectName: "aboutDatabase"
        text: Welcome.databasePath
        readOnly: true
        selectByMouse: true
        Layout.fillWidth: true
        Accessible.name: qsTr("Database file")
    }

    footer: DialogFooter {
        Button {
            id: closeButton
            text: qsTr("Close")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.close()
        }
    }
}
