#include "storage/databasecopy.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/row.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The number of rows and a digest of the contents of every table, and the schema
// version, of the connection `db`.
struct Census
{
    int version = 0;
    qint64 applicationId = 0;
    QHash<QString, qint64> rows;
    QHash<QString, quint64> digests;
};

// The rows of `table` in any order: the sum of one digest per row, each over its
// values and their types.
quint64 digestOf(const QSqlDatabase &db, const QString &quotedTable)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quotedTable)))
        throw PanelistError(rows.lastError().text());
    quint64 sum = 0;
    while (rows.next()) {
        QCryptographicHash row(QCryptographicHash::Sha1);
        const QSqlRecord record = rows.record();
        for (int column = 0; column < record.count(); ++column) {
            const QVariant value = rows.value(column);
            row.addData(QByteArray::number(value.isNull() ? -1 : value.userType()));
            row.addData(value.userType() == QMetaType::QByteArray ? value.toByteArray()
                                                                  : value.toString().toUtf8());
            row.addData(QByteArrayView("\x1f", 1));
        }
        const QByteArray hash = row.result();
        quint64 part = 0;
        std::memcpy(&part, hash.constData(), sizeof part);
        sum += part;
    }
    return sum;
}

Census censusOf(const QSqlDatabase &db)
{
    Census census;
    census.version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0).toInt();
    census.applicationId =
        sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, 0).toLongLong();
    QStringList tables;
    {
        sql::Row table(db,
                       sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                    "'table' AND name NOT LIKE 'sqlite_%'")),
                       "sqlite_master");
        while (table.next())
            tables << table.text("name");
    }
    for (const QString &table : tables) {
        // The names come from sqlite_master itself; quoted as identifiers.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        census.rows.insert(
            table, sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted), {}, 0)
                       .toLongLong());
        census.digests.insert(table, digestOf(db, quoted));
    }
    return census;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Flushes `path` (a file or a folder) to the disk; the errno on failure, else 0.
int flushToDisk(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

// Removes the temporary copy whatever happens to the copy below.
class TemporaryFile
{
public:
    explicit TemporaryFile(QString path)
        : m_path(std::move(path))
    {}
    ~TemporaryFile()
    {
        if (!m_path.isEmpty())
            DatabaseCopy::removeFiles(m_path);
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

// Reads the database at `path` on a connection of its own, read-only: its integrity and
// its census; `problem` says why when SQLite cannot read it.
Census readCensus(const QString &path, QString &problem)
{
    const QString name = QStringLiteral("panelist-copycheck-") + QUuid::createUuid().toString();
    Census census;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            try {
                const QString check =
                    sql::scalar(db, QStringLiteral("PRAGMA integrity_check(1)")).toString();
                if (check != QLatin1String("ok"))
                    problem = check;
                else
                    census = censusOf(db);
            } catch (const PanelistError &error) {
                problem = error.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return census;
}

Census verifiedCensus(const QString &path, const QString &target)
{
    QString problem;
    const Census census = readCensus(path, problem);
    if (!problem.isEmpty())
        throw PanelistError(DatabaseCopy::tr("The copy of the database at %1 does not read back "
                                             "(%2); nothing was changed. Try another place.")
                                .arg(target, problem));
    return census;
}

} // namespace

QString DatabaseCopy::destination(const Database &database, const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QFileInfo(database.location()).fileName());
    return info.absoluteFilePath();
}

QString DatabaseCopy::copyTo(Database &database, const QString &target)
{
    const QString source = database.location();
    if (target.trimmed().isEmpty())
        throw PanelistError(
            tr("Choose where to move the database %1: a folder or a file name.").arg(source));
    const QString path = destination(database, target);
    const QFileInfo info(path);
    if (QFileInfo(source).canonicalFilePath() == info.canonicalFilePath() || path == source)
        throw PanelistError(
            tr("The database is already at %1. Choose another folder or file name.").arg(path));
    if (info.exists() || info.isSymLink())
        throw PanelistError(tr("Cannot move the database to %1: a file of that name already "
                               "exists there. Choose another name, or remove that file first.")
                                .arg(path));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw PanelistError(
            tr("Cannot move the database to %1: the folder %2 does not exist. Create it first "
               "or choose another one.")
                .arg(path, folder));
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        throw PanelistError(tr("Cannot move the database to %1: the folder %2 is not writable "
                               "(%3). Choose a folder you can write to.")
                                .arg(path, folder, systemError(errno)));

    // Beside the target, so the last step is a rename within one file system.
    const TemporaryFile temporary(QDir(folder).filePath(
        QStringLiteral(".%1.moving-%2")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces))));
    const QSqlDatabase db = database.connection();
    const Census before = censusOf(db);
    {
        QSqlQuery copy(db);
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(temporary.path());
        if (!copy.exec()) {
            const QString reason = copy.lastError().databaseText();
            throw PanelistError(
                tr("Cannot copy the database to %1: %2. Nothing was changed; "
                   "free some space there or choose another place.")
                    .arg(path, reason.isEmpty() ? copy.lastError().text() : reason));
        }
    }
    // Interview notes are personal data: the copy is its owner's only, like the original.
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const int error = flushToDisk(temporary.path(), false))
        throw PanelistError(tr("Cannot write the copy of the database to %1: %2. Nothing was "
                               "changed; free some space there or choose another place.")
                                .arg(path, systemError(error)));

    const Census after = verifiedCensus(temporary.path(), path);
    if (after.version != before.version || after.applicationId != before.applicationId)
        throw PanelistError(tr("The copy of the database at %1 has schema version %2, not %3; "
                               "nothing was changed. Try again.")
                                .arg(path)
                                .arg(after.version)
                                .arg(before.version));
    for (auto table = before.rows.cbegin(); table != before.rows.cend(); ++table) {
        if (after.rows.value(table.key(), -1) != table.value() ||
            after.digests.value(table.key()) != before.digests.value(table.key()))
            throw PanelistError(
                tr("The copy of the database at %1 differs in table %3 (%2 rows, the database "
                   "%4): it may have changed during the copy (a team sync). Nothing was "
                   "changed; try again.")
                    .arg(path)
                    .arg(after.rows.value(table.key(), 0))
                    .arg(table.key())
                    .arg(table.value()));
    }

    // link() never replaces a file that appeared meanwhile, unlike rename().
    if (::link(QFile::encodeName(temporary.path()).constData(),
               QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        throw PanelistError(
            error == EEXIST
                ? tr("Cannot move the database to %1: a file of that name appeared there "
                     "meanwhile. Choose another name.")
                      .arg(path)
                : tr("Cannot give the copy of the database its name %1: %2. Nothing was "
                     "changed.")
                      .arg(path, systemError(error)));
    }
    if (const int error = flushToDisk(folder, true)) {
        QFile::remove(path);
        throw PanelistError(tr("Cannot write the folder %1 to disk: %2. Nothing was changed.")
                                .arg(folder, systemError(error)));
    }
    return path;
}

bool DatabaseCopy::sameContents(const QString &first, const QString &second)
{
    QString problem;
    const Census a = readCensus(first, problem);
    if (!problem.isEmpty())
        return false;
    const Census b = readCensus(second, problem);
    return problem.isEmpty() && a.version == b.version && a.applicationId == b.applicationId &&
           a.rows == b.rows && a.digests == b.digests;
}

bool DatabaseCopy::removeFiles(const QString &location)
{
    bool removed = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = location + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            removed = false;
    }
    return removed;
}
