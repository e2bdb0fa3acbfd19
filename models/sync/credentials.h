#pragma once

#include "storage/teamurl.h"

#include <QCoreApplication>
#include <QString>

// Where a team member's password lives between runs: libpq's own password file, which
// libpq reads itself when the QPSQL connection opens without a password, so Panelist
// never holds the password longer than the join. Never QSettings, a log, the database
// or the outbox.
//
// The file is $PGPASSFILE when that is set, else Panelist's own (team.pgpass in the
// app's config folder, mode 0600); usePasswordFile() points libpq at it for this
// process. One `host:port:database:user:password` line per server and user, `:` and
// `\` escaped as libpq wants them.
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
// Writes (or replaces) the line for `url`'s host, port, database and user. Throws
// PanelistError naming the file when it cannot be written.
void store(const TeamUrl &url, const QString &password);
// Removes that line; the file goes when it is left empty.
void remove(const TeamUrl &url);
// Whether a line for `url` is there.
bool has(const TeamUrl &url);

// libpq's escaping of one field (`\` and `:` preceded by `\`).
QString escaped(const QString &field);

} // namespace credentials
