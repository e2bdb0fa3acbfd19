#pragma once

#include <QCoreApplication>
#include <QString>

// Where a team's PostgreSQL server is, as a libpq connection URI:
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]
// (postgres:// too; an IPv6 host in brackets; user and password percent-encoded).
// Query parameters: sslmode (disable, allow, prefer, require, verify-ca, verify-full),
// sslrootcert (a file), connect_timeout (seconds). Anything else is refused, so a typo
// never silently weakens the connection.
//
// The password, when the URL carries one, is kept for connecting and never shown:
// displayUrl() and every message leave it out.
class TeamUrl
{
    Q_DECLARE_TR_FUNCTIONS(TeamUrl)

public:
    static constexpr int kDefaultPort = 5432;

    // Throws PanelistError naming the URL (without its password) and the part that is
    // wrong, and what to write instead.
    static TeamUrl parse(const QString &text);
    // `text` with any password taken out, for a message about a URL that did not parse.
    static QString redacted(const QString &text);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    QString sslMode() const { return m_sslMode; }           // empty: libpq's default (prefer)
    QString sslRootCert() const { return m_sslRootCert; }   // empty: libpq's default
    int connectTimeout() const { return m_connectTimeout; } // seconds; 0: not given

    // postgresql://USER@HOST:PORT/DATABASE?sslmode=… — never the password.
    QString displayUrl() const;
    // The libpq options QPSQL's setConnectOptions() takes ("sslmode=verify-full;…"),
    // with `connect_timeout` and `application_name` filled in when the URL gave none.
    QString connectOptions(int defaultTimeoutSeconds) const;
    // The same URL without its password (what may be stored or shown).
    TeamUrl withoutPassword() const;

private:
    QString m_host;
    int m_port = kDefaultPort;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QString m_sslRootCert;
    int m_connectTimeout = 0;
};
