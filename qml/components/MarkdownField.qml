import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// A Markdown text area with its rendering beside it, updated as you type. The preview
// goes through SafeText: images show as their alt text and links cannot be followed.
// The area takes at most `maximumLength` characters (LimitedTextArea). Tab leaves the
// area for the next field; Ctrl+Tab, or Tab inside a code block, indents by four spaces.
ColumnLayout {
    id: field

    property alias text: area.text
    property string label: ""
    property string placeholder: ""
    property string error: ""
    property int minimumHeight: 120
    property int maximumLength: Limits.longText

    signal edited(string text)

    spacing: 4

    Label {
        text: field.label
        font.pixelSize: Theme.px(12)
        opacity: 0.75
    }

    RowLayout {
        spacing: 12
        Layout.fillWidth: true

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Math.max(field.minimumHeight, area.implicitHeight)
            LimitedTextArea {
                id: area
                objectName: field.objectName + "Area"
                Accessible.name: field.label
                maximumLength: field.maximumLength
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                font.family: "monospace"
                placeholderText: field.placeholder
                placeholderTextColor: Theme.placeholder
                // Tab moves to the next field, Shift+Tab to the one before; Ctrl+Tab, or
                // Tab inside a ``` code block, indents.
                Keys.onTabPressed: (event) => {
                    if ((event.modifiers & Qt.ControlModifier)
                            || QuestionBank.editor.inCodeBlock(area.text, area.cursorPosition)) {
                        if (area.selectedText.length > 0)
                            area.remove(area.selectionStart, area.selectionEnd)
                        area.insert(area.cursorPosition, "    ")
                    } else {
                        area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    }
                    event.accepted = true
                }
                Keys.onBacktabPressed: (event) => {
                    area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    event.accepted = true
                }
                onTextChanged: {
                    if (length > maximumLength)
                        return // cut at once, which changes the text again
                    renderTimer.restart()
                    if (activeFocus)
                        field.edited(text)
                }
            }
        }
        Frame {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            TextEdit {
                id: preview
                objectName: field.objectName + "Preview"
                width: parent.width
                textFormat: TextEdit.RichText
                readOnly: true
                wrapMode: TextEdit.Wrap
                color: field.Material.foreground
                font.pixelSize: Theme.px(15)
                Component.onCompleted: text = SafeText.markdown(area.text)
            }
            // Rendered a moment after the last keystroke, so typing never waits for it.
            Timer {
                id: renderTimer
                interval: 150
                onTriggered: preview.text = SafeText.markdown(area.text)
            }
        }
    }

    FieldError {
        objectName: field.objectName + "Error"
        text: field.error
        Layout.fillWidth: true
    }
}
