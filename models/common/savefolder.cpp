#include "common/savefolder.h"

#include "formats/textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

SaveFolder::SaveFolder(QObject *parent)
    : QObject(parent)
{
    // With native dialogs switched off, Qt Quick's fallback is certain.
    if (QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs))
        m_dialogs = Dialogs::Panelist;
}

QUrl SaveFolder::folder()
{
    return QUrl::fromLocalFile(textfile::defaultFolder());
}

QUrl SaveFolder::file(const QString &name)
{
    return QUrl::fromLocalFile(QDir(textfile::defaultFolder()).filePath(name));
}

bool SaveFolder::noteOpened(QObject *fileDialog)
{
    // Qt Quick's fallback is a helper object the FileDialog parents to itself when it
    // opens (QQuickPlatformFileDialog); the platform's helpers have no such child.
    bool fallback = false;
    if (fileDialog) {
        for (const QObject *child : fileDialog->children())
            fallback = fallback || child->inherits("QQuickPlatformFileDialog");
    }
    const Dialogs dialogs = fallback ? Dialogs::Panelist : Dialogs::Platform;
    if (dialogs != m_dialogs) {
        m_dialogs = dialogs;
        emit dialogsChanged();
    }
    return !fallback;
}

QString SaveFolder::absolutePath(const QString &typed, const QUrl &folder)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    QString path = text;
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    else if (QDir::isRelativePath(path))
        path = QDir(folder.toLocalFile()).filePath(path);
    return QDir::cleanPath(path);
}

QString SaveFolder::folderProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist: type a folder that exists, or choose one in the list.")
            .arg(path);
    if (!info.isDir())
        return tr("%1 is a file, not a folder: type the folder to save in.").arg(path);
    if (!info.isReadable() || !info.isExecutable())
        return tr("%1 cannot be opened (no permission): choose another folder.").arg(path);
    return {};
}

bool SaveFolder::isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

bool SaveFolder::isFile(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.exists() && !info.isDir();
}

QString SaveFolder::parentPath(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return clean == QLatin1String("/") ? clean : QFileInfo(clean).absolutePath();
}

QString SaveFolder::fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QUrl SaveFolder::urlOf(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

QString SaveFolder::pathOf(const QUrl &url)
{
    return url.isLocalFile() ? QDir::cleanPath(url.toLocalFile()) : url.toString();
}
