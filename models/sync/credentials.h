#pragma once

#include "storage/teamurl.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a team member's password lives between runs. Never QSettings, a log, the
// database or the outbox.
//
// - The desktop's keychain (QtKeychain), when a Secret Service runs: the session bus
//   has an owner of org.freedesktop.secrets (asked with a short timeout, so no bus or a
//   stuck one costs at most a second). Service "Panelist", key "host:port/database/user"
//   (keychainKey). Panelist reads it back (password()) each time it signs in and hands it
//   to the connection, which forgets it after the handshake (TeamServer::open).
// - Else libpq's own password file, which libpq reads itself when the QPSQL connection
//   opens without a password. The file is $PGPASSFILE when that is set, else Panelist's
//   own (team.pgpass in the app's config folder, mode 0600); usePasswordFile() points
//   libpq at it for this process. One `host:port:database:user:password` line per server
//   and user, `:` and `\` escaped as libpq wants them.
//
// QtKeychain's jobs are asynchronous and run on the application's main thread (libsecret
// keeps its connection on one thread): called there, these functions wait for a job in a
// local event loop; called on another thread (the sync worker's), they queue it to the
// main thread's event loop and wait for it. At most kKeychainTimeoutMs either way.
namespace credentials {

struct Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

QString passwordFile();
// Sets PGPASSFILE to Panelist's file when it is not set and that file exists (else
// libpq reads ~/.pgpass as usual); call before a connection opens, on the main thread
// before threads that open connections run.
void usePasswordFile();

constexpr int kBusTimeoutMs = 1000;       // the question whether a Secret Service runs
constexpr int kKeychainTimeoutMs = 15000; // one keychain job (a store, read or removal)

enum class Place { Keychain, PasswordFile };

// Whether a Secret Service answers on the session bus now.
bool keychainAvailable();
// "host:port/database/user": the password's key in the keychain.
QString keychainKey(const TeamUrl &url);

// Stores the password of `url`'s host, port, database and user: in the keychain when one
// runs (and takes it; a line for the same server in the password file goes), else as
// the password file's line (written or replaced). Returns where it went. Throws
// PanelistError naming the file when the file cannot be written.
Place store(const TeamUrl &url, const QString &password);
// The password the keychain holds for `url`; none when no keychain runs or it holds none
// (then libpq reads the password file itself).
std::optional<QString> password(const TeamUrl &url);
// Removes it from both places; the file goes when it is left empty.
void remove(const TeamUrl &url);
// Whether the keychain or the password file holds one for `url`.
bool has(const TeamUrl &url);
// Whether the password file holds a line for `url`.
bool inPasswordFile(const TeamUrl &url);

// libpq's escaping of one field (`\` and `:` preceded by `\`).
QString escaped(const QString &field);

} // namespace credentials
