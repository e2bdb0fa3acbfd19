#include "cli.h"

#include "exchange/bankfiles.h"
#include "exchange/interviewpdf.h"
#include "exchange/planfiles.h"
#include "storage/errors.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
              "  interview export-pdf ID OUT.pdf\n"
              "                        write an interview's PDF summary (page size: the\n"
              "                        pdf_page_size setting, A4 or Letter)\n"
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

int bankSearch(const Arguments &args, QTextStream &out)
{
    requireCount(args, 3, QStringLiteral("bank search QUERY [--level L] [--category C] [--json]"));
    allowOnly(args,
              {QStringLiteral("--level"), QStringLiteral("--category"), QStringLiteral("--kind"),
               QStringLiteral("--limit")},
              {QStringLiteral("--json")});
    searchindex::Request request;
    request.text = args.words.at(2);
    request.level = validated(args.options.value(QStringLiteral("--level")), bankvalues::levels(),
                              QStringLiteral("--level"));
    request.kind = validated(args.options.value(QStringLiteral("--kind")), bankvalues::kinds(),
                             QStringLiteral("--kind"));
    request.category = args.options.value(QStringLiteral("--category"));
    bool limitOk = true;
    request.limit =
        args.options.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || request.limit < 1)
        throw UsageError{tr("--limit must be a positive whole number")};

    Workspace workspace(Database::resolveLocation(args.database));
    const QList<QuestionSummary> rows = workspace.bank().search(request);
    if (args.flags.contains(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const QuestionSummary &row : rows) {
            list.append(QJsonObject{{QStringLiteral("uuid"), row.uuid},
                                    {QStringLiteral("title"), row.title},
                                    {QStringLiteral("category"), row.category},
                                    {QStringLiteral("level"), row.level},
                                    {QStringLiteral("kind"), row.kind}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QuestionSummary &row : rows) {
        out << row.title << QStringLiteral("  (") << row.category << QStringLiteral(", ")
            << row.level << QStringLiteral(", ") << row.kind << QStringLiteral(")  ") << row.uuid
            << Qt::endl;
    }
    if (rows.isEmpty())
        QTextStream(stderr) << tr("No questions match \"%1\".").arg(request.text) << Qt::endl;
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
    out << tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
               .arg(path)
               .arg(result.added)
               .arg(result.updated)
               .arg(result.unchanged)
        << Qt::endl;
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
    out << tr("Exported %1 questions to %2.").arg(document.questions.size()).arg(path) << Qt::endl;
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
    if (args.flags.contains(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const PlanSummary &plan : plans) {
            list.append(QJsonObject{{QStringLiteral("id"), plan.id},
                                    {QStringLiteral("name"), plan.name},
                                    {QStringLiteral("role"), plan.role},
                                    {QStringLiteral("level"), plan.level},
                                    {QStringLiteral("minutes"), plan.totalMinutes},
                                    {QStringLiteral("targetMinutes"), plan.targetMinutes},
                                    {QStringLiteral("questions"), plan.questionCount}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const PlanSummary &plan : plans) {
        QStringList facts;
        if (!plan.role.isEmpty())
            facts << plan.role;
        facts << plan.level << tr("%1/%2 min").arg(plan.totalMinutes).arg(plan.targetMinutes)
              << questionsText(plan.questionCount);
        out << plan.id << QStringLiteral("  ") << plan.name << QStringLiteral("  (")
            << facts.join(QStringLiteral(", ")) << QStringLiteral(")") << Qt::endl;
    }
    if (plans.isEmpty())
        QTextStream(stderr) << tr("There are no plans.") << Qt::endl;
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
                                     {QStringLiteral("level"), item.level},
                                     {QStringLiteral("archived"), item.archived},
                                     {QStringLiteral("minutes"), item.minutes},
                                     {QStringLiteral("note"), item.note}});
        }
        const QJsonObject object{{QStringLiteral("id"), plan.id},
                                 {QStringLiteral("uuid"), plan.uuid},
                                 {QStringLiteral("name"), plan.name},
                                 {QStringLiteral("role"), plan.role},
                                 {QStringLiteral("level"), plan.level},
                                 {QStringLiteral("minutes"), plan.totalMinutes()},
                                 {QStringLiteral("targetMinutes"), plan.targetMinutes},
                                 {QStringLiteral("items"), items}};
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << plan.name << Qt::endl;
    if (!plan.role.isEmpty())
        out << tr("Role: %1").arg(plan.role) << Qt::endl;
    out << tr("Level: %1").arg(plan.level) << Qt::endl;
    out << tr("Time: %1 of %2 min, %3")
               .arg(plan.totalMinutes())
               .arg(plan.targetMinutes)
               .arg(questionsText(static_cast<int>(plan.items.size())))
        << Qt::endl;
    out << tr("uuid: %1").arg(plan.uuid) << Qt::endl;
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        out << Qt::endl
            << QStringLiteral("%1. ").arg(i + 1, 2) << item.title << QStringLiteral("  (")
            << item.category << QStringLiteral(", ") << item.level << QStringLiteral(", ")
            << tr("%1 min").arg(item.minutes) << (item.archived ? tr(", archived") : QString())
            << QStringLiteral(")") << Qt::endl;
        if (!item.note.isEmpty())
            out << QStringLiteral("    ") << tr("Note: %1").arg(item.note) << Qt::endl;
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
    out << tr("Exported plan \"%1\" (%2) to %3.")
               .arg(plan.name, questionsText(static_cast<int>(questions.size())), path)
        << Qt::endl;
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
    out << tr("Imported plan \"%1\": %2 added.")
               .arg(document.plan.name, questionsText(result.questionsAdded))
        << Qt::endl;
    if (result.replaced)
        out << tr("It replaced the plan with the same uuid (id %1).").arg(result.planId)
            << Qt::endl;
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
    out << tr("Wrote the summary of the interview with %1 to %2.").arg(interview->candidate, path)
        << Qt::endl;
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
        if (command == QLatin1String("interview export-pdf"))
            return interviewExportPdf(args, out);
        if (args.words.isEmpty())
            throw UsageError{tr("a command is needed after the options")};
        throw UsageError{tr("unknown command \"%1\"").arg(command)};
    } catch (const UsageError &error) {
        err << QStringLiteral("panelist: ") << error.message << tr(" (see panelist --help)")
            << Qt::endl;
        return 2;
    } catch (const PanelistError &error) {
        err << QStringLiteral("panelist: ") << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace cli
