#include "cli/command.h"
#include "cli/output.h"
#include "domain/errors.h"
#include "storage/teamschema.h"
#include "storage/teamserver.h"
#include "storage/teamurl.h"
#include "sync/credentials.h"
#include "sync/synccycle.h"
#include "sync/teammembership.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

// team init, team add-interviewer: setting up a team's PostgreSQL server; team join,
// leave, status and sync: a laptop's database in a team (the sync engine's cycle).
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

// The first line of --password-file.
QString passwordFromFile(const Request &request)
{
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

// The new interviewer's password: --password-file, else PANELIST_TEAM_PASSWORD, else
// typed twice on a terminal. Never from the command line itself (ps would show it).
QString newPassword(const Request &request, const QString &name)
{
    if (request.isSet(QStringLiteral("password-file")))
        return passwordFromFile(request);
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

// The link of the database, or a failure saying how to join.
LocalSync::Team linkedTeam(LocalSync &local, const QString &location)
{
    const std::optional<LocalSync::Team> team = local.team();
    if (!team)
        throw PanelistError(Cli::tr("%1 is in no team; join one with: panelist --database %1 "
                                    "team join URL")
                                .arg(location));
    return *team;
}

// Signs in as the laptop's role with the keychain's password, or none: libpq reads it
// from its password file.
void openLinked(TeamServer &server, const LocalSync::Team &team)
{
    credentials::usePasswordFile();
    const TeamUrl url = TeamUrl::parse(team.serverUrl);
    server.open(url, credentials::password(url).value_or(QString()));
}

int join(const Request &request, QTextStream &out)
{
    const TeamUrl url = teamUrl(request);
    Workspace workspace(request.database());
    TeamMembership membership(workspace.database());
    if (const std::optional<LocalSync::Team> team = membership.local().team())
        throw PanelistError(Cli::tr("%1 is in the team at %2 already; leave it first with: "
                                    "panelist --database %1 team leave")
                                .arg(workspace.database().location(), team->serverUrl));
    QString password = url.password();
    if (request.isSet(QStringLiteral("password-file")))
        password = passwordFromFile(request);
    else if (password.isEmpty())
        password = qEnvironmentVariable("PANELIST_TEAM_PASSWORD");
    const bool upload = request.isSet(QStringLiteral("upload-local"));
    TeamMembership::Joined joined;
    try {
        joined = membership.join(url, password, upload);
    } catch (const TeamError &error) {
        if (error.kind() != TeamError::Kind::AuthenticationFailed || !password.isEmpty() ||
            !onTerminal())
            throw;
        password = readHidden(
            Cli::tr("Password of %1 on %2: ").arg(url.user(), url.withoutPassword().displayUrl()));
        joined = membership.join(url, password, upload);
    }
    password.fill(QLatin1Char(' '));
    if (!joined.linked())
        throw PanelistError(
            Cli::tr("%1 holds %2 categories, questions or plans the team's server does "
                    "not have; run the join again with --upload-local to share them "
                    "with the team (the team's bank, downloaded now, stays here).")
                .arg(workspace.database().location())
                .arg(joined.unshared.total()));
    printLine(out, Cli::tr("Joined the team at %1 as %2.").arg(joined.who.server, joined.who.role));
    printLine(out, Cli::tr("First sync: %1.").arg(SyncCycle::describe(joined.moved)));
    return Success;
}

int leave(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    TeamMembership membership(workspace.database());
    linkedTeam(membership.local(), workspace.database().location());
    const TeamMembership::Left left = membership.leave();
    printLine(out, Cli::tr("Left the team at %1; the local data stays here.").arg(left.server));
    if (left.pending > 0)
        printLine(out,
                  Cli::tr("%1 local changes had not reached the team's server.").arg(left.pending));
    return Success;
}

int status(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    LocalSync local(workspace.database());
    const LocalSync::Team team = linkedTeam(local, workspace.database().location());
    const QList<LocalSync::Conflict> conflicts = local.conflicts();
    const int pending = local.pendingCount();
    if (request.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const LocalSync::Conflict &c : conflicts)
            list.append(QJsonObject{{QStringLiteral("kind"), vocabulary::key(c.kind)},
                                    {QStringLiteral("uuid"), c.uuid},
                                    {QStringLiteral("title"), c.title()},
                                    {QStringLiteral("deletedHere"), !c.mine.has_value()},
                                    {QStringLiteral("deletedThere"), !c.theirs.has_value()}});
        printJson(out, QJsonDocument(QJsonObject{
                           {QStringLiteral("server"), team.serverUrl},
                           {QStringLiteral("role"), team.role},
                           {QStringLiteral("pending"), pending},
                           {QStringLiteral("lastSeq"), team.lastSeq},
                           {QStringLiteral("lastSyncAt"),
                            team.lastSyncAt.isValid()
                                ? QJsonValue(team.lastSyncAt.toUTC().toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("conflicts"), list}}));
        return Success;
    }
    printLine(out, Cli::tr("Server: %1").arg(team.serverUrl));
    printLine(out, Cli::tr("Role: %1").arg(team.role));
    printLine(out, Cli::tr("Changes waiting: %1").arg(pending));
    printLine(
        out, Cli::tr("Last sync: %1")
                 .arg(team.lastSyncAt.isValid() ? localMinute(team.lastSyncAt) : Cli::tr("never")));
    printLine(out, Cli::tr("Conflicts: %1").arg(conflicts.size()));
    for (const LocalSync::Conflict &c : conflicts) {
        QString how;
        if (!c.mine)
            how = Cli::tr("deleted here, changed on the server");
        else if (!c.theirs)
            how = Cli::tr("changed here, deleted on the server");
        else
            how = Cli::tr("changed here and on the server");
        printLine(out, QStringLiteral("  %1 %2  %3 (%4)")
                           .arg(vocabulary::key(c.kind), c.uuid, c.title(), how));
    }
    return Success;
}

int sync(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    LocalSync local(workspace.database());
    const LocalSync::Team team = linkedTeam(local, workspace.database().location());
    TeamServer server;
    openLinked(server, team);
    SyncCycle cycle(workspace.database(), server);
    printLine(out, SyncCycle::describe(cycle.run()));
    return Success;
}

} // namespace

// interview delete-candidate on a database in a team: the candidate's interviews go from
// the team's server too (a purge every laptop applies at its next sync). Returns the line
// to print; offline, the removal waits in the outbox as purges (outbox.purge), which the
// next sync takes to the server: the same removal, for every laptop.
QString purgeOnTeam(Database &database, const QString &candidate)
{
    LocalSync local(database);
    const std::optional<LocalSync::Team> team = local.team();
    if (!team)
        return {};
    try {
        TeamServer server;
        openLinked(server, *team);
        const int purged = server.purgeCandidate(candidate);
        SyncCycle(database, server).run();
        return Cli::tr("Removed %1 interviews of the candidate from the team's server; the other "
                       "laptops delete them at their next sync.")
            .arg(purged);
    } catch (const TeamError &error) {
        return Cli::tr("The team's server could not take the removal now (%1); it waits here "
                       "and removes the candidate from the team at the next sync.")
            .arg(error.message());
    }
}

QList<Option> teamOptions()
{
    return {
        {{QStringLiteral("lead")},
         {},
         QT_TRANSLATE_NOOP("Cli", "make the person a team lead (without it: an interviewer)")},
        {{QStringLiteral("password-file")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "read the password from the first line of FILE (else "
                                  "PANELIST_TEAM_PASSWORD, else it is asked for)")},
        {{QStringLiteral("upload-local")},
         {},
         QT_TRANSLATE_NOOP("Cli", "on a first join, share this database's bank and plans with "
                                  "the team")},
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
        {QStringLiteral("team join"),
         {url},
         {QStringLiteral("upload-local"), QStringLiteral("password-file")},
         QT_TRANSLATE_NOOP("Cli", "link the database to a team's server as the URL's user and "
                                  "run a first sync (the password is kept in libpq's password "
                                  "file)"),
         join},
        {QStringLiteral("team leave"),
         {},
         {},
         QT_TRANSLATE_NOOP("Cli", "unlink the database from its team; the local data stays"),
         leave},
        {QStringLiteral("team status"),
         {},
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("Cli", "the team's server, the role, changes waiting, the last sync "
                                  "and the conflicts"),
         status},
        {QStringLiteral("team sync"),
         {},
         {},
         QT_TRANSLATE_NOOP("Cli", "push the changes waiting and pull the team's, once"),
         sync},
    };
}

} // namespace cli
