#include "cli/command.h"
#include "cli/output.h"
#include "domain/errors.h"
#include "storage/planfiles.h"
#include "workspace.h"

#include <QJsonObject>

// plan list, plan show, plan export, plan import.
namespace cli {

namespace {

// Checked before the database is opened, so a mistyped ID is exit 2 whatever the file.
qint64 planId(const Request &request)
{
    return positiveId(request.values.at(0),
                      Cli::tr("a plan ID is a positive whole number, not \"%1\""));
}

Plan existingPlan(Workspace &workspace, qint64 id)
{
    const std::optional<Plan> plan = workspace.plans().plan(id);
    if (!plan)
        throw PanelistError(Cli::tr("no plan with id %1").arg(id));
    return *plan;
}

int list(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    printRows(
        out, workspace.plans().plans(), request.isSet(QStringLiteral("json")),
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
                  << Cli::tr("%1/%2 min").arg(plan.totalMinutes).arg(plan.targetMinutes)
                  << questionsText(plan.questionCount);
            return QStringLiteral("%1  ").arg(plan.id) + withFacts(plan.name, facts);
        },
        Cli::tr("There are no plans."));
    return Success;
}

QJsonObject planJson(const Plan &plan)
{
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
    return QJsonObject{{QStringLiteral("id"), plan.id},
                       {QStringLiteral("uuid"), plan.uuid},
                       {QStringLiteral("name"), plan.name},
                       {QStringLiteral("role"), plan.role},
                       {QStringLiteral("level"), vocabulary::key(plan.level)},
                       {QStringLiteral("minutes"), plan.totalMinutes()},
                       {QStringLiteral("targetMinutes"), plan.targetMinutes},
                       {QStringLiteral("items"), items}};
}

int show(const Request &request, QTextStream &out)
{
    const qint64 id = planId(request);
    Workspace workspace(request.database());
    const Plan plan = existingPlan(workspace, id);
    if (request.isSet(QStringLiteral("json"))) {
        printJson(out, QJsonDocument(planJson(plan)));
        return Success;
    }
    printLine(out, plan.name);
    if (!plan.role.isEmpty())
        printLine(out, Cli::tr("Role: %1").arg(plan.role));
    printLine(out, Cli::tr("Level: %1").arg(vocabulary::key(plan.level)));
    printLine(out, Cli::tr("Time: %1 of %2 min, %3")
                       .arg(plan.totalMinutes())
                       .arg(plan.targetMinutes)
                       .arg(questionsText(static_cast<int>(plan.items.size()))));
    printLine(out, Cli::tr("uuid: %1").arg(plan.uuid));
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        out << Qt::endl;
        printLine(out, QStringLiteral("%1. ").arg(i + 1, 2) + item.title + QStringLiteral("  (") +
                           item.category + QStringLiteral(", ") + vocabulary::key(item.level) +
                           QStringLiteral(", ") + Cli::tr("%1 min").arg(item.minutes) +
                           (item.archived ? Cli::tr(", archived") : QString()) +
                           QStringLiteral(")"));
        if (!item.note.isEmpty())
            printLine(out, QStringLiteral("    ") + Cli::tr("Note: %1").arg(item.note));
    }
    return Success;
}

int exportFile(const Request &request, QTextStream &out)
{
    const qint64 id = planId(request);
    const QString path = request.values.at(1);
    Workspace workspace(request.database());
    const Plan plan = existingPlan(workspace, id);
    const QList<Question> questions = planfiles::questionsOf(plan, workspace.bank());
    planfiles::write(path, plan, questions);
    printLine(out, Cli::tr("Exported plan \"%1\" (%2) to %3.")
                       .arg(plan.name, questionsText(static_cast<int>(questions.size())), path));
    return Success;
}

int importFile(const Request &request, QTextStream &out)
{
    // Read and check the file before the database is even opened.
    const PlanDocument document = planfiles::read(request.values.at(0));
    Workspace workspace(request.database());
    const PlanRepository::ImportResult result =
        workspace.plans().importPlan(document, workspace.bank());
    printLine(out, Cli::tr("Imported plan \"%1\": %2 added.")
                       .arg(document.plan.name, questionsText(result.questionsAdded)));
    if (result.replaced)
        printLine(out,
                  Cli::tr("It replaced the plan with the same uuid (id %1).").arg(result.planId));
    return Success;
}

} // namespace

QList<Command> planCommands()
{
    const QString id = QStringLiteral("ID");
    const QString file = QStringLiteral("FILE");
    const QStringList json{QStringLiteral("json")};
    return {
        {QStringLiteral("plan list"),
         {},
         json,
         QT_TRANSLATE_NOOP("Cli", "list the interview plans"),
         list},
        {QStringLiteral("plan show"),
         {id},
         json,
         QT_TRANSLATE_NOOP("Cli", "show a plan and its questions"),
         show},
        {QStringLiteral("plan export"),
         {id, file},
         {},
         QT_TRANSLATE_NOOP("Cli", "write a plan and its questions to a .json file"),
         exportFile},
        {QStringLiteral("plan import"),
         {file},
         {},
         QT_TRANSLATE_NOOP("Cli", "import a plan file; adds its missing questions to the bank "
                                  "and replaces a plan with the same uuid; all or nothing"),
         importFile},
    };
}

} // namespace cli
