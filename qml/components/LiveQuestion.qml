pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The current question of the live view: its category, level and kind, its time against
// its budget, the prompt and the plan's note, the follow-ups with a field for an ad-hoc
// one, and the rubric criteria. The title stays at the top, the prompt and follow-ups
// scroll in their own area, and every criterion stays in view below them.
ColumnLayout {
    id: pane

    required property LiveInterview live

    // A key pressed in the follow-up field, for the live view's keys first.
    signal keyPressed(var event)
    // The follow-up field is done with (Enter or Esc): the keyboard goes back.
    signal followUpDone()

    function focusFollowUp() {
        followUpField.forceActiveFocus()
    }

    // The question column opens at its top on every question.
    Connections {
        target: pane.live
        function onCurrentChanged() {
            (promptScroll.contentItem as Flickable).contentY = 0
            promptCode.contentX = 0
        }
    }

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 16
        Layout.topMargin: 12
        spacing: 6
        Row {
            spacing: 6
            Badge { text: pane.live.category; tone: "category" }
            Badge { text: pane.live.levelLabel; level: pane.live.level }
            Badge { text: pane.live.kindLabel }
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "questionClock"
            text: qsTr("Question %1 of %2 · %3 of %4 min")
                .arg(pane.live.currentIndex + 1).arg(pane.live.count)
                .arg(pane.live.currentText).arg(pane.live.budgetMinutes)
            color: pane.live.currentOverBudget ? Material.color(Material.Red) : pane.Material.foreground
            opacity: 0.85
        }
    }
    Label {
        objectName: "questionTitle"
        text: SafeText.cut(pane.live.title, Limits.title)
        textFormat: Text.PlainText
        font.pixelSize: Theme.px(22)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 16
    }
    Label {
        text: qsTr("Plan note: %1").arg(pane.live.planNote)
        textFormat: Text.PlainText
        visible: pane.live.planNote !== ""
        font.italic: true
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 16
    }
    ScrollView {
        id: promptScroll
        objectName: "promptScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 96
        // As tall as its content where there is room, so the rubric follows it.
        Layout.maximumHeight: Math.max(96, contentHeight + 4)
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: promptScroll.availableWidth
            spacing: 6
            // Code lines too long for the column scroll sideways in their own box.
            Flickable {
                id: promptCode
                Layout.fillWidth: true
                Layout.preferredHeight: prompt.height + (promptBar.visible ? promptBar.height : 0)
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                contentWidth: Math.max(width, prompt.contentWidth)
                contentHeight: prompt.height
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.horizontal: ScrollBar {
                    id: promptBar
                    policy: promptCode.contentWidth > promptCode.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }
                TextEdit {
                    id: prompt
                    objectName: "livePrompt"
                    // Read as the question's text, without its markup.
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: qsTr("Question")
                    Accessible.description: SafeText.markdownPlain(pane.live.prompt)
                    Accessible.readOnly: true
                    width: promptCode.width
                    text: SafeText.markdown(pane.live.prompt)
                    textFormat: TextEdit.RichText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: pane.Material.foreground
                    font.pixelSize: Theme.px(15)
                    activeFocusOnPress: false
                }
            }

            SectionHeading { text: qsTr("Follow-ups · Alt+Shift+number marks asked") }
            Repeater {
                model: pane.live.followUps
                delegate: CheckBox {
                    id: followUpBox
                    text: followUpBox.label
                    required property int index
                    required property string label
                    required property bool marked
                    required property bool adHoc
                    objectName: "followUp"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    topPadding: 2
                    bottomPadding: 2
                    focusPolicy: Qt.NoFocus
                    enabled: pane.live.editable
                    checkState: marked ? Qt.Checked : Qt.Unchecked
                    nextCheckState: function() { return checkState }
                    onClicked: pane.live.toggleFollowUp(index)
                    contentItem: Label {
                        leftPadding: followUpBox.indicator.width + followUpBox.spacing
                        // Bank follow-ups are Markdown (code in backticks); ad-hoc
                        // ones are what the interviewer typed, shown as typed.
                        text: followUpBox.adHoc ? (followUpBox.index + 1) + ". " + followUpBox.label + "  " + qsTr("(added)")
                            : SafeText.markdown("**" + (followUpBox.index + 1) + ".** " + followUpBox.label)
                        textFormat: followUpBox.adHoc ? Text.PlainText : Text.RichText
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            TextField {
                id: followUpField
                objectName: "followUpField"
                Accessible.name: qsTr("Ad-hoc follow-up (Ctrl+Shift+A)")
                placeholderText: qsTr("Ask something else? Type it and press Enter (Ctrl+Shift+A)")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.listText
                enabled: pane.live.editable
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Keys.onReturnPressed: {
                    pane.live.addFollowUp(text)
                    clear()
                    pane.followUpDone()
                }
                Keys.onEscapePressed: {
                    clear()
                    pane.followUpDone()
                }
                Keys.onPressed: (event) => pane.keyPressed(event)
            }

            Item { Layout.preferredHeight: 8 }
        }
    }
    // Every criterion in view, whatever the prompt's length: below the prompt's own
    // scroll area, scrolling itself only when the criteria alone would fill the column.
    SectionHeading { text: qsTr("Rubric · Alt+number marks met"); Layout.fillWidth: true }
    ScrollView {
        id: rubricScroll
        objectName: "rubric"
        Layout.fillWidth: true
        Layout.preferredHeight: rubricColumn.implicitHeight
        Layout.maximumHeight: pane.height * 0.5
        Layout.bottomMargin: 8
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            id: rubricColumn
            width: rubricScroll.availableWidth
            spacing: 0
            Repeater {
                model: pane.live.criteria
                delegate: CheckBox {
                    id: criterionBox
                    text: criterionBox.label
                    required property int index
                    required property string label
                    required property bool marked
                    objectName: "criterion"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    topPadding: 2
                    bottomPadding: 2
                    focusPolicy: Qt.NoFocus
                    enabled: pane.live.editable
                    checkState: marked ? Qt.Checked : Qt.Unchecked
                    nextCheckState: function() { return checkState }
                    onClicked: pane.live.toggleCriterion(index)
                    contentItem: Label {
                        leftPadding: criterionBox.indicator.width + criterionBox.spacing
                        // Criteria are Markdown, like follow-ups.
                        text: SafeText.markdown("**" + (criterionBox.index + 1) + ".** " + criterionBox.label)
                        textFormat: Text.RichText
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
    Item { Layout.fillHeight: true }
}
