import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Short confirmations ("Archived …", import results) at the bottom of the window, for a
// few seconds each.
Pane {
    id: snackbar
    objectName: "snackbar"

    function show(text: string) {
        snackbarText.text = text
        snackbar.opacity = 1
        snackbarTimer.restart()
    }

    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: 24
    visible: opacity > 0
    opacity: 0
    // A long message (an import's reasons) wraps instead of running off the window.
    contentWidth: Math.min(snackbarText.implicitWidth, parent.width - 160)
    Material.elevation: 6
    Material.background: Theme.snackbar
    Behavior on opacity { NumberAnimation { duration: 150 } }
    Label {
        id: snackbarText
        objectName: "snackbarText"
        color: Theme.textOnSnackbar
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        width: parent.width
    }
    Timer {
        id: snackbarTimer
        interval: 4000
        onTriggered: snackbar.opacity = 0
    }
}
