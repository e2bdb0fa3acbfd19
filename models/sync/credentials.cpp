#include "sync/credentials.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSemaphore>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

#include <sys/stat.h>

namespace credentials {

QString passwordFile()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("team.pgpass"));
}

void usePasswordFile()
{
    // Only when Panelist's file is there: otherwise libpq keeps reading ~/.pgpass.
    if (qEnvironmentVariableIsEmpty("PGPASSFILE") && QFile::exists(passwordFile()))
        qputenv("PGPASSFILE", QFile::encodeName(passwordFile()));
}

QString escaped(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

namespace {

// "host:port:db:user:" — the start of the line for `url`.
QString prefix(const TeamUrl &url)
{
    return escaped(url.host()) + QLatin1Char(':') + QString::number(url.port()) + QLatin1Char(':') +
           escaped(url.database()) + QLatin1Char(':') + escaped(url.user()) + QLatin1Char(':');
}

QStringList otherLines(const QString &path, const TeamUrl &url, bool *found = nullptr)
{
    QStringList lines;
    QFile file(path);
    if (found)
        *found = false;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QString start = prefix(url);
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(start)) {
            if (found)
                *found = true;
            continue;
        }
        lines << line;
    }
    return lines;
}

void write(const QString &path, const QStringList &lines)
{
    if (lines.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Created 0600 before anything is written into it (libpq ignores a file others can read).
    const mode_t previous = ::umask(077);
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(previous);
    if (!opened)
        throw PanelistError(Credentials::tr("Cannot write the password file %1: %2. Check that "
                                            "its folder is writable.")
                                .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        throw PanelistError(Credentials::tr("Cannot write the password file %1: %2. Check the "
                                            "free space and that its folder is writable.")
                                .arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

const QString kService = QStringLiteral("Panelist");

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text; // a read's password
};

// Runs `job` (made with new) to its end on this thread, waiting at most
// kKeychainTimeoutMs. The job deletes itself when it ends, even after a timeout (it may
// still be waiting for the keychain then), so only its finished() handler reads it.
Outcome run(QKeychain::Job *job)
{
    auto outcome = std::make_shared<Outcome>();
    job->setAutoDelete(true);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->message = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    if (!outcome->finished) {
        // Whatever it says later, it is not waited for: disconnected from this loop.
        QObject::disconnect(job, &QKeychain::Job::finished, &loop, nullptr);
        outcome->error = QKeychain::OtherError;
        outcome->message = Credentials::tr("the keychain did not answer within %1 seconds")
                               .arg(kKeychainTimeoutMs / 1000);
    }
    return *outcome;
}

// Runs the job `make` makes on the application's main thread: libsecret (QtKeychain's
// backend) binds its connection to the GLib context of the thread that first used it,
// and a job from a thread that has since ended crashes or never finishes. From another
// thread (the sync worker's) the job is queued to the main thread's event loop and the
// caller waits for it, at most kKeychainTimeoutMs (so a main thread busy waiting for this
// worker to stop delays it by that much at most).
Outcome runOnMainThread(const std::function<QKeychain::Job *()> &make)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return run(make());
    struct Shared
    {
        QSemaphore done;
        Outcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [shared, make] {
            shared->outcome = run(make());
            shared->done.release();
        },
        Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, kKeychainTimeoutMs + kBusTimeoutMs)) {
        Outcome late;
        late.error = QKeychain::OtherError;
        late.message = Credentials::tr("the keychain did not answer within %1 seconds")
                           .arg((kKeychainTimeoutMs + kBusTimeoutMs) / 1000);
        return late;
    }
    return shared->outcome;
}

void removeLine(const TeamUrl &url)
{
    const QString path = passwordFile();
    bool found = false;
    const QStringList lines = otherLines(path, url, &found);
    if (found)
        write(path, lines);
}

} // namespace

bool keychainAvailable()
{
    // No address and no socket where libdbus looks next: no session bus. Asking for one
    // anyway would have libdbus autolaunch a bus daemon (dbus-launch) that outlives us.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"))))
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage ask = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    ask << QStringLiteral("org.freedesktop.secrets");
    const QDBusMessage reply = bus.call(ask, QDBus::Block, kBusTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           reply.arguments().constFirst().toBool();
}

QString keychainKey(const TeamUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port()) + QLatin1Char('/') +
           url.database() + QLatin1Char('/') + url.user();
}

Place store(const TeamUrl &url, const QString &password)
{
    if (keychainAvailable()) {
        const Outcome outcome = runOnMainThread([&url, &password] {
            auto *job = new QKeychain::WritePasswordJob(kService);
            job->setKey(keychainKey(url));
            job->setTextData(password);
            return job;
        });
        if (outcome.error == QKeychain::NoError) {
            // One place only: an older line for the same server would sign in instead.
            removeLine(url);
            return Place::Keychain;
        }
        qWarning("Panelist: the keychain did not take the password of %s (%s); it goes to "
                 "libpq's password file %s instead.",
                 qPrintable(keychainKey(url)), qPrintable(outcome.message),
                 qPrintable(passwordFile()));
    }
    const QString path = passwordFile();
    QStringList lines = otherLines(path, url);
    lines << prefix(url) + escaped(password);
    write(path, lines);
    return Place::PasswordFile;
}

std::optional<QString> password(const TeamUrl &url)
{
    if (!keychainAvailable())
        return std::nullopt;
    const QString key = keychainKey(url);
    const Outcome outcome = runOnMainThread([key] {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (outcome.error == QKeychain::NoError)
        return outcome.text;
    if (outcome.error != QKeychain::EntryNotFound)
        qWarning("Panelist: cannot read the password of %s from the keychain (%s); signing in "
                 "with libpq's password file.",
                 qPrintable(keychainKey(url)), qPrintable(outcome.message));
    return std::nullopt;
}

void remove(const TeamUrl &url)
{
    removeLine(url);
    if (!keychainAvailable())
        return;
    const QString key = keychainKey(url);
    const Outcome outcome = runOnMainThread([key] {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        qWarning("Panelist: cannot remove the password of %s from the keychain (%s); remove "
                 "it with the desktop's password manager (service \"Panelist\").",
                 qPrintable(keychainKey(url)), qPrintable(outcome.message));
}

bool inPasswordFile(const TeamUrl &url)
{
    bool found = false;
    otherLines(passwordFile(), url, &found);
    return found;
}

bool has(const TeamUrl &url)
{
    return inPasswordFile(url) || password(url).has_value();
}

} // namespace credentials
