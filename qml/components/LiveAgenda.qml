pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The agenda of the live view: every question with its state, its time against its
// budget (red when over), its score and flags. A click goes to that question.
ListView {
    id: agenda
    objectName: "agenda"

    required property LiveInterview live

    // A question was picked with the mouse.
    signal picked()

    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Agenda")
    model: agenda.live.agenda
    currentIndex: agenda.live.currentIndex
    highlightMoveDuration: 0
    ScrollBar.vertical: LaneScrollBar { id: agendaBar }

    delegate: ItemDelegate {
        id: agendaRow
        required property int index
        required property string title
        required property int itemState
        required property string timeText
        required property int score
        required property bool overBudget
        required property bool flagStrong
        required property bool flagConcern
        required property bool current
        width: agenda.width - agendaBar.lane
        highlighted: current
        focusPolicy: Qt.NoFocus
        Accessible.name: (agendaRow.index + 1) + ". " + agendaRow.title
        Accessible.description: SafeText.spoken([agendaRow.current ? qsTr("current")
                                 : agendaRow.itemState === Vocabulary.ItemState.Done ? qsTr("done")
                                 : agendaRow.itemState === Vocabulary.ItemState.Skipped ? qsTr("skipped") : qsTr("pending"),
                                 agendaRow.timeText, agendaRow.score > 0 ? qsTr("score %1").arg(agendaRow.score) : "",
                                 agendaRow.flagStrong ? qsTr("strong signal") : "",
                                 agendaRow.flagConcern ? qsTr("concern") : ""])
        Accessible.selected: agendaRow.current
        onClicked: {
            agenda.live.goTo(index)
            agenda.picked()
        }
        contentItem: RowLayout {
            spacing: 8
            Label {
                text: agendaRow.current ? "▶"
                    : agendaRow.itemState === Vocabulary.ItemState.Done ? "✓"
                    : agendaRow.itemState === Vocabulary.ItemState.Skipped ? "↷" : "○"
                color: agendaRow.itemState === Vocabulary.ItemState.Skipped ? Material.color(Material.Orange)
                     : agendaRow.itemState === Vocabulary.ItemState.Done ? Material.color(Material.Green)
                     : agenda.Material.foreground
                Layout.preferredWidth: 14
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: (agendaRow.index + 1) + ". " + SafeText.cut(agendaRow.title, Limits.title)
                    textFormat: Text.PlainText
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    font.weight: agendaRow.current ? Font.DemiBold : Font.Normal
                    opacity: agendaRow.itemState === Vocabulary.ItemState.Skipped && !agendaRow.current ? 0.6 : 1
                    Layout.fillWidth: true
                }
                Label {
                    text: agendaRow.timeText + (agendaRow.flagStrong ? "  ★" : "") + (agendaRow.flagConcern ? "  ⚑" : "")
                    font.pixelSize: Theme.px(12)
                    color: agendaRow.overBudget ? Material.color(Material.Red) : agenda.Material.foreground
                    opacity: agendaRow.overBudget ? 1 : 0.7
                }
            }
            Label {
                text: agendaRow.score > 0 ? agendaRow.score : ""
                font.weight: Font.Bold
                color: Material.accent
            }
        }
    }
}
