#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Moving the database to another place, the storage half: a copy made with SQLite's own
// means (VACUUM INTO, a consistent snapshot even while the file is in use) into a
// temporary file beside the target, flushed to disk, checked, and only then given its
// name. The source is never written; the caller removes it once it has switched over.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Where a copy of `database` asked to go to `target` lands: `target` itself, or the
    // database's own file name inside `target` when that is a folder.
    static QString destination(const Database &database, const QString &target);

    // Copies `database` to destination(target) and returns that path. Throws
    // PanelistError naming the file and the reason, leaving no file behind, when the
    // target is the database itself, already exists, sits in a folder that is missing or
    // not writable, the disk fills up, or the copy does not read back with the same
    // schema version and the same number of rows in every table.
    static QString copyTo(Database &database, const QString &target);

    // Whether the databases at `first` and `second` (both closed) hold the same: schema
    // version, and every table's rows. False when either cannot be read.
    static bool sameContents(const QString &first, const QString &second);

    // Removes a database file and its write-ahead log and shared-memory files; false
    // (the files that could not go are left) when one could not be removed.
    static bool removeFiles(const QString &location);
};
