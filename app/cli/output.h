#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTextStream>

class QDateTime;

// What every command prints through: text made safe for a terminal, lists as JSON or as
// lines, and the one-line errors with their exit codes.
namespace cli {

// The command line's messages share one translation context, "Cli" (help summaries
// marked with QT_TRANSLATE_NOOP("Cli", …) included).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { Success = 0, Failed = 1, BadUsage = 2 };

// A mistake in how the command was typed: exit code 2.
struct UsageError
{
    QString message;
};

// Control characters (C0 including tab and line breaks, DEL, C1) and the bidirectional
// embeddings, overrides and isolates written as escapes (\x1b, \u202e), so a title can
// neither send the terminal a command nor reorder what follows it, and a row stays one line.
QString printable(const QString &text);
void printLine(QTextStream &out, const QString &line);
// Indented JSON whose DEL, C1 and bidirectional controls are \u escapes too.
void printJson(QTextStream &out, const QJsonDocument &document);

// Prints `rows` as an indented JSON list (`toJson` makes each object) or as one line per
// row (`toLine`); an empty text list says `empty` on stderr instead.
template<typename Row, typename ToJson, typename ToLine>
void printRows(QTextStream &out, const QList<Row> &rows, bool json, ToJson toJson, ToLine toLine,
               const QString &empty);

// "Name  (fact, fact)": how list commands print a row after its id.
QString withFacts(const QString &name, const QStringList &facts);
QString questionsText(int count);
// "a, b and c": the items, `lastTwo` joining the last two (Cli::tr("%1 and %2"), Cli::tr("%1 or
// %2")).
QString listed(const QStringList &items, const QString &lastTwo);
// Local time to the minute, as every listing and message shows a start.
QString localMinute(const QDateTime &time);
// `word` as an ID; otherwise a UsageError saying `message` (which holds %1 for the word).
qint64 positiveId(const QString &word, const QString &message);

// The one line on stderr, and the exit code that goes with it.
int reportUsage(const QString &message);
int reportFailure(const QString &message);

template<typename Row, typename ToJson, typename ToLine>
void printRows(QTextStream &out, const QList<Row> &rows, bool json, ToJson toJson, ToLine toLine,
               const QString &empty)
{
    if (json) {
        QJsonArray list;
        for (const Row &row : rows)
            list.append(toJson(row));
        printJson(out, QJsonDocument(list));
        return;
    }
    for (const Row &row : rows)
        printLine(out, toLine(row));
    if (rows.isEmpty()) {
        QTextStream err(stderr);
        printLine(err, empty);
    }
}

} // namespace cli
