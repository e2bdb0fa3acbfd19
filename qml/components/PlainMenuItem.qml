import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A menu item (or a combo box row) whose text shows as typed: a category, tag or plan
// name never renders as markup or loads anything, and "&" is not a mnemonic.
MenuItem {
    id: item

    // Qt 6.4 gives a menu item no press action: a screen reader presses it as a click
    // (clicked: a menu item triggers on it, a combo box picks its row).
    Accessible.onPressAction: item.clicked()

    contentItem: Text {
        leftPadding: item.checkable && item.indicator ? item.indicator.width + item.spacing : 0
        text: item.text
        textFormat: Text.PlainText
        font: item.font
        color: item.enabled ? item.Material.foreground : item.Material.hintTextColor
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
