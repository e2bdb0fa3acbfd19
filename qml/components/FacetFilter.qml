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
    text: (value === "" ? allLabel : value) + "  ▾"
    onClicked: {
        menuLoader.active = true
        const menu = menuLoader.item as Menu
        menu.open()
    }

    // Built on first use: a menu nobody opened costs nothing at start-up.
    Loader {
        id: menuLoader
        active: false
        sourceComponent: Menu {
            y: chip.height

            MenuItem {
                text: chip.allLabel
                checkable: true
                checked: chip.value === ""
                onTriggered: chip.picked("")
            }
            MenuSeparator {}
            Repeater {
                model: chip.facets
                MenuItem {
                    required property string value
                    required property int count
                    text: qsTr("%1 (%2)").arg(value).arg(count)
                    checkable: true
                    checked: chip.value === value
                    onTriggered: chip.picked(value)
                }
            }
        }
    }
}
