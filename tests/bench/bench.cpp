// panelist-bench: prints the product's performance figures, one "name: value unit" line
// each, on stdout; progress goes to stderr. See --help for the options.

#include "bankgenerator.h"
#include "crashharness.h"
#include "monotonic.h"
#include "secondprocess.h"
#include "teambench.h"
#include "typedtext.h"
#include "workspace.h"

#include "bank/questionlistmodel.h"
#include "domain/errors.h"
#include "formats/debriefpdf.h"
#include "formats/interviewpdf.h"
#include "interviews/candidatelistmodel.h"
#include "interviews/interviewdesk.h"
#include "interviews/liveinterview.h"
#include "storage/bankrepository.h"
#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/notewriter.h"
#include "storage/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <vector>

namespace {

struct Options
{
    int questions = 100000;
    int runs = 5;         // start-ups measured per window kind
    int repetitions = 10; // timed runs of each search query, after one warm-up
    bool frames = true;
    bool search = true;
    QString bank; // where to keep the generated bank; empty: a temporary folder
    bool notes = true;
    int notesChars = 3000; // typed into one question at a person's pace
    bool crash = true;
    int crashTrials = 50;
    bool secondProcess = true;
    int secondProcessRounds = 100; // 20 per database
    bool team = false;             // --team: the sync figures alone (a server of its own)
    bool quick = false;
};

void figure(const QString &name, const QString &value, const QString &unit)
{
    static QTextStream out(stdout);
    out << name << QStringLiteral(": ") << value << QLatin1Char(' ') << unit << Qt::endl;
}

void progress(const QString &text)
{
    QTextStream(stderr) << QStringLiteral("panelist-bench: ") << text << Qt::endl;
}

// Two significant digits (0.41, 3.2, 12, 150): more would only show noise.
QString twoDigits(double value)
{
    if (value <= 0)
        return QStringLiteral("0");
    const int decimals = std::max(0, 1 - int(std::floor(std::log10(value))));
    return QString::number(value, 'f', decimals);
}

// Nearest-rank percentile, so every figure is a latency that was actually measured.
double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<std::size_t>(rank, 1, values.size()) - 1);
}

QString countLabel(int count)
{
    return count % 1000 == 0 ? QString::number(count / 1000) + QLatin1Char('k')
                             : QString::number(count);
}

// ---- First frame -------------------------------------------------------------------

constexpr int kFrameTimeoutMs = 60000;

// Qt's scene graph writes this line for every frame, right after presenting it
// (backing-store flush or swap, then frameSwapped). Watching for it measures the
// shipped binary itself, unmodified, from the outside.
const QByteArray kFrameMarker = QByteArrayLiteral("Frame rendered with");
// When the database cannot be used the app says so on stderr and still shows a window
// (StartupError.qml); that frame is not the one being measured.
const QByteArray kStartupErrorMarker = QByteArrayLiteral("\npanelist: ");

QProcessEnvironment childEnvironment(const QString &configFolder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QString rules = environment.value(QStringLiteral("QT_LOGGING_RULES"));
    if (!rules.isEmpty())
        rules += QLatin1Char(';');
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       rules + QStringLiteral("qt.scenegraph.time.renderloop=true"));
    // Without a terminal Qt may log to journald; the marker must reach our pipe.
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    // The app keeps window size and theme in its settings: leave the user's alone.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configFolder);
    return environment;
}

// Wall time from launching the process to its first presented frame: it includes
// loading Qt, the QML engine and the app's own start-up. Throws PanelistError.
double firstFrameMs(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment,
                    const std::function<void(QProcess &)> &atFirstFrame = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError);

    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray log = "\n"; // so that a marker may also match the first line
    double result = -1;
    while (result < 0 && timer.elapsed() < kFrameTimeoutMs &&
           process.waitForReadyRead(int(kFrameTimeoutMs - timer.elapsed()))) {
        log += process.readAllStandardError();
        if (log.contains(kStartupErrorMarker))
            break;
        if (log.contains(kFrameMarker))
            result = double(timer.nsecsElapsed()) / 1e6;
    }
    if (result >= 0 && atFirstFrame)
        atFirstFrame(process);
    process.kill();
    process.waitForFinished();
    if (result < 0) {
        throw PanelistError(
            QStringLiteral("No first frame from %1 within %2 s (%3). Its output:\n%4")
                .arg(program)
                .arg(kFrameTimeoutMs / 1000)
                .arg(process.errorString(),
                     QString::fromLocal8Bit(log + process.readAllStandardError()).trimmed()));
    }
    return result;
}

