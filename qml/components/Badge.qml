import QtQuick
import QtQuick.Controls.Material
import Panelist.Core

// A small rounded label for a category, level or tag.
Rectangle {
    id: badge

    property string text
    // "category", "archived", "positive", "negative" or "tag" pick the colour, unless
    // `level` (a Vocabulary level) does.
    property string tone: "tag"
    property int level: -1

    readonly property color toneColor: {
        switch (level) {
        case Vocabulary.Level.Junior: return Material.color(Material.Teal)
        case Vocabulary.Level.Middle: return Material.color(Material.Blue)
        case Vocabulary.Level.Senior: return Material.color(Material.DeepPurple)
        }
        switch (tone) {
        case "category": return Material.color(Material.Indigo)
        case "archived": return Material.color(Material.Orange)
        case "positive": return Material.color(Material.Green)
        case "negative": return Material.color(Material.Red)
        default: return Material.color(Material.BlueGrey)
        }
    }

    implicitWidth: label.implicitWidth + 14
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, 0.16)
    border.color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, 0.45)
    visible: text.length > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: badge.text

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.px(11)
        font.weight: Font.DemiBold
        // Dark enough on its tint in the light theme, light enough in the dark one
        // (tst_contrast: at least 4.5:1 for every tone).
        color: badge.Material.theme === Material.Dark ? Qt.tint(badge.toneColor, Qt.rgba(1, 1, 1, 0.6))
                                                      : Qt.darker(badge.toneColor, 1.9)
    }
}
