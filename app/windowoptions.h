#pragma once

#include <QSize>
#include <QString>

class QQmlApplicationEngine;
class Window;

// How the window opens when the command line says so (--window-size, --theme,
// --section): for screenshots (tests/screenshots.sh) and demonstrations. The size and
// the theme are kept, as a resize and the tool bar's theme switch keep them.
struct WindowOptions
{
    QSize size;    // invalid: the saved size
    QString theme; // "light", "dark"; empty: the saved theme
    // "bank", "plans", "interview", "history", "compare"; "settings", "conflicts",
    // "welcome" (that dialog over the bank); empty: as saved. Any section but "welcome"
    // marks the first run's welcome seen, so it does not cover the section.
    QString section;

    // Before QML loads: the theme, which the style and Main.qml read from the settings.
    void applyBeforeLoad() const;
    // Once Main.qml is up: the size and the section. The interview section shows the
    // interview left live, else the latest one; compare shows the latest one's plan.
    void applyAfterLoad(QQmlApplicationEngine &engine, Window &window) const;
};
