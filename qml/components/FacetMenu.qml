pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The menu of a FacetFilter: "all", then each value with its count.
Menu {
    id: menu
    objectName: "facetMenu"

    required property FacetFilter chip

    y: chip.height
    width: 300

    PlainMenuItem {
        text: menu.chip.allLabel
        checkable: true
        checked: menu.chip.value === ""
        onTriggered: menu.chip.picked("")
    }
    MenuSeparator {}
    Repeater {
        model: menu.chip.facets
        PlainMenuItem {
            required property string value
            required property string label
            required property int count
            text: qsTr("%1 (%2)").arg(label).arg(count)
            checkable: true
            checked: menu.chip.value === value
            onTriggered: menu.chip.picked(value)
        }
    }
}
