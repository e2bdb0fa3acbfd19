#pragma once

#include <QStringList>

// The headless subcommands (`panelist bank search ...`). No window is opened.
namespace cli {

// True when the arguments ask for a subcommand, --help or --version rather than the GUI.
bool wantsCommandLine(const QStringList &arguments);
// True for the commands that lay out text (the PDF summary): they need a
// QGuiApplication for fonts, which the offscreen platform provides without a display.
bool needsFonts(const QStringList &arguments);
// The value of --database, if given (the window takes this option too).
QString databaseOption(const QStringList &arguments);
// Runs the command; returns the process exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList &arguments);

} // namespace cli
