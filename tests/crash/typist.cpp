// panelist-typist: types notes into a live interview the way a person does, through the
// app's own InterviewDesk, LiveInterview and NoteWriter, until it is killed. The crash
// harness (crashharness.h) starts it, kills it with SIGKILL and checks the database.
//
// It resumes the live interview of the database if there is one, else starts one from
// the first plan. Every line on stdout is flushed at once:
//   started <interviewId> <itemId> <notesLength>     a new interview, on its first question
//   resumed <interviewId> <itemId> <notesLength>     the live one, where it was
//   key <itemId> <length> <ms>                        notes of <itemId> are now <length> long
//   move <fromItemId> <toItemId> <ms>                 about to go to the next question
// <ms> is CLOCK_MONOTONIC in milliseconds, read just before the keystroke reached
// LiveInterview. Problems go to stderr with a non-zero exit.

#include "monotonic.h"
#include "typedtext.h"
#include "workspace.h"

#include "interviews/interviewdesk.h"
#include "interviews/liveinterview.h"
#include "domain/errors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString database;
    quint32 textSeed = 1; // what is typed: the same across restarts on one database
    quint32 seed = 1;     // when it is typed: the gaps between keys
    int questionChars = 40;
    int minGapMs = 40;
    int maxGapMs = 180;
    int limitSeconds = 120; // stops by itself when nobody kills it
};

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "panelist-typist: %s\n", message.toUtf8().constData());
    std::fflush(stderr);
    std::_Exit(3);
}

QString ms(double value)
{
    return QString::number(value, 'f', 3);
}

class Typist : public QObject
{
public:
    Typist(LiveInterview &live, const Options &options)
        : m_live(live)
        , m_options(options)
        , m_random(options.seed)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
    }

    void begin(bool resumed)
    {
        say(QStringLiteral("%1 %2 %3 %4")
                .arg(resumed ? QStringLiteral("resumed") : QStringLiteral("started"))
                .arg(m_live.interviewId())
                .arg(currentItem().id)
                .arg(m_live.notes().size()));
        schedule();
    }

private:
    const InterviewItem &currentItem() const
    {
        return m_live.interview().items.at(m_live.currentIndex());
    }

    void schedule()
    {
        m_timer.start(int(m_random.bounded(m_options.minGapMs, m_options.maxGapMs + 1)));
    }

    void step()
    {
        const InterviewItem &item = currentItem();
        const int position = m_live.currentIndex();
        const QString notes = m_live.notes();
        const QString text =
            typedtext::notes(m_options.textSeed, position, std::max(4000, int(notes.size()) + 1));
        if (!text.startsWith(notes))
            fail(QStringLiteral("the notes of item %1 are not what was typed: \"%2\"")
                     .arg(item.id)
                     .arg(notes));
        const bool last = position + 1 >= m_live.count();
        const int wanted =
            typedtext::charsForQuestion(m_options.textSeed, position, m_options.questionChars);
        if (!last && notes.size() >= wanted) {
            const qint64 from = item.id;
            const qint64 to = m_live.interview().items.at(position + 1).id;
            say(QStringLiteral("move %1 %2 %3").arg(from).arg(to).arg(ms(monotonicMs())));
            m_live.next();
            if (m_live.currentIndex() != position + 1)
                fail(QStringLiteral("next() did not move on: %1").arg(m_live.error()));
        } else {
            const int length = notes.size() + 1;
            const double at = monotonicMs();
            m_live.setNotes(text.left(length));
            say(QStringLiteral("key %1 %2 %3").arg(item.id).arg(length).arg(ms(at)));
        }
        schedule();
    }

    LiveInterview &m_live;
    const Options m_options;
    QRandomGenerator m_random;
    QTimer m_timer;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Types notes into the live interview of a database until killed."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The database file."), QStringLiteral("path"));
    const QCommandLineOption textSeed(QStringLiteral("text-seed"),
                                      QStringLiteral("Chooses the text typed."),
                                      QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Chooses the pauses between keys."),
                                  QStringLiteral("n"));
    const QCommandLineOption questionChars(
        QStringLiteral("question-chars"),
        QStringLiteral("About how many characters to type per question."), QStringLiteral("n"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Stop after this many seconds."),
                                   QStringLiteral("s"));
    parser.addOptions({database, textSeed, seed, questionChars, limit});
    parser.process(app);

    Options options;
    options.database = parser.value(database);
    if (options.database.isEmpty())
        parser.showHelp(2);
    auto number = [&parser](const QCommandLineOption &option, auto fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0)
            parser.showHelp(2);
        return decltype(fallback)(value);
    };
    options.textSeed = number(textSeed, options.textSeed);
    options.seed = number(seed, options.seed);
    options.questionChars = std::max(1, number(questionChars, options.questionChars));
    options.limitSeconds = number(limit, options.limitSeconds);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    try {
        // Built as the app builds it (main.cpp): the workspace, then the desk over it.
        Workspace workspace(options.database);
        InterviewDesk desk(workspace.interviews(), workspace.plans(), workspace.bank(),
                           workspace.settings(), workspace.database().location());
        bool resumed = desk.resumeLive();
        if (!resumed) {
            const QList<PlanSummary> plans = workspace.plans().plans();
            if (plans.isEmpty())
                fail(QStringLiteral("the database has no plan to start an interview from"));
            if (desk.start(int(plans.first().id), QStringLiteral("Casey Crash"),
                           QStringLiteral("Backend engineer"), QStringLiteral("Typist"), {}) <= 0)
                fail(desk.error());
        }
        if (!desk.live()->active() || desk.live()->count() == 0)
            fail(QStringLiteral("no live interview to type into"));
        Typist typist(*desk.live(), options);
        typist.begin(resumed);
        QTimer::singleShot(options.limitSeconds * 1000, &app, &QCoreApplication::quit);
        return app.exec();
    } catch (const PanelistError &error) {
        fail(error.message());
    }
}
