#include "storage/database.h"

#include "domain/errors.h"
#include "storage/row.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Below this size an integrity check at start-up costs a few milliseconds; above it
// corruption still surfaces as a clear error at the first read that meets it.
constexpr qint64 kQuickCheckLimit = 64 * 1024 * 1024;

// The QSettings key of the database chosen in Settings.
constexpr char kLocationKey[] = "database/location";

// SQLite's result code for a file that is not a database.
constexpr int kSqliteNotADatabase = 26;

} // namespace

Database::Database(const QString &location, Role role)
    : m_location(QFileInfo(location).absoluteFilePath())
    , m_connectionName(QStringLiteral("panelist-") + QUuid::createUuid().toString())
{
    prepareFile();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw PanelistError(Database::tr("Cannot open database %1: %2").arg(m_location, reason));
    }

    try {
        // Read before writing anything: a file that is another program's, corrupt or
        // newer than this build must be left exactly as it is.
        checkContents(role);
        applyPragmas(role);
        if (role == Role::Primary)
            migrate();
    } catch (const PanelistError &error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        QString message = error.message();
        if (!message.contains(m_location))
            message = Database::tr("Database %1 cannot be used: %2").arg(m_location, message);
        throw PanelistError(message);
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return sql::scalar(connection(), QStringLiteral("PRAGMA user_version"), {}, 0).toInt();
}

// Only stat(), access(), chmod() and the creation of a file that did not exist: never a
// descriptor of an existing file, which SQLite (of this process) may hold locks on.
void Database::prepareFile() const
{
    const QFileInfo info(m_location);
    const QByteArray path = QFile::encodeName(m_location);
    const QString folder = info.absolutePath();
    if (info.exists()) {
        if (info.isDir())
            throw PanelistError(
                Database::tr("Database %1 is a folder, not a file.").arg(m_location));
        if (!info.isFile())
            throw PanelistError(
                Database::tr("%1 is not a Panelist database: it is not a regular file "
                             "(a device, a pipe or a socket). It was left untouched; "
                             "choose another file with --database.")
                    .arg(m_location));
        if (::access(path.constData(), R_OK) != 0)
            throw PanelistError(
                Database::tr("Cannot read database %1: %2. Check the file's permissions.")
                    .arg(m_location, QString::fromLocal8Bit(strerror(errno))));
        if (::access(path.constData(), W_OK) != 0)
            throw PanelistError(
                Database::tr("Database %1 is read-only: Panelist writes every change at "
                             "once, so it needs write permission on the file.")
                    .arg(m_location));
        // SQLite keeps its log (-wal) and shared memory (-shm) beside the database.
        if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
            throw PanelistError(
                Database::tr("The folder %1 of database %2 is read-only: Panelist keeps "
                             "its write-ahead log beside the database, so it needs to "
                             "write in that folder. Make it writable or move the database.")
                    .arg(folder, m_location));
        const QByteArray shm = path + "-shm";
        if (::access(shm.constData(), F_OK) == 0 && ::access(shm.constData(), W_OK) != 0)
            throw PanelistError(
                Database::tr(
                    "%1-shm, the shared-memory file of database %1, is read-only; a program that "
                    "opened the database read-only probably left it behind. If no Panelist or "
                    "other program has the database open, delete %1-shm and start again.")
                    .arg(m_location));
        // An empty file holds nothing yet, but it will hold interview notes.
        if (info.size() == 0)
            ::chmod(path.constData(), 0600);
        return;
    }
    if (info.isSymLink())
        throw PanelistError(
            Database::tr("Database %1 is a link to a file that does not exist.").arg(m_location));
    if (!QDir().mkpath(folder))
        throw PanelistError(Database::tr("Cannot create folder %1 for the database.").arg(folder));
    // Interview notes are personal data: the file is readable by its owner only. A file
    // that did not exist cannot be open in SQLite yet, so this descriptor is safe.
    const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
        if (errno == EACCES || errno == EROFS)
            throw PanelistError(
                Database::tr("Cannot create database %1: the folder %2 is read-only. "
                             "Choose a writable folder with --database.")
                    .arg(m_location, folder));
        throw PanelistError(Database::tr("Cannot create database %1: %2")
                                .arg(m_location, QString::fromLocal8Bit(strerror(errno))));
    }
    if (fd >= 0)
        ::close(fd);
}

