pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Add, rename, reorder, merge and delete categories. A category that holds questions
// is deleted only after choosing where its questions go.
Dialog {
    id: dialog
    objectName: "categoriesDialog"

    readonly property CategoryListModel categories: QuestionBank.categories

    title: qsTr("Categories")
    modal: true
    // Built inside a Loader; centred on the whole window, not on the Loader.
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 680)
    height: Math.min(parent.height - 80, 640)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: newName
                objectName: "newCategoryField"
                placeholderText: qsTr("New category name")
                placeholderTextColor: Theme.placeholder
                maximumLength: Limits.categoryName
                Layout.fillWidth: true
                onAccepted: addButton.clicked()
            }
            Button {
                id: addButton
                text: qsTr("Add")
                enabled: newName.text.trim() !== ""
                onClicked: if (dialog.categories.add(newName.text)) newName.clear()
            }
        }

        Label {
            visible: dialog.categories.error !== ""
            text: dialog.categories.error
            textFormat: Text.PlainText
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.categories
            ScrollBar.vertical: LaneScrollBar { id: listBar }

            delegate: RowLayout {
                id: row
                required property int index
                required property string name
                required property int questionCount
                width: list.width - listBar.lane
                spacing: 4

                TextField {
                    text: row.name
                    maximumLength: Limits.categoryName
                    Layout.fillWidth: true
                    selectByMouse: true
                    onEditingFinished: if (text !== row.name) dialog.categories.rename(row.index, text)
                    Keys.onPressed: (event) => {
                        if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Up) {
                            dialog.categories.move(row.index, row.index - 1)
                            event.accepted = true
                        } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Down) {
                            dialog.categories.move(row.index, row.index + 1)
                            event.accepted = true
                        }
                    }
                }
                Label {
                    text: qsTr("%n question(s)", "", row.questionCount)
                    opacity: 0.7
                    Layout.preferredWidth: 100
                }
                ToolButton {
                    text: "↑"
                    enabled: row.index > 0
                    onClicked: dialog.categories.move(row.index, row.index - 1)
                }
                ToolButton {
                    text: "↓"
                    enabled: row.index < list.count - 1
                    onClicked: dialog.categories.move(row.index, row.index + 1)
                }
                ToolButton {
                    text: qsTr("Merge…")
                    enabled: list.count > 1
                    onClicked: {
                        targetDialog.sourceRow = row.index
                        targetDialog.merging = true
                        targetDialog.open()
                    }
                }
                ToolButton {
                    text: qsTr("Delete…")
                    onClicked: {
                        if (row.questionCount === 0) {
                            dialog.categories.remove(row.index)
                        } else {
                            targetDialog.sourceRow = row.index
                            targetDialog.merging = false
                            targetDialog.open()
                        }
                    }
                }
            }
        }
        Label {
            text: qsTr("Alt+Up / Alt+Down in a name moves the category.")
            opacity: 0.6
            font.pixelSize: Theme.px(12)
        }
    }

    Dialog {
        id: targetDialog

        property int sourceRow: -1
        property bool merging: false
        readonly property string sourceName: sourceRow >= 0 ? dialog.categories.names[sourceRow] ?? "" : ""

        anchors.centerIn: parent
        modal: true
        // The category's name only in a plain-text heading: the style's own title label
        // would read it as markup.
        title: merging ? qsTr("Merge") : qsTr("Delete")
        header: DialogTitle {
            text: targetDialog.merging ? qsTr("Merge “%1” into…").arg(targetDialog.sourceName)
                                       : qsTr("Delete “%1”").arg(targetDialog.sourceName)
        }
        // Our own buttons: the standard ones say Qt's words, which no catalogue of ours
        // translates.
        footer: DialogFooter {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: targetDialog.reject()
            }
            Button {
                objectName: "categoryTargetOk"
                text: targetDialog.merging ? qsTr("Merge") : qsTr("Delete")
                highlighted: true
                Material.accent: Theme.buttonFill
                onClicked: targetDialog.accept()
            }
        }

        ColumnLayout {
            Label {
                text: targetDialog.merging
                      ? qsTr("Its questions move to the category you choose, and “%1” goes away.").arg(targetDialog.sourceName)
                      : qsTr("“%1” still holds questions. Choose where they go.").arg(targetDialog.sourceName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.preferredWidth: 360
            }
            ComboBox {
                id: target
                Accessible.name: qsTr("Move the questions to: %1").arg(displayText)
                Layout.fillWidth: true
                // Category names show as typed in the list of choices too.
                delegate: PlainMenuItem {
                    required property int index
                    required property string modelData
                    width: ListView.view.width
                    text: modelData
                    highlighted: target.highlightedIndex === index
                }
                model: {
                    const names = []
                    for (let i = 0; i < dialog.categories.names.length; ++i) {
                        if (i !== targetDialog.sourceRow)
                            names.push(dialog.categories.names[i])
                    }
                    return names
                }
            }
        }
        onAccepted: {
            const into = dialog.categories.names.indexOf(target.currentText)
            if (merging)
                dialog.categories.merge(sourceRow, into)
            else
                dialog.categories.remove(sourceRow, into)
        }
    }

    footer: DialogFooter {
        Button {
            objectName: "categoriesClose"
            text: qsTr("Close")
            highlighted: true
            Material.accent: Theme.buttonFill
            onClicked: dialog.close()
        }
    }
}
