#include "support/teamlaptop.h"

#include <QProcess>

QProcessEnvironment TeamLaptop::environment(const QHash<QString, QString> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No session bus either, so no keychain: the password file's case (tst_teamkeychain
    // has the keychain's).
    for (const char *name :
         {"PANELIST_TEAM_PASSWORD", "PGPASSWORD", "PGPASSFILE", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home->path());
    env.insert(QStringLiteral("HOME"), home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PANELIST_DATABASE"), db());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

TeamLaptop::Run TeamLaptop::panelist(const QStringList &arguments,
                                     const QHash<QString, QString> &extra) const
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.setWorkingDirectory(home->path());
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal to ask on
    process.start(QStringLiteral(PANELIST_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("panelist did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
