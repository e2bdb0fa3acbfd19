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

    signal picked(string value)

    width: Math.min(implicitWidth, 280)
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
        menu.open()
    }

    Loader {
        id: menuLoader
    }
}