double median(const std::vector<double> &values)
{
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

void benchFirstFrame(const Options &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw PanelistError(QStringLiteral("Cannot create a temporary folder."));
    const QProcessEnvironment environment =
        childEnvironment(folder.filePath(QStringLiteral("config")));
    const QString app = QStringLiteral(PANELIST_BINARY);
    const QString empty = QStringLiteral(PANELIST_EMPTY_WINDOW);
    const QString warmDatabase = folder.filePath(QStringLiteral("warm.sqlite"));
    auto appArguments = [](const QString &database) {
        return QStringList{QStringLiteral("--database"), database};
    };

    // One unmeasured start of each, so the first measured run does not pay for a cold
    // disk cache; it also creates the database of the warm runs.
    progress(QStringLiteral("starting the windows once to warm the caches"));
    firstFrameMs(empty, {}, environment);
    firstFrameMs(app, appArguments(folder.filePath(QStringLiteral("fresh-warmup.sqlite"))),
                 environment);
    firstFrameMs(app, appArguments(warmDatabase), environment);

    // Interleaved, so a slow spell of the machine affects all three alike.
    std::vector<double> emptyTimes, freshTimes, warmTimes;
    for (int run = 0; run < options.runs; ++run) {
        progress(QStringLiteral("first frame, run %1 of %2").arg(run + 1).arg(options.runs));
        emptyTimes.push_back(firstFrameMs(empty, {}, environment));
        const QString fresh = folder.filePath(QStringLiteral("fresh-%1.sqlite").arg(run));
        freshTimes.push_back(firstFrameMs(app, appArguments(fresh), environment));
        warmTimes.push_back(firstFrameMs(app, appArguments(warmDatabase), environment));
    }
    // The everyday start opens a database that already holds the shipped bank; the
    // first start ever also installs it, and is reported on its own line.
    const double appMs = median(warmTimes);
    const double emptyMs = median(emptyTimes);
    figure(QStringLiteral("first-frame app"), QString::number(appMs, 'f', 0), QStringLiteral("ms"));
    figure(QStringLiteral("first-frame app first run"), QString::number(median(freshTimes), 'f', 0),
           QStringLiteral("ms"));
    figure(QStringLiteral("first-frame empty"), QString::number(emptyMs, 'f', 0),
           QStringLiteral("ms"));
    figure(QStringLiteral("first-frame ratio"), QString::number(appMs / emptyMs, 'f', 1),
           QStringLiteral("x"));
}

// ---- Search --------------------------------------------------------------------------

// What people type: whole common words, the first letters of a word (every keystroke
// of the search field is a query), several words, and pasted code.
const char *const kQueries[] = {
    "python",
    "memory",
    "thread",
    "decorator",
    "function",
    "a",
    "de",
    "gen",
    "py",
    "asy",
    "memory leak",
    "async queue",
    "garbage collector cycle",
    "context manager",
    "thread pool executor",
    "__slots__",
    "asyncio.Queue",
    "type()",
    "gil",
    "metaclass",
};

constexpr int kSearchLimit = 100; // one page of the question list (QuestionListModel)

double fileSizeMb(const QString &path)
{
    // SI megabytes; the -wal file counts too if a checkpoint left one behind.
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return double(bytes) / 1e6;
}

// Resident memory of a running process, from /proc (Linux), in MB.
double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

// Keystroke to updated list: the search field sets the list model's query on every
// key; the model has changed when setQuery returns (it resets synchronously).
void benchTyping(BankRepository &repository, const QString &count)
{
    const char *const typed[] = {"memory leaks", "asyncio.Queu", "garbage coll", "decorator wr",
                                 "thread pools"};
    QuestionListModel model(repository);
    std::vector<double> times;
    for (int round = 0; round < 3; ++round) {
        for (const char *text : typed) {
            const QString query = QString::fromUtf8(text);
            for (int length = 1; length <= query.size(); ++length) {
                bool changed = false;
                const QMetaObject::Connection watch = QObject::connect(
                    &model, &QAbstractItemModel::modelReset, [&changed] { changed = true; });
                QElapsedTimer timer;
                timer.start();
                model.setQuery(query.left(length));
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                QObject::disconnect(watch);
                if (changed && round > 0) // the first round warms the caches
                    times.push_back(ms);
            }
            model.setQuery({});
        }
    }
    figure(QStringLiteral("keystroke p50 ") + count, twoDigits(percentile(times, 0.50)),
           QStringLiteral("ms"));
    figure(QStringLiteral("keystroke p95 ") + count, twoDigits(percentile(times, 0.95)),
           QStringLiteral("ms"));
}

// The real app with the bank open: resident memory once its window is up and the
// filter counts are in.
void benchMemory(const QString &database, const QString &count)
{
    QTemporaryDir config;
    double rss = -1;
    firstFrameMs(QStringLiteral(PANELIST_BINARY), {QStringLiteral("--database"), database},
                 childEnvironment(config.path()), [&rss](QProcess &process) {
                     QThread::msleep(1500);
                     rss = residentMb(process.processId());
                 });
    figure(QStringLiteral("memory ") + count, QString::number(rss, 'f', 0), QStringLiteral("MB"));
}

// The whole bank read into memory with every question's tags, follow-ups and criteria:
// what a bank export, a plan export and the shipped-bank upgrade start with. The median
// of three reads after one warm-up.
void benchBankLoad(const BankRepository &repository, const QString &count)
{
    qsizetype loaded = repository.allQuestions().size(); // warm-up
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        loaded = repository.allQuestions().size();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    progress(QStringLiteral("loaded %1 questions").arg(loaded));
    figure(QStringLiteral("bank load ") + count, twoDigits(median(times)), QStringLiteral("ms"));
}

void benchSearch(const Options &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw PanelistError(QStringLiteral("Cannot create a temporary folder."));
    // --bank PATH keeps the generated bank there and reuses it on the next run.
    const QString path =
        options.bank.isEmpty() ? folder.filePath(QStringLiteral("bench.sqlite")) : options.bank;
    const QString count = countLabel(options.questions);

    if (!QFileInfo::exists(path)) {
        progress(QStringLiteral("generating %1 questions").arg(options.questions));
        bankgenerator::Bank bank = bankgenerator::generate(options.questions);
        progress(QStringLiteral("importing them"));
        Database database(path);
        BankRepository repository(database);
        QElapsedTimer timer;
        timer.start();
        repository.importQuestions(bank.categories, bank.questions);
        figure(QStringLiteral("bank generate ") + count,
               QString::number(double(timer.elapsed()) / 1000, 'f', 1), QStringLiteral("s"));
    } // Closing the last connection checkpoints the WAL into the file.
    figure(QStringLiteral("database size ") + count, QString::number(fileSizeMb(path), 'f', 0),
           QStringLiteral("MB"));

    // Reopened the way the app opens it at start-up.
    Database database(path);
    BankRepository repository(database);
    benchBankLoad(repository, count);
    std::vector<double> all;
    QList<QPair<QString, double>> perQuery;
    for (const char *text : kQueries) {
        searchindex::Request request;
        request.text = QString::fromUtf8(text);
        request.limit = kSearchLimit;
        const int hits = int(repository.search(request).size()); // warm-up
        std::vector<double> times;
        for (int i = 0; i < options.repetitions; ++i) {
            QElapsedTimer timer;
            timer.start();
            repository.search(request);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        all.insert(all.end(), times.begin(), times.end());
        perQuery.append({request.text, percentile(times, 0.95)});
        progress(QStringLiteral("query \"%1\": %2 hits, p95 %3 ms")
                     .arg(request.text)
                     .arg(hits)
                     .arg(twoDigits(perQuery.last().second)));
    }
    figure(QStringLiteral("search p50"), twoDigits(percentile(all, 0.50)), QStringLiteral("ms"));
    figure(QStringLiteral("search p95"), twoDigits(percentile(all, 0.95)), QStringLiteral("ms"));
    double worst = 0;
    for (const auto &[text, p95] : perQuery)
        worst = std::max(worst, p95);
    figure(QStringLiteral("search worst"), twoDigits(worst), QStringLiteral("ms"));
    benchTyping(repository, count);
    benchMemory(path, count);
    // Which queries to look at when the p95 is over target.
    for (const auto &[text, p95] : perQuery)
        figure(QStringLiteral("search p95 \"") + text + QLatin1Char('"'), twoDigits(p95),
               QStringLiteral("ms"));
}

// ---- Notes ---------------------------------------------------------------------------

// A person's pace: 40–180 ms between keys.
constexpr int kMinGapMs = 40;
constexpr int kMaxGapMs = 180;

// Types one long note into the first question of a live interview, key by key, through
// the desk the app builds. Per key: the time the UI thread spends in setNotes (which
// hands the text to NoteWriter) plus the events that follow it; and the time until
// NoteWriter reports the commit that holds that key.
void benchNotes(const Options &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw PanelistError(QStringLiteral("Cannot create a temporary folder."));
    Workspace workspace(folder.filePath(QStringLiteral("notes.sqlite")));
    InterviewDesk desk(workspace.interviews(), workspace.plans(), workspace.bank(),
                       workspace.settings(), workspace.database().location());
    const QList<PlanSummary> plans = workspace.plans().plans();
    if (plans.isEmpty() || desk.start(int(plans.first().id), QStringLiteral("Bench Candidate"), {},
                                      QStringLiteral("Bench"), {}) <= 0)
        throw PanelistError(QStringLiteral("Cannot start an interview: %1").arg(desk.error()));
    LiveInterview &live = *desk.live();
    NoteWriter &writer = desk.noteWriter();

    const int keys = options.notesChars;
    const QString text = typedtext::notes(7, 0, keys);
    // Key k (1-based) is the k-th text handed over, so its sequence number is base + k.
    const qint64 base = writer.durableSequence();
    std::vector<double> sentAt(std::size_t(keys) + 1, 0);
    std::vector<double> durableAt(std::size_t(keys) + 1, -1);
    std::atomic<qint64> recorded{base};
    // Direct: stamped on the writer's thread the moment the commit is done, not when
    // the UI thread gets round to the queued signal.
    const QMetaObject::Connection watch = QObject::connect(
        &writer, &NoteWriter::written, &writer,
        [&](qint64 upTo) {
            const double now = monotonicMs();
            for (qint64 s = recorded.load() + 1; s <= std::min<qint64>(upTo, base + keys); ++s)
                durableAt[std::size_t(s - base)] = now;
            recorded = std::max(recorded.load(), upTo);
        },
        Qt::DirectConnection);

    QRandomGenerator random(11);
    std::vector<double> uiTimes;
    uiTimes.reserve(std::size_t(keys));
    progress(QStringLiteral("typing %1 characters of notes at 40–180 ms a key").arg(keys));
    for (int k = 1; k <= keys; ++k) {
        const QString typed = text.left(k); // the editor's work, not ours
        QElapsedTimer timer;
        timer.start();
        sentAt[std::size_t(k)] = monotonicMs();
        live.setNotes(typed);
        QCoreApplication::processEvents();
        uiTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Between keys the event loop runs as it does in the app.
        QEventLoop pause;
        QTimer::singleShot(int(random.bounded(kMinGapMs, kMaxGapMs + 1)), &pause,
                           &QEventLoop::quit);
        pause.exec();
    }
    if (!writer.flush(10000))
        throw PanelistError(QStringLiteral("The notes did not reach the disk."));
    QDeadlineTimer deadline(5000);
    while (recorded.load() < base + keys && !deadline.hasExpired())
        QThread::msleep(1);
    QObject::disconnect(watch);
    std::vector<double> durable;
    for (int k = 1; k <= keys; ++k) {
        if (durableAt[std::size_t(k)] < 0)
            throw PanelistError(QStringLiteral("Keystroke %1 was never reported durable.").arg(k));
        durable.push_back(durableAt[std::size_t(k)] - sentAt[std::size_t(k)]);
    }
    if (workspace.interviews().interview(live.interviewId())->items.first().notes != text)
        throw PanelistError(QStringLiteral("The stored notes differ from the typed ones."));

    figure(QStringLiteral("notes keystroke ui p50"), twoDigits(percentile(uiTimes, 0.50)),
           QStringLiteral("ms"));
    figure(QStringLiteral("notes keystroke ui p99"), twoDigits(percentile(uiTimes, 0.99)),
           QStringLiteral("ms"));
    figure(QStringLiteral("notes keystroke ui max"), twoDigits(percentile(uiTimes, 1.0)),
           QStringLiteral("ms"));
    figure(QStringLiteral("notes durable p50"), twoDigits(percentile(durable, 0.50)),
           QStringLiteral("ms"));
    figure(QStringLiteral("notes durable p95"), twoDigits(percentile(durable, 0.95)),
           QStringLiteral("ms"));
    figure(QStringLiteral("notes durable max"), twoDigits(percentile(durable, 1.0)),
           QStringLiteral("ms"));
}

// ---- Crash ---------------------------------------------------------------------------

// The crash harness of tst_crash, at length: the typist killed with SIGKILL after 1–4 s
// of typing, restarted on the same database up to 5 times. Throws PanelistError when
// anything typed 500 ms before a kill was lost, or the database was damaged.
void benchCrash(const Options &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw PanelistError(QStringLiteral("Cannot create a temporary folder."));
    crashharness::Options crash;
    crash.typist = QStringLiteral(PANELIST_TYPIST);
    crash.folder = folder.path();
    crash.trials = options.crashTrials;
    crash.trialsPerDatabase = 5;
    crash.progress = progress;
    const crashharness::Result result = crashharness::run(crash);
    figure(QStringLiteral("crash trials"), QString::number(result.trials), QStringLiteral("count"));
    figure(QStringLiteral("crash restarts"), QString::number(result.restarts),
           QStringLiteral("count"));
    figure(QStringLiteral("crash keystrokes checked"), QString::number(result.checked),
           QStringLiteral("count"));
    figure(QStringLiteral("crash keystrokes lost"), QString::number(result.lost),
           QStringLiteral("count"));
    figure(QStringLiteral("crash integrity failures"), QString::number(result.integrityFailures),
           QStringLiteral("count"));
    figure(QStringLiteral("crash restart mismatches"), QString::number(result.restartMismatches),
           QStringLiteral("count"));
    if (!result.ok())
        throw PanelistError(result.problems.join(QLatin1Char('\n')));
}

// tst_secondprocess at length: real second panelist processes (interview list, bank
// import, export-pdf, demo, delete-candidate) against databases a live typist holds
// open, 20 rounds per database. Throws PanelistError when anything was lost or damaged.
void benchSecondProcess(const Options &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw PanelistError(QStringLiteral("Cannot create a temporary folder."));
    secondprocess::Options second;
    second.panelist = QStringLiteral(PANELIST_BINARY);
    second.typist = QStringLiteral(PANELIST_TYPIST);
    second.folder = folder.path();
    second.rounds = std::min(20, options.secondProcessRounds);
    second.databases = (options.secondProcessRounds + second.rounds - 1) / second.rounds;
    second.progress = progress;
    const secondprocess::Result result = secondprocess::run(second);
    figure(QStringLiteral("second process trials"), QString::number(result.rounds),
           QStringLiteral("count"));
    figure(QStringLiteral("second process commands"), QString::number(result.commands),
           QStringLiteral("count"));
    figure(QStringLiteral("second process corruptions"), QString::number(result.corruptions),
           QStringLiteral("count"));
    if (!result.ok())
        throw PanelistError((result.problems + result.writer.problems).join(QLatin1Char('\n')));
}

// The PDF summary of a finished interview: `questions` questions, 5 KB of notes each.
Interview pdfInterview(int questions)
{
    Interview interview;
    interview.candidate = QStringLiteral("Benchmark Candidate");
    interview.role = QStringLiteral("Senior Python developer");
    interview.interviewer = QStringLiteral("Bench Interviewer");
    interview.planName = QStringLiteral("Benchmark plan");
    interview.endedAt = QDateTime::currentDateTime();
    interview.startedAt = interview.endedAt.addSecs(-questions * 300);
    interview.status = vocabulary::InterviewStatus::Finished;
    interview.recommendation = vocabulary::Recommendation::Yes;
    interview.summary = QStringLiteral("Solid across the board; testing strategy was thinner.");
    for (int i = 0; i < questions; ++i) {
        InterviewItem item;
        item.title =
            QStringLiteral("Question %1: generators, iterators and lazy pipelines").arg(i + 1);
        item.category = QStringLiteral("Category %1").arg(i % 6 + 1);
        item.level = vocabulary::Level::Senior;
        item.anchorJunior = item.anchorMiddle = item.anchorSenior =
            QStringLiteral("Relates the mechanism to production trade-offs.");
        item.state = vocabulary::ItemState::Done;
        item.secondsSpent = 280 + i;
        item.score = 1 + i % 4;
        item.flagStrong = i % 5 == 0;
        for (int c = 0; c < 4; ++c)
            item.criteria.append(
                {QStringLiteral("Observable signal number %1").arg(c + 1), c % 2 == 0});
        item.followUps.append({QStringLiteral("What happens on close()?"), false, true});
        item.followUps.append({QStringLiteral("An ad-hoc follow-up"), true, true});
        for (int line = 0; item.notes.size() < 5000; ++line)
            item.notes +=
                QStringLiteral("[%1:%2] The candidate explained send(), throw() and close() on "
                               "a generator and where they are used.\n")
                    .arg(i * 5 + line / 60, 2, 10, QLatin1Char('0'))
                    .arg(line % 60, 2, 10, QLatin1Char('0'));
        interview.items.append(item);
    }
    return interview;
}

void benchPdf(const Options &)
{
    QTemporaryDir dir;
    for (int questions : {30, 1}) {
        const Interview interview = pdfInterview(questions);
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        interviewpdf::write(interview, path); // warm-up: fonts loaded once per process
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            interviewpdf::write(interview, path);
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        figure(questions == 1 ? QStringLiteral("pdf export 1 question")
                              : QStringLiteral("pdf export %1 questions").arg(questions),
               twoDigits(median(times)), QStringLiteral("ms"));
    }
}

// A full panel: 5 scorecards rating the most competencies a plan names (limits: 6), each
// rating with 4 questions of evidence, and a paragraph of takeaways, pros and cons.
Debrief pdfDebrief(int scorecards)
{
    Debrief debrief;
    debrief.candidate.id = 1;
    debrief.candidate.name = QStringLiteral("Grace Hopper");
    debrief.candidate.role = QStringLiteral("Senior backend engineer");
    const QStringList competencies = {
        QStringLiteral("Python depth"),  QStringLiteral("Concurrency"),
        QStringLiteral("Design"),        QStringLiteral("Testing & quality"),
        QStringLiteral("Communication"), QStringLiteral("Ownership")};
    const QString paragraph = QStringLiteral(
        "Explained the trade-offs of the cache clearly and tied them to production incidents "
        "she had handled; asked good questions about the load profile before designing. ");
    for (int who = 0; who < scorecards; ++who) {
        DebriefScorecard card;
        card.interviewId = who + 1;
        card.interviewer = QStringLiteral("Interviewer %1").arg(who + 1);
        card.planName = QStringLiteral("Backend loop");
        card.endedAt = QDateTime(QDate(2026, 11, 20), QTime(10 + who, 0), Qt::UTC);
        card.recommendation = vocabulary::recommendations().at(who % 4);
        card.takeaways = paragraph.repeated(3);
        card.pros = paragraph.repeated(2);
        card.cons = paragraph;
        QList<debrief::NamedRating> ratings;
        for (int c = 0; c < competencies.size(); ++c) {
            DebriefRating rating;
            rating.rating = 1 + (who + c) % 4;
            for (int q = 0; q < 4; ++q)
                rating.evidence.append(
                    {QStringLiteral("Question %1 on %2").arg(q + 1).arg(competencies.at(c)),
                     1 + (who + q) % 4});
            ratings.append({competencies.at(c), rating});
        }
        debrief::addScorecard(debrief, card, ratings);
    }
    CandidateDecision decision;
    decision.decision = vocabulary::Decision::Advance;
    decision.reason = paragraph;
    decision.decidedBy = QStringLiteral("Lead");
    decision.decidedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    debrief.decisions = {decision};
    return debrief;
}

// The debrief packet of a panel of 5, written to a file (target: 500 ms).
void benchDebriefPdf(const Options &)
{
    QTemporaryDir dir;
    const Debrief debrief = pdfDebrief(5);
    const QString path = dir.filePath(QStringLiteral("packet.pdf"));
    debriefpdf::write(debrief, path); // warm-up: fonts loaded once per process
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        debriefpdf::write(debrief, path);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    figure(QStringLiteral("debrief pdf 5 scorecards"), twoDigits(median(times)),
           QStringLiteral("ms"));
}

// The Candidates page over 10,000 candidates and 40,000 interviews (--quick: a tenth):
// opening it (the list read and its first batch) and each keystroke of a search (the
// model filters the rows in memory and resets synchronously).
void benchCandidates(const Options &options)
{
    const int candidates = options.quick ? 1000 : 10000;
    QTemporaryDir dir;
    if (!dir.isValid())
        throw PanelistError(QStringLiteral("no temporary folder for the candidates figures"));
    Database database(dir.filePath(QStringLiteral("candidates.sqlite")));
    QSqlDatabase db = database.connection();
    progress(QStringLiteral("candidates: writing %1 candidates, %2 interviews")
                 .arg(candidates)
                 .arg(candidates * 4));
    const QStringList first = {"Anna", "Bo",    "Chidi", "Dana", "Émile", "Farah", "Gus", "Hana",
                               "Ivan", "Jonas", "Kemal", "Lena", "Mei",   "Noor",  "Olu", "Priya"};
    const QStringList last = {"Müller", "Chen",  "Okafor", "Berg",   "Ortega",   "Lin",   "Raman",
                              "Novak",  "Silva", "Tanaka", "Haddad", "Kowalski", "Dubois"};
    const QStringList roles = {"Backend", "Frontend", "Data engineer", "SRE", "Mobile"};
    db.transaction();
    for (int n = 0; n < candidates; ++n) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(first.at(n % first.size()), last.at((n / 7) % last.size()))
                                 .arg(n);
        const QString role = roles.at(n % roles.size());
        const qint64 id =
            sql::exec(db,
                      QStringLiteral("INSERT INTO candidates (uuid, name, email, role, status, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, 'active', "
                                     "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                      {QStringLiteral("c-%1").arg(n), name,
                       QStringLiteral("person%1@example.com").arg(n), role})
                .lastInsertId()
                .toLongLong();
        for (int i = 0; i < 4; ++i)
            sql::exec(db,
                      QStringLiteral("INSERT INTO interviews (uuid, candidate, role, status, "
                                     "started_at, created_at, updated_at, candidate_id) VALUES "
                                     "(?, ?, ?, ?, '2026-01-02T10:00:00Z', "
                                     "'2026-01-02T10:00:00Z', '2026-01-02T11:00:00Z', ?)"),
                      {QStringLiteral("i-%1-%2").arg(n).arg(i), name, role,
                       i < 3 ? QStringLiteral("finished") : QStringLiteral("live"), id});
    }
    db.commit();
    CandidateRepository repository(database);
    std::vector<double> opens;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        CandidateListModel model(repository);
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    CandidateListModel model(repository);
    std::vector<double> keys;
    const char *const typed[] = {"anna müller", "chidi okafor 12", "backend", "emile",
                                 "person42@example"};
    for (int round = 0; round < 3; ++round) {
        for (const char *text : typed) {
            const QString query = QString::fromUtf8(text);
            for (int length = 1; length <= query.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                model.setSearch(query.left(length));
                if (round > 0)
                    keys.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            model.setSearch({});
        }
    }
    const QString count = QStringLiteral("%1k").arg(candidates / 1000);
    figure(QStringLiteral("candidate list open ") + count, twoDigits(median(opens)),
           QStringLiteral("ms"));
    figure(QStringLiteral("candidate list keystroke p95 ") + count,
           twoDigits(percentile(keys, 0.95)), QStringLiteral("ms"));
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints Panelist's performance figures: first frame of the app against an empty "
        "window, search latency over a generated bank, notes keystrokes and their "
        "durability, crash trials and second-process trials."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("Fast iteration: 10,000 questions, 2 start-ups, 3 repetitions."));
    const QCommandLineOption questions(QStringLiteral("questions"),
                                       QStringLiteral("Size of the generated bank."),
                                       QStringLiteral("count"));
    const QCommandLineOption noFrames(QStringLiteral("no-frames"),
                                      QStringLiteral("Skip the first-frame figures."));
    const QCommandLineOption noSearch(QStringLiteral("no-search"),
                                      QStringLiteral("Skip the search figures."));
    const QCommandLineOption bank(
        QStringLiteral("bank"),
        QStringLiteral("Keep the generated bank in this file and reuse it when it exists."),
        QStringLiteral("path"));
    const QCommandLineOption noNotes(QStringLiteral("no-notes"),
                                     QStringLiteral("Skip the notes keystroke figures."));
    const QCommandLineOption noCrash(QStringLiteral("no-crash"),
                                     QStringLiteral("Skip the crash trials."));
    const QCommandLineOption noSecondProcess(QStringLiteral("no-second-process"),
                                             QStringLiteral("Skip the second-process trials."));
    const QCommandLineOption secondProcessRounds(
        QStringLiteral("second-process-trials"),
        QStringLiteral("Rounds of second processes against a held database (100; --quick 10)."),
        QStringLiteral("count"));
    const QCommandLineOption notesChars(
        QStringLiteral("notes-chars"),
        QStringLiteral("Characters of notes typed for the notes figures (3000; --quick 300)."),
        QStringLiteral("count"));
    const QCommandLineOption crashTrials(
        QStringLiteral("crash-trials"),
        QStringLiteral("Typist processes killed and checked (50; --quick 5)."),
        QStringLiteral("count"));
    const QCommandLineOption team(
        QStringLiteral("team"),
        QStringLiteral("Only the team sync figures, on a PostgreSQL 15 started for them: "
                       "propagation p50/p95, join (100,000 questions; --quick 10,000), push "
                       "1000 edits, converge 5 clients (200 edits each)."));
    parser.addOptions({quick, questions, noFrames, noSearch, bank, noNotes, noCrash, notesChars,
                       crashTrials, noSecondProcess, secondProcessRounds, team});
    parser.process(app);

    Options options;
    options.team = parser.isSet(team);
    options.quick = parser.isSet(quick);
    if (parser.isSet(quick)) {
        options.questions = 10000;
        options.runs = 2;
        options.repetitions = 3;
        options.notesChars = 300;
        options.crashTrials = 5;
        options.secondProcessRounds = 10;
    }
    auto count = [&parser](const QCommandLineOption &option, int &value) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        value = parser.value(option).toInt(&ok);
        if (!ok || value < 1)
            parser.showHelp(2);
    };
    count(notesChars, options.notesChars);
    count(crashTrials, options.crashTrials);
    count(secondProcessRounds, options.secondProcessRounds);
    if (parser.isSet(questions)) {
        bool ok = false;
        options.questions = parser.value(questions).toInt(&ok);
        if (!ok || options.questions < 1)
            parser.showHelp(2);
    }
    options.bank = parser.value(bank);
    options.frames = !parser.isSet(noFrames);
    options.search = !parser.isSet(noSearch);
    options.notes = !parser.isSet(noNotes);
    options.crash = !parser.isSet(noCrash);
    options.secondProcess = !parser.isSet(noSecondProcess);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF figures lay out text, which needs a QGuiApplication: offscreen unless told
    // otherwise (the same default the first-frame figures give the windows they start).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options = parseOptions(app);
    int status = 0;
    // Each part reports on its own, so one failing does not hide the others' figures.
    auto part = [&status, &options](bool enabled, void (*bench)(const Options &)) {
        if (!enabled)
            return;
        try {
            bench(options);
        } catch (const PanelistError &error) {
            QTextStream(stderr) << QStringLiteral("panelist-bench: ") << error.message()
                                << Qt::endl;
            status = 1;
        }
    };
    if (options.team) {
        part(true, [](const Options &o) { teambench::run(o.questions, 200, figure, progress); });
        return status;
    }
    part(options.frames, benchFirstFrame);
    part(options.search, benchSearch);
    part(options.notes, benchNotes);
    part(options.crash, benchCrash);
    part(options.secondProcess, benchSecondProcess);
    part(true, benchPdf);
    part(true, benchDebriefPdf);
    part(true, benchCandidates);
    return status;
}
