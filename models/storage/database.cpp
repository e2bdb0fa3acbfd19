#include "database.h"

#include "errors.h"
#include "schema.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Below this size an integrity check at start-up costs a few milliseconds; above it
// corruption still surfaces as a clear error at the first read that meets it.
constexpr qint64 kQuickCheckLimit = 64 * 1024 * 1024;

} // namespace

Database::Database(const QString &location, Role role)
    : m_location(QFileInfo(location).absoluteFilePath())
    , m_connectionName(QStringLiteral("panelist-") + QUuid::createUuid().toString())
{
    checkFileBeforeOpening();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw PanelistError(tr("Cannot open database %1: %2").arg(m_location, reason));
    }

    try {
        // Read before writing anything: a file that is corrupt or newer than this
        // build must be left exactly as it is.
        const int version = schemaVersion();
        if (version > kSchemaVersion) {
            throw PanelistError(
                tr("Database %1 was written by a newer version of Panelist (schema version %2; "
                   "this version reads up to %3). Update Panelist to open it.")
                    .arg(m_location)
                    .arg(version)
                    .arg(kSchemaVersion));
        }
        if (role == Role::Primary && QFileInfo(m_location).size() <= kQuickCheckLimit) {
            const QString check =
                sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)")).toString();
            if (check != QLatin1String("ok"))
                throw PanelistError(tr("Database %1 is damaged: %2").arg(m_location, check));
        }
        applyPragmas(role);
        if (role == Role::Primary)
            migrate();
        else if (version != kSchemaVersion)
            throw PanelistError(tr("Database %1 is not set up yet.").arg(m_location));
    } catch (const PanelistError &error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        QString message = error.message();
        if (!message.contains(m_location))
            message = tr("Database %1 cannot be used: %2").arg(m_location, message);
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

void Database::checkFileBeforeOpening() const
{
    QFileInfo info(m_location);
    if (info.exists()) {
        if (info.isDir())
            throw PanelistError(tr("Database %1 is a folder, not a file.").arg(m_location));
        if (info.size() == 0)
            return; // SQLite treats an empty file as a new database; nothing to lose.
        QFile file(m_location);
        if (!file.open(QIODevice::ReadOnly))
            throw PanelistError(
                tr("Cannot read database %1: %2").arg(m_location, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16)) {
            throw PanelistError(
                tr("%1 is not a Panelist database (it is not an SQLite file). It was left "
                   "untouched; choose another file with --database.")
                    .arg(m_location));
        }
        return;
    }
    if (!QDir().mkpath(info.absolutePath()))
        throw PanelistError(
            tr("Cannot create folder %1 for the database.").arg(info.absolutePath()));
    // Interview notes are personal data: the file is readable by its owner only.
    const int fd =
        ::open(QFile::encodeName(m_location).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0 && errno != EEXIST)
        throw PanelistError(tr("Cannot create database %1: %2")
                                .arg(m_location, QString::fromLocal8Bit(strerror(errno))));
    if (fd >= 0)
        ::close(fd);
}

void Database::applyPragmas(Role role)
{
    const QSqlDatabase db = connection();
    if (role == Role::Primary) {
        const QString mode =
            sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw PanelistError(
                tr("Database %1 cannot use write-ahead logging (journal mode is %2).")
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
            QSqlQuery query = sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            // busy, log frames, checkpointed frames
            if (query.next() && query.value(0).toInt() == 0)
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
    return defaultLocation();
}
