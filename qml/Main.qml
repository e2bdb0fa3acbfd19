pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.settings
import Panelist.Core

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Panelist — Question bank")

    Material.theme: appearance.dark ? Material.Dark : Material.Light
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    Settings {
        id: appearance
        category: "appearance"
        property bool dark: false
        property alias windowWidth: window.width
        property alias windowHeight: window.height
    }

    Shortcut {
        sequence: "Ctrl+Q" // StandardKey.Quit; qmllint 6.4 cannot resolve StandardKey
        onActivated: window.close()
    }

    header: ToolBar {
        Material.foreground: "white"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12

            Image {
                source: "qrc:/icons/panelist.png"
                sourceSize.width: 28
                sourceSize.height: 28
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Panelist")
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
            Label {
                text: qsTr("Question bank · %n question(s)", "", QuestionBank.questionCount)
                opacity: 0.8
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "themeButton"
                text: appearance.dark ? qsTr("Light theme") : qsTr("Dark theme")
                onClicked: appearance.dark = !appearance.dark
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Switch between the light and the dark look")
            }
        }
    }

    BankPage {
        anchors.fill: parent
    }
}
