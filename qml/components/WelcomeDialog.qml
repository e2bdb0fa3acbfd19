pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The first run: the three steps with their keys, who the interviewer is (a blank name
// hides every colleague's verdict behind the bias guard), the demo data, and Start. Shown
// once (Welcome.seen); Help ▸ Welcome… opens it again.
WindowDialog {
    id: dialog
    objectName: "welcomeDialog"
    preferredWidth: 620
    // Qt 6.4 undercounts the wrapped lines of the steps in the implicit height.
    preferredHeight: 540
    title: qsTr("Welcome to Panelist")

    // Start (or Enter in the name field): the name kept, the window under it.
    function start() {
        InterviewDesk.defaultInterviewer = nameField.text.trim()
        dialog.close()
    }

    onOpened: {
        nameField.text = InterviewDesk.defaultInterviewer
        nameField.forceActiveFocus()
    }
    onClosed: {
        InterviewDesk.defaultInterviewer = nameField.text.trim()
        Welcome.seen = true
    }

    bodySpacing: 12
    Label {
        text: qsTr("Panelist keeps your question bank, builds interview plans from it and runs the call against a plan. Three steps:")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: [
            { step: qsTr("1. Browse the bank"), keys: qsTr("Ctrl+1, then Ctrl+F to search"),
              detail: qsTr("Search as you type, filter by category, level, kind and tag; Ctrl+N adds a question, Ctrl+I imports a bank file.") },
            { step: qsTr("2. Build a plan"), keys: qsTr("Ctrl+2, then Ctrl+N"),
              detail: qsTr("Name the plan, press Enter to open it, and add questions from the bank with Enter.") },
            { step: qsTr("3. Run an interview"), keys: qsTr("Ctrl+Enter on a plan"),
              detail: qsTr("Name the candidate and start: the clock runs, notes are stamped, Ctrl+1…4 score. F1 shows every key of the call.") }
        ]
        delegate: ColumnLayout {
            id: stepRow
            required property var modelData
            objectName: "welcomeStep"
            spacing: 2
            Layout.fillWidth: true
            // Clear of the scroll bar's lane, which the window's style may show.
            Layout.rightMargin: 16
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                Label {
                    text: stepRow.modelData.step
                    textFormat: Text.PlainText
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    text: stepRow.modelData.keys
                    textFormat: Text.PlainText
                    color: Material.accent
                    font.weight: Font.DemiBold
                }
            }
            Label {
                text: stepRow.modelData.detail
                textFormat: Text.PlainText
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    TextField {
        id: nameField
        objectName: "welcomeNameField"
        placeholderText: qsTr("Your name, as colleagues know you")
        placeholderTextColor: Theme.placeholder
        maximumLength: Limits.shortText
        Layout.fillWidth: true
        Layout.topMargin: 4
        Accessible.name: qsTr("Your name")
        onAccepted: dialog.start()
    }
    Label {
        text: qsTr("Your name goes on the interviews you run. Without it, Panelist cannot tell whether you have submitted your own verdict, so colleagues' notes on a candidate stay hidden from you.")
        textFormat: Text.PlainText
        opacity: 0.7
        font.pixelSize: Theme.px(12)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "welcomeDemoMessage"
        visible: Welcome.message !== ""
        text: Welcome.message
        textFormat: Text.PlainText
        color: Welcome.messageIsError ? Theme.negative : Material.foreground
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    footer: DialogFooter {
        Button {
            objectName: "welcomeDemoButton"
            text: qsTr("Load the demo data")
            flat: true
            onClicked: Welcome.loadDemo()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A sample plan and five candidates with a finished interview each, as `panelist demo` adds")
        }
        Button {
            objectName: "welcomeStartButton"
            text: qsTr("Start")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.start()
        }
    }
}
