import QtQuick
import QtQuick.Controls.Material
import Panelist.Core

// One question in a list: title, then category, level, kind and minutes. The first
// question of a category carries the category heading above it. Built from plain
// items rather than controls: a screenful of these is created at start-up and on
// every keystroke of a search.
Item {
    id: delegate

    required property int index
    required property int questionId
    required property string title
    required property string category
    required property int level
    required property string levelLabel
    required property string kindLabel
    required property int minutes
    required property bool startsCategory
    required property bool archived
    property bool highlighted: false
    // The row is current in a list that has the keyboard: it shows a ring.
    readonly property bool focusRing: highlighted && (ListView.view?.activeFocus ?? false)

    signal clicked()
    signal doubleClicked()

    implicitHeight: row.y + row.height

    // Read as a list item named by its title; the press action selects it, as a click.
    Accessible.role: Accessible.ListItem
    Accessible.name: delegate.title
    Accessible.description: SafeText.spoken([delegate.category, delegate.levelLabel, delegate.archived ? qsTr("archived") : "",
                             qsTr("%1 · %2 min").arg(delegate.kindLabel).arg(delegate.minutes)])
    Accessible.selectable: true
    Accessible.selected: delegate.highlighted
    Accessible.onPressAction: delegate.clicked()

    SectionHeading {
        id: heading
        visible: delegate.startsCategory
        text: delegate.category
    }

    Rectangle {
        id: row
        y: delegate.startsCategory ? heading.height : 0
        width: delegate.width
        height: Theme.px(64)
        color: delegate.highlighted ? Qt.rgba(0.5, 0.5, 0.5, 0.22)
                                    : hover.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.10) : "transparent"

        Text {
            x: 16
            y: Theme.px(10)
            width: row.width - 32
            // Cut before layout: a row lays out its text again whenever it is selected.
            text: SafeText.cut(delegate.title, Limits.title)
            textFormat: Text.PlainText
            maximumLineCount: 1
            color: Material.foreground
            opacity: delegate.archived ? 0.6 : 1
            elide: Text.ElideRight
            font.pixelSize: Theme.px(15)
            font.weight: delegate.highlighted ? Font.DemiBold : Font.Normal
        }
        Row {
            x: 16
            y: Theme.px(36)
            spacing: 6
            Badge { text: delegate.category; tone: "category" }
            Badge { text: delegate.levelLabel; level: delegate.level }
            Badge { text: delegate.archived ? qsTr("archived") : ""; tone: "archived" }
            Text {
                text: qsTr("%1 · %2 min").arg(delegate.kindLabel).arg(delegate.minutes)
                color: Material.foreground
                opacity: 0.65
                font.pixelSize: Theme.px(12)
            }
        }

        FocusRing {
            shown: delegate.focusRing
        }
        HoverHandler {
            id: hover
        }
        TapHandler {
            onTapped: delegate.clicked()
            onDoubleTapped: delegate.doubleClicked()
        }
    }
}
