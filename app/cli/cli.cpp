#include "cli/cli.h"
#include "cli/command.h"
#include "cli/help.h"
#include "cli/output.h"
#include "domain/errors.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QSize>
#include <algorithm>

namespace cli {

// What the parser found, kept for run().
struct ParsedArguments
{
    QStringList words;              // command words and their values
    QStringList given;              // options given, by long name, in order, once each
    QHash<QString, QString> values; // of the options given, by long name
    QHash<QString, QString> typed;  // how each was typed: "--json", "-json", "-h"
    QString mistake;                // in the options themselves: said before anything else
    const Command *command = nullptr;
};

namespace {

// The default database with the home folder written as "~", as the README names it.
QString defaultDatabase()
{
    const QString path = Database::defaultLocation();
    const QString home = QDir::homePath();
    if (home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

QStringList themeChoices()
{
    return {QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList sectionChoices()
{
    return {QStringLiteral("bank"),       QStringLiteral("plans"),     QStringLiteral("interview"),
            QStringLiteral("candidates"), QStringLiteral("history"),   QStringLiteral("compare"),
            QStringLiteral("settings"),   QStringLiteral("conflicts"), QStringLiteral("welcome")};
}

// The options only the window takes: how it opens (for screenshots and demonstrations).
const QStringList &windowOptionNames()
{
    static const QStringList names{QStringLiteral("window-size"), QStringLiteral("theme"),
                                   QStringLiteral("section")};
    return names;
}

// "1280x720" as a size, or an invalid size.
QSize sizeFrom(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([1-9][0-9]{2,4})x([1-9][0-9]{2,4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

// The options every command takes, or that more than one group does.
QList<Option> commonOptions()
{
    return {
        {{QStringLiteral("database")},
         QStringLiteral("PATH"),
         QT_TRANSLATE_NOOP("Cli", "the SQLite database to use (default: %1; the "
                                  "PANELIST_DATABASE environment variable, else a database "
                                  "chosen in the window's Settings, replaces it)"),
         nullptr,
         defaultDatabase},
        {{QStringLiteral("h"), QStringLiteral("help")},
         {},
         QT_TRANSLATE_NOOP("Cli", "show this help, or with a command its values and options")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         {},
         QT_TRANSLATE_NOOP("Cli", "show the version")},
        {{QStringLiteral("json")}, {}, QT_TRANSLATE_NOOP("Cli", "print JSON instead of lines")},
        {{QStringLiteral("window-size")},
         QStringLiteral("WxH"),
         QT_TRANSLATE_NOOP("Cli", "open the window at this size in pixels, such as 1280x720 "
                                  "(kept, as a resize is)")},
        {{QStringLiteral("theme")},
         QStringLiteral("T"),
         QT_TRANSLATE_NOOP("Cli", "open the window in this theme: %1 (for this run only; "
                                  "Settings keeps the choice)"),
         themeChoices},
        {{QStringLiteral("section")},
         QStringLiteral("S"),
         QT_TRANSLATE_NOOP("Cli", "open the window on this section: %1 (interview: the one "
                                  "live, else the latest; compare: the latest one's plan; "
                                  "settings: the Settings page; conflicts, welcome: that "
                                  "dialog over the bank)"),
         sectionChoices},
    };
}

// The option as typed, before any "=": "--level", or "-level" (the parser drops dashes).
QString typed(const QString &argument, const QString &name)
{
    const QString option = argument.section(QLatin1Char('='), 0, 0);
    if (option == QLatin1String("--") + name || option == QLatin1Char('-') + name)
        return option;
    return {};
}

// How the person spelled an option the parser knows by `name`, for naming it back.
QString spelled(const QStringList &arguments, const QString &name)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        const QString option = typed(argument, name);
        if (!option.isEmpty())
            return option;
    }
    return QLatin1String("--") + name;
}

bool typedWithValue(const QStringList &arguments, const QString &name)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (!typed(argument, name).isEmpty() && argument.contains(QLatin1Char('=')))
            return true;
    }
    return false;
}

// What is wrong with the options as typed, whatever the command: an unknown one, one
// without its value, a value given to a switch, one given twice, an empty database.
QString mistakeIn(const QCommandLineParser &parser, bool clean, const QStringList &arguments,
                  const QStringList &given)
{
    const QStringList seen = parser.optionNames(); // once per time given, as typed
    for (const QString &name : given) {
        const Option &option = *optionNamed(name);
        if (option.valueName.isEmpty())
            continue;
        const auto times = std::count_if(seen.cbegin(), seen.cend(), [&option](const QString &s) {
            return option.names.contains(s);
        });
        // The parser stops at a last option that lacks its value and records no value.
        const QStringList values = parser.values(name);
        if (times > values.size())
            return Cli::tr("option %1 needs a value").arg(spelled(arguments, name));
        if (times > 1)
            return Cli::tr("option %1 is given %2 times; give it once")
                .arg(spelled(arguments, name))
                .arg(times);
        // A database is a file that gets created: never an empty name, nor an option
        // the value swallowed ("--database --json").
        if (name == QLatin1String("database") && values.first().isEmpty())
            return Cli::tr("option %1 needs a value").arg(spelled(arguments, name));
        if (name == QLatin1String("database") && values.first().startsWith(QLatin1Char('-')))
            return Cli::tr(
                       "option %1 needs a path, not \"%2\" (write ./%2 for a file of that name)")
                .arg(spelled(arguments, name), values.first());
    }
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return Cli::tr("unknown option %1").arg(spelled(arguments, unknown.first()));
    // The window's options are checked here: no command's entry does.
    for (const QString &name : windowOptionNames()) {
        if (!given.contains(name))
            continue;
        const Option &option = *optionNamed(name);
        const QString value = parser.value(name);
        if (option.allowed && !option.allowed().contains(value))
            return Cli::tr("%1 must be one of %2, not \"%3\"")
                .arg(spelled(arguments, name), option.allowed().join(QStringLiteral(", ")), value);
        if (name == QLatin1String("window-size") && !sizeFrom(value).isValid())
            return Cli::tr("%1 needs a width and a height in pixels, such as 1280x720, not \"%2\"")
                .arg(spelled(arguments, name), value);
    }
    if (clean)
        return {};
    // The only refusal left is a value given to a switch ("--json=yes"); name which.
    for (const QString &name : given) {
        if (optionNamed(name)->valueName.isEmpty() && typedWithValue(arguments, name))
            return Cli::tr("option %1 takes no value").arg(spelled(arguments, name));
    }
    return parser.errorText();
}

// The options given that the command does not take, and values that an option refuses.
void checkOptions(const ParsedArguments &parsed, const QString &command,
                  const QStringList &accepted)
{
    for (const QString &name : parsed.given) {
        if (name == QLatin1String("database") || accepted.contains(name))
            continue;
        const QString option = parsed.typed.value(name);
        if (optionNamed(name)->valueName.isEmpty())
            throw UsageError{Cli::tr("unknown option %1 for %2").arg(option, command)};
        throw UsageError{Cli::tr("option %1 does not apply to %2").arg(option, command)};
    }
    for (const QString &name : parsed.given) {
        const Option &option = *optionNamed(name);
        const QString value = parsed.values.value(name);
        if (option.allowed && !value.isEmpty() && !option.allowed().contains(value))
            throw UsageError{Cli::tr("%1 must be one of %2, not \"%3\"")
                                 .arg(parsed.typed.value(name),
                                      option.allowed().join(QStringLiteral(", ")), value)};
    }
}

// The command's values: one word per name, or every word left for the last; else why not.
QStringList valuesFor(const Command &command, const QStringList &words)
{
    QStringList values = words.mid(command.nameWords());
    if (command.flags & Command::LastValueTakesTheRest && values.size() >= command.values.size()) {
        const qsizetype last = command.values.size() - 1;
        const QString rest = values.mid(last).join(QLatin1Char(' ')).trimmed();
        values = values.mid(0, last);
        if (!rest.isEmpty())
            values << rest;
    }
    if (values.size() < command.values.size())
        throw UsageError{Cli::tr("%1 needs %2; usage: panelist %3")
                             .arg(command.name,
                                  listed(command.values.mid(values.size()), Cli::tr("%1 and %2")),
                                  usage(command))};
    if (values.size() > command.values.size())
        throw UsageError{Cli::tr("unexpected \"%1\" after %2; usage: panelist %3")
                             .arg(values.at(command.values.size()), command.name, usage(command))};
    return values;
}

Request requestFor(const ParsedArguments &parsed)
{
    if (parsed.words.isEmpty())
        throw UsageError{Cli::tr("a command is needed after the options")};
    const Command *command = parsed.command;
    if (!command)
        throw UsageError{unknownCommand(parsed.words)};
    checkOptions(parsed, command->name, command->options);
    Request request;
    request.values = valuesFor(*command, parsed.words);
    for (const QString &name : command->options) {
        if (parsed.given.contains(name))
            request.options.insert(name, parsed.values.value(name));
    }
    request.databaseOption = parsed.values.value(QStringLiteral("database"));
    return request;
}

int run(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    try {
        // A mistyped option is said even next to --help: it may have hidden a word.
        if (!parsed.mistake.isEmpty())
            throw UsageError{parsed.mistake};
        if (parsed.words.value(0) == QLatin1String("help")) {
            checkOptions(parsed, QStringLiteral("help"), {QStringLiteral("help")});
            out << helpOn(parsed.words.mid(1));
            return Success;
        }
        if (parsed.given.contains(QStringLiteral("help"))) {
            out << helpOn(parsed.words);
            return Success;
        }
        if (parsed.given.contains(QStringLiteral("version"))) {
            out << QStringLiteral("panelist %1").arg(QCoreApplication::applicationVersion())
                << Qt::endl;
            return Success;
        }
        const Request request = requestFor(parsed);
        return parsed.command->run(request, out);
    } catch (const UsageError &error) {
        return reportUsage(error.message);
    } catch (const PanelistError &error) {
        return reportFailure(error.message());
    }
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all = bankCommands() + planCommands() + interviewCommands() +
                                      candidateCommands() + demoCommands() + teamCommands();
    return all;
}

const QList<Option> &options()
{
    static const QList<Option> all =
        commonOptions() + bankOptions() + candidateOptions() + teamOptions();
    return all;
}

const Option *optionNamed(const QString &name)
{
    for (const Option &option : options()) {
        if (option.names.contains(name))
            return &option;
    }
    return nullptr;
}

const Command *commandFor(const QStringList &words)
{
    for (const Command &command : commands()) {
        if (words.mid(0, command.nameWords()) == command.name.split(QLatin1Char(' ')))
            return &command;
    }
    return nullptr;
}

QStringList usageWords(const Command &command)
{
    QStringList words{command.name};
    words << command.values;
    for (const QString &name : command.options) {
        const Option &option = *optionNamed(name);
        words << (option.valueName.isEmpty()
                      ? QStringLiteral("[--%1]").arg(name)
                      : QStringLiteral("[--%1 %2]").arg(name, option.valueName));
    }
    return words;
}

QString usage(const Command &command)
{
    return usageWords(command).join(QLatin1Char(' '));
}

QString unknownCommand(const QStringList &words)
{
    const QString group = words.value(0);
    QStringList inGroup;
    for (const Command &command : commands()) {
        if (command.group() == group)
            inGroup << command.name.section(QLatin1Char(' '), 1);
    }
    if (inGroup.isEmpty())
        return Cli::tr("unknown command \"%1\"").arg(group);
    const QString choice = listed(inGroup, Cli::tr("%1 or %2"));
    if (words.size() == 1)
        return Cli::tr("%1 needs a command: %2").arg(group, choice);
    return Cli::tr("unknown command \"%1\"; %2 takes %3")
        .arg(words.mid(0, 2).join(QLatin1Char(' ')), group, choice);
}

Invocation Invocation::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    // "-name" is "--name" (so "-h" and "-v" work), never a bundle of one-letter options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Option &option : options())
        parser.addOption(QCommandLineOption(option.names, QString(), option.valueName));
    const bool clean = parser.parse(arguments);

    auto parsed = std::make_shared<ParsedArguments>();
    parsed->words = parser.positionalArguments();
    for (const QString &name : parser.optionNames()) {
        const QString longName = optionNamed(name)->longName();
        if (parsed->given.contains(longName))
            continue;
        parsed->given << longName;
        parsed->values.insert(longName, parser.value(longName));
        parsed->typed.insert(longName, spelled(arguments, name));
    }
    parsed->mistake = mistakeIn(parser, clean, arguments, parsed->given);
    parsed->command = commandFor(parsed->words);
    Invocation result;
    result.m_parsed = std::move(parsed);
    return result;
}

bool Invocation::opensWindow() const
{
    const ParsedArguments &parsed = *m_parsed;
    return parsed.words.isEmpty() && parsed.mistake.isEmpty() &&
           std::all_of(parsed.given.cbegin(), parsed.given.cend(), [](const QString &name) {
               return name == QLatin1String("database") || windowOptionNames().contains(name);
           });
}

bool Invocation::needsFonts() const
{
    return m_parsed->mistake.isEmpty() && m_parsed->command &&
           m_parsed->command->flags & Command::NeedsFonts;
}

QString Invocation::databaseOption() const
{
    return m_parsed->values.value(QStringLiteral("database"));
}

QSize Invocation::windowSize() const
{
    return sizeFrom(m_parsed->values.value(QStringLiteral("window-size")));
}

QString Invocation::theme() const
{
    return m_parsed->values.value(QStringLiteral("theme"));
}

QString Invocation::section() const
{
    return m_parsed->values.value(QStringLiteral("section"));
}

int Invocation::run() const
{
    return cli::run(*m_parsed);
}

} // namespace cli
