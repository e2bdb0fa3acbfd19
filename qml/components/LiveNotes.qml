import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Panelist.Core

// The notes of the current question, where the keyboard stays during the call. Every
// text goes to LiveInterview as typed; which key starts a stamped line, and the stamp,
// are LiveInterview's (stampForKey).
ColumnLayout {
    id: box

    required property LiveInterview live

    // A key pressed in the notes, for the live view's keys first.
    signal keyPressed(var event)

    function focusNotes() {
        notes.forceActiveFocus()
    }

    spacing: 4

    SectionHeading { text: qsTr("Notes · each line stamped with the time") }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.bottomMargin: 12
        LimitedTextArea {
            id: notes
            objectName: "notes"
            maximumLength: Limits.notes
            text: box.live.notes
            readOnly: !box.live.editable
            wrapMode: TextArea.Wrap
            selectByMouse: true
            font.pixelSize: 14
            placeholderText: qsTr("Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.")
            onTextChanged: if (box.live.editable) box.live.setNotes(text)
            Keys.onPressed: (event) => {
                box.keyPressed(event)
                if (event.accepted)
                    return
                const stamp = box.live.stampForKey(event.key, event.modifiers, event.text)
                if (stamp.text !== "")
                    notes.insert(notes.cursorPosition, stamp.text)
                event.accepted = stamp.replacesKey
            }
        }
    }
}
