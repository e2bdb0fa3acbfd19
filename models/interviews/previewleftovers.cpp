#include "interviews/previewleftovers.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

namespace previewleftovers {

namespace {

// A real folder (not a link) of this user.
bool ownFolder(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
           info.st_uid == ::getuid();
}

bool regularFile(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

} // namespace

int remove(const QString &tempPath)
{
    // QTemporaryDir's name for the app ("panelist-" and six letters or digits) and the
    // desk's names for the files in it.
    static const QRegularExpression folderName(QStringLiteral("^panelist-[A-Za-z0-9]{6}$"));
    static const QRegularExpression fileName(QStringLiteral("^preview-[0-9]+\\.pdf$"));
    int removed = 0;
    const QDir temp(tempPath);
    const QStringList folders = temp.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString folder = temp.filePath(name);
        if (!folderName.match(name).hasMatch() || !ownFolder(folder))
            continue;
        const QDir dir(folder);
        const QStringList entries =
            dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        const bool onlyPreviews =
            std::all_of(entries.cbegin(), entries.cend(), [&](const QString &entry) {
                return fileName.match(entry).hasMatch() && regularFile(dir.filePath(entry));
            });
        if (!onlyPreviews)
            continue; // someone else's folder, or more than a preview in it: left alone
        for (const QString &entry : entries)
            QFile::remove(dir.filePath(entry));
        if (temp.rmdir(name))
            ++removed;
    }
    return removed;
}

} // namespace previewleftovers
