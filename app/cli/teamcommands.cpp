#include "cli/command.h"
#include "cli/output.h"
#include "domain/errors.h"
#include "storage/teamschema.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

// team init, team add-interviewer: setting up a team's PostgreSQL server. (join, leave,
// status and sync come with the sync engine, in this group.)
namespace cli {

namespace {

// The URL as typed; a malformed one is a mistake in the command (exit 2).
TeamUrl teamUrl(const Request &request)
{
    try {
        return TeamUrl::parse(request.values.at(0));
    } catch (const PanelistError &error) {
        throw UsageError{error.message()};
    }
}

bool onTerminal()
{
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

// One line typed on the terminal without showing it; `prompt` goes to stderr.
QString readHidden(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    struct termios saved;
    const bool hide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        struct termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line += static_cast<char>(c);
    if (hide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    return QString::fromLocal8Bit(line);
}

// Signs in as the URL's user for set-up: with the URL's password, else libpq's own
// (PGPASSWORD, ~/.pgpass); asks on a terminal when the server wants one.
void openForSetup(TeamServer &server, const TeamUrl &url)
{
    try {
        server.open(url, {}, TeamServer::Purpose::Setup);
    } catch (const TeamError &error) {
        if (error.kind() != TeamError::Kind::AuthenticationFailed || url.hasPassword() ||
            !onTerminal())
            throw;
        const QString password = readHidden(
            Cli::tr("Password of %1 on %2: ").arg(url.user(), url.withoutPassword().displayUrl()));
        server.open(url, password, TeamServer::Purpose::Setup);
    }
}

int init(const Request &request, QTextStream &out)
{
    const TeamUrl url = teamUrl(request);
    TeamServer server;
    openForSetup(server, url);
    const TeamSchema::Migration migration = server.initialize();
    QString how;
    if (migration.from == 0)
        how = Cli::tr("created");
    else if (migration.from == migration.to)
        how = Cli::tr("already up to date");
    else
        how = Cli::tr("migrated from version %1").arg(migration.from);
    printLine(out, Cli::tr("Team schema at %1: version %2 (%3).")
                       .arg(server.displayUrl())
                       .arg(migration.to)
                       .arg(how));
    printLine(out, Cli::tr("Roles: %1 (interviewers), %2 (team leads, also interviewers).")
                       .arg(TeamSchema::interviewerRole(), TeamSchema::leadRole()));
    printLine(out,
              Cli::tr("Add each person with: panelist team add-interviewer URL NAME [--lead]"));
    return Success;
}

// The new interviewer's password: --password-file, else PANELIST_TEAM_PASSWORD, else
// typed twice on a terminal. Never from the command line itself (ps would show it).
QString newPassword(const Request &request, const QString &name)
{
    if (request.isSet(QStringLiteral("password-file"))) {
        const QString path = request.option(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw PanelistError(
                Cli::tr("Cannot read the password file %1: %2.").arg(path, file.errorString()));
        QByteArray data = file.readLine(4096);
        while (data.endsWith('\n') || data.endsWith('\r'))
            data.chop(1);
        if (data.isEmpty())
            throw PanelistError(Cli::tr("The password file %1 is empty; write the password on "
                                        "its first line.")
                                    .arg(path));
        return QString::fromUtf8(data);
    }
    const QString fromEnvironment = qEnvironmentVariable("PANELIST_TEAM_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!onTerminal())
        throw UsageError{Cli::tr("team add-interviewer needs %1's password: give "
                                 "--password-file FILE, set PANELIST_TEAM_PASSWORD, or run it on "
                                 "a terminal to type it")
                             .arg(name)};
    const QString first = readHidden(Cli::tr("New password for %1: ").arg(name));
    const QString second = readHidden(Cli::tr("The same password again: "));
    if (first != second)
        throw PanelistError(Cli::tr("The two passwords differ; nothing was changed."));
    return first;
}

int addInterviewer(const Request &request, QTextStream &out)
{
    const TeamUrl url = teamUrl(request);
    const QString name = request.values.at(1);
    const QString problem = TeamServer::roleNameProblem(name);
    if (!problem.isEmpty())
        throw UsageError{problem};
    const QString password = newPassword(request, name);
    const bool lead = request.isSet(QStringLiteral("lead"));
    TeamServer server;
    openForSetup(server, url);
    server.addInterviewer(name, password, lead);
    printLine(out,
              (lead ? Cli::tr("%1 is a team lead on %2.") : Cli::tr("%1 is an interviewer on %2."))
                  .arg(name, server.displayUrl()));
    printLine(out, Cli::tr("They sign in as %1 with the password given, at %2")
                       .arg(name, QStringLiteral("postgresql://%1@%2:%3/%4")
                                      .arg(name, url.host())
                                      .arg(url.port())
                                      .arg(url.database())));
    return Success;
}

} // namespace

QList<Option> teamOptions()
{
    return {
        {{QStringLiteral("lead")},
         {},
         QT_TRANSLATE_NOOP("Cli", "make the person a team lead (without it: an interviewer)")},
        {{QStringLiteral("password-file")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "read the new password from the first line of FILE (else "
                                  "PANELIST_TEAM_PASSWORD, else it is asked for)")},
    };
}

QList<Command> teamCommands()
{
    const QString url = QStringLiteral("URL");
    return {
        {QStringLiteral("team init"),
         {url},
         {},
         QT_TRANSLATE_NOOP("Cli", "create or update the team schema and its roles on a "
                                  "PostgreSQL server (URL: postgresql://USER@HOST:PORT/DATABASE)"),
         init},
        {QStringLiteral("team add-interviewer"),
         {url, QStringLiteral("NAME")},
         {QStringLiteral("lead"), QStringLiteral("password-file")},
         QT_TRANSLATE_NOOP("Cli", "create the sign-in role NAME for one person on the team "
                                  "server, or set its password and lead status again"),
         addInterviewer},
    };
}

} // namespace cli
