#include "support/pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// A socket path must fit in sun_path (107 bytes): a long TMPDIR would not do, and as
// root the folder must be reachable by nobody, so /tmp then.
QString temporaryRoot()
{
    const QString temp = QDir::tempPath();
    if (runningAsRoot() || temp.size() > 60)
        return QStringLiteral("/tmp");
    return temp;
}

// A loopback port nothing listens on now (postgres binds it a moment later; start()
// tries another one if something took it meanwhile).
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QString randomPassword()
{
    QString password;
    const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::global()->bounded(alphabet.size()));
    return password;
}

bool chownToNobody(const QString &path)
{
    const struct passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        return false;
    return ::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
}

} // namespace

PgTestServer::PgTestServer()
    : m_dir(temporaryRoot() + QStringLiteral("/panelist-pg-XXXXXX"))
    , m_bin(binaries())
    , m_password(randomPassword())
{}

PgTestServer::~PgTestServer()
{
    // Immediate: the data goes with the folder, so there is nothing to shut down cleanly.
    stopImmediate();
}

QString PgTestServer::binaries(QString *why)
{
    QString bin = qEnvironmentVariable("PANELIST_PG_BIN");
    if (bin.isEmpty())
        bin = QStringLiteral("/usr/lib/postgresql/15/bin");
    for (const char *tool : {"initdb", "pg_ctl", "postgres"}) {
        if (!QFileInfo(bin + QLatin1Char('/') + QLatin1String(tool)).isExecutable()) {
            if (why)
                *why = QStringLiteral("PostgreSQL 15 is not installed (%1/%2 is missing); "
                                      "install Debian's postgresql-15 (./panelist.sh test does), "
                                      "or set PANELIST_PG_BIN to its bin folder")
                           .arg(bin, QLatin1String(tool));
            return {};
        }
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (why)
            *why = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing; install Debian's "
                                  "libqt6sql6-psql");
        return {};
    }
    return bin;
}

