#include "crashharness.h"

#include "monotonic.h"
#include "typedtext.h"
#include "workspace.h"

#include "interviews/liveinterview.h"
#include "storage/notewriter.h"
#include "domain/errors.h"
#include "storage/sql.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <signal.h>

namespace crashharness {

namespace {

constexpr int kStartTimeoutMs = 30000;

struct Key
{
    qint64 item = 0;
    int length = 0;
    double ms = 0;
};

// What the typist said before it was killed.
struct Log
{
    QString opening; // "started" or "resumed"
    qint64 interviewId = 0;
    qint64 itemId = 0; // where it began typing
    int notesLength = 0;
    QList<Key> keys;
    // The question it was on when killed: `current`, or, when the last thing it said
    // was that it moves on, `current` or `next`.
    qint64 current = 0;
    qint64 next = 0;
    QStringList malformed;
};

Log parse(const QByteArray &output)
{
    Log log;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // empty, or a line the kill cut short (each line is one write)
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray word = words.first();
        if (words.size() == 4 && (word == "started" || word == "resumed") &&
            log.opening.isEmpty()) {
            log.opening = QString::fromLatin1(word);
            log.interviewId = words.at(1).toLongLong();
            log.itemId = log.current = words.at(2).toLongLong();
            log.notesLength = words.at(3).toInt();
        } else if (words.size() == 4 && word == "key") {
            log.keys.append(
                {words.at(1).toLongLong(), words.at(2).toInt(), words.at(3).toDouble()});
            log.current = log.keys.last().item;
            log.next = 0;
        } else if (words.size() == 4 && word == "move") {
            log.current = words.at(1).toLongLong();
            log.next = words.at(2).toLongLong();
        } else {
            log.malformed.append(QString::fromUtf8(line));
        }
    }
    return log;
}

struct StoredItem
{
    int position = 0;
    QString notes;
};

// Where a reopened interview stands: what the next typist must resume at.
struct Position
{
    qint64 interviewId = 0;
    qint64 itemId = 0;
    int notesLength = 0;
};

class Trial
{
public:
    Trial(const Options &options, Result &result, int number, quint32 textSeed)
        : m_options(options)
        , m_result(result)
        , m_number(number)
        , m_textSeed(textSeed)
    {}

    void problem(const QString &text)
    {
        m_result.problems.append(QStringLiteral("trial %1 (harness seed %2): %3")
                                     .arg(m_number)
                                     .arg(m_result.seed)
                                     .arg(text));
    }

