#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "support/pgserver.h"
#include "support/testsupport.h"
#include "sync/credentials.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

// Where `panelist team join` keeps the password (sync/credentials.h), through the real
// binary on a real PostgreSQL 15, with a REAL Secret Service: a session bus of the test's
// own (dbus-daemon) and gnome-keyring-daemon on it, unlocked, in temporary folders, both
// stopped at the end. With the keychain the password is there and nowhere in the
// laptop's files; team sync signs in with it; team leave removes it. Without a bus the
// password goes to libpq's password file, as before.
class TeamKeychainTest : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_keyring; // the bus socket, the keyring daemon's HOME and data
    QProcess m_bus;
    QProcess m_keyringDaemon;
    QString m_busAddress;
    int m_databases = 0;

    struct Laptop
    {
        std::unique_ptr<QTemporaryDir> home = std::make_unique<QTemporaryDir>();
        bool withBus = true;
        QString db() const { return home->filePath(QStringLiteral("p.sqlite")); }
        QString passwordFile() const
        {
            // AppConfigLocation: XDG_CONFIG_HOME/organisation/application.
            return home->filePath(QStringLiteral("config/Panelist/panelist/team.pgpass"));
        }
    };

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment(const Laptop &laptop) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"PANELIST_TEAM_PASSWORD", "PGPASSWORD", "PGPASSFILE",
                                 "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), laptop.home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   laptop.home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), laptop.home->filePath(QStringLiteral("data")));
        // No bus found at $XDG_RUNTIME_DIR/bus either, unless given (the folder is 0700).
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), laptop.home->path());
        env.insert(QStringLiteral("PANELIST_DATABASE"), laptop.db());
        if (laptop.withBus)
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        return env;
    }

    Run panelist(const Laptop &laptop, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(laptop));
        process.setWorkingDirectory(laptop.home->path());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(PANELIST_BINARY), arguments);
        if (!process.waitForFinished(60000))
            qFatal("panelist did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // secret-tool on the test's bus: the keyring's password for `key` (QtKeychain's
    // attributes: server = the service, user = the key), none when it holds none.
    std::optional<QString> keyringHolds(const QString &key) const
    {
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Panelist"),
                    QStringLiteral("user"), key});
        if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit)
            qFatal("secret-tool did not finish");
        const QString out = QString::fromUtf8(tool.readAllStandardOutput());
        if (tool.exitCode() != 0 || out.isEmpty())
            return std::nullopt;
        return out;
    }

    struct Member
    {
        TeamUrl url;
        QString password;
    };

    Member member()
    {
        const QString database = QStringLiteral("keychain%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(database, &error))
            qFatal("%s", qPrintable(error));
        TeamServer admin;
        admin.open(TeamUrl::parse(m_server.url(m_server.superuser(), database)),
                   m_server.superuserPassword(), TeamServer::Purpose::Setup);
        admin.initialize();
        const QString name = QStringLiteral("kc%1").arg(m_databases);
        const QString password = QStringLiteral("Key:chain\\pw-%1").arg(m_databases * 31 + 7);
        admin.addInterviewer(name, password, false);
        return {TeamUrl::parse(m_server.url(name, database)), password};
    }

    Run join(const Laptop &laptop, const Member &m)
    {
        const QString secret = laptop.home->filePath(QStringLiteral("secret.txt"));
        testsupport::writeFile(secret, m.password.toUtf8() + '\n');
        const Run run = panelist(laptop, {QStringLiteral("team"), QStringLiteral("join"),
                                          m.url.displayUrl(), QStringLiteral("--password-file"),
                                          secret, QStringLiteral("--upload-local")});
        QFile::remove(secret);
        return run;
    }

    // No file under the laptop's HOME (settings, database, WAL, logs, the password file
    // when there is one) holds the password, nor any output.
    static void nowhereIn(const Laptop &laptop, const QString &password, const QStringList &outputs)
    {
        const QByteArray secret = password.toUtf8();
        QDirIterator it(laptop.home->path(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(!testsupport::readFileFromOutside(path).contains(secret), qPrintable(path));
        }
        QVERIFY(files > 0);
        for (const QString &text : outputs)
            QVERIFY2(!text.contains(password), qPrintable(text));
    }

    static void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (PgTestServer::binaries(&why).isEmpty())
            QSKIP(qPrintable(why));
        for (const char *program : {"dbus-daemon", "gnome-keyring-daemon", "secret-tool"}) {
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (packages dbus, "
                                                "gnome-keyring, libsecret-tools; ./panelist.sh "
                                                "installs them)")
                                     .arg(QLatin1String(program))));
        }
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));

        // The session bus.
        const QString socket = m_keyring.filePath(QStringLiteral("bus"));
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1"),
                     QStringLiteral("--address=unix:path=") + socket});
        QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
        QElapsedTimer wait;
        wait.start();
        while (!m_bus.canReadLine() && wait.elapsed() < 10000)
            m_bus.waitForReadyRead(200);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY2(!m_busAddress.isEmpty(), m_bus.readAllStandardError().constData());

        // The Secret Service: gnome-keyring-daemon, its login keyring unlocked with the
        // password given on its standard input.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        env.insert(QStringLiteral("HOME"), m_keyring.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_keyring.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_keyring.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("DISPLAY"));
        for (const char *folder : {"home", "data", "run"})
            QDir().mkpath(m_keyring.filePath(QLatin1String(folder)));
        QFile::setPermissions(m_keyring.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        m_keyringDaemon.setProcessEnvironment(env);
        m_keyringDaemon.start(QStringLiteral("gnome-keyring-daemon"),
                              {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                               QStringLiteral("--foreground")});
        QVERIFY2(m_keyringDaemon.waitForStarted(10000), qPrintable(m_keyringDaemon.errorString()));
        m_keyringDaemon.write("keyring-unlock-pw");
        m_keyringDaemon.closeWriteChannel();

        // This process asks the same bus (the worker-thread case below).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
        wait.restart();
        while (!credentials::keychainAvailable() && wait.elapsed() < 15000)
            QTest::qWait(100);
        QVERIFY2(credentials::keychainAvailable(),
                 m_keyringDaemon.readAllStandardError().constData());
    }

    void cleanupTestCase()
    {
        stop(m_keyringDaemon);
        stop(m_bus);
    }

    // Join with a Secret Service on the bus: the password is in the keyring under
    // "host:port/database/user", not in the password file, settings, database or WAL;
    // team sync signs in with it (there is no password file to fall back on); a worker
    // thread reads it back too; team leave removes it.
    void keychainHoldsThePassword()
    {
        const Member m = member();
        Laptop laptop;
        const Run joined = join(laptop, m);
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
        const QString key = credentials::keychainKey(m.url);
        QCOMPARE(key, QStringLiteral("127.0.0.1:%1/%2/%3")
                          .arg(m_server.port())
                          .arg(m.url.database(), m.url.user()));
        QCOMPARE(keyringHolds(key), std::optional<QString>(m.password));
        QVERIFY2(!QFile::exists(laptop.passwordFile()), qPrintable(laptop.passwordFile()));

        const Run synced = panelist(laptop, {QStringLiteral("team"), QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(synced.out.trimmed(), QStringLiteral("pushed 0, pulled 0"));
        const Run status = panelist(laptop, {QStringLiteral("team"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        nowhereIn(laptop, m.password,
                  {joined.out, joined.err, synced.out, synced.err, status.out, status.err});

        // The sync worker reads it on its own thread (the job runs on this, the main,
        // thread, whose event loop keeps running as the app's does), twice: the second
        // read after the worker thread that asked first has ended.
        for (int round = 0; round < 2; ++round) {
            std::optional<QString> fromWorker;
            std::unique_ptr<QThread> worker(
                QThread::create([&] { fromWorker = credentials::password(m.url); }));
            worker->start();
            QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 30000);
            QCOMPARE(fromWorker, std::optional<QString>(m.password));
        }
        QVERIFY(credentials::has(m.url));
        QVERIFY(!credentials::inPasswordFile(m.url));

        const Run left = panelist(laptop, {QStringLiteral("team"), QStringLiteral("leave")});
        QVERIFY2(left.exitCode == 0, qPrintable(left.err));
        QCOMPARE(keyringHolds(key), std::nullopt);
        QCOMPARE(credentials::password(m.url), std::nullopt);
    }

    // No session bus: the password goes to libpq's password file (0600) as before, the
    // keyring on the test's bus holds nothing for it, and team sync signs in from the file.
    void withoutABusThePasswordFile()
    {
        const Member m = member();
        Laptop laptop;
        laptop.withBus = false;
        const Run joined = join(laptop, m);
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
        QVERIFY2(QFile::exists(laptop.passwordFile()), qPrintable(laptop.passwordFile()));
        QCOMPARE(QFile::permissions(laptop.passwordFile()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(testsupport::readFile(laptop.passwordFile())
                    .contains(credentials::escaped(m.password).toUtf8()));
        QCOMPARE(keyringHolds(credentials::keychainKey(m.url)), std::nullopt);
        const Run synced = panelist(laptop, {QStringLiteral("team"), QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const Run left = panelist(laptop, {QStringLiteral("team"), QStringLiteral("leave")});
        QCOMPARE(left.exitCode, 0);
        QVERIFY(!QFile::exists(laptop.passwordFile()) ||
                !testsupport::readFile(laptop.passwordFile())
                     .contains(QByteArray(m.url.user().toUtf8() + ':')));
    }
};

QTEST_GUILESS_MAIN(TeamKeychainTest)
#include "tst_teamkeychain.moc"
