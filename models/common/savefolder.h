#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// Where the window's save dialogs start (textfile::defaultFolder: the documents folder,
// created if missing, else home), as QML reads it.
class SaveFolder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SaveFolder(QObject *parent = nullptr);

    // The folder, a file: URL of a folder that exists.
    Q_INVOKABLE static QUrl folder();
    // `name` (a suggested file name) in that folder.
    Q_INVOKABLE static QUrl file(const QString &name);
};
