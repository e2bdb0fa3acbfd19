import QtQuick
import QtQuick.Controls.Material

// One plan in the plans list: name, role and level, time against the target.
Rectangle {
    id: row

    required property int index
    required property int planId
    required property string name
    required property string role
    required property int level
    required property string levelLabel
    required property int targetMinutes
    required property int totalMinutes
    required property int questionCount
    property bool highlighted: false
    // The row is current in a list that has the keyboard: it shows a ring.
    readonly property bool focusRing: highlighted && (ListView.view?.activeFocus ?? false)

    signal clicked()
    signal doubleClicked()

    implicitHeight: Theme.px(64)

    Accessible.role: Accessible.ListItem
    Accessible.name: row.name
    Accessible.description: SafeText.spoken([row.levelLabel, row.role,
                             qsTr("%1 / %2 min, %n question(s)", "", row.questionCount)
                             .arg(row.totalMinutes).arg(row.targetMinutes)])
    Accessible.selectable: true
    Accessible.selected: row.highlighted
    Accessible.onPressAction: row.clicked()
    color: highlighted ? Qt.rgba(0.5, 0.5, 0.5, 0.22)
                       : hover.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.10) : "transparent"

    Text {
        x: 16
        y: Theme.px(10)
        width: row.width - 200
        text: row.name
        textFormat: Text.PlainText
        color: Material.foreground
        elide: Text.ElideRight
        font.pixelSize: Theme.px(16)
        font.weight: row.highlighted ? Font.DemiBold : Font.Normal
    }
    Row {
        x: 16
        y: Theme.px(38)
        spacing: 6
        Badge { text: row.levelLabel; level: row.level }
        Text {
            text: row.role
            textFormat: Text.PlainText
            width: Math.min(implicitWidth, row.width - 300)
            elide: Text.ElideRight
            color: Material.foreground
            opacity: 0.7
            font.pixelSize: Theme.px(12)
        }
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        horizontalAlignment: Text.AlignRight
        text: qsTr("%1 / %2 min\n%n question(s)", "", row.questionCount)
              .arg(row.totalMinutes).arg(row.targetMinutes)
        color: row.totalMinutes > row.targetMinutes ? Material.color(Material.Red) : Material.foreground
        opacity: 0.85
        font.pixelSize: Theme.px(12)
    }

    FocusRing {
        shown: row.focusRing
    }
    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: row.clicked()
        onDoubleTapped: row.doubleClicked()
    }
}
