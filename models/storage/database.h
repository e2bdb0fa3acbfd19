#pragma once

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

// Owns one connection and everything that is specific to the engine behind it:
// opening, pragmas, schema migrations. Repositories get the connection from here.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kSchemaVersion = 10;
    // PRAGMA application_id of every Panelist database ("PNLS"), set by migration 3, so
    // another program's SQLite file is recognised and left alone.
    static constexpr int kApplicationId = 0x504E4C53;

    // Primary: the app's own connection; checks, migrates and sets the file up.
    // Secondary: one more connection (for a worker thread) to a database a primary
    // connection already opened; it only sets its per-connection pragmas.
    enum class Role { Primary, Secondary };

    // Opens (creating if missing) the database at `location`, a file path.
    // Throws PanelistError with a message naming the file and the reason when the
    // file is not a Panelist database, is corrupt, or was written by a newer Panelist;
    // such a file is left exactly as it was (nothing is written before the checks pass).
    // The file is only ever opened through SQLite: a descriptor of our own, closed
    // again, would drop every POSIX lock SQLite holds on it for this process.
    explicit Database(const QString &location, Role role = Role::Primary);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    int schemaVersion() const;

    // Makes what was deleted unreadable in the files on disk: rebuilds the database
    // (VACUUM), then copies the write-ahead log back and truncates it to zero bytes.
    // Needs no transaction and no statement open on this connection; other connections
    // may be open but must not be inside a transaction for long (the busy timeout
    // applies). With secure_delete on, deleted content is already zeroed in the pages,
    // so the checkpoint alone is enough when VACUUM cannot run. Returns false (and
    // leaves the log for the next compact()) when the log could not be truncated.
    enum class Compaction { Vacuum, CheckpointOnly };
    bool compact(Compaction compaction = Compaction::Vacuum);

    static QString defaultLocation();
    // --database, else PANELIST_DATABASE, else the location chosen in Settings
    // (storedLocation()), else defaultLocation().
    static QString resolveLocation(const QString &commandLineValue);
    // The database chosen in Settings (Open another database, Move it), kept in QSettings
    // ("database/location"); empty: none chosen. storeLocation("") forgets the choice.
    static QString storedLocation();
    static void storeLocation(const QString &location);

private:
    void prepareFile() const;
    void checkContents(Role role) const;
    void applyPragmas(Role role);
    void migrate();

    QString m_location;
    QString m_connectionName;
};
