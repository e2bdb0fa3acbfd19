pragma Singleton
import QtQuick

// The colours Panelist chooses itself, on top of the Material style, for the light and
// the dark theme. Main.qml keeps `dark` in step with the window; tst_contrast checks
// every text colour here against its background (at least 4.5:1).
QtObject {
    property bool dark: false

    // Text follows the system font: the application font's size in pixels against the
    // 14 px the layout was drawn for. It never goes below 1, so a small desktop font keeps
    // the sizes as designed; a bigger one (a larger font in the desktop's settings, a
    // higher QT_FONT_DPI) grows every text of the window by the same factor.
    readonly property real systemFontPixels: {
        const font = Qt.application.font
        if (font.pixelSize > 0)
            return font.pixelSize
        const screen = Qt.application.screens.length > 0 ? Qt.application.screens[0] : null
        const dpi = screen ? screen.logicalPixelDensity * 25.4 : 96
        return font.pointSize * dpi / 72
    }
    readonly property real fontScale: Math.max(1, systemFontPixels / 14)
    // `size` pixels of the design, scaled with the system font.
    function px(size: real): int {
        return Math.round(size * fontScale)
    }

    // The layer under a modal dialog: a dim layer in both themes.
    readonly property color scrim: dark ? Qt.rgba(0, 0, 0, 0.6) : Qt.rgba(0, 0, 0, 0.4)
    // The accent (links, focus lines, highlighted buttons); a highlighted button's text
    // is `textOnAccent`.
    readonly property color accent: dark ? "#9fa8da" : "#3949ab"
    readonly property color textOnAccent: dark ? "#000000" : "#ffffff"
    // The fill of a highlighted (default) button: Material writes its text white in both
    // themes, so the dark theme's light accent (2.3:1) would not do.
    readonly property color buttonFill: "#3949ab"
    readonly property color textOnButton: "#ffffff"
    // A chosen positive or negative choice (a recommendation) and its text.
    // (Material draws a highlighted button's text white in both themes.)
    readonly property color positive: "#2e7d32"
    readonly property color negative: "#c62828"
    readonly property color textOnChoice: "#ffffff"
    // The snackbar and its text.
    readonly property color snackbar: dark ? "#e0e0e0" : "#323232"
    readonly property color textOnSnackbar: dark ? "#000000" : "#ffffff"
    // A field's placeholder (it often names the field or its key): Material's hint
    // colour is 2.6:1, too faint to read.
    readonly property color placeholder: dark ? "#a3a3a3" : "#6b6b6b"
    // An error said in text, on the window's or a dialog's background.
    readonly property color error: dark ? "#ef9a9a" : "#c62828"

    // Every text colour above with the background it is drawn on, for the check.
    readonly property var pairs: [
        { name: "accent text", text: textOnAccent, background: accent },
        { name: "positive choice", text: textOnChoice, background: positive },
        { name: "negative choice", text: textOnChoice, background: negative },
        { name: "snackbar", text: textOnSnackbar, background: snackbar },
        { name: "default button", text: textOnButton, background: buttonFill }
    ]
}
