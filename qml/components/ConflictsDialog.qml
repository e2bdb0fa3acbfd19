pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The team's conflicts: a change made here met another one on the team's server. Each
// shows what it is, what happened and both sides, only the fields that differ; Keep
// mine, Take theirs, or Edit: both sides field by field, a merged text for each field
// that differs (prefilled with this laptop's, "Use mine" / "Use theirs" to refill it),
// Save merge. Nothing goes until one of these is chosen.
WindowDialog {
    id: dialog
    objectName: "conflictsDialog"
    preferredWidth: 960
    title: qsTr("Conflicts with the team's server")

    readonly property ConflictListModel conflicts: Team.conflicts
    // The conflict being merged, -1 for the list.
    property int editId: -1
    property string editTitle: ""
    property var editFields: []

    function edit(conflictId: int, title: string) {
        dialog.editFields = dialog.conflicts.fields(conflictId)
        dialog.editTitle = title
        dialog.editId = conflictId
    }
    function backToList() {
        dialog.editId = -1
        dialog.editFields = []
    }
    function saveMerge() {
        const choices = []
        for (let i = 0; i < fieldRows.count; ++i) {
            const row = fieldRows.itemAt(i) as ConflictMergeRow
            if (row && row.differs)
                choices.push(row.choice())
        }
        if (dialog.conflicts.saveMerged(dialog.editId, choices))
            dialog.backToList()
    }

    onAboutToShow: {
        dialog.conflicts.reload()
        dialog.backToList()
    }
    onOpened: dialog.forceActiveFocus()

    Label {
        text: dialog.editId < 0
              ? qsTr("A change made here met another one on the team's server. Until you choose, the team's version is the one in use here and yours is kept below; nothing is lost.")
              : qsTr("Merging \"%1\": for each field that differs, write what the team should keep. Fields that are the same on both sides stay as they are.").arg(dialog.editTitle)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }
    Label {
        objectName: "conflictsError"
        visible: text !== ""
        text: dialog.conflicts.error
        textFormat: Text.PlainText
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    EmptyState {
        objectName: "noConflicts"
        visible: dialog.editId < 0 && dialog.conflicts.count === 0
        title: qsTr("No conflicts")
        detail: qsTr("Everything here matches the team's server.")
        keys: qsTr("Esc closes")
        Layout.fillWidth: true
        Layout.topMargin: 16
    }

    // The list, kept while a merge is edited (hidden, not rebuilt).
    ColumnLayout {
        visible: dialog.editId < 0
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            id: list
            model: dialog.conflicts
            delegate: Pane {
                id: card
                required property int index
                required property int conflictId
                required property string kindLabel
                required property string title
                required property string what
                required property string mineText
                required property string theirsText
                required property bool canMerge
                objectName: "conflictCard"
                Accessible.role: Accessible.ListItem
                Accessible.name: card.title
                Accessible.description: SafeText.spoken([card.kindLabel, card.what])
                Material.elevation: 1
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Label {
                        text: qsTr("%1 · %2").arg(card.kindLabel).arg(card.title)
                        textFormat: Text.PlainText
                        font.bold: true
                        font.pixelSize: Theme.px(15)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "conflictWhat"
                        text: card.what
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: 16
                        rowSpacing: 2
                        Layout.fillWidth: true
                        Label { text: qsTr("This laptop"); font.bold: true; opacity: 0.7; Layout.preferredWidth: 1; Layout.fillWidth: true }
                        Label { text: qsTr("The team's server"); font.bold: true; opacity: 0.7; Layout.preferredWidth: 1; Layout.fillWidth: true }
                        Label {
                            objectName: "conflictMine"
                            text: card.mineText
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 12
                            elide: Text.ElideRight
                            Layout.preferredWidth: 1
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                        }
                        Label {
                            objectName: "conflictTheirs"
                            text: card.theirsText
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 12
                            elide: Text.ElideRight
                            Layout.preferredWidth: 1
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                        }
                    }
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        Button {
                            objectName: "conflictEdit"
                            text: qsTr("Edit…")
                            enabled: card.canMerge
                            onClicked: dialog.edit(card.conflictId, card.title)
                        }
                        Button {
                            objectName: "conflictTakeTheirs"
                            text: qsTr("Take theirs")
                            onClicked: dialog.conflicts.takeTheirs(card.conflictId)
                        }
                        Button {
                            objectName: "conflictKeepMine"
                            text: qsTr("Keep mine")
                            onClicked: dialog.conflicts.keepMine(card.conflictId)
                        }
                    }
                }
            }
        }
    }

    // The merge.
    ColumnLayout {
        visible: dialog.editId >= 0
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            id: fieldRows
            model: dialog.editFields
            delegate: ConflictMergeRow {}
        }
    }

    footer: DialogFooter {
        Button {
            objectName: "mergeBack"
            visible: dialog.editId >= 0
            text: qsTr("Back")
            onClicked: dialog.backToList()
        }
        Button {
            objectName: "mergeSave"
            visible: dialog.editId >= 0
            text: qsTr("Save merge")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.saveMerge()
        }
        Button {
            objectName: "conflictsClose"
            visible: dialog.editId < 0
            text: qsTr("Close")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.close()
        }
    }
}
