import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The window's tool bar: the app's name, its four sections (bank, plans, interview,
// history), the team status, and the settings, help and theme buttons.
ToolBar {
    id: bar

    // The section shown: 0 bank, 1 plans, 2 interview, 3 history.
    property alias currentIndex: sections.currentIndex
    property bool dark: false

    signal settingsRequested()
    // The team status was clicked: the conflicts when there are some, else Settings.
    signal conflictsRequested()
    signal themeToggled()
    // Help ▸ Welcome…, Keyboard shortcuts, About Panelist.
    signal welcomeRequested()
    signal shortcutsRequested()
    signal aboutRequested()

    // F1 opens the Help menu (not during a call: there F1 is the live view's sheet of
    // keys); arrows and Enter pick from it.
    property bool helpKeyEnabled: true
    function openHelp() {
        helpMenu.popup(helpButton, 0, helpButton.height)
        helpMenu.currentIndex = 0
    }
    Shortcut {
        sequence: "F1"
        enabled: bar.helpKeyEnabled
        onActivated: bar.openHelp()
    }

    Material.foreground: "white"
    // Taller with a larger system font (Theme.px), so its text is not cut.
    implicitHeight: Math.max(48, Theme.px(48))

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 12

        Image {
            Accessible.ignored: true
            source: "qrc:/icons/panelist.png"
            sourceSize.width: 28
            sourceSize.height: 28
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Label {
            text: qsTr("Panelist")
            font.pixelSize: Theme.px(20)
            font.weight: Font.DemiBold
        }
        TabBar {
            id: sections
            objectName: "sections"
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Sections")
            Material.background: "transparent"
            Material.accent: "white"
            Layout.fillWidth: true
            // With a large system font the tabs may be wider than the bar: they scroll
            // inside it rather than under the app's name.
            clip: true
            TabButton {
                objectName: "bankTab"
                // Filed under the window (Main) as before the header had its own file:
                // the catalogue's plural forms are there.
                text: qsTranslate("Main", "Bank · %n question(s)", "", QuestionBank.questionCount)
                width: implicitWidth
                Accessible.onPressAction: sections.currentIndex = TabBar.index
            }
            TabButton {
                objectName: "plansTab"
                text: qsTr("Plans")
                width: implicitWidth
                Accessible.onPressAction: sections.currentIndex = TabBar.index
            }
            TabButton {
                objectName: "interviewTab"
                text: InterviewDesk.live.editable
                      ? qsTr("Interview · %1").arg(InterviewDesk.live.elapsedText) : qsTr("Interview")
                width: implicitWidth
                Accessible.onPressAction: sections.currentIndex = TabBar.index
            }
            TabButton {
                objectName: "historyTab"
                text: qsTr("Candidates")
                width: implicitWidth
                Accessible.onPressAction: sections.currentIndex = TabBar.index
            }
        }
        // The team's sync status in a few words; nothing outside a team. With conflicts
        // it opens them (Tab reaches it then), else Settings' team section.
        ToolButton {
            id: teamStatus
            objectName: "teamStatus"
            visible: Team.linked
            text: Team.statusText
            font.capitalization: Font.MixedCase
            font.underline: Team.conflictCount > 0
            opacity: 0.9
            focusPolicy: Team.conflictCount > 0 ? Qt.StrongFocus : Qt.NoFocus
            Layout.maximumWidth: 260
            Accessible.name: Team.conflictCount > 0 ? qsTr("%1: resolve them").arg(Team.statusText) : Team.statusText
            onClicked: Team.conflictCount > 0 ? bar.conflictsRequested() : bar.settingsRequested()
            ToolTip.visible: hovered
            ToolTip.text: Team.conflictCount > 0 ? qsTr("Resolve the conflicts with the team's server")
                                                 : qsTr("The team's server, in Settings")
        }
        ToolButton {
            objectName: "settingsButton"
            text: qsTr("Settings")
            // A click here leaves the keyboard where it was (the notes during a call).
            focusPolicy: Qt.NoFocus
            onClicked: bar.settingsRequested()
        }
        ToolButton {
            id: helpButton
            objectName: "helpButton"
            text: qsTr("Help")
            focusPolicy: Qt.NoFocus
            onClicked: bar.openHelp()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The welcome, the keyboard shortcuts, about Panelist (F1)")
            Menu {
                id: helpMenu
                objectName: "helpMenu"
                MenuItem {
                    objectName: "helpWelcome"
                    text: qsTr("Welcome…")
                    onTriggered: bar.welcomeRequested()
                }
                MenuItem {
                    objectName: "helpShortcuts"
                    text: qsTr("Keyboard shortcuts")
                    onTriggered: bar.shortcutsRequested()
                }
                MenuItem {
                    objectName: "helpAbout"
                    text: qsTr("About Panelist")
                    onTriggered: bar.aboutRequested()
                }
            }
        }
        ToolButton {
            objectName: "themeButton"
            text: bar.dark ? qsTr("Light theme") : qsTr("Dark theme")
            focusPolicy: Qt.NoFocus
            onClicked: bar.themeToggled()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Switch between the light and the dark look")
        }
    }
}