// Decides, through SQLite and without writing, whether this is a Panelist database this
// build can use.
void Database::checkContents(Role role) const
{
    const QSqlDatabase db = connection();
    QSqlQuery header(db);
    if (!header.exec(QStringLiteral("PRAGMA application_id")) || !header.next()) {
        const QSqlError error = header.lastError();
        if ((error.nativeErrorCode().toInt() & 0xff) == kSqliteNotADatabase)
            throw PanelistError(
                Database::tr(
                    "%1 is not a Panelist database (it is not an SQLite file). It was left "
                    "untouched; choose another file with --database.")
                    .arg(m_location));
        throw PanelistError(
            Database::tr("Cannot read database %1: %2").arg(m_location, error.text()));
    }
    // Each statement is done with (its query gone) before the next one runs.
    const qint64 applicationId = sql::Row(db, std::move(header), "pragma").id("application_id");
    const int version = schemaVersion();
    QStringList tables;
    {
        sql::Row table(db,
                       sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                    "'table' ORDER BY name")),
                       "sqlite_master");
        while (table.next())
            tables << table.text("name");
    }

    const bool empty = applicationId == 0 && version == 0 && tables.isEmpty();
    // Databases made before migration 3 marked them: versions 1 and 2 with our tables.
    static const QStringList kOwnTables = {
        QStringLiteral("categories"),      QStringLiteral("questions"),
        QStringLiteral("plans"),           QStringLiteral("interviews"),
        QStringLiteral("interview_items"), QStringLiteral("settings")};
    const bool unmarked = applicationId == 0 && version >= 1 && version <= 2 &&
                          std::all_of(kOwnTables.cbegin(), kOwnTables.cend(),
                                      [&tables](const QString &t) { return tables.contains(t); });
    if (!empty && !unmarked && applicationId != kApplicationId) {
        const QString what =
            applicationId != 0
                ? Database::tr("its application id is %1").arg(QString::number(applicationId, 16))
                : Database::tr("it holds tables of its own, such as \"%1\"").arg(tables.value(0));
        throw PanelistError(
            Database::tr(
                "%1 is not a Panelist database: it is an SQLite database of another program "
                "(%2). It was left untouched; choose another file with --database.")
                .arg(m_location, what));
    }
    if (version > kSchemaVersion) {
        throw PanelistError(
            Database::tr(
                "Database %1 was written by a newer version of Panelist (schema version %2; "
                "this version reads up to %3). Update Panelist to open it.")
                .arg(m_location)
                .arg(version)
                .arg(kSchemaVersion));
    }
    if (role == Role::Secondary) {
        if (version != kSchemaVersion)
            throw PanelistError(Database::tr("Database %1 is not set up yet.").arg(m_location));
        return;
    }
    if (QFileInfo(m_location).size() <= kQuickCheckLimit) {
        const QString check = sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)")).toString();
        if (check != QLatin1String("ok"))
            throw PanelistError(Database::tr("Database %1 is damaged: %2").arg(m_location, check));
    }
}

void Database::applyPragmas(Role role)
{
    const QSqlDatabase db = connection();
    if (role == Role::Primary) {
        const QString mode =
            sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw PanelistError(
                Database::tr("Database %1 cannot use write-ahead logging (journal mode is %2).")
                    .arg(m_location, mode));
    }
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    // FULL: a committed note survives power loss too, not only a killed process.
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    // Candidate data that is deleted is overwritten with zeros, not just unlinked, on
    // every connection: a removed interview must not stay readable in free pages.
    sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON"));
}

bool Database::compact(Compaction compaction)
{
    const QSqlDatabase db = connection();
    // VACUUM rebuilds the file, so nothing written before secure_delete was on survives
    // in free space either. It fails while a statement of this connection is open or
    // another connection writes; the checkpoint below still removes the old pages.
    if (compaction == Compaction::Vacuum) {
        try {
            sql::exec(db, QStringLiteral("VACUUM"));
        } catch (const PanelistError &error) {
            qWarning("Database::compact: %s", qPrintable(error.message()));
        }
    }
    // TRUNCATE waits (busy timeout) for readers and writers of other connections, copies
    // every frame back and empties the log file, old frames of deleted rows included.
    for (int attempt = 0; attempt < 5; ++attempt) {
        try {
            sql::Row checkpoint(db,
                                sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                                "wal_checkpoint");
            // busy, log frames, checkpointed frames
            if (checkpoint.next() && checkpoint.integer("busy") == 0)
                return true;
        } catch (const PanelistError &error) {
            qWarning("Database::compact: %s", qPrintable(error.message()));
        }
    }
    return false;
}

void Database::migrate()
{
    const QSqlDatabase db = connection();
    for (int version = schemaVersion() + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(db);
        for (const QString &statement : schema::sqliteMigration(version))
            sql::exec(db, statement);
        // PRAGMA takes no bound parameters; `version` is our own integer.
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/panelist.sqlite");
}

QString Database::resolveLocation(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("PANELIST_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString stored = storedLocation();
    if (!stored.isEmpty())
        return stored;
    return defaultLocation();
}

QString Database::storedLocation()
{
    return QSettings().value(QLatin1String(kLocationKey)).toString();
}

void Database::storeLocation(const QString &location)
{
    QSettings settings;
    if (location.isEmpty())
        settings.remove(QLatin1String(kLocationKey));
    else
        settings.setValue(QLatin1String(kLocationKey), QFileInfo(location).absoluteFilePath());
    settings.sync();
}
