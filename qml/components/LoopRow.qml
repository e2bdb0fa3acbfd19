import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// One interview of a candidate's loop: who ran it on which plan, when, its status and
// whether its scorecard is in.
ItemDelegate {
    id: row

    required property int index
    required property int interviewId
    required property string interviewer
    required property string planName
    required property int status
    required property string statusLabel
    required property string started
    required property string ended
    required property bool scorecardIn
    required property int recommendation
    required property string recommendationLabel
    required property bool hidden

    Accessible.name: row.planName
    Accessible.description: SafeText.spoken([row.interviewer, row.started, row.statusLabel, row.recommendationLabel])

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
                text: row.interviewer !== "" ? row.interviewer : qsTr("(no interviewer named)")
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(14)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.planName
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: Theme.px(12)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.started === "" ? qsTr("Not started")
                    : row.ended !== "" ? qsTr("%1 – %2").arg(row.started).arg(row.ended)
                    : qsTr("Started %1").arg(row.started)
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
                text: row.scorecardIn ? qsTr("Scorecard in") : row.statusLabel
                tone: row.scorecardIn ? "category" : "archived"
            }
            Badge {
                Layout.alignment: Qt.AlignRight
                // The bias guard holds a colleague's verdict back until yours is in.
                text: row.hidden ? qsTr("Hidden until yours is in") : row.recommendationLabel
                tone: row.hidden ? "archived"
                    : Vocabulary.isPositive(row.recommendation) ? "positive" : "negative"
            }
        }
    }
}
