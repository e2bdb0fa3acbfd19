import QtQuick
import QtQuick.Controls

// A list's vertical scroll bar that says how much room its rows leave it: `lane` is its
// width while there is something to scroll, so no row's text runs under the bar.
ScrollBar {
    readonly property real lane: size < 1.0 ? width : 0
}
