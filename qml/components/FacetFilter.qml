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

    flat: value === ""
    highlighted: value !== ""
    font.capitalization: Font.MixedCase
    text: (value === "" ? allLabel : value.replace(/&/g, "&&")) + "  ▾"
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
