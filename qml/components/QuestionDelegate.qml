import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One question in a list: title, then category, level, kind and minutes. The
// first question of a category carries the category heading above it.
Column {
    id: delegate

    required property int index
    required property int questionId
    required property string title
    required property string category
    required property string level
    required property string kind
    required property int minutes
    required property bool startsCategory
    required property bool archived
    property bool highlighted: false

    signal clicked()
    signal doubleClicked()

    SectionHeading {
        visible: delegate.startsCategory
        text: delegate.category
    }

    ItemDelegate {
        width: delegate.width
        height: 64
        padding: 0
        highlighted: delegate.highlighted
        onClicked: delegate.clicked()
        onDoubleClicked: delegate.doubleClicked()

        contentItem: ColumnLayout {
            spacing: 4
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            anchors.topMargin: 8
            anchors.bottomMargin: 8

            Label {
                text: delegate.title
                opacity: delegate.archived ? 0.6 : 1
                elide: Text.ElideRight
                font.pixelSize: 15
                font.weight: delegate.highlighted ? Font.DemiBold : Font.Normal
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 6
                Badge { text: delegate.category; tone: "category" }
                Badge { text: delegate.level; tone: delegate.level }
                Badge { text: delegate.archived ? qsTr("archived") : ""; tone: "archived" }
                Label {
                    text: qsTr("%1 · %2 min").arg(delegate.kind).arg(delegate.minutes)
                    opacity: 0.65
                    font.pixelSize: 12
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }
    }
}
