import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The message under a field that says what is wrong with it; empty when nothing is.
Label {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    visible: text !== ""
    color: Material.color(Material.Red)
    font.pixelSize: Theme.px(12)
}
