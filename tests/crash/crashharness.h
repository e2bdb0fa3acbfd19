#pragma once

#include <QString>
#include <QStringList>
#include <functional>

// Kills panelist-typist with SIGKILL at random moments and checks what survived
// (README, "Never losing a note"). Each trial starts the typist on a database, lets it
// type for a random while, kills it, and then checks the database from this process:
//  - PRAGMA integrity_check is "ok";
//  - every keystroke logged more than 500 ms before the kill is in the stored notes of
//    its question, and the stored notes are a prefix of the text typed there;
//  - reopened through LiveInterview, the interview is live on the question the typist
//    was on, showing the stored notes; and the next typist started on the same database
//    resumes exactly there.
namespace crashharness {

struct Options
{
    QString typist; // path of panelist-typist
    QString folder; // where the databases go (a real disk, not tmpfs, to mean anything)
    int trials = 6;
    int trialsPerDatabase = 3;    // kills and restarts on one database before a new one
    int minTypingMs = 1000;       // the typist is killed this long after it starts typing...
    int maxTypingMs = 4000;       // ...up to this long
    int questionChars = 40;       // about how much is typed per question before moving on
    int typistLimitSeconds = 120; // a typist nobody kills stops by itself after this
    quint32 seed = 0;             // 0: a random one (reported in the problems)
    std::function<void(const QString &)> progress;
    // Runs on each new database before its first typist starts (the typist then starts
    // an interview from the first plan, or resumes one that `prepare` left live).
    std::function<void(const QString &database)> prepare;
    // When set, runs while the typist types, instead of waiting a random while; the
    // typist is killed as soon as it returns.
    std::function<void(const QString &database)> whileTyping;
};

// What must hold: 500 ms after a keystroke it is on disk.
constexpr double kDurableWithinMs = 500;

struct Result
{
    quint32 seed = 0;
    int trials = 0;
    int restarts = 0;      // trials that resumed an interview a killed typist left
    qint64 keystrokes = 0; // typed in all
    qint64 checked = 0;    // typed more than 500 ms before a kill
    qint64 lost = 0;       // checked, yet not in the database
    int integrityFailures = 0;
    int restartMismatches = 0; // reopened elsewhere than where the typist was
    QStringList problems;      // one line each, naming trial and seed

    bool ok() const { return problems.isEmpty(); }
};

Result run(const Options &options);

} // namespace crashharness
