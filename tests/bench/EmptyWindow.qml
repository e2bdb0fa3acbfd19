import QtQuick
import QtQuick.Controls

// The baseline for the app's first frame: a Qt Quick Controls window with nothing in
// it, the same size as the app's, in the style the app uses (set in emptywindow.cpp).
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Empty"
}
