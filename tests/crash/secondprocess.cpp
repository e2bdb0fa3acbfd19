#include "secondprocess.h"

#include "domain/errors.h"
#include "formats/bankjson.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <optional>
#include <sys/stat.h>
#include <thread>

namespace secondprocess {

namespace {

constexpr int kQuestionsPerImport = 300;
constexpr int kCommandTimeoutMs = 120000;
const QString kCandidate = QStringLiteral("Sample Candidate");

// Stats the -wal file every millisecond and counts the times it vanished or was
// replaced by another file: what a second process does when it wrongly believes it is
// the database's last user.
class WalWatcher
{
public:
    explicit WalWatcher(const QString &database)
        : m_path(QFile::encodeName(database + QStringLiteral("-wal")))
    {
        struct stat info
        {
        };
        m_present = ::stat(m_path.constData(), &info) == 0;
        m_inode = m_present ? info.st_ino : 0;
        m_thread = std::thread([this] { watch(); });
    }
    ~WalWatcher() { stop(); }

    // Returns how often the log went away or was replaced.
    int stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
        return m_changes;
    }
    bool presentAtStart() const { return m_inode != 0; }

private:
    void watch()
    {
        while (m_running) {
            struct stat info
            {
            };
            const bool present = ::stat(m_path.constData(), &info) == 0;
            if ((m_present && !present) || (present && m_inode != 0 && info.st_ino != m_inode))
                ++m_changes;
            if (present)
                m_inode = info.st_ino;
            m_present = present;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }

    const QByteArray m_path;
    std::thread m_thread;
    std::atomic<bool> m_running{true};
    std::atomic<int> m_changes{0};
    bool m_present = false;
    ino_t m_inode = 0;
};

QString questionUuid(quint32 databaseTag, int round, int n)
{
    return QStringLiteral("5ec0d000-%1-4%2-8000-%3")
        .arg(databaseTag & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(round, 3, 16, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

QString uuidPrefix(quint32 databaseTag)
{
    return QStringLiteral("5ec0d000-%1-").arg(databaseTag & 0xffff, 4, 16, QLatin1Char('0'));
}

QByteArray importFile(quint32 databaseTag, int round)
{
    BankDocument document;
    document.categories.append({0, QStringLiteral("Second process"), 0});
    for (int n = 0; n < kQuestionsPerImport; ++n) {
        Question q;
        q.uuid = questionUuid(databaseTag, round, n);
        q.title = QStringLiteral("Imported while the window was open %1.%2").arg(round).arg(n);
        q.prompt = QStringLiteral("Round %1, question %2: what happens?").arg(round).arg(n);
        q.category = QStringLiteral("Second process");
        q.level = vocabulary::Level::Middle;
        q.kind = vocabulary::Kind::Technical;
        q.minutes = 5;
        q.criteria = {QStringLiteral("Says what happens")};
        document.questions.append(q);
    }
    return bankjson::write(document);
}

class Rounds
{
public:
    Rounds(const Options &options, Result &result, quint32 databaseTag)
        : m_options(options)
        , m_result(result)
        , m_tag(databaseTag)
    {}

    void problem(const QString &text)
    {
        m_result.problems.append(QStringLiteral("database %1 (seed %2): %3")
                                     .arg(m_tag & 0xffff, 4, 16, QLatin1Char('0'))
                                     .arg(m_options.seed)
                                     .arg(text));
    }

    // Runs `panelist --database DB ARGS`; returns its stdout, or nothing on failure.
    std::optional<QByteArray> panelist(const QString &database, const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(m_options.panelist);
        process.setArguments(QStringList{QStringLiteral("--database"), database} + arguments);
        process.start();
        ++m_result.commands;
        if (!process.waitForFinished(kCommandTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            ++m_result.failedCommands;
            problem(QStringLiteral("panelist %1 did not finish").arg(arguments.join(' ')));
            return std::nullopt;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            ++m_result.failedCommands;
            problem(QStringLiteral("panelist %1 failed (exit %2): %3")
                        .arg(arguments.join(' '))
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
            return std::nullopt;
        }
        return process.readAllStandardOutput();
    }

    void run(const QString &database)
    {
        WalWatcher watcher(database);
        if (!watcher.presentAtStart())
            problem(QStringLiteral("the writer runs, yet %1-wal does not exist").arg(database));
        const QDir folder = QFileInfo(database).dir();
        for (int round = 0; round < m_options.rounds; ++round) {
            oneRound(database, folder, round);
            ++m_result.rounds;
        }
        const int changes = watcher.stop();
        if (changes > 0) {
            m_result.walRemovals += changes;
            problem(QStringLiteral("the -wal file went away or was replaced %1 times while the "
                                   "writer held the database")
                        .arg(changes));
        }
    }

    // With the writer gone: what the second processes did is all there, and only that.
    void checkAfterwards(const QString &database)
    {
        try {
            for (const char *when : {"after the writer was killed", "after one more open"}) {
                Database db(database);
                const int imported =
                    sql::scalar(db.connection(),
                                QStringLiteral("SELECT count(*) FROM questions WHERE uuid LIKE ?"),
                                {QString(uuidPrefix(m_tag) + QLatin1Char('%'))})
                        .toInt();
                const int expected = m_options.rounds * kQuestionsPerImport;
                if (imported != expected) {
                    m_result.missingQuestions += expected - imported;
                    problem(QStringLiteral("%1 of %2 imported questions in the database %3")
                                .arg(imported)
                                .arg(expected)
                                .arg(QLatin1String(when)));
                }
                const int removed =
                    sql::scalar(
                        db.connection(),
                        QStringLiteral("SELECT count(*) FROM interviews WHERE candidate = ?"),
                        {QVariant(kCandidate)})
                        .toInt();
                if (removed != 0) {
                    m_result.resurrected += removed;
                    problem(QStringLiteral("%1 removed interviews of %2 are back %3")
                                .arg(removed)
                                .arg(kCandidate, QLatin1String(when)));
                }
            }
        } catch (const PanelistError &error) {
            problem(QStringLiteral("cannot open the database afterwards: %1").arg(error.message()));
        }
    }

private:
    void oneRound(const QString &database, const QDir &folder, int round)
    {
        panelist(database, {QStringLiteral("demo")});
        qint64 id = 0;
        if (const auto listed =
                panelist(database, {QStringLiteral("interview"), QStringLiteral("list"),
                                    QStringLiteral("--json")})) {
            const QJsonArray interviews = QJsonDocument::fromJson(*listed).array();
            for (const QJsonValue &interview : interviews) {
                if (interview[QStringLiteral("candidate")].toString() == kCandidate) {
                    id = interview[QStringLiteral("id")].toInteger();
                    break; // newest first
                }
            }
            if (id == 0)
                problem(QStringLiteral("round %1: interview list shows no %2")
                            .arg(round)
                            .arg(kCandidate));
        }
        if (id != 0) {
            const QString pdf = folder.filePath(QStringLiteral("round-%1.pdf").arg(round));
            panelist(database, {QStringLiteral("interview"), QStringLiteral("export-pdf"),
                                QString::number(id), pdf});
            QFile::remove(pdf);
        }
        const QString bank = folder.filePath(QStringLiteral("round-%1.json").arg(round));
        QFile file(bank);
        if (!file.open(QIODevice::WriteOnly) || file.write(importFile(m_tag, round)) < 0) {
            problem(QStringLiteral("cannot write %1").arg(bank));
            return;
        }
        file.close();
        panelist(database, {QStringLiteral("bank"), QStringLiteral("import"), bank});
        panelist(database,
                 {QStringLiteral("interview"), QStringLiteral("delete-candidate"), kCandidate});
        if (m_options.progress)
            m_options.progress(QStringLiteral("second process round %1 of %2: %3 problems so far")
                                   .arg(round + 1)
                                   .arg(m_options.rounds)
                                   .arg(m_result.problems.size()));
    }

    const Options &m_options;
    Result &m_result;
    const quint32 m_tag;
};

} // namespace

Result run(const Options &givenOptions)
{
    Options options = givenOptions;
    if (options.seed == 0)
        options.seed = QRandomGenerator::global()->generate() | 1u;
    QRandomGenerator random(options.seed);
    Result result;
    for (int n = 0; n < options.databases; ++n) {
        const quint32 tag = random.generate();
        const QString folder =
            QDir(options.folder).filePath(QStringLiteral("second-process-%1").arg(n + 1));
        QDir().mkpath(folder);
        Rounds rounds(options, result, tag);

        crashharness::Options writer;
        writer.typist = options.typist;
        writer.folder = folder;
        writer.trials = 1;
        writer.trialsPerDatabase = 1;
        writer.questionChars = 30;
        writer.seed = random.generate() | 1u;
        writer.typistLimitSeconds = 600 + options.rounds * 30;
        writer.prepare = [&rounds](const QString &database) {
            rounds.panelist(database, {QStringLiteral("interview"), QStringLiteral("list")});
        };
        writer.whileTyping = [&rounds](const QString &database) {
            rounds.run(database);
        };
        const Result before = result;
        const crashharness::Result checked = crashharness::run(writer);
        rounds.checkAfterwards(QDir(folder).filePath(QStringLiteral("crash-1.sqlite")));

        result.writer.trials += checked.trials;
        result.writer.keystrokes += checked.keystrokes;
        result.writer.checked += checked.checked;
        result.writer.lost += checked.lost;
        result.writer.integrityFailures += checked.integrityFailures;
        result.writer.restartMismatches += checked.restartMismatches;
        result.writer.problems += checked.problems;
        // A command that failed is a problem; a database that lost or changed data, or
        // whose log was pulled away under its writer, is a corruption.
        if (checked.integrityFailures > 0 || checked.lost > 0 ||
            result.walRemovals != before.walRemovals ||
            result.missingQuestions != before.missingQuestions ||
            result.resurrected != before.resurrected)
            ++result.corruptions;
    }
    return result;
}

} // namespace secondprocess
