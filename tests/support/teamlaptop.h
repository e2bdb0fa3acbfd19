#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// One laptop of the team tests that run the real binary (PANELIST_BINARY): its own HOME
// and XDG folders (so its own libpq password file and settings, which the tests grep for
// passwords), its own database file (PANELIST_DATABASE), and none of the calling shell's
// password variables (PANELIST_TEAM_PASSWORD, PGPASSWORD, PGPASSFILE).
struct TeamLaptop
{
    struct Run
    {
        int exitCode = -1; // -1 when it crashed
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> home = std::make_unique<QTemporaryDir>();

    QString db() const { return home->filePath(QStringLiteral("p.sqlite")); }
    // The binary's environment, with `extra` added (PGPASSWORD for a set-up, say).
    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const;
    // Runs the binary in HOME with no terminal to ask on; qFatal after 60 s.
    Run panelist(const QStringList &arguments, const QHash<QString, QString> &extra = {}) const;
};
