#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace cli {

struct ParsedArguments;

// The command line, parsed once at start-up: the window (with its --database), or a
// headless command (`panelist bank search ...`), --help or --version. Parsing prints
// nothing, so the translations can be installed before run() speaks.
class Invocation
{
public:
    static Invocation parse(const QStringList &arguments);

    // No command and no option but --database and the window's own: the window opens.
    bool opensWindow() const;
    // The command lays out text (the PDF summary): it needs a QGuiApplication for fonts,
    // which the offscreen platform provides without a display.
    bool needsFonts() const;
    // The value of --database, if given (the window takes this option too).
    QString databaseOption() const;
    // How the window opens, if said: --window-size (invalid when not given), --theme
    // ("light", "dark"), --section ("bank", "plans", "interview", "history", "compare").
    QSize windowSize() const;
    QString theme() const;
    QString section() const;
    // Runs the command; returns the process exit code (0 ok, 1 failed, 2 bad usage).
    int run() const;

private:
    std::shared_ptr<const ParsedArguments> m_parsed;
};

} // namespace cli
