#include "sync/credentials.h"

#include "domain/errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace credentials {

QString passwordFile()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("team.pgpass"));
}

void usePasswordFile()
{
    // Only when Panelist's file is there: otherwise libpq keeps reading ~/.pgpass.
    if (qEnvironmentVariableIsEmpty("PGPASSFILE") && QFile::exists(passwordFile()))
        qputenv("PGPASSFILE", QFile::encodeName(passwordFile()));
}

QString escaped(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

namespace {

// "host:port:db:user:" — the start of the line for `url`.
QString prefix(const TeamUrl &url)
{
    return escaped(url.host()) + QLatin1Char(':') + QString::number(url.port()) + QLatin1Char(':') +
           escaped(url.database()) + QLatin1Char(':') + escaped(url.user()) + QLatin1Char(':');
}

QStringList otherLines(const QString &path, const TeamUrl &url, bool *found = nullptr)
{
    QStringList lines;
    QFile file(path);
    if (found)
        *found = false;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QString start = prefix(url);
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(start)) {
            if (found)
                *found = true;
            continue;
        }
        lines << line;
    }
    return lines;
}

void write(const QString &path, const QStringList &lines)
{
    if (lines.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Created 0600 before anything is written into it (libpq ignores a file others can read).
    const mode_t previous = ::umask(077);
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(previous);
    if (!opened)
        throw PanelistError(Credentials::tr("Cannot write the password file %1: %2. Check that "
                                            "its folder is writable.")
                                .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        throw PanelistError(Credentials::tr("Cannot write the password file %1: %2. Check the "
                                            "free space and that its folder is writable.")
                                .arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

void store(const TeamUrl &url, const QString &password)
{
    const QString path = passwordFile();
    QStringList lines = otherLines(path, url);
    lines << prefix(url) + escaped(password);
    write(path, lines);
}

void remove(const TeamUrl &url)
{
    const QString path = passwordFile();
    bool found = false;
    const QStringList lines = otherLines(path, url, &found);
    if (found)
        write(path, lines);
}

bool has(const TeamUrl &url)
{
    bool found = false;
    otherLines(passwordFile(), url, &found);
    return found;
}

} // namespace credentials
