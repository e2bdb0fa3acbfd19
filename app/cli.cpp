#include "cli.h"

#include "domain/errors.h"
#include "formats/interviewpdf.h"
#include "interviews/previewleftovers.h"
#include "sampledata.h"
#include "storage/bankfiles.h"
#include "storage/planfiles.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// A mistake in how the command was typed: exit code 2.
struct UsageError
{
    QString message;
};

QString helpText()
{
    return tr("Usage: panelist [--database PATH] [COMMAND]\n"
              "\n"
              "Without a command, opens the Panelist window.\n"
              "\n"
              "Commands:\n"
              "  bank search QUERY [--level L] [--category C] [--kind K] [--json] [--limit N]\n"
              "                        search the question bank (prefix match, best first)\n"
              "  bank import FILE      import a bank file (.json or .md); all or nothing\n"
              "  bank export FILE      export the whole bank (.json or .md)\n"
              "  plan list [--json]    list the interview plans\n"
              "  plan show ID [--json] show a plan and its questions\n"
              "  plan export ID FILE   write a plan and its questions to a .json file\n"
              "  plan import FILE      import a plan file; adds its missing questions to the\n"
              "                        bank and replaces a plan with the same uuid; all or "
              "nothing\n"
              "  interview list [--json]\n"
              "                        list the interviews, newest first\n"
              "  interview export-pdf ID OUT.pdf\n"
              "                        write an interview's PDF summary (page size: the\n"
              "                        pdf_page_size setting, A4 or Letter)\n"
              "  interview delete ID   delete an interview and all it recorded, for good\n"
              "  interview delete-candidate NAME\n"
              "                        delete every interview of a candidate (exact name, any\n"
              "                        letter case), for good\n"
              "  demo                  add a sample plan (once) and a finished sample interview\n"
              "                        with notes, scores and a recommendation\n"
              "\n"
              "Options:\n"
              "  --database PATH       the SQLite database to use (default: %1;\n"
              "                        the PANELIST_DATABASE environment variable also sets it)\n"
              "  -h, --help            show this help\n"
              "  -v, --version         show the version\n")
        .arg(Database::defaultLocation());
}

struct Arguments
{
    QString database;
    QStringList words;               // command words and positional values
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --name
};

// Splits argv into the database option, command words, options and flags.
Arguments parse(const QStringList &arguments)
{
    static const QSet<QString> valued = {QStringLiteral("--database"), QStringLiteral("--level"),
                                         QStringLiteral("--category"), QStringLiteral("--kind"),
                                         QStringLiteral("--limit")};
    Arguments result;
    for (int i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            result.words << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(QLatin1String("-")) || argument == QLatin1String("-")) {
            result.words << argument;
            continue;
        }
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const bool inlineValue = equals > 0;
        if (inlineValue) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
        }
        if (valued.contains(argument)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    throw UsageError{tr("option %1 needs a value").arg(argument)};
                value = arguments.at(++i);
            }
            if (argument == QLatin1String("--database"))
                result.database = value;
            else
                result.options.insert(argument, value);
        } else {
            result.flags.insert(argument);
        }
    }
    return result;
}

void allowOnly(const Arguments &args, const QStringList &options, const QStringList &flags)
{
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it) {
        if (!options.contains(it.key()))
            throw UsageError{tr("option %1 does not apply to this command").arg(it.key())};
    }
    for (const QString &flag : args.flags) {
        if (!flags.contains(flag))
            throw UsageError{tr("unknown option %1").arg(flag)};
    }
}

void requireCount(const Arguments &args, int count, const QString &usage)
{
    if (args.words.size() != count)
        throw UsageError{tr("usage: panelist %1").arg(usage)};
}

QString validated(const QString &value, const QStringList &allowed, const QString &option)
{
    if (!value.isEmpty() && !allowed.contains(value))
        throw UsageError{tr("%1 must be one of %2, not \"%3\"")
                             .arg(option, allowed.join(QStringLiteral(", ")), value)};
    return value;
}

