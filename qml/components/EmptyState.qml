import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// What an empty list or pane says instead of showing nothing: a title, what to do next,
// and the key for it. Hide it with `visible: false` (never by opacity), so a screen
// reader does not read an empty state that is not shown.
ColumnLayout {
    id: state
    property string title
    property string detail
    // The key for the next step ("Ctrl+N: new plan"); no line when empty.
    property string keys

    spacing: 6

    Label {
        text: state.title
        textFormat: Text.PlainText
        font.pixelSize: Theme.px(16)
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        text: state.detail
        visible: state.detail !== ""
        textFormat: Text.PlainText
        opacity: 0.7
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "emptyStateKeys"
        text: state.keys
        visible: state.keys !== ""
        textFormat: Text.PlainText
        color: Material.accent
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
}