    // Types, kills, checks. Returns where the interview stands after the kill, or
    // nothing when the trial could not be checked.
    std::optional<Position> run(const QString &database, quint32 typistSeed, int typingMs,
                                const std::optional<Position> &expected)
    {
        QProcess typist;
        typist.setProgram(m_options.typist);
        typist.setArguments({QStringLiteral("--database"), database, QStringLiteral("--text-seed"),
                             QString::number(m_textSeed), QStringLiteral("--seed"),
                             QString::number(typistSeed), QStringLiteral("--question-chars"),
                             QString::number(m_options.questionChars), QStringLiteral("--limit"),
                             QString::number(m_options.typistLimitSeconds)});
        typist.start();
        if (!typist.waitForStarted()) {
            problem(
                QStringLiteral("cannot start %1: %2").arg(m_options.typist, typist.errorString()));
            return std::nullopt;
        }
        // Typing starts once it has said where it stands; the clock runs from there.
        QByteArray output;
        QDeadlineTimer startDeadline(kStartTimeoutMs);
        while (!output.contains('\n') && !startDeadline.hasExpired() &&
               typist.state() == QProcess::Running) {
            typist.waitForReadyRead(int(std::max<qint64>(1, startDeadline.remainingTime())));
            output += typist.readAllStandardOutput();
        }
        if (!output.contains('\n')) {
            typist.kill();
            typist.waitForFinished();
            problem(QStringLiteral("the typist did not start typing: %1")
                        .arg(QString::fromUtf8(typist.readAllStandardError()).trimmed()));
            return std::nullopt;
        }
        if (m_options.whileTyping) {
            m_options.whileTyping(database);
            if (typist.state() != QProcess::Running) {
                problem(QStringLiteral("the typist stopped while the other processes ran "
                                       "(exit %1): %2")
                            .arg(typist.exitCode())
                            .arg(QString::fromUtf8(typist.readAllStandardError()).trimmed()));
                return std::nullopt;
            }
        } else if (typist.waitForFinished(typingMs)) {
            problem(QStringLiteral("the typist stopped by itself (exit %1): %2")
                        .arg(typist.exitCode())
                        .arg(QString::fromUtf8(typist.readAllStandardError()).trimmed()));
            return std::nullopt;
        }
        const double killMs = monotonicMs();
        ::kill(pid_t(typist.processId()), SIGKILL);
        typist.waitForFinished(10000);
        output += typist.readAllStandardOutput();
        const QString errors = QString::fromUtf8(typist.readAllStandardError()).trimmed();
        if (typist.exitStatus() != QProcess::CrashExit)
            problem(QStringLiteral("the typist was not killed (exit %1): %2")
                        .arg(typist.exitCode())
                        .arg(errors));

        const Log log = parse(output);
        for (const QString &line : log.malformed)
            problem(QStringLiteral("the typist said \"%1\"").arg(line));
        m_result.keystrokes += log.keys.size();
        if (expected)
            ++m_result.restarts;
        checkOpening(log, expected);
        return check(database, log, killMs);
    }

private:
    // A restarted typist resumes exactly where the last check found the interview.
    void checkOpening(const Log &log, const std::optional<Position> &expected)
    {
        if (!expected) {
            if (log.opening != QLatin1String("started"))
                problem(QStringLiteral("a new database, yet the typist %1").arg(log.opening));
            return;
        }
        if (log.opening != QLatin1String("resumed") || log.interviewId != expected->interviewId ||
            log.itemId != expected->itemId || log.notesLength != expected->notesLength) {
            ++m_result.restartMismatches;
            problem(QStringLiteral("restarted at interview %1, item %2 with %3 characters of "
                                   "notes (%4); the database had interview %5, item %6, %7")
                        .arg(log.interviewId)
                        .arg(log.itemId)
                        .arg(log.notesLength)
                        .arg(log.opening)
                        .arg(expected->interviewId)
                        .arg(expected->itemId)
                        .arg(expected->notesLength));
        }
    }

    std::optional<Position> check(const QString &database, const Log &log, double killMs)
    {
        try {
            // Opened the way the app opens it after the crash.
            Workspace workspace(database);
            QSqlDatabase db = workspace.database().connection();
            const QString integrity =
                sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
            if (integrity != QLatin1String("ok")) {
                ++m_result.integrityFailures;
                problem(QStringLiteral("integrity_check: %1").arg(integrity));
            }

            QHash<qint64, StoredItem> stored;
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT id, position, notes FROM interview_items WHERE interview_id = ?"));
            query.addBindValue(log.interviewId);
            if (!query.exec())
                throw PanelistError(QStringLiteral("cannot read the interview's items"));
            while (query.next())
                stored.insert(query.value(0).toLongLong(),
                              {query.value(1).toInt(), query.value(2).toString()});

            checkKeys(log, stored, killMs);
            return checkReopened(workspace, log, stored);
        } catch (const PanelistError &error) {
            ++m_result.integrityFailures;
            problem(QStringLiteral("the database cannot be opened after the kill: %1")
                        .arg(error.message()));
            return std::nullopt;
        }
    }

