#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;
class Database;

// The database file as Settings shows it (the `DatabaseFile` singleton, Settings →
// Database): where it is and how big, "Open another database…" and "Move it…". Both
// store the new location in QSettings (Database::storeLocation), which the next start
// uses, and then restart Panelist on it: the window closes, everything is written and
// closed, and main() starts the same binary with the same arguments but --database
// (finishAfterQuit()). A move copies first (DatabaseCopy: a checked copy, the old file
// untouched); the old file is removed, when the person asked for it, only once this
// process has closed it and only when it still holds exactly what the copy holds.
class DatabaseFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path CONSTANT)
    // The file's size in the locale's words ("1.2 MB"); the log (-wal) counted in.
    Q_PROPERTY(QString sizeText READ sizeText NOTIFY changed)
    // Why a choice made here would not be used (PANELIST_DATABASE is set); empty
    // otherwise.
    Q_PROPERTY(QString overriddenBy READ overriddenBy CONSTANT)
    // The outcome of the last Open or Move in a sentence, and whether it failed.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)

public:
    // What main() does once the window has closed.
    struct AfterQuit
    {
        bool restart = false;
        QString removeOld; // the old database, removed when it matches `location`
        QString location;  // the database Panelist restarts on
    };

    explicit DatabaseFile(Database &database, QObject *parent = nullptr);
    ~DatabaseFile() override;

    static DatabaseFile *create(QQmlEngine *, QJSEngine *);
    static void setInstance(DatabaseFile *instance);

    QString path() const;
    QString sizeText() const;
    QString overriddenBy() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    const AfterQuit &afterQuit() const { return m_afterQuit; }

    // `location` (a path or a file: URL) becomes the database: it is opened once to
    // check it is a Panelist database this version can use (a new file is created),
    // then stored, and Panelist restarts on it. False with `message` saying why.
    Q_INVOKABLE bool openAnother(const QString &location);
    // Copies the database to `target` (a folder or a file; a path or a file: URL) and
    // checks the copy, stores it and restarts on it; `removeOld` removes this file after
    // the restart. False with `message` saying why; nothing is changed then.
    Q_INVOKABLE bool moveTo(const QString &target, bool removeOld);
    // Where a move to `target` would put the file (a folder gets the file's own name).
    Q_INVOKABLE QString destinationOf(const QString &target) const;
    // The path of a file dialog's choice.
    Q_INVOKABLE static QString pathOf(const QUrl &url) { return url.toLocalFile(); }

    // After the window closed and the workspace is gone: removes the old file when asked
    // and it holds what the new one holds, then starts `program` with `arguments` minus
    // --database. Returns what it did in a sentence, for stderr (empty: nothing to do).
    static QString finishAfterQuit(const AfterQuit &afterQuit, const QString &program,
                                   const QStringList &arguments, bool start = true);
    // `arguments` (argv, the program first) without --database and its value.
    static QStringList withoutDatabase(const QStringList &arguments);

signals:
    void changed();
    // The window should close now: main() then restarts Panelist on the new location.
    void restartRequested();

private:
    void fail(const QString &message);

    Database &m_database;
    QString m_message;
    bool m_messageIsError = false;
    AfterQuit m_afterQuit;
};
