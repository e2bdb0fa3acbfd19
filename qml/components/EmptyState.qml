import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What an empty list or pane says instead of showing nothing.
ColumnLayout {
    property string title
    property string detail

    spacing: 6

    Label {
        text: parent.title
        textFormat: Text.PlainText
        font.pixelSize: Theme.px(16)
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        text: parent.detail
        textFormat: Text.PlainText
        opacity: 0.7
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
}
