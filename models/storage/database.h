#pragma once

#include <QSqlDatabase>
#include <QString>

// Owns one connection and everything that is specific to the engine behind it:
// opening, pragmas, schema migrations. Repositories get the connection from here.
class Database
{
public:
    static constexpr int kSchemaVersion = 2;

    // Primary: the app's own connection; checks, migrates and sets the file up.
    // Secondary: one more connection (for a worker thread) to a database a primary
    // connection already opened; it only sets its per-connection pragmas.
    enum class Role { Primary, Secondary };

    // Opens (creating if missing) the database at `location`, a file path.
    // Throws PanelistError with a message naming the file and the reason when the
    // file is not a database, is corrupt, or was written by a newer Panelist.
    explicit Database(const QString &location, Role role = Role::Primary);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    int schemaVersion() const;

    static QString defaultLocation();
    // --database, else PANELIST_DATABASE, else defaultLocation().
    static QString resolveLocation(const QString &commandLineValue);

private:
    void checkFileBeforeOpening() const;
    void applyPragmas(Role role);
    void migrate();

    QString m_location;
    QString m_connectionName;
};
