#include "cli/command.h"
#include "cli/output.h"
#include "sampledata.h"
#include "workspace.h"

// demo: a sample plan (once) and five candidates, each with a finished interview on it
// (once per candidate), through sampledata.
namespace cli {

namespace {

int demo(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    const sampledata::Added added = sampledata::add(workspace);
    if (added.planCreated)
        printLine(out, Cli::tr("Added plan \"%1\" (id %2).").arg(added.planName).arg(added.planId));
    for (const sampledata::AddedInterview &interview : added.interviews)
        printLine(out, Cli::tr("Added a finished interview with %1 (id %2) on plan \"%3\": %4, "
                               "started %5, recommendation %6.")
                           .arg(interview.candidate)
                           .arg(interview.id)
                           .arg(added.planName, questionsText(added.questions),
                                localMinute(interview.startedAt),
                                vocabulary::key(interview.recommendation)));
    if (!added.candidatesThere.isEmpty())
        printLine(out, Cli::tr("The demo candidates %1 are already there; nothing was added for "
                               "them (candidate list shows them; candidate remove ID removes "
                               "one).")
                           .arg(added.candidatesThere.join(QStringLiteral(", "))));
    return Success;
}

} // namespace

QList<Command> demoCommands()
{
    return {{QStringLiteral("demo"),
             {},
             {},
             QT_TRANSLATE_NOOP("Cli", "add a sample plan and five candidates, each with a finished "
                                      "interview with notes, scores and a recommendation (once)"),
             demo}};
}

} // namespace cli
