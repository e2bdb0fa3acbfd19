import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// One candidate in the Candidates list: name, role and email, how far the loop is and
// when something last happened; the status and stage as badges.
ItemDelegate {
    id: row

    required property int index
    required property int candidateId
    required property string name
    required property string email
    required property string role
    required property int status
    required property string statusLabel
    required property int stage
    required property string stageLabel
    required property string progressText
    required property string lastActivity

    Accessible.name: row.name
    Accessible.description: SafeText.spoken([row.role, row.email, row.statusLabel, row.stageLabel, row.progressText,
                             row.lastActivity])

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
                text: row.name
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(15)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.role !== "" && row.email !== "" ? row.role + " · " + row.email : row.role + row.email
                textFormat: Text.PlainText
                visible: text !== ""
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.progressText + (row.lastActivity !== "" ? " · " + row.lastActivity : "")
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Badge {
                Layout.alignment: Qt.AlignRight
                text: row.statusLabel
                tone: row.status === Vocabulary.CandidateStatus.Hired ? "positive"
                    : row.status === Vocabulary.CandidateStatus.Rejected ? "negative"
                    : row.status === Vocabulary.CandidateStatus.Withdrawn ? "archived" : "tag"
            }
            Badge {
                Layout.alignment: Qt.AlignRight
                text: row.stage === Vocabulary.CandidateStage.Decided ? "" : row.stageLabel
                tone: row.stage === Vocabulary.CandidateStage.ScorecardsIn ? "category" : "tag"
            }
        }
    }
}