bool PgTestServer::run(const QString &program, const QStringList &arguments, QString *output,
                       int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (runningAsRoot()) {
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=nobody"),
                                  QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PgTestServer::pgCtl() const
{
    return m_bin + QStringLiteral("/pg_ctl");
}

bool PgTestServer::initialise(QString *error)
{
    if (m_bin.isEmpty()) {
        binaries(error);
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0700);
    if (runningAsRoot() && !chownToNobody(m_dir.path())) {
        *error = QStringLiteral("cannot give %1 to the user nobody").arg(m_dir.path());
        return false;
    }
    const QString passwordFile = m_dir.filePath(QStringLiteral("superuser-password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0) {
            *error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
    }
    ::chmod(QFile::encodeName(passwordFile).constData(), 0600);
    if (runningAsRoot())
        chownToNobody(passwordFile);

    QString output;
    const bool created = run(
        m_bin + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
         superuser(), QStringLiteral("--auth-local=trust"),
         QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--pwfile=") + passwordFile,
         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
         QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
        &output);
    QFile::remove(passwordFile);
    if (!created) {
        *error = QStringLiteral("initdb failed: %1").arg(output.trimmed());
        return false;
    }
    // Loopback only, the socket in our folder, and no waiting for the disk: the data is
    // thrown away (crash recovery after stopImmediate still works: no OS crash).
    QFile config(m_dir.filePath(QStringLiteral("data/postgresql.conf")));
    if (!config.open(QIODevice::Append)) {
        *error = QStringLiteral("cannot append to %1").arg(config.fileName());
        return false;
    }
    if (m_tls && !makeCertificates(error))
        return false;
    if (m_tls)
        config.write(QStringLiteral("\nssl = on\nssl_cert_file = '%1'\nssl_key_file = '%2'\n")
                         .arg(m_dir.filePath(QStringLiteral("tls/server.crt")),
                              m_dir.filePath(QStringLiteral("tls/server.key")))
                         .toUtf8());
    config.write(QStringLiteral("\nlisten_addresses = '127.0.0.1'\n"
                                "unix_socket_directories = '%1'\n"
                                "fsync = off\nfull_page_writes = off\n"
                                "max_connections = 40\nshared_buffers = 16MB\n"
                                "log_min_messages = warning\n")
                     .arg(m_dir.path())
                     .toUtf8());
    config.close();
    watchOverParent();
    m_initialised = true;
    return true;
}

bool PgTestServer::enableTls(QString *error)
{
    if (m_initialised) {
        *error = QStringLiteral("enableTls() comes before the first start()");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        *error = QStringLiteral("the openssl command is missing; install Debian's openssl "
                                "(./panelist.sh test does)");
        return false;
    }
    m_tls = true;
    return true;
}

QString PgTestServer::caFile() const
{
    return m_dir.filePath(QStringLiteral("tls/ca.crt"));
}

QString PgTestServer::otherCaFile() const
{
    return m_dir.filePath(QStringLiteral("tls/other-ca.crt"));
}

// Run as the server's user (run() does that as root), so the key is the server's and
// 0600, as postgres demands. P-256 keys: made in milliseconds.
bool PgTestServer::makeCertificates(QString *error)
{
    const QString dir = m_dir.filePath(QStringLiteral("tls"));
    if (!QDir().mkpath(dir) || (runningAsRoot() && !chownToNobody(dir))) {
        *error = QStringLiteral("cannot make %1").arg(dir);
        return false;
    }
    {
        QFile extensions(dir + QStringLiteral("/server.ext"));
        if (!extensions.open(QIODevice::WriteOnly) ||
            extensions.write("subjectAltName = DNS:localhost\n") < 0) {
            *error = QStringLiteral("cannot write %1").arg(extensions.fileName());
            return false;
        }
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const auto key = [](const QString &file) {
        return QStringList{QStringLiteral("-newkey"),
                           QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"),
                           QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"),
                           file};
    };
    const auto in = [&dir](const char *name) -> QString {
        return dir + QLatin1Char('/') + QLatin1String(name);
    };
    const QList<QStringList> steps{
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + key(in("ca.key")) +
            QStringList{QStringLiteral("-out"), in("ca.crt"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Panelist test CA")},
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + key(in("other-ca.key")) +
            QStringList{QStringLiteral("-out"), in("other-ca.crt"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Another CA")},
        QStringList{QStringLiteral("req")} + key(in("server.key")) +
            QStringList{QStringLiteral("-out"), in("server.csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    in("server.csr"), QStringLiteral("-CA"), in("ca.crt"), QStringLiteral("-CAkey"),
                    in("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    in("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), in("server.ext")},
    };
    for (const QStringList &arguments : steps) {
        QString output;
        if (!run(openssl, arguments, &output)) {
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')), output.trimmed());
            return false;
        }
    }
    ::chmod(QFile::encodeName(in("server.key")).constData(), 0600);
    return true;
}

// Should the test process die without its destructor (a crash, qFatal, a timeout kill),
// a small shell waits for it, stops the server and removes the folder, so nothing is
// left running or lying around.
void PgTestServer::watchOverParent() const
{
    const QString script =
        QStringLiteral("exec </dev/null >/dev/null 2>&1; while kill -0 %1; do sleep 1; done; "
                       "[ -f '%2/data/postmaster.pid' ] && %3 '%4' -D '%2/data' -m immediate stop; "
                       "rm -rf '%2'")
            .arg(QCoreApplication::applicationPid())
            .arg(m_dir.path(),
                 runningAsRoot() ? QStringLiteral("setpriv --reuid=nobody --regid=nogroup "
                                                  "--clear-groups")
                                 : QString(),
                 pgCtl());
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

bool PgTestServer::start(QString *error)
{
    if (m_running)
        return true;
    if (!m_initialised && !initialise(error))
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString logFile = m_dir.filePath(QStringLiteral("server.log"));
    const bool samePort = m_port != 0; // a restart keeps its port: clients reconnect there
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!samePort || attempt > 0)
            m_port = freePort();
        QString output;
        if (run(pgCtl(),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), logFile, QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                 QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")},
                &output, 90000)) {
            m_running = true;
            return true;
        }
        if (!log().contains(QLatin1String("could not bind")) &&
            !log().contains(QLatin1String("Address already in use"))) {
            *error = QStringLiteral("pg_ctl start failed: %1\n%2")
                         .arg(output.trimmed(), log().right(4000));
            return false;
        }
    }
    *error = QStringLiteral("no free port for PostgreSQL:\n%1").arg(log().right(4000));
    return false;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    run(pgCtl(),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

void PgTestServer::stopImmediate()
{
    if (!m_running)
        return;
    run(pgCtl(),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QString PgTestServer::superuserUrl(const QString &database) const
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(superuser(), m_password, host())
        .arg(m_port)
        .arg(database);
}

QString PgTestServer::url(const QString &user, const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(m_port).arg(database);
}

bool PgTestServer::execute(const QString &database, const QString &statement, QString *error)
{
    const QString name = QStringLiteral("pgtestserver-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDirectory());
        db.setPort(m_port);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgTestServer::createDatabase(const QString &name, QString *error)
{
    if (!QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$")).match(name).hasMatch()) {
        *error = QStringLiteral("\"%1\" is no database name for the fixture").arg(name);
        return false;
    }
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name, error);
}

QString PgTestServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
