pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Panelist.Core

// A filter chip: shows the chosen value (or "all"), and opens a menu of the values
// of one facet with how many questions of the current search carry each.
Button {
    id: chip

    required property FacetModel facets
    required property string allLabel
    property string value: ""

    // Where the keyboard was when the menu opened; it goes back there when it closes.
    property Item returnTo: null

    signal picked(string value)

    width: Math.min(implicitWidth, 280)
    // A click leaves the keyboard in the search; Tab still reaches the chip.
    focusPolicy: Qt.TabFocus
    flat: value === ""
    highlighted: value !== ""
    font.capitalization: Font.MixedCase
    text: (value === "" ? allLabel : facets.labelOf(value)) + "  ▾"
    // The chosen value as typed: a tag or category name is never markup or a mnemonic.
    contentItem: Text {
        text: chip.text
        textFormat: Text.PlainText
        font: chip.font
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !chip.enabled ? chip.Material.hintTextColor
             : chip.flat && chip.highlighted ? chip.Material.accentColor
             : chip.highlighted ? chip.Material.primaryHighlightedTextColor : chip.Material.foreground
    }
    onClicked: {
        // Built on first use: a menu nobody opened costs nothing at start-up.
        if (!menuLoader.item)
            menuLoader.setSource("FacetMenu.qml", { chip: chip })
        const menu = menuLoader.item as FacetMenu
        chip.returnTo = chip.Window.activeFocusItem
        menu.open()
    }

    Loader {
        id: menuLoader
    }
    Connections {
        target: menuLoader.item as FacetMenu
        function onClosed() {
            const item = chip.returnTo
            chip.returnTo = null
            // Another menu or dialog opened meanwhile keeps the keyboard.
            for (let at = chip.Window.activeFocusItem; at; at = at.parent) {
                if (at === chip.Overlay.overlay)
                    return
            }
            if (item && item.visible)
                item.forceActiveFocus()
        }
    }
}
