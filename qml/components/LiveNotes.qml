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

    // The keyboard in the notes. `atEnd`: coming back to them (a question shown, the
    // follow-up field left): the cursor goes to the end and what is typed next starts a
    // new stamped line.
    function focusNotes(atEnd: bool) {
        if (atEnd)
            box.enterAtEnd()
        notes.forceActiveFocus()
    }

    // The first key since the notes were entered (LiveInterview.stampForKey's lineStart).
    property bool lineStart: false

    function enterAtEnd() {
        notes.cursorPosition = notes.length
        box.lineStart = true
    }

    // The notes of the question shown, the cursor after them.
    function reload() {
        notes.text = box.live.notes
        box.enterAtEnd()
    }

    Component.onCompleted: box.reload()
    Connections {
        target: box.live
        function onCurrentChanged() { box.reload() }
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
            // The keyboard stays here during the call: its name says which question the
            // notes are for, so a screen reader says the new question as it changes
            // (Ctrl+→, Ctrl+←, a pick in the agenda).
            Accessible.name: qsTr("Notes on question %1 of %2: %3").arg(box.live.currentIndex + 1)
                             .arg(box.live.count).arg(box.live.title)
            maximumLength: Limits.notes
            readOnly: !box.live.editable
            wrapMode: TextArea.Wrap
            selectByMouse: true
            font.pixelSize: Theme.px(14)
            placeholderText: qsTr("Type while they talk. Enter starts a new stamped line; Ctrl+→ moves on.")
            placeholderTextColor: Theme.placeholder
            onTextChanged: if (box.live.editable) box.live.setNotes(text)
            // Only an editable area takes the keyboard: a read-only one would swallow the
            // window's shortcuts (Qt 6.4), so the page keeps it then.
            activeFocusOnPress: box.live.editable
            onPressed: box.lineStart = false
            Keys.onPressed: (event) => {
                box.keyPressed(event)
                if (event.accepted)
                    return
                const modifierOnly = event.key === Qt.Key_Shift || event.key === Qt.Key_Control
                                   || event.key === Qt.Key_Alt || event.key === Qt.Key_Meta
                                   || event.key === Qt.Key_AltGr || event.key === Qt.Key_CapsLock
                if (modifierOnly)
                    return
                const stamp = box.live.stampForKey(event.key, event.modifiers, event.text, box.lineStart)
                box.lineStart = false
                if (stamp.text !== "")
                    notes.insert(notes.cursorPosition, stamp.text)
                event.accepted = stamp.replacesKey
            }
        }
    }
}
