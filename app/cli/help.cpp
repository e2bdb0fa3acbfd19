#include "cli/help.h"
#include "cli/command.h"
#include "cli/output.h"

namespace cli {

namespace {

constexpr int kWidth = 80;  // no line of the help is longer, but for a longer word
constexpr int kIndent = 2;  // where a command or an option starts
constexpr int kColumn = 24; // where what it does starts

// `words` filled into lines of at most `width` characters (a longer word gets its own).
QStringList filled(const QStringList &words, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QStringList wordsOf(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "  plan show ID [--json] show a plan and its questions": the term, wrapped, and what it
// does from kColumn on, beside the term when it leaves room, else below it.
QString entry(const QStringList &term, const QString &description)
{
    QStringList lines;
    for (const QString &line : filled(term, kWidth - kIndent - 2))
        lines << QString(lines.isEmpty() ? kIndent : kIndent + 2, QLatin1Char(' ')) + line;
    const QStringList text = filled(wordsOf(description), kWidth - kColumn);
    qsizetype next = 0;
    if (!text.isEmpty() && lines.last().size() < kColumn)
        lines.last() = lines.last().leftJustified(kColumn) + text.at(next++);
    for (; next < text.size(); ++next)
        lines << QString(kColumn, QLatin1Char(' ')) + text.at(next);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// "Usage: panelist [--database PATH] bank search QUERY ...", wrapped under its start.
QString usageLine(const QStringList &words)
{
    const QString prefix = Cli::tr("Usage:") + QStringLiteral(" panelist ");
    QStringList lines;
    for (const QString &line :
         filled(QStringList{QStringLiteral("[--database PATH]")} + words, kWidth - prefix.size()))
        lines << (lines.isEmpty() ? prefix : QString(prefix.size(), QLatin1Char(' '))) + line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// "-h, --help", "--database PATH".
QStringList termOf(const Option &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        term += QLatin1Char(' ') + option.valueName;
    return {term};
}

QString describe(const Option &option)
{
    const QString text = Cli::tr(option.summary);
    if (option.allowed)
        return text.arg(option.allowed().join(QStringLiteral(", ")));
    if (option.detail)
        return text.arg(option.detail());
    return text;
}

QString optionEntry(const QString &name)
{
    const Option &option = *optionNamed(name);
    return entry(termOf(option), describe(option));
}

QString commandHelp(const Command &command)
{
    QString text = usageLine(usageWords(command)) + QLatin1Char('\n');
    // The summary as a sentence of its own: "Show a plan and its questions."
    QString sentence = Cli::tr(command.summary);
    sentence[0] = sentence.at(0).toUpper();
    for (const QString &line : filled(wordsOf(sentence + QLatin1Char('.')), kWidth))
        text += line + QLatin1Char('\n');
    text += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n');
    for (const QString &name : command.options)
        text += optionEntry(name);
    text += optionEntry(QStringLiteral("database"));
    return text;
}

QString groupHelp(const QString &group)
{
    QString text = usageLine({group, QStringLiteral("COMMAND")}) + QLatin1Char('\n') +
                   Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands()) {
        if (command.group() == group)
            text += entry(usageWords(command), Cli::tr(command.summary));
    }
    return text + QLatin1Char('\n') +
           Cli::tr("Run panelist help %1 COMMAND for what a command's options mean.").arg(group) +
           QLatin1Char('\n');
}

} // namespace

QString overview()
{
    QString text = usageLine({QStringLiteral("[COMMAND]")}) + QLatin1Char('\n') +
                   Cli::tr("Without a command, opens the Panelist window.") + QLatin1Char('\n') +
                   QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += entry(usageWords(command), Cli::tr(command.summary));
    text += entry({QStringLiteral("help [COMMAND]")},
                  Cli::tr("show this help, or the values and options of one command"));
    text += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n');
    for (const char *name : {"database", "help", "version"})
        text += optionEntry(QLatin1String(name));
    text += QLatin1Char('\n') + Cli::tr("Options of the window (without a command):") +
            QLatin1Char('\n');
    for (const char *name : {"window-size", "theme", "section"})
        text += optionEntry(QLatin1String(name));
    return text + QLatin1Char('\n') +
           Cli::tr("Run panelist help COMMAND for what a command's options mean.") +
           QLatin1Char('\n');
}

QString helpOn(const QStringList &words)
{
    if (words.isEmpty() || words == QStringList{QStringLiteral("help")})
        return overview();
    if (const Command *command = commandFor(words))
        return commandHelp(*command);
    if (words.size() == 1) {
        for (const Command &command : commands()) {
            if (command.group() == words.first())
                return groupHelp(words.first());
        }
    }
    throw UsageError{unknownCommand(words)};
}

} // namespace cli
