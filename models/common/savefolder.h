#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The window's save dialogs as QML reads them: where they start (textfile::defaultFolder:
// the documents folder, created if missing, else home), which dialog shows (the
// platform's own or Panelist's SaveFileDialog.qml), and the paths Panelist's dialog
// works with.
class SaveFolder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Dialogs dialogs READ dialogs NOTIFY dialogsChanged)

public:
    // Qt Quick Dialogs shows the platform's file dialog when the platform theme offers
    // one (Windows, macOS, a GTK, KDE or portal theme on Linux) and
    // Qt::AA_DontUseNativeDialogs is not set; otherwise its own Qt Quick dialog, which
    // saves badly in Qt 6.4 (an "Open" button that stays disabled, the typed name lost).
    // Qt says which only through private headers, so the first save dialog opened is
    // asked (noteOpened) and the answer holds for the rest of the run.
    enum class Dialogs {
        Unknown,  // no save dialog opened yet
        Platform, // the platform's own file dialog, in save mode
        Panelist  // SaveFileDialog.qml
    };
    Q_ENUM(Dialogs)

    explicit SaveFolder(QObject *parent = nullptr);

    // The folder, a file: URL of a folder that exists.
    Q_INVOKABLE static QUrl folder();
    // `name` (a suggested file name) in that folder.
    Q_INVOKABLE static QUrl file(const QString &name);

    Dialogs dialogs() const { return m_dialogs; }
    // `fileDialog` (a QtQuick.Dialogs FileDialog) was just opened: true when the platform
    // shows it, false when Qt Quick's fallback does (the caller closes it and shows
    // Panelist's own). Sets `dialogs` for the rest of the run.
    Q_INVOKABLE bool noteOpened(QObject *fileDialog);

    // The absolute, clean path `typed` names: "~" and "~/…" in the home folder, a relative
    // path in `folder` (a file: URL). Empty when `typed` is blank.
    Q_INVOKABLE static QString absolutePath(const QString &typed, const QUrl &folder);
    // Empty when `path` is a folder that can be listed; else why not, in one line that
    // names it and says what to do.
    Q_INVOKABLE static QString folderProblem(const QString &path);
    // `path` is a folder / names something that exists and is not a folder.
    Q_INVOKABLE static bool isFolder(const QString &path);
    Q_INVOKABLE static bool isFile(const QString &path);
    // The folder holding `path` (itself for "/"), and its last part.
    Q_INVOKABLE static QString parentPath(const QString &path);
    Q_INVOKABLE static QString fileName(const QString &path);
    // A local path as a file: URL and back.
    Q_INVOKABLE static QUrl urlOf(const QString &path);
    Q_INVOKABLE static QString pathOf(const QUrl &url);

signals:
    void dialogsChanged();

private:
    Dialogs m_dialogs = Dialogs::Unknown;
};
