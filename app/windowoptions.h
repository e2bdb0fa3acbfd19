#pragma once

#include <QSize>
#include <QString>

class Appearance;
class QQmlApplicationEngine;
class Window;

// How the window opens when the command line says so (--window-size, --theme,
// --section): for screenshots (tests/screenshots.sh) and demonstrations. The size is
// kept, as a resize keeps it; the theme holds for this run only (Settings keeps its own).
struct WindowOptions
{
    QSize size;    // invalid: the saved size
    QString theme; // "light", "dark"; empty: the saved theme
    // "bank", "plans", "interview", "history", "compare"; "settings" (the Settings page),
    // "conflicts", "welcome" (that dialog over the bank); empty: as saved. Any section but
    // "welcome" marks the first run's welcome seen, so it does not cover the section.
    QString section;

    // Before QML loads: the theme, forced on `appearance` for this run.
    void applyBeforeLoad(Appearance &appearance) const;
    // Once Main.qml is up: the size and the section. The interview section shows the
    // interview left live, else the latest one; compare shows the latest one's plan.
    void applyAfterLoad(QQmlApplicationEngine &engine, Window &window) const;
};
