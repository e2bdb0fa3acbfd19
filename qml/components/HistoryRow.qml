import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// One interview in the history: candidate, role and plan, date, status, recommendation.
ItemDelegate {
    id: row

    required property int index
    required property int interviewId
    required property string candidate
    required property string role
    required property string planName
    required property int status
    required property string statusLabel
    required property string dateText
    required property string durationText
    required property int recommendation
    required property string recommendationLabel
    required property bool amended

    Accessible.name: row.candidate
    Accessible.description: SafeText.spoken([row.role, row.planName, row.dateText, row.durationText,
                             row.status === Vocabulary.InterviewStatus.Live ? row.statusLabel : row.recommendationLabel,
                             row.amended ? qsTr("amended") : ""])

    // The row is current in a list that has the keyboard: it shows a ring.
    readonly property bool focusRing: highlighted && (ListView.view?.activeFocus ?? false)
    FocusRing {
        shown: row.focusRing
    }

    contentItem: RowLayout {
        spacing: 10
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.candidate
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(15)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: (row.role !== "" ? row.role + " · " : "") + row.planName
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.dateText + (row.durationText !== "" ? " · " + row.durationText : "")
                opacity: 0.7
                font.pixelSize: Theme.px(12)
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Badge {
                Layout.alignment: Qt.AlignRight
                text: row.status === Vocabulary.InterviewStatus.Live ? row.statusLabel : row.recommendationLabel
                tone: row.status === Vocabulary.InterviewStatus.Live ? "archived"
                    : Vocabulary.isPositive(row.recommendation) ? "positive" : "negative"
            }
            Badge {
                Layout.alignment: Qt.AlignRight
                text: row.amended ? qsTr("amended") : ""
            }
        }
    }
}
