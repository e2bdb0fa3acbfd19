pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A small horizontal bar chart: minutes per category or level of a plan.
ColumnLayout {
    id: chart

    property string title
    property var entries: [] // [{ name, label, minutes }]
    readonly property int largest: {
        let most = 1
        for (let i = 0; i < entries.length; ++i)
            most = Math.max(most, entries[i].minutes)
        return most
    }

    spacing: 3

    Label {
        text: chart.title
        font.pixelSize: Theme.px(12)
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        color: Material.accent
    }
    Repeater {
        model: chart.entries
        RowLayout {
            id: bar
            required property var modelData
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: bar.modelData.label
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(12)
                elide: Text.ElideRight
                Layout.preferredWidth: 130
            }
            Rectangle {
                Layout.preferredWidth: Math.max(2, 160 * bar.modelData.minutes / chart.largest)
                Layout.preferredHeight: 10
                radius: 3
                color: Material.accent
                opacity: 0.7
            }
            Label {
                text: qsTr("%1 min").arg(bar.modelData.minutes)
                font.pixelSize: Theme.px(12)
                opacity: 0.75
            }
        }
    }
    Label {
        visible: chart.entries.length === 0
        text: qsTr("Nothing yet")
        opacity: 0.6
        font.pixelSize: Theme.px(12)
    }
}
