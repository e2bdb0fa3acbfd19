import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One level anchor: what an answer at that level sounds like. It takes at most
// Limits.longText characters (LimitedTextArea).
ColumnLayout {
    id: field

    property alias text: area.text
    property string label: ""
    property string error: ""

    signal edited(string text)

    Layout.fillWidth: true
    Layout.preferredWidth: 1

    Label {
        text: field.label
        font.pixelSize: 12
        opacity: 0.75
    }
    LimitedTextArea {
        id: area
        objectName: field.objectName + "Area"
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: qsTr("What an answer at this level sounds like")
        onTextChanged: {
            if (length > maximumLength)
                return // cut at once, which changes the text again
            if (activeFocus)
                field.edited(text)
        }
    }
    FieldError {
        objectName: field.objectName + "Error"
        text: field.error
        Layout.fillWidth: true
    }
}
