import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The button row of a dialog, right-aligned; the last button is the default one.
Pane {
    default property alias buttons: row.data

    RowLayout {
        id: row
        anchors.right: parent.right
        spacing: 8
    }
}