// Text from the bank, a file or the command line, made safe for a terminal: control
// characters (C0 including tab and line breaks, DEL, C1) and the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) are written as escapes (\x1b,
// \u202e), so a title can neither send the terminal a command nor reorder what follows
// it, and a row stays one line.
QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0))
            result += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
            result += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

void printLine(QTextStream &out, const QString &line)
{
    out << printable(line) << Qt::endl;
}

// Indented JSON. QJsonDocument escapes only C0 controls; DEL, C1 and the bidirectional
// controls are escaped here too (\u202e), which JSON reads back as the same text.
QByteArray printableJson(const QJsonDocument &document)
{
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString result;
    result.reserve(json.size());
    for (const QChar c : json) {
        const char16_t code = c.unicode();
        if (code == 0x7f || (code >= 0x80 && code < 0xa0) || (code >= 0x202a && code <= 0x202e) ||
            (code >= 0x2066 && code <= 0x2069))
            result += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result.toUtf8();
}

// Prints `rows` as an indented JSON list (`toJson` makes each object) or as one line per
// row (`toLine`); an empty text list says `empty` on stderr instead.
template<typename Row, typename ToJson, typename ToLine>
void printRows(QTextStream &out, const QList<Row> &rows, bool json, ToJson toJson, ToLine toLine,
               const QString &empty)
{
    if (json) {
        QJsonArray list;
        for (const Row &row : rows)
            list.append(toJson(row));
        out << printableJson(QJsonDocument(list));
        return;
    }
    for (const Row &row : rows)
        printLine(out, toLine(row));
    if (rows.isEmpty()) {
        QTextStream err(stderr);
        printLine(err, empty);
    }
}

// "Name  (fact, fact)": how list commands print a row after its id.
QString withFacts(const QString &name, const QStringList &facts)
{
    return QStringLiteral("%1  (%2)").arg(name, facts.join(QStringLiteral(", ")));
}

int bankSearch(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("bank search QUERY [--level L] [--category C] [--json]"));
    allowOnly(args,
              {QStringLiteral("--level"), QStringLiteral("--category"), QStringLiteral("--kind"),
               QStringLiteral("--limit")},
              {QStringLiteral("--json")});
    searchindex::Request request;
    request.text = args.words.at(2);
    request.level =
        vocabulary::parseLevel(validated(args.options.value(QStringLiteral("--level")),
                                         vocabulary::levelKeys(), QStringLiteral("--level")));
    request.kind =
        vocabulary::parseKind(validated(args.options.value(QStringLiteral("--kind")),
                                        vocabulary::kindKeys(), QStringLiteral("--kind")));
    request.category = args.options.value(QStringLiteral("--category"));
    bool limitOk = true;
    request.limit =
        args.options.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || request.limit < 1)
        throw UsageError{tr("--limit must be a positive whole number")};

    Workspace workspace(Database::resolveLocation(args.database));
    const QList<QuestionSummary> rows = workspace.bank().search(request);
    printRows(
        out, rows, args.flags.contains(QStringLiteral("--json")),
        [](const QuestionSummary &row) {
            return QJsonObject{{QStringLiteral("uuid"), row.uuid},
                               {QStringLiteral("title"), row.title},
                               {QStringLiteral("category"), row.category},
                               {QStringLiteral("level"), vocabulary::key(row.level)},
                               {QStringLiteral("kind"), vocabulary::key(row.kind)}};
        },
        [](const QuestionSummary &row) -> QString {
            return withFacts(row.title, {row.category, vocabulary::key(row.level),
                                         vocabulary::key(row.kind)}) +
                   QStringLiteral("  ") + row.uuid;
        },
        tr("No questions match \"%1\".").arg(request.text));
    return 0;
}

