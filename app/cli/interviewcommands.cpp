#include "cli/command.h"
#include "cli/output.h"
#include "domain/errors.h"
#include "formats/interviewpdf.h"
#include "interviews/previewleftovers.h"
#include "workspace.h"

#include <QJsonObject>
#include <algorithm>

// interview list, interview export-pdf, interview delete, interview delete-candidate.
namespace cli {

namespace {

// Checked before the database is opened, so a mistyped ID is exit 2 whatever the file.
qint64 interviewId(const Request &request)
{
    return positiveId(request.values.at(0),
                      Cli::tr("an interview ID is a positive whole number, not \"%1\""));
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject interviewJson(const InterviewSummary &row)
{
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
}

QString interviewLine(const InterviewSummary &row)
{
    QStringList facts;
    for (const QString &fact : {row.role, row.planName, vocabulary::key(row.status)}) {
        if (!fact.isEmpty())
            facts << fact;
    }
    if (row.startedAt.isValid())
        facts << localMinute(row.startedAt);
    if (row.recommendation != vocabulary::Recommendation::None)
        facts << vocabulary::key(row.recommendation);
    if (row.amended)
        facts << Cli::tr("amended");
    return QStringLiteral("%1  ").arg(row.id) + withFacts(row.candidate, facts);
}

int list(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    printRows(out, workspace.interviews().interviews(), request.isSet(QStringLiteral("json")),
              interviewJson, interviewLine, Cli::tr("There are no interviews."));
    return Success;
}

int exportPdf(const Request &request, QTextStream &out)
{
    const qint64 id = interviewId(request);
    const QString path = request.values.at(1);
    Workspace workspace(request.database());
    const std::optional<Interview> interview = workspace.interviews().interview(id);
    if (!interview)
        throw PanelistError(Cli::tr("no interview with id %1").arg(id));
    const QString pageSize = workspace.settings().value(QStringLiteral("pdf_page_size"));
    const std::optional<interviewpdf::PageSize> size = interviewpdf::pageSizeFromName(pageSize);
    if (!size)
        throw PanelistError(
            Cli::tr("the pdf_page_size setting must be A4 or Letter, not \"%1\"").arg(pageSize));
    interviewpdf::Options options;
    options.pageSize = *size;
    interviewpdf::write(*interview, path, options);
    printLine(out, Cli::tr("Wrote the summary of the interview with %1 to %2.")
                       .arg(interview->candidate, path));
    return Success;
}

// "Grace Hopper (id 4, started 2026-11-23 10:00, plan Backend)": what a deletion names.
QString describeInterview(const InterviewSummary &row)
{
    QStringList facts{Cli::tr("id %1").arg(row.id)};
    if (row.startedAt.isValid())
        facts << Cli::tr("started %1").arg(localMinute(row.startedAt));
    if (!row.planName.isEmpty())
        facts << Cli::tr("plan %1").arg(row.planName);
    facts << vocabulary::key(row.status);
    return QStringLiteral("%1 (%2)").arg(row.candidate, facts.join(QStringLiteral(", ")));
}

void printDeleted(QTextStream &out, const InterviewSummary &row)
{
    printLine(out, Cli::tr("Deleted the interview with %1.").arg(describeInterview(row)));
}

int remove(const Request &request, QTextStream &out)
{
    const qint64 id = interviewId(request);
    Workspace workspace(request.database());
    InterviewRepository &interviews = workspace.interviews();
    const QList<InterviewSummary> all = interviews.interviews();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [id](const InterviewSummary &row) { return row.id == id; });
    if (found == all.cend())
        throw PanelistError(Cli::tr("no interview with id %1").arg(id));
    interviews.remove(id);
    // Preview files an earlier build may have left in the temporary folder go too.
    previewleftovers::remove();
    printDeleted(out, *found);
    return Success;
}

int removeCandidate(const Request &request, QTextStream &out)
{
    // One quoted word or several, joined by the parser.
    const QString name = request.values.at(0).trimmed();
    Workspace workspace(request.database());
    InterviewRepository &interviews = workspace.interviews();
    const QList<InterviewSummary> rows = interviews.interviewsOf(name);
    if (rows.isEmpty())
        throw PanelistError(Cli::tr("no interviews with a candidate named \"%1\"").arg(name));
    const int removed = interviews.removeCandidate(name);
    previewleftovers::remove();
    for (const InterviewSummary &row : rows)
        printDeleted(out, row);
    printLine(out, (removed == 1 ? Cli::tr("Deleted 1 interview of \"%1\".")
                                 : Cli::tr("Deleted %1 interviews of \"%2\".").arg(removed))
                       .arg(name));
    return Success;
}

} // namespace

QList<Command> interviewCommands()
{
    const QString id = QStringLiteral("ID");
    return {
        {QStringLiteral("interview list"),
         {},
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("Cli", "list the interviews, newest first"),
         list},
        {QStringLiteral("interview export-pdf"),
         {id, QStringLiteral("OUT.pdf")},
         {},
         QT_TRANSLATE_NOOP("Cli", "write an interview's PDF summary (page size: the "
                                  "pdf_page_size setting, A4 or Letter)"),
         exportPdf,
         Command::NeedsFonts},
        {QStringLiteral("interview delete"),
         {id},
         {},
         QT_TRANSLATE_NOOP("Cli", "delete an interview and all it recorded, for good"),
         remove},
        {QStringLiteral("interview delete-candidate"),
         {QStringLiteral("NAME")},
         {},
         QT_TRANSLATE_NOOP("Cli", "delete every interview of a candidate (exact name, any "
                                  "letter case), for good"),
         removeCandidate,
         Command::LastValueTakesTheRest},
    };
}

} // namespace cli
