import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Shown instead of the main window when the database cannot be opened: the
// message names the file and the reason, and nothing has been written to it.
ApplicationWindow {
    id: window

    required property string message

    width: 640
    height: 300
    visible: true
    title: qsTr("Panelist — cannot open the database")
    Material.accent: Material.Indigo

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        Label {
            text: qsTr("Panelist cannot open its database")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
        }
        Label {
            text: window.message
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The file was left exactly as it was. Start Panelist with --database PATH to use another file.")
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        Button {
            text: qsTr("Quit")
            highlighted: true
            Material.accent: Theme.buttonFill
            Layout.alignment: Qt.AlignRight
            onClicked: Qt.quit()
        }
    }
}
