import QtQuick
import Panelist.Core

// The ring drawn around the row that has the keyboard: the current row of a list that
// holds the focus (Material marks a focused control, not a list's current row). It
// fills its parent; `shown` says when. tst_tabchain reads `focusRing` on rows.
Rectangle {
    property bool shown: false

    anchors.fill: parent
    color: "transparent"
    border.width: 2
    border.color: Theme.accent
    radius: 2
    visible: shown
    Accessible.ignored: true
}
