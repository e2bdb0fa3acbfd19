import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A Markdown text area with its rendering beside it, updated as you type.
ColumnLayout {
    id: field

    property alias text: area.text
    property string label: ""
    property string placeholder: ""
    property int minimumHeight: 120

    signal edited(string text)

    spacing: 4

    Label {
        text: field.label
        font.pixelSize: 12
        opacity: 0.75
    }

    RowLayout {
        spacing: 12
        Layout.fillWidth: true

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Math.max(field.minimumHeight, area.implicitHeight)
            TextArea {
                id: area
                objectName: field.objectName + "Area"
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                font.family: "monospace"
                placeholderText: field.placeholder
                onTextChanged: if (activeFocus) field.edited(text)
            }
        }
        Frame {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            TextEdit {
                width: parent.width
                text: area.text
                textFormat: TextEdit.MarkdownText
                readOnly: true
                wrapMode: TextEdit.Wrap
                color: field.Material.foreground
                font.pixelSize: 15
            }
        }
    }
}
