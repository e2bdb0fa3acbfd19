import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Panelist.Core

// The live call: the header with the clock and pace, the agenda, the current question,
// the score and the notes, where the keyboard stays. Which key does what is
// LiveInterview's (LiveKeys); the page does only what needs the view.
Page {
    id: page
    objectName: "livePage"
    Accessible.name: qsTr("Interview")

    readonly property LiveInterview live: InterviewDesk.live

    // Below this width the agenda folds away (the header's Agenda button shows it), so
    // the question and the score keep room enough to read.
    readonly property bool narrow: page.width < 1180
    property bool agendaShown: false

    signal finishRequested()
    signal closeRequested()

    // The keyboard where the call needs it: the notes while they can be written, else
    // the page itself (its keys: F1, Ctrl+R, the window's sections).
    function focusNotes() {
        if (page.live.editable)
            notes.focusNotes(false)
        else
            keyHome.forceActiveFocus()
    }

    // Where the keyboard waits when there are no notes to write: its keys reach the
    // page's handler and the window's shortcuts.
    Item {
        id: keyHome
        objectName: "liveKeys"
    }

    // Whether `item` is `ancestor` or inside it.
    function within(item: Item, ancestor: Item): bool {
        for (let at = item; at; at = at.parent) {
            if (at === ancestor)
                return true
        }
        return false
    }

    // The keyboard never stays lost during a call: when a dialog or menu closes and hands
    // the focus back to nothing, the window or a button clicked outside the page (the
    // tool bar's Settings, the theme), it comes back to the notes. Popups, fields and
    // the page's own items keep it.
    function keepKeyboard() {
        if (!page.visible || !page.live.active)
            return
        const item = page.Window.activeFocusItem
        if (item && (page.within(item, page) || page.within(item, page.Overlay.overlay)))
            return
        if (item && !(item instanceof AbstractButton) && item !== page.Window.contentItem)
            return
        page.focusNotes()
    }
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { keepKeyboardSoon.restart() }
    }
    // Once the focus has settled (a click moves it twice: press, then the dialog).
    Timer {
        id: keepKeyboardSoon
        interval: 0
        onTriggered: page.keepKeyboard()
    }
    // Finished or closed: the read-only notes give the keyboard to the page; reopened:
    // back to the notes.
    Connections {
        target: page.live
        function onProgressChanged() {
            if (page.visible && page.within(page.Window.activeFocusItem, page))
                page.focusNotes()
        }
    }

    // Every key of the live view, wherever the focus is (the notes and the follow-up
    // field ask first, so their own Ctrl+Left / Ctrl+Right word moves give way). True
    // when handled.
    function handleKey(event: var): bool {
        switch (page.live.handleKey(event.key, event.modifiers)) {
        case LiveKeys.NoAction:
            return false
        case LiveKeys.CheatSheet:
            cheatSheet.visible ? cheatSheet.close() : cheatSheet.open()
            break
        case LiveKeys.AddFollowUp:
            question.focusFollowUp()
            break
        case LiveKeys.Finish:
            page.finishRequested()
            break
        case LiveKeys.Reopen:
            page.focusNotes()
            break
        }
        return true
    }

    Keys.onPressed: (event) => event.accepted = page.handleKey(event)

    header: LiveHeader {
        live: page.live
        // A page's tool bar sits on the page, not on the primary colour.
        Material.background: page.Material.background
        Material.foreground: page.Material.foreground
        onFinishRequested: page.finishRequested()
        onCloseRequested: page.closeRequested()
        onReopened: page.focusNotes()
        onKeysRequested: cheatSheet.open()
        agendaToggle: page.narrow
        agendaShown: page.agendaShown
        onAgendaToggled: page.agendaShown = !page.agendaShown
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        objectName: "noInterviewRunning"
        visible: !page.live.active
        title: qsTr("No interview running")
        detail: qsTr("Start one from a plan: open Plans (Ctrl+2), select a plan and press Ctrl+Enter.")
        keys: qsTr("Ctrl+2: plans · Ctrl+Enter: start an interview")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.live.active

        // What the interviewer should know at a glance: behind, and what to drop.
        Pane {
            objectName: "skipHint"
            visible: page.live.skipHint !== "" || page.live.error !== "" || page.live.finished
            Layout.fillWidth: true
            padding: 8
            leftPadding: 16
            Material.background: page.live.error !== "" ? Qt.rgba(0.9, 0.2, 0.2, 0.15) : Qt.rgba(1, 0.6, 0, 0.14)
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: page.live.error !== "" ? page.live.error
                    : page.live.finished ? qsTr("Finished — recommendation: %1. %2").arg(page.live.recommendationLabel).arg(page.live.summary)
                    : page.live.skipHint
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            LiveAgenda {
                live: page.live
                visible: !page.narrow || page.agendaShown
                SplitView.preferredWidth: page.narrow ? 220 : 280
                SplitView.minimumWidth: 180
                onPicked: page.focusNotes()
            }

            LiveQuestion {
                id: question
                live: page.live
                SplitView.fillWidth: true
                SplitView.minimumWidth: 280
                onKeyPressed: (event) => event.accepted = page.handleKey(event)
                onFollowUpDone: notes.focusNotes(true)
            }

            // Score, flags and notes: where the hands are during the call.
            ColumnLayout {
                SplitView.preferredWidth: page.narrow ? 360 : 440
                SplitView.minimumWidth: 300
                spacing: 4
                LiveScoring {
                    live: page.live
                    Layout.fillWidth: true
                }
                LiveNotes {
                    id: notes
                    live: page.live
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onKeyPressed: (event) => event.accepted = page.handleKey(event)
                }
            }
        }
    }

    CheatSheet {
        id: cheatSheet
        anchors.centerIn: parent
    }
}
