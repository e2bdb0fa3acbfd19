#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The tables the command line is made of: every option and every command, each command
// defined in the file of its group. The parser, the checks and the help all read them.
namespace cli {

// The parsed command line of one command, already checked against its entry.
struct Request
{
    QStringList values;              // the values after the command's name, one per name
    QHash<QString, QString> options; // by long name ("level"); a switch ("json") maps to ""
    QString databaseOption;          // --database; empty: PANELIST_DATABASE or the default

    bool isSet(const QString &name) const { return options.contains(name); }
    QString option(const QString &name) const { return options.value(name); }
    QString database() const { return Database::resolveLocation(databaseOption); }
};

struct Option
{
    QStringList names;   // {"h", "help"}: the last is the long name
    QString valueName;   // "PATH"; empty for a switch
    const char *summary; // for the help, untranslated ("Cli" context); %1 is filled in
    // The only values it takes, if it is that strict; the help lists them for %1.
    QStringList (*allowed)() = nullptr;
    // Otherwise what the help shows for %1 (the default database).
    QString (*detail)() = nullptr;

    QString longName() const { return names.last(); }
};

struct Command
{
    enum Flag {
        NoFlags = 0,
        // The last value is every word left, joined by spaces (a candidate's name may come
        // quoted or not); it must not be blank.
        LastValueTakesTheRest = 1,
        // Lays out text (the PDF summary): needs a QGuiApplication for its fonts.
        NeedsFonts = 2,
    };

    QString name;        // "bank search": the words that choose it
    QStringList values;  // the names of the values that follow the name: {"ID", "FILE"}
    QStringList options; // the options it takes besides --database, by long name
    const char *summary; // for the help, untranslated ("Cli" context)
    int (*run)(const Request &request, QTextStream &out); // returns the exit code
    int flags = NoFlags;

    QString group() const { return name.section(QLatin1Char(' '), 0, 0); }
    int nameWords() const { return static_cast<int>(name.count(QLatin1Char(' '))) + 1; }
};

// One list per command group, in the order the help shows them, and the options only
// that group takes.
QList<Command> bankCommands();
QList<Option> bankOptions();
QList<Command> planCommands();
QList<Command> interviewCommands();
QList<Command> candidateCommands();
QList<Option> candidateOptions();
QList<Command> demoCommands();
QList<Command> teamCommands();
QList<Option> teamOptions();
// interview delete-candidate on a database in a team: the removal on the team's server
// (teamcommands.cpp); the line to print, empty when the database is in no team.
QString purgeOnTeam(Database &database, const QString &candidate);

// Every command, in the order of the help; every option, and one by any of its names.
const QList<Command> &commands();
const QList<Option> &options();
const Option *optionNamed(const QString &name);

// The command the first words name; null when none does.
const Command *commandFor(const QStringList &words);
// "plan show ID [--json]": the command with its values and options, as words that the
// help keeps together when it wraps a line ("[--level L]" is one), and as one line.
QStringList usageWords(const Command &command);
QString usage(const Command &command);
// Why the words name no command: `unknown command "plan delete"`, with what the group has.
QString unknownCommand(const QStringList &words);

} // namespace cli
