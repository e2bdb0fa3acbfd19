import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A dialog's title shown as typed (it may hold a candidate's or a plan's name), in the
// look of the Material dialog's own title.
Label {
    textFormat: Text.PlainText
    visible: text !== ""
    elide: Text.ElideRight
    padding: 24
    bottomPadding: 0
    font.bold: true
    font.pixelSize: Theme.px(16)
    background: Rectangle {
        radius: 2
        color: Material.dialogColor
    }
}