int bankImport(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("bank import FILE"));
    allowOnly(args, {}, {});
    const QString path = args.words.at(2);
    // Read and check the file before the database is even opened.
    const BankDocument document = bankfiles::read(path);
    Workspace workspace(Database::resolveLocation(args.database));
    const BankRepository::ImportResult result =
        workspace.bank().importQuestions(document.categories, document.questions);
    printLine(out, tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                       .arg(path)
                       .arg(result.added)
                       .arg(result.updated)
                       .arg(result.unchanged));
    return 0;
}

int bankExport(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("bank export FILE"));
    allowOnly(args, {}, {});
    const QString path = args.words.at(2);
    Workspace workspace(Database::resolveLocation(args.database));
    const BankDocument document = bankfiles::snapshot(workspace.bank());
    bankfiles::write(path, document);
    printLine(out, tr("Exported %1 questions to %2.").arg(document.questions.size()).arg(path));
    return 0;
}

QString questionsText(int count)
{
    return count == 1 ? tr("1 question") : tr("%1 questions").arg(count);
}

qint64 planId(const QString &word)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError{tr("a plan ID is a positive whole number, not \"%1\"").arg(word)};
    return id;
}

Plan existingPlan(Workspace &workspace, qint64 id)
{
    const std::optional<Plan> plan = workspace.plans().plan(id);
    if (!plan)
        throw PanelistError(tr("no plan with id %1").arg(id));
    return *plan;
}

int planList(const Arguments &args, QTextStream &out)
{
    requireCount(args, 2, QStringLiteral("plan list [--json]"));
    allowOnly(args, {}, {QStringLiteral("--json")});
    Workspace workspace(Database::resolveLocation(args.database));
    const QList<PlanSummary> plans = workspace.plans().plans();
    printRows(
        out, plans, args.flags.contains(QStringLiteral("--json")),
        [](const PlanSummary &plan) {
            return QJsonObject{{QStringLiteral("id"), plan.id},
                               {QStringLiteral("name"), plan.name},
                               {QStringLiteral("role"), plan.role},
                               {QStringLiteral("level"), vocabulary::key(plan.level)},
                               {QStringLiteral("minutes"), plan.totalMinutes},
                               {QStringLiteral("targetMinutes"), plan.targetMinutes},
                               {QStringLiteral("questions"), plan.questionCount}};
        },
        [](const PlanSummary &plan) -> QString {
            QStringList facts;
            if (!plan.role.isEmpty())
                facts << plan.role;
            facts << vocabulary::key(plan.level)
                  << tr("%1/%2 min").arg(plan.totalMinutes).arg(plan.targetMinutes)
                  << questionsText(plan.questionCount);
            return QStringLiteral("%1  ").arg(plan.id) + withFacts(plan.name, facts);
        },
        tr("There are no plans."));
    return 0;
}

