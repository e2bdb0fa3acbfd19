pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The score of the current question, every score with its anchor in view, and the
// strong signal and concern flags.
ColumnLayout {
    id: scoring

    required property LiveInterview live

    spacing: 4

    SectionHeading { text: qsTr("Score · Ctrl+1…4") }
    Repeater {
        model: Vocabulary.scores
        delegate: ItemDelegate {
            id: scoreRow
            required property int index
            required property var modelData
            readonly property int value: modelData.value
            objectName: "score" + value
            Layout.fillWidth: true
            topPadding: 4
            bottomPadding: 4
            focusPolicy: Qt.NoFocus
            enabled: scoring.live.editable
            highlighted: scoring.live.score === value
            // "Score 3, Middle (Ctrl+3)", checked when chosen; its anchor as description.
            Accessible.role: Accessible.RadioButton
            Accessible.name: qsTr("Score %1, %2 (Ctrl+%1)").arg(scoreRow.value).arg(scoreRow.modelData.name)
            Accessible.description: SafeText.markdownPlain(scoring.live.anchors[scoreRow.index] ?? "")
            Accessible.checkable: true
            Accessible.checked: scoreRow.highlighted
            Accessible.onPressAction: if (scoring.live.editable) scoring.live.setScore(scoreRow.value)
            Accessible.onToggleAction: if (scoring.live.editable) scoring.live.setScore(scoreRow.value)
            onClicked: scoring.live.setScore(value)
            contentItem: RowLayout {
                spacing: 10
                Rectangle {
                    Layout.preferredWidth: Theme.px(26)
                    Layout.preferredHeight: Theme.px(26)
                    Layout.alignment: Qt.AlignTop
                    radius: height / 2
                    color: scoreRow.highlighted ? Material.accent : "transparent"
                    border.color: Material.accent
                    Label {
                        anchors.centerIn: parent
                        text: scoreRow.value
                        font.weight: Font.Bold
                        color: scoreRow.highlighted ? "white" : Material.accent
                    }
                }
                Label {
                    // The anchor's text without its markup, escaped, in full: nothing
                    // in it is read as a tag.
                    text: "<b>" + SafeText.escaped(scoreRow.modelData.name) + "</b> — "
                          + SafeText.escaped(SafeText.cut(SafeText.markdownPlain(scoring.live.anchors[scoreRow.index] ?? ""), 600))
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.px(13)
                    Layout.fillWidth: true
                }
            }
        }
    }
    RowLayout {
        Layout.leftMargin: 12
        spacing: 8
        Button {
            objectName: "flagStrong"
            text: qsTr("★ Strong signal")
            checkable: true
            checked: scoring.live.flagStrong
            enabled: scoring.live.editable
            focusPolicy: Qt.NoFocus
            flat: !checked
            Material.elevation: 0
            Material.background: checked ? "#C8E6C9" : "transparent"
            Material.foreground: checked ? "#1B5E20" : scoring.Material.foreground
            onClicked: scoring.live.toggleFlagStrong()
            Accessible.name: qsTr("Strong signal (Ctrl+Shift+1)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Ctrl+Shift+1")
        }
        Button {
            objectName: "flagConcern"
            text: qsTr("⚑ Concern")
            checkable: true
            checked: scoring.live.flagConcern
            enabled: scoring.live.editable
            focusPolicy: Qt.NoFocus
            flat: !checked
            Material.elevation: 0
            Material.background: checked ? "#FFCDD2" : "transparent"
            Material.foreground: checked ? "#B71C1C" : scoring.Material.foreground
            onClicked: scoring.live.toggleFlagConcern()
            Accessible.name: qsTr("Concern (Ctrl+Shift+2)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Ctrl+Shift+2")
        }
    }
}
