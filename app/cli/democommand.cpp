#include "cli/command.h"
#include "cli/output.h"
#include "sampledata.h"
#include "workspace.h"

// demo: a sample plan (once) and a finished sample interview, through sampledata.
namespace cli {

namespace {

int demo(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    const sampledata::Added added = sampledata::add(workspace);
    if (added.planCreated)
        printLine(out, Cli::tr("Added plan \"%1\" (id %2).").arg(added.planName).arg(added.planId));
    printLine(
        out,
        Cli::tr("Added a finished interview with Sample Candidate (id %1) on plan \"%2\": "
                "%3, started %4, recommendation yes.")
            .arg(added.interviewId)
            .arg(added.planName, questionsText(added.questions), localMinute(added.startedAt)));
    return Success;
}

} // namespace

QList<Command> demoCommands()
{
    return {{QStringLiteral("demo"),
             {},
             {},
             QT_TRANSLATE_NOOP("Cli", "add a sample plan (once) and a finished sample interview "
                                      "with notes, scores and a recommendation"),
             demo}};
}

} // namespace cli
