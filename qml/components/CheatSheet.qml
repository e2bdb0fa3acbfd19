pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// Every shortcut of the live view, over it (F1 or Esc closes).
Popup {
    id: sheet
    objectName: "cheatSheet"
    modal: true
    focus: true
    padding: 24
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (Overlay.overlay?.width ?? 600) - 32)
    height: Math.min(implicitHeight, (Overlay.overlay?.height ?? 700) - 32)

    // The table LiveInterview.handleKey reads: [{action, keys, description}].
    readonly property var keys: LiveKeys.entries

    contentItem: ColumnLayout {
        spacing: 10
        focus: true
        Keys.onPressed: (event) => {
            if (LiveKeys.actionOf(event.key, event.modifiers) === LiveKeys.CheatSheet) {
                sheet.close()
                event.accepted = true
            }
        }
        Label {
            text: qsTr("Keyboard shortcuts")
            font.pixelSize: Theme.px(20)
            font.weight: Font.DemiBold
        }
        Label {
            text: qsTr("The focus stays in the notes while you score and move.")
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 20
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                model: sheet.keys.length * 2
                delegate: Label {
                    required property int index
                    readonly property bool isKey: index % 2 === 0
                    readonly property var entry: sheet.keys[Math.floor(index / 2)]
                    text: isKey ? entry.keys : entry.description
                    // The keys in the text face, a size up: a monospace face draws
                    // the arrows of Ctrl+← and Ctrl+→ too small to read.
                    font.pixelSize: isKey ? sheet.font.pixelSize + 3 : sheet.font.pixelSize
                    font.weight: isKey ? Font.DemiBold : Font.Normal
                    color: isKey ? Material.accent : sheet.Material.foreground
                    wrapMode: Text.Wrap
                    Layout.fillWidth: !isKey
                }
            }
        }
    }
}
