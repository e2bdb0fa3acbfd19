import QtQuick

// The window's own keys: Ctrl+Q quits, Ctrl+1…4 open a section (in the live interview
// they score instead), Ctrl+PgUp / Ctrl+PgDown go to the previous or next section,
// Ctrl+, opens Settings.
Item {
    id: keys

    // The section shown, and whether Ctrl+1…4 score now.
    property int section: 0
    property bool scoring: false
    readonly property int sectionCount: 4

    signal sectionRequested(int index)
    signal quitRequested()
    signal settingsRequested()

    Shortcut {
        sequence: "Ctrl+Q" // StandardKey.Quit; qmllint 6.4 cannot resolve StandardKey
        onActivated: keys.quitRequested()
    }
    Shortcut {
        sequence: "Ctrl+," // StandardKey.Preferences
        onActivated: keys.settingsRequested()
    }
    Shortcut {
        sequence: "Ctrl+1"
        enabled: !keys.scoring
        onActivated: keys.sectionRequested(0)
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: !keys.scoring
        onActivated: keys.sectionRequested(1)
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: !keys.scoring
        onActivated: keys.sectionRequested(2)
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: !keys.scoring
        onActivated: keys.sectionRequested(3)
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        onActivated: keys.sectionRequested((keys.section + keys.sectionCount - 1) % keys.sectionCount)
    }
    Shortcut {
        sequence: "Ctrl+PgDown"
        onActivated: keys.sectionRequested((keys.section + 1) % keys.sectionCount)
    }
}
