import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small capitalised heading between groups of rows or blocks of text.
Label {
    textFormat: Text.PlainText
    elide: Text.ElideRight
    topPadding: 14
    bottomPadding: 4
    leftPadding: 16
    font.pixelSize: Theme.px(12)
    font.weight: Font.Bold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.8
    color: Material.accent
}
