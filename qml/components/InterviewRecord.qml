pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Everything one interview recorded, read-only: details, outcome, then every question
// with its time, score and anchor, criteria, follow-ups, flags and notes.
ColumnLayout {
    id: view
    objectName: "interviewRecord"

    required property InterviewRecordModel record

    // The non-empty parts, separated by dots.
    function joined(parts: list<string>): string {
        let text = ""
        for (const part of parts) {
            if (part !== "")
                text += (text !== "" ? " · " : "") + part
        }
        return text
    }

    spacing: 0

    ColumnLayout {
        Layout.fillWidth: true
        Layout.bottomMargin: 4
        spacing: 4
        Label {
            objectName: "recordCandidate"
            text: view.record.candidate
            textFormat: Text.PlainText
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.rightMargin: 20
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            Layout.topMargin: 16
            Layout.leftMargin: 20
        }
        Label {
            text: view.joined([view.record.role, view.record.planName,
                               view.record.interviewer !== "" ? qsTr("interviewed by %1").arg(view.record.interviewer) : ""])
            textFormat: Text.PlainText
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
        }
        Label {
            text: view.record.dateText + " · " + view.record.durationText
            opacity: 0.75
            Layout.leftMargin: 20
        }
        RowLayout {
            Layout.leftMargin: 20
            spacing: 6
            Badge {
                text: view.record.status === Vocabulary.InterviewStatus.Live ? view.record.statusLabel : view.record.recommendationLabel
                tone: view.record.status === Vocabulary.InterviewStatus.Live ? "archived"
                    : Vocabulary.isPositive(view.record.recommendation) ? "positive" : "negative"
            }
            Badge { text: view.record.amended ? qsTr("amended after the call") : "" }
        }
        Label {
            text: view.record.summary
            textFormat: Text.PlainText
            visible: text !== ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(15)
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 6
        }
        SectionHeading {
            text: qsTr("Scorecard")
            visible: view.record.scorecardText !== ""
        }
        Label {
            objectName: "recordScorecard"
            text: view.record.scorecardText
            textFormat: Text.PlainText
            visible: text !== ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
        }
        SectionHeading { text: qsTr("Questions") }
    }

    ListView {
        id: questions
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 8
        model: view.record
        ScrollBar.vertical: ScrollBar {}

        delegate: Pane {
            id: item
            required property int index
            required property string title
            required property string category
            required property int itemState
            required property string itemStateLabel
            required property string timeText
            required property bool overBudget
            required property int score
            required property string scoreLabel
            required property string anchorText
            required property var criteriaMet
            required property var criteriaMissed
            required property var followUpsAsked
            required property bool flagStrong
            required property bool flagConcern
            required property string notes

            width: questions.width - 24
            x: 12
            padding: 12
            Material.elevation: 1

            ColumnLayout {
                width: parent.width
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: (item.index + 1) + ". " + SafeText.cut(item.title, Limits.title)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.px(16)
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: item.scoreLabel
                        font.weight: Font.Bold
                        color: item.score > 0 ? Material.accent : item.Material.hintTextColor
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    text: item.category + " · " + item.timeText
                          + (item.itemState === Vocabulary.ItemState.Skipped ? " · " + item.itemStateLabel : "")
                          + (item.flagStrong ? " · ★ " + qsTr("strong signal") : "")
                          + (item.flagConcern ? " · ⚑ " + qsTr("concern") : "")
                    color: item.overBudget ? Material.color(Material.Red) : item.Material.foreground
                    opacity: 0.8
                    font.pixelSize: Theme.px(12)
                }
                Label {
                    text: SafeText.markdown(item.anchorText)
                    textFormat: Text.RichText
                    visible: item.anchorText !== ""
                    font.italic: true
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Repeater {
                    model: item.criteriaMet
                    delegate: Label {
                        required property string modelData
                        text: SafeText.markdown("✓ " + modelData)
                        textFormat: Text.RichText
                        color: Material.color(Material.Green)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: item.criteriaMissed
                    delegate: Label {
                        required property string modelData
                        text: SafeText.markdown("✗ " + modelData)
                        textFormat: Text.RichText
                        opacity: 0.6
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    // Bank follow-ups are Markdown (code in backticks).
                    objectName: "recordFollowUps"
                    // One follow-up a line, as a list under its heading.
                    text: SafeText.markdown(qsTr("**Follow-ups asked:**") + "\n\n"
                                            + item.followUpsAsked.map(t => "- " + t).join("\n"))
                    textFormat: Text.RichText
                    visible: item.followUpsAsked.length > 0
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: item.notes
                    visible: text !== ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: "monospace"
                    font.pixelSize: Theme.px(13)
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
            }
        }
    }
}