    void checkKeys(const Log &log, const QHash<qint64, StoredItem> &stored, double killMs)
    {
        QHash<qint64, bool> prefixOk;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const QString &notes = it->notes;
            const QString typed =
                typedtext::notes(m_textSeed, it->position, std::max(4000, int(notes.size())));
            prefixOk.insert(it.key(), typed.startsWith(notes));
            if (!prefixOk.value(it.key()))
                problem(QStringLiteral("item %1 holds notes that were never typed: \"%2\"")
                            .arg(it.key())
                            .arg(notes.right(80)));
        }
        for (const Key &key : log.keys) {
            const double age = killMs - key.ms;
            if (age <= kDurableWithinMs)
                continue;
            ++m_result.checked;
            const auto item = stored.constFind(key.item);
            if (item == stored.cend()) {
                ++m_result.lost;
                problem(QStringLiteral("item %1 is not in the database").arg(key.item));
            } else if (!prefixOk.value(key.item) || item->notes.size() < key.length) {
                ++m_result.lost;
                problem(QStringLiteral("item %1: a keystroke %2 ms before the kill made its "
                                       "notes %3 characters long; the database has %4")
                            .arg(key.item)
                            .arg(qRound(age))
                            .arg(key.length)
                            .arg(item->notes.size()));
            }
        }
    }

    std::optional<Position> checkReopened(Workspace &workspace, const Log &log,
                                          const QHash<qint64, StoredItem> &stored)
    {
        // The restart the user sees: the desk's writer and live view over the workspace.
        NoteWriter writer(workspace.database().location());
        LiveInterview live(workspace.interviews(), writer);
        const qint64 id = workspace.interviews().liveInterviewId();
        if (id != log.interviewId || !live.load(id) || !live.active() || live.finished()) {
            ++m_result.restartMismatches;
            problem(QStringLiteral("after the restart the live interview is %1, not %2")
                        .arg(id)
                        .arg(log.interviewId));
            return std::nullopt;
        }
        const qint64 current = live.interview().items.at(live.currentIndex()).id;
        if (current != log.current && (log.next == 0 || current != log.next)) {
            ++m_result.restartMismatches;
            problem(QStringLiteral("reopened on item %1; the typist was on item %2%3")
                        .arg(current)
                        .arg(log.current)
                        .arg(log.next ? QStringLiteral(" moving to %1").arg(log.next) : QString()));
        }
        if (live.notes() != stored.value(current).notes) {
            ++m_result.restartMismatches;
            problem(QStringLiteral("reopened item %1 shows other notes than stored").arg(current));
        }
        return Position{id, current, int(live.notes().size())};
    }

    const Options &m_options;
    Result &m_result;
    const int m_number;
    const quint32 m_textSeed;
};

} // namespace

Result run(const Options &options)
{
    Result result;
    result.seed = options.seed ? options.seed : QRandomGenerator::global()->generate() | 1u;
    QRandomGenerator random(result.seed);
    const int perDatabase = std::max(1, options.trialsPerDatabase);
    QString database;
    quint32 textSeed = 0;
    std::optional<Position> position;
    for (int trial = 1; trial <= options.trials; ++trial) {
        // A new database every few trials, or when there is nothing sound to resume.
        if (!position || (trial - 1) % perDatabase == 0) {
            database = QDir(options.folder).filePath(QStringLiteral("crash-%1.sqlite").arg(trial));
            textSeed = random.generate();
            position.reset();
            if (options.prepare)
                options.prepare(database);
        }
        const quint32 typistSeed = random.generate();
        const int typingMs = int(random.bounded(
            options.minTypingMs, std::max(options.minTypingMs, options.maxTypingMs) + 1));
        const int problemsBefore = int(result.problems.size());
        const qint64 checkedBefore = result.checked;
        Trial run(options, result, trial, textSeed);
        position = run.run(database, typistSeed, typingMs, position);
        ++result.trials;
        if (options.progress)
            options.progress(QStringLiteral("crash trial %1 of %2: killed after %3 ms of typing, "
                                            "%4 keystrokes checked, %5")
                                 .arg(trial)
                                 .arg(options.trials)
                                 .arg(typingMs)
                                 .arg(result.checked - checkedBefore)
                                 .arg(result.problems.size() == problemsBefore
                                          ? QStringLiteral("ok")
                                          : result.problems.last()));
    }
    return result;
}

} // namespace crashharness
