import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One level anchor: what an answer at that level sounds like.
ColumnLayout {
    id: field

    property alias text: area.text
    property string label: ""

    signal edited(string text)

    Layout.fillWidth: true
    Layout.preferredWidth: 1

    Label {
        text: field.label
        font.pixelSize: 12
        opacity: 0.75
    }
    TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: qsTr("What an answer at this level sounds like")
        onTextChanged: if (activeFocus) field.edited(text)
    }
}
