#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real PostgreSQL 15 for the team-server tests, from Debian's packages: initdb into a
// temporary folder, a free loopback port, the socket in that folder, and stopped (and the
// folder removed) in the destructor, always. One per test executable: start-up is initdb
// (a second or two) and every test function shares the server, each on its own database.
//
// Authentication: the superuser "postgres" has a random password and may also connect
// without one on the socket (trust, for the fixture's own set-up); every TCP connection
// on 127.0.0.1 needs its password (scram-sha-256), as on a team's real server.
// As root, initdb and pg_ctl run as nobody (postgres refuses to run as root).
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // Where the binaries are (PANELIST_PG_BIN, else /usr/lib/postgresql/15/bin); empty
    // with `why` set when initdb or pg_ctl is missing, so the caller can QSKIP with it.
    static QString binaries(QString *why = nullptr);

    // initdb (the first time), then starts the server and waits until it accepts
    // connections. False with `error` (and the server's log) when it could not.
    bool start(QString *error);
    // pg_ctl stop -m fast: clean shutdown.
    void stop();
    // pg_ctl stop -m immediate: as if the machine lost power (a fault test's crash).
    void stopImmediate();
    // TLS (call before the first start()): the openssl command makes a throwaway CA and a
    // certificate for "localhost" signed by it in the temporary folder (the key 0600,
    // owned by the server's user), and the server runs with ssl = on. A second CA that
    // signed nothing of the server's is made too, for the refusal tests. False with
    // `error` when openssl is missing or fails.
    bool enableTls(QString *error);
    bool tls() const { return m_tls; }
    // The CA that signed the server's certificate, and one that did not.
    QString caFile() const;
    QString otherCaFile() const;

    // Starts again on the same port and data after either stop.
    bool restart(QString *error) { return start(error); }
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString socketDirectory() const { return m_dir.path(); }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return m_password; }
    // postgresql://postgres:PASSWORD@127.0.0.1:PORT/DATABASE
    QString superuserUrl(const QString &database = QStringLiteral("postgres")) const;
    // postgresql://USER@127.0.0.1:PORT/DATABASE (no password: given separately)
    QString url(const QString &user, const QString &database) const;

    // CREATE DATABASE `name` (letters, digits, underscores) as the superuser, over the socket.
    bool createDatabase(const QString &name, QString *error);
    // SQL run as the superuser on the socket (set-up and inspection the tests need).
    bool execute(const QString &database, const QString &statement, QString *error);

    // The server's log file, whole.
    QString log() const;

private:
    bool initialise(QString *error);
    bool run(const QString &program, const QStringList &arguments, QString *output,
             int timeoutMs = 60000) const;
    QString pgCtl() const;
    void watchOverParent() const;
    bool makeCertificates(QString *error);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_password;
    int m_port = 0;
    bool m_initialised = false;
    bool m_tls = false;
    bool m_running = false;
};
