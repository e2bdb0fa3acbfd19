import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One level anchor: what an answer at that level sounds like. It takes at most
// Limits.longText characters (LimitedTextArea). A plain Column, so its height follows
// its text at the width it is given: the label, the area and its error stay together.
Column {
    id: field

    property alias text: area.text
    property string label: ""
    property string error: ""

    signal edited(string text)

    spacing: 2
    Layout.fillWidth: true
    Layout.preferredWidth: 1
    Layout.alignment: Qt.AlignTop

    Label {
        text: field.label
        font.pixelSize: Theme.px(12)
        opacity: 0.75
        width: field.width
        elide: Text.ElideRight
    }
    LimitedTextArea {
        id: area
        objectName: field.objectName + "Area"
        Accessible.name: field.label
        width: field.width
        height: Math.max(80, implicitHeight)
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: qsTr("What an answer at this level sounds like")
        placeholderTextColor: Theme.placeholder
        // Tab leaves the anchor for the next field, Shift+Tab for the one before (a tab
        // character in an anchor would trap the keyboard).
        Keys.onTabPressed: area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
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
        width: field.width
    }
}