int planShow(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("plan show ID [--json]"));
    allowOnly(args, {}, {QStringLiteral("--json")});
    const qint64 id = planId(args.words.at(2));
    Workspace workspace(Database::resolveLocation(args.database));
    const Plan plan = existingPlan(workspace, id);
    if (args.flags.contains(QStringLiteral("--json"))) {
        QJsonArray items;
        for (const PlanItem &item : plan.items) {
            items.append(QJsonObject{{QStringLiteral("question"), item.questionUuid},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("category"), item.category},
                                     {QStringLiteral("level"), vocabulary::key(item.level)},
                                     {QStringLiteral("archived"), item.archived},
                                     {QStringLiteral("minutes"), item.minutes},
                                     {QStringLiteral("note"), item.note}});
        }
        const QJsonObject object{{QStringLiteral("id"), plan.id},
                                 {QStringLiteral("uuid"), plan.uuid},
                                 {QStringLiteral("name"), plan.name},
                                 {QStringLiteral("role"), plan.role},
                                 {QStringLiteral("level"), vocabulary::key(plan.level)},
                                 {QStringLiteral("minutes"), plan.totalMinutes()},
                                 {QStringLiteral("targetMinutes"), plan.targetMinutes},
                                 {QStringLiteral("items"), items}};
        out << printableJson(QJsonDocument(object));
        return 0;
    }
    printLine(out, plan.name);
    if (!plan.role.isEmpty())
        printLine(out, tr("Role: %1").arg(plan.role));
    printLine(out, tr("Level: %1").arg(vocabulary::key(plan.level)));
    printLine(out, tr("Time: %1 of %2 min, %3")
                       .arg(plan.totalMinutes())
                       .arg(plan.targetMinutes)
                       .arg(questionsText(static_cast<int>(plan.items.size()))));
    printLine(out, tr("uuid: %1").arg(plan.uuid));
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        out << Qt::endl;
        printLine(out, QStringLiteral("%1. ").arg(i + 1, 2) + item.title + QStringLiteral("  (") +
                           item.category + QStringLiteral(", ") + vocabulary::key(item.level) +
                           QStringLiteral(", ") + tr("%1 min").arg(item.minutes) +
                           (item.archived ? tr(", archived") : QString()) + QStringLiteral(")"));
        if (!item.note.isEmpty())
            printLine(out, QStringLiteral("    ") + tr("Note: %1").arg(item.note));
    }
    return 0;
}

int planExport(const Arguments &args, QTextStream &out)
{
    requireCount(args, 4, QStringLiteral("plan export ID FILE"));
    allowOnly(args, {}, {});
    const qint64 id = planId(args.words.at(2));
    const QString path = args.words.at(3);
    Workspace workspace(Database::resolveLocation(args.database));
    const Plan plan = existingPlan(workspace, id);
    const QList<Question> questions = planfiles::questionsOf(plan, workspace.bank());
    planfiles::write(path, plan, questions);
    printLine(out, tr("Exported plan \"%1\" (%2) to %3.")
                       .arg(plan.name, questionsText(static_cast<int>(questions.size())), path));
    return 0;
}

int planImport(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("plan import FILE"));
    allowOnly(args, {}, {});
    // Read and check the file before the database is even opened.
    const PlanDocument document = planfiles::read(args.words.at(2));
    Workspace workspace(Database::resolveLocation(args.database));
    const PlanRepository::ImportResult result =
        workspace.plans().importPlan(document, workspace.bank());
    printLine(out, tr("Imported plan \"%1\": %2 added.")
                       .arg(document.plan.name, questionsText(result.questionsAdded)));
    if (result.replaced)
        printLine(out, tr("It replaced the plan with the same uuid (id %1).").arg(result.planId));
    return 0;
}

int interviewExportPdf(const Arguments &args, QTextStream &out)
{
    requireCount(args, 4, QStringLiteral("interview export-pdf ID OUT.pdf"));
    allowOnly(args, {}, {});
    bool ok = false;
    const qint64 id = args.words.at(2).toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError{
            tr("an interview ID is a positive whole number, not \"%1\"").arg(args.words.at(2))};
    const QString path = args.words.at(3);
    Workspace workspace(Database::resolveLocation(args.database));
    const std::optional<Interview> interview = workspace.interviews().interview(id);
    if (!interview)
        throw PanelistError(tr("no interview with id %1").arg(id));
    const QString pageSize = workspace.settings().value(QStringLiteral("pdf_page_size"));
    const std::optional<interviewpdf::PageSize> size = interviewpdf::pageSizeFromName(pageSize);
    if (!size)
        throw PanelistError(
            tr("the pdf_page_size setting must be A4 or Letter, not \"%1\"").arg(pageSize));
    interviewpdf::Options options;
    options.pageSize = *size;
    interviewpdf::write(*interview, path, options);
    printLine(
        out,
        tr("Wrote the summary of the interview with %1 to %2.").arg(interview->candidate, path));
    return 0;
}

