#include "common/savefolder.h"

#include "formats/textfile.h"

#include <QDir>

SaveFolder::SaveFolder(QObject *parent)
    : QObject(parent)
{}

QUrl SaveFolder::folder()
{
    return QUrl::fromLocalFile(textfile::defaultFolder());
}

QUrl SaveFolder::file(const QString &name)
{
    return QUrl::fromLocalFile(QDir(textfile::defaultFolder()).filePath(name));
}
