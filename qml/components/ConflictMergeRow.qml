import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One field of a conflict's merge (ConflictsDialog): its label, this laptop's and the
// server's value side by side and what the merge keeps: an editable text prefilled with
// this laptop's (Use mine / Use theirs refill it), or, for a value taken whole (the
// category, the level, a plan's questions), a choice of one side. Shown only when the
// two sides differ.
ColumnLayout {
    id: row
    required property var modelData
    readonly property bool differs: modelData.differs
    readonly property bool editable: modelData.editable
    // For a field taken whole: the side chosen.
    property string side: "mine"

    function choice(): var {
        if (row.editable)
            return { key: row.modelData.key, text: merged.text }
        return { key: row.modelData.key, side: row.side }
    }

    visible: differs
    spacing: 4
    Layout.fillWidth: true

    Label {
        text: row.modelData.label
        font.bold: true
        Layout.fillWidth: true
    }
    GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 2
        Layout.fillWidth: true
        Label { text: qsTr("This laptop"); opacity: 0.7; Layout.preferredWidth: 1; Layout.fillWidth: true }
        Label { text: qsTr("The team's server"); opacity: 0.7; Layout.preferredWidth: 1; Layout.fillWidth: true }
        Label {
            objectName: "mergeMine"
            text: row.modelData.mine === "" ? qsTr("(empty)") : row.modelData.mine
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        Label {
            objectName: "mergeTheirs"
            text: row.modelData.theirs === "" ? qsTr("(empty)") : row.modelData.theirs
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    Label {
        visible: row.editable
        text: qsTr("What the team keeps")
        opacity: 0.7
        Layout.topMargin: 4
    }
    // The merged text, the whole width (in a row beside buttons a wrapping text area is
    // laid out at its unwrapped width first and leaves a gap).
    TextArea {
        id: merged
        objectName: "mergeText"
        visible: row.editable
        text: row.modelData.mine
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Merged %1").arg(row.modelData.label.toLowerCase())
        placeholderTextColor: Theme.placeholder
        Accessible.name: qsTr("Merged %1").arg(row.modelData.label)
        Layout.fillWidth: true
        Keys.onTabPressed: (event) => {
            const next = merged.nextItemInFocusChain(true)
            if (next)
                next.forceActiveFocus(Qt.TabFocusReason)
            event.accepted = true
        }
    }
    RowLayout {
        visible: row.editable
        spacing: 8
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "useMine"
            text: qsTr("Use mine")
            onClicked: merged.text = row.modelData.mine
        }
        Button {
            objectName: "useTheirs"
            text: qsTr("Use theirs")
            onClicked: merged.text = row.modelData.theirs
        }
    }
    RowLayout {
        visible: !row.editable
        spacing: 8
        RadioButton {
            objectName: "chooseMine"
            text: qsTr("Keep this laptop's")
            checked: row.side === "mine"
            onClicked: row.side = "mine"
        }
        RadioButton {
            objectName: "chooseTheirs"
            text: qsTr("Take the server's")
            checked: row.side === "theirs"
            onClicked: row.side = "theirs"
        }
    }
    MenuSeparator { Layout.fillWidth: true }
}