// Interviews

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

int interviewList(const Arguments &args, QTextStream &out)
{
    requireCount(args, 2, QStringLiteral("interview list [--json]"));
    allowOnly(args, {}, {QStringLiteral("--json")});
    Workspace workspace(Database::resolveLocation(args.database));
    const QList<InterviewSummary> interviews = workspace.interviews().interviews();
    printRows(
        out, interviews, args.flags.contains(QStringLiteral("--json")),
        [](const InterviewSummary &row) {
            // ISO 8601 in UTC ("2024-05-06T14:30:00Z"); null when it has not started.
            const QString started =
                row.startedAt.isValid() ? row.startedAt.toUTC().toString(Qt::ISODate) : QString();
            return QJsonObject{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("candidate"), row.candidate},
                {QStringLiteral("role"), row.role},
                {QStringLiteral("plan"), row.planName},
                {QStringLiteral("status"), vocabulary::key(row.status)},
                {QStringLiteral("started"), nullable(started)},
                {QStringLiteral("recommendation"), nullable(vocabulary::key(row.recommendation))}};
        },
        [](const InterviewSummary &row) -> QString {
            QStringList facts;
            for (const QString &fact : {row.role, row.planName, vocabulary::key(row.status)}) {
                if (!fact.isEmpty())
                    facts << fact;
            }
            // Local time, to the minute.
            if (row.startedAt.isValid())
                facts << row.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            if (row.recommendation != vocabulary::Recommendation::None)
                facts << vocabulary::key(row.recommendation);
            if (row.amended)
                facts << tr("amended");
            return QStringLiteral("%1  ").arg(row.id) + withFacts(row.candidate, facts);
        },
        tr("There are no interviews."));
    return 0;
}

// "Grace Hopper (id 4, started 2026-11-23 10:00, plan Backend)": what a deletion names.
QString describeInterview(const InterviewSummary &row)
{
    QStringList facts{tr("id %1").arg(row.id)};
    if (row.startedAt.isValid())
        facts << tr("started %1")
                     .arg(row.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!row.planName.isEmpty())
        facts << tr("plan %1").arg(row.planName);
    facts << vocabulary::key(row.status);
    return QStringLiteral("%1 (%2)").arg(row.candidate, facts.join(QStringLiteral(", ")));
}

int interviewDelete(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("interview delete ID"));
    allowOnly(args, {}, {});
    bool ok = false;
    const qint64 id = args.words.at(2).toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError{
            tr("an interview ID is a positive whole number, not \"%1\"").arg(args.words.at(2))};
    Workspace workspace(Database::resolveLocation(args.database));
    InterviewRepository &interviews = workspace.interviews();
    const QList<InterviewSummary> all = interviews.interviews();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [id](const InterviewSummary &row) { return row.id == id; });
    if (found == all.cend())
        throw PanelistError(tr("no interview with id %1").arg(id));
    interviews.remove(id);
    // Preview files an earlier build may have left in the temporary folder go too.
    previewleftovers::remove();
    printLine(out, tr("Deleted the interview with %1.").arg(describeInterview(*found)));
    return 0;
}

int interviewDeleteCandidate(const Arguments &args, QTextStream &out)
{
    if (args.words.size() < 3)
        throw UsageError{tr("usage: panelist interview delete-candidate NAME")};
    allowOnly(args, {}, {});
    // The name may come as one quoted word or as several.
    const QString name = args.words.mid(2).join(QLatin1Char(' ')).trimmed();
    if (name.isEmpty())
        throw UsageError{tr("usage: panelist interview delete-candidate NAME")};
    Workspace workspace(Database::resolveLocation(args.database));
    InterviewRepository &interviews = workspace.interviews();
    const QList<InterviewSummary> rows = interviews.interviewsOf(name);
    if (rows.isEmpty())
        throw PanelistError(tr("no interviews with a candidate named \"%1\"").arg(name));
    const int removed = interviews.removeCandidate(name);
    previewleftovers::remove();
    for (const InterviewSummary &row : rows)
        printLine(out, tr("Deleted the interview with %1.").arg(describeInterview(row)));
    printLine(out, (removed == 1 ? tr("Deleted 1 interview of \"%1\".")
                                 : tr("Deleted %1 interviews of \"%2\".").arg(removed))
                       .arg(name));
    return 0;
}

