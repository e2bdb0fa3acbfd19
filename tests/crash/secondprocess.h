#pragma once

#include "crashharness.h"

#include <QString>

// Runs real second `panelist` processes against a database that a live writer (the
// crash test's panelist-typist) holds open, the way a person runs the command line or
// the sqlite3 shell while the window is open (README, "Never losing a note"). Each
// round: `interview list`, `bank import` of 300 new questions, `interview export-pdf`,
// `demo` and `interview delete-candidate` of the demo's candidate. A watcher thread
// stats the database's -wal file every millisecond while the writer runs. Afterwards,
// with the writer killed:
//  - the crash harness's checks (integrity_check, every keystroke older than 500 ms
//    stored, the interview reopens where it was);
//  - every imported question is in the database;
//  - the -wal file never disappeared and was never replaced while the writer ran;
//  - the removed candidate stays removed, also after the database was opened and
//    closed again (a log replayed over a checkpointed file would bring it back).
namespace secondprocess {

struct Options
{
    QString panelist; // the app's binary
    QString typist;   // panelist-typist
    QString folder;   // where databases and files go (a real disk)
    int rounds = 20;  // per database
    int databases = 1;
    quint32 seed = 0;
    std::function<void(const QString &)> progress;
};

struct Result
{
    crashharness::Result writer; // what the typist's checks found
    int rounds = 0;              // rounds of second processes run
    int commands = 0;            // second processes run
    int failedCommands = 0;      // exited non-zero
    int walRemovals = 0;         // times the -wal vanished or changed inode while held
    int missingQuestions = 0;    // imported, yet not in the database
    int resurrected = 0;         // removed interviews found again
    // Databases that ended in any of the above or in an integrity failure.
    int corruptions = 0;
    QStringList problems;

    bool ok() const { return problems.isEmpty() && writer.ok(); }
};

Result run(const Options &options);

} // namespace secondprocess
