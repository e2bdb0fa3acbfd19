#include "databasefile.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QProcess>
#include <QUrl>

namespace {

DatabaseFile *s_instance = nullptr;

// A file: URL from a file dialog, or a typed path ("~/" meaning home).
QString localPath(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.startsWith(QLatin1String("file:")))
        return QUrl(trimmed).toLocalFile();
    if (trimmed == QLatin1String("~") || trimmed.startsWith(QLatin1String("~/")))
        return QDir::homePath() + trimmed.mid(1);
    return trimmed;
}

} // namespace

DatabaseFile::DatabaseFile(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

DatabaseFile::~DatabaseFile()
{
    if (s_instance == this)
        s_instance = nullptr;
}

DatabaseFile *DatabaseFile::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "DatabaseFile", "the window must create the database file before QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DatabaseFile::setInstance(DatabaseFile *instance)
{
    s_instance = instance;
}

QString DatabaseFile::path() const
{
    return m_database.location();
}

QString DatabaseFile::sizeText() const
{
    const qint64 bytes =
        QFileInfo(path()).size() + QFileInfo(path() + QStringLiteral("-wal")).size();
    return QLocale().formattedDataSize(bytes);
}

QString DatabaseFile::overriddenBy() const
{
    if (!qEnvironmentVariableIsEmpty("PANELIST_DATABASE"))
        return tr("The PANELIST_DATABASE environment variable chooses the database (%1), so a "
                  "location chosen here would not be used. Unset it to choose here.")
            .arg(qEnvironmentVariable("PANELIST_DATABASE"));
    return {};
}

QString DatabaseFile::destinationOf(const QString &target) const
{
    const QString local = localPath(target);
    return local.isEmpty() ? QString() : DatabaseCopy::destination(m_database, local);
}

void DatabaseFile::fail(const QString &message)
{
    m_message = message;
    m_messageIsError = true;
    emit changed();
}

bool DatabaseFile::openAnother(const QString &location)
{
    const QString local = localPath(location);
    if (!overriddenBy().isEmpty()) {
        fail(overriddenBy());
        return false;
    }
    if (local.isEmpty()) {
        fail(tr("Type the path of the database to open, or choose it with Browse…."));
        return false;
    }
    const QString absolute = QFileInfo(local).absoluteFilePath();
    if (absolute == path()) {
        fail(tr("%1 is the database already open.").arg(absolute));
        return false;
    }
    try {
        // Checked (and, when new, created) as the next start will open it.
        Database check(absolute);
    } catch (const PanelistError &error) {
        fail(error.message());
        return false;
    }
    Database::storeLocation(absolute);
    m_afterQuit = AfterQuit{true, QString(), absolute};
    m_message = tr("Panelist restarts on %1.").arg(absolute);
    m_messageIsError = false;
    emit changed();
    emit restartRequested();
    return true;
}

bool DatabaseFile::moveTo(const QString &target, bool removeOld)
{
    if (!overriddenBy().isEmpty()) {
        fail(overriddenBy());
        return false;
    }
    QString copied;
    try {
        copied = DatabaseCopy::copyTo(m_database, localPath(target));
    } catch (const PanelistError &error) {
        fail(error.message());
        return false;
    }
    Database::storeLocation(copied);
    m_afterQuit = AfterQuit{true, removeOld ? path() : QString(), copied};
    m_message =
        tr("The database was copied to %1 and checked; Panelist restarts on it.").arg(copied);
    m_messageIsError = false;
    emit changed();
    emit restartRequested();
    return true;
}

QStringList DatabaseFile::withoutDatabase(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--database")) {
            ++i; // and its value
            continue;
        }
        if (argument.startsWith(QLatin1String("--database=")))
            continue;
        kept << argument;
    }
    return kept;
}

QString DatabaseFile::finishAfterQuit(const AfterQuit &afterQuit, const QString &program,
                                      const QStringList &arguments, bool start)
{
    QStringList said;
    if (!afterQuit.removeOld.isEmpty()) {
        if (!DatabaseCopy::sameContents(afterQuit.removeOld, afterQuit.location))
            said << tr("The old database %1 was kept: it changed after the copy to %2 was made.")
                        .arg(afterQuit.removeOld, afterQuit.location);
        else if (!DatabaseCopy::removeFiles(afterQuit.removeOld))
            said << tr("The old database %1 could not be removed; remove it yourself.")
                        .arg(afterQuit.removeOld);
        else
            said << tr("The old database %1 was removed.").arg(afterQuit.removeOld);
    }
    if (afterQuit.restart && start) {
        const QStringList rest = withoutDatabase(arguments).mid(1);
        if (!QProcess::startDetached(program, rest))
            said << tr("Could not start Panelist again; start it yourself: it opens %1.")
                        .arg(afterQuit.location);
    }
    return said.join(QLatin1Char('\n'));
}