int demo(const Arguments &args, QTextStream &out)
{
    requireCount(args, 1, QStringLiteral("demo"));
    allowOnly(args, {}, {});
    Workspace workspace(Database::resolveLocation(args.database));
    const sampledata::Added added = sampledata::add(workspace);
    if (added.planCreated)
        printLine(out, tr("Added plan \"%1\" (id %2).").arg(added.planName).arg(added.planId));
    printLine(out,
              tr("Added a finished interview with Sample Candidate (id %1) on plan \"%2\": "
                 "%3, started %4, recommendation yes.")
                  .arg(added.interviewId)
                  .arg(added.planName, questionsText(added.questions),
                       added.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return 0;
}

} // namespace

bool needsFonts(const QStringList &arguments)
{
    try {
        const Arguments args = parse(arguments);
        return args.words.mid(0, 2) ==
               QStringList{QStringLiteral("interview"), QStringLiteral("export-pdf")};
    } catch (const UsageError &) {
        return false;
    }
}

bool wantsCommandLine(const QStringList &arguments)
{
    try {
        const Arguments args = parse(arguments);
        return !args.words.isEmpty() || !args.flags.isEmpty() || !args.options.isEmpty();
    } catch (const UsageError &) {
        return true; // let run() explain the mistake
    }
}

QString databaseOption(const QStringList &arguments)
{
    try {
        return parse(arguments).database;
    } catch (const UsageError &) {
        return {};
    }
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        const Arguments args = parse(arguments);
        if (args.flags.contains(QStringLiteral("--help")) ||
            args.flags.contains(QStringLiteral("-h"))) {
            out << helpText();
            return 0;
        }
        if (args.flags.contains(QStringLiteral("--version")) ||
            args.flags.contains(QStringLiteral("-v"))) {
            out << QStringLiteral("panelist %1").arg(QCoreApplication::applicationVersion())
                << Qt::endl;
            return 0;
        }
        const QString command = args.words.mid(0, 2).join(QLatin1Char(' '));
        if (command == QLatin1String("bank search"))
            return bankSearch(args, out);
        if (command == QLatin1String("bank import"))
            return bankImport(args, out);
        if (command == QLatin1String("bank export"))
            return bankExport(args, out);
        if (command == QLatin1String("plan list"))
            return planList(args, out);
        if (command == QLatin1String("plan show"))
            return planShow(args, out);
        if (command == QLatin1String("plan export"))
            return planExport(args, out);
        if (command == QLatin1String("plan import"))
            return planImport(args, out);
        if (command == QLatin1String("interview list"))
            return interviewList(args, out);
        if (args.words.value(0) == QLatin1String("demo"))
            return demo(args, out);
        if (command == QLatin1String("interview export-pdf"))
            return interviewExportPdf(args, out);
        if (command == QLatin1String("interview delete"))
            return interviewDelete(args, out);
        if (command == QLatin1String("interview delete-candidate"))
            return interviewDeleteCandidate(args, out);
        if (args.words.isEmpty())
            throw UsageError{tr("a command is needed after the options")};
        throw UsageError{tr("unknown command \"%1\"").arg(command)};
    } catch (const UsageError &error) {
        printLine(err, QStringLiteral("panelist: ") + error.message + tr(" (see panelist --help)"));
        return 2;
    } catch (const PanelistError &error) {
        printLine(err, QStringLiteral("panelist: ") + error.message());
        return 1;
    }
}

} // namespace cli
