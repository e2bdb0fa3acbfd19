#include "cli/command.h"
#include "cli/output.h"
#include "domain/errors.h"
#include "formats/debriefpdf.h"
#include "interviews/previewleftovers.h"
#include "storage/candidaterepository.h"
#include "storage/debriefreader.h"
#include "storage/decisionrepository.h"
#include "storage/localsync.h"
#include "storage/panelguard.h"
#include "storage/settingsstore.h"
#include "workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// candidate list, show, duplicates, merge, remove, decide, debrief-pdf.
namespace cli {

namespace {

qint64 candidateId(const QString &word)
{
    return positiveId(word, Cli::tr("a candidate ID is a positive whole number, not \"%1\""));
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// "3 of 4 interviews finished": every interview of the candidate counts, planned, live
// and finished; a finished one has its scorecard in.
QString progressText(const CandidateOverview &row)
{
    if (row.interviews == 0)
        return Cli::tr("no interviews");
    return Cli::tr("%1 of %2 scorecards in").arg(row.finished).arg(row.interviews);
}

QJsonObject candidateJson(const Candidate &candidate)
{
    return QJsonObject{{QStringLiteral("id"), candidate.id},
                       {QStringLiteral("uuid"), candidate.uuid},
                       {QStringLiteral("name"), candidate.name},
                       {QStringLiteral("email"), nullable(candidate.email)},
                       {QStringLiteral("role"), candidate.role},
                       {QStringLiteral("status"), vocabulary::key(candidate.status)}};
}

QJsonObject overviewJson(const CandidateOverview &row)
{
    QJsonObject object = candidateJson(row.candidate);
    object.insert(QStringLiteral("interviews"), row.interviews);
    object.insert(QStringLiteral("finished"), row.finished);
    object.insert(QStringLiteral("progress"), progressText(row));
    object.insert(QStringLiteral("lastActivity"), nullable(isoOrEmpty(row.lastActivity)));
    return object;
}

QString overviewLine(const CandidateOverview &row)
{
    QStringList facts;
    if (!row.candidate.role.isEmpty())
        facts << row.candidate.role;
    facts << vocabulary::key(row.candidate.status) << progressText(row);
    return QStringLiteral("%1  ").arg(row.candidate.id) + withFacts(row.candidate.name, facts);
}

int list(const Request &request, QTextStream &out)
{
    CandidateRepository::Filter filter;
    filter.search = request.option(QStringLiteral("search"));
    filter.role = request.option(QStringLiteral("role"));
    if (request.isSet(QStringLiteral("status"))) {
        const QString key = request.option(QStringLiteral("status"));
        filter.status = vocabulary::parseCandidateStatus(key);
        if (!filter.status)
            throw UsageError{
                Cli::tr("--status is one of %1, not \"%2\"")
                    .arg(vocabulary::candidateStatusKeys().join(QStringLiteral(", ")), key)};
    }
    Workspace workspace(request.database());
    CandidateRepository candidates(workspace.database());
    printRows(out, candidates.list(filter), request.isSet(QStringLiteral("json")), overviewJson,
              overviewLine, Cli::tr("There are no candidates."));
    return Success;
}

const Candidate &existing(const std::optional<Candidate> &candidate, qint64 id,
                          const QString &location)
{
    if (!candidate)
        throw PanelistError(Cli::tr("no candidate with id %1 in %2; candidate list shows the ids")
                                .arg(id)
                                .arg(location));
    return *candidate;
}

QJsonObject interviewJson(const InterviewSummary &row, bool visible)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("interviewer"), row.interviewer},
        {QStringLiteral("plan"), row.planName},
        {QStringLiteral("status"), vocabulary::key(row.status)},
        {QStringLiteral("started"), nullable(isoOrEmpty(row.startedAt))},
        {QStringLiteral("ended"), nullable(isoOrEmpty(row.endedAt))},
        {QStringLiteral("visible"), visible},
        {QStringLiteral("recommendation"), nullable(vocabulary::key(row.recommendation))}};
}

// What an interview the viewer may read says: the summary and each question's score and
// notes.
void addContent(QJsonObject &object, const Interview &interview)
{
    object.insert(QStringLiteral("summary"), interview.summary);
    QJsonArray items;
    for (const InterviewItem &item : interview.items)
        items.append(QJsonObject{{QStringLiteral("title"), item.title},
                                 {QStringLiteral("score"), item.score},
                                 {QStringLiteral("notes"), item.notes}});
    object.insert(QStringLiteral("items"), items);
}

QStringList submitterNames(const PanelView &view)
{
    QStringList names;
    for (const ColleagueSubmission &submission : view.submitted)
        names << submission.interviewer;
    return names;
}

// Honours the bias guard (storage/panelguard.h): a colleague's interview shows whole
// only once the viewer (Settings' interviewer name, or --as) has finished their own.
int show(const Request &request, QTextStream &out)
{
    const qint64 id = candidateId(request.values.at(0));
    Workspace workspace(request.database());
    PanelGuard guard(workspace.database());
    const QString viewer = request.isSet(QStringLiteral("as"))
                               ? request.option(QStringLiteral("as")).trimmed()
                               : guard.currentViewer();
    const std::optional<PanelView> found = guard.view(id, viewer);
    if (!found)
        throw PanelistError(Cli::tr("no candidate with id %1 in %2; candidate list shows the ids")
                                .arg(id)
                                .arg(request.database()));
    const PanelView &view = *found;
    QHash<qint64, const Interview *> readable;
    for (const QList<Interview> *list : {&view.own, &view.colleagues}) {
        for (const Interview &interview : *list)
            readable.insert(interview.id, &interview);
    }
    if (request.isSet(QStringLiteral("json"))) {
        QJsonObject object = candidateJson(view.candidate);
        object.insert(QStringLiteral("viewer"), nullable(view.viewer));
        object.insert(QStringLiteral("viewerSubmitted"), view.viewerSubmitted);
        object.insert(QStringLiteral("colleaguesSubmitted"), int(view.submitted.size()));
        object.insert(QStringLiteral("submittedBy"),
                      QJsonArray::fromStringList(submitterNames(view)));
        object.insert(QStringLiteral("hidden"), view.hidden);
        QJsonArray interviews;
        for (const InterviewSummary &row : view.loop) {
            const Interview *interview = readable.value(row.id);
            QJsonObject entry = interviewJson(row, interview != nullptr);
            if (interview)
                addContent(entry, *interview);
            interviews.append(entry);
        }
        object.insert(QStringLiteral("interviews"), interviews);
        printJson(out, QJsonDocument(object));
        return Success;
    }
    const Candidate &candidate = view.candidate;
    QStringList facts;
    if (!candidate.role.isEmpty())
        facts << candidate.role;
    if (!candidate.email.isEmpty())
        facts << candidate.email;
    facts << vocabulary::key(candidate.status);
    printLine(out, QStringLiteral("%1  ").arg(candidate.id) + withFacts(candidate.name, facts));
    if (view.loop.isEmpty())
        printLine(out, Cli::tr("  No interviews."));
    for (const InterviewSummary &row : view.loop) {
        const Interview *interview = readable.value(row.id);
        QStringList rowFacts;
        for (const QString &fact : {row.planName, vocabulary::key(row.status)}) {
            if (!fact.isEmpty())
                rowFacts << fact;
        }
        if (row.startedAt.isValid())
            rowFacts << localMinute(row.startedAt);
        if (!interview)
            rowFacts << Cli::tr("hidden until you submit yours");
        else if (row.recommendation != vocabulary::Recommendation::None)
            rowFacts << vocabulary::key(row.recommendation);
        const QString who =
            row.interviewer.isEmpty() ? Cli::tr("(no interviewer named)") : row.interviewer;
        printLine(out, QStringLiteral("  interview %1  ").arg(row.id) + withFacts(who, rowFacts));
        if (interview && !interview->summary.trimmed().isEmpty())
            printLine(out, QStringLiteral("    ") + interview->summary.simplified());
    }
    if (!view.viewerSubmitted && !view.submitted.isEmpty())
        printLine(out, Cli::tr("%n colleague(s) submitted (%1). Their notes and scores "
                               "show once %2 has finished an interview of this candidate.",
                               nullptr, int(view.submitted.size()))
                           .arg(submitterNames(view).join(QStringLiteral(", ")),
                                view.viewer.isEmpty() ? Cli::tr("you") : view.viewer));
    else if (view.hidden > 0)
        printLine(out, Cli::tr("%n interview(s) of colleagues hidden until %1 has finished an "
                               "interview of this candidate.",
                               nullptr, view.hidden)
                           .arg(view.viewer.isEmpty() ? Cli::tr("you") : view.viewer));
    return Success;
}

int duplicates(const Request &request, QTextStream &out)
{
    Workspace workspace(request.database());
    CandidateRepository candidates(workspace.database());
    const QList<CandidateDuplicate> pairs = candidates.possibleDuplicates();
    if (pairs.isEmpty()) {
        printLine(out, Cli::tr("No candidates whose names differ only in letter case or "
                               "accents."));
        return Success;
    }
    for (const CandidateDuplicate &pair : pairs) {
        printLine(out, Cli::tr("%1 \"%2\" and %3 \"%4\" may be the same person; merge with: "
                               "panelist candidate merge %3 %1")
                           .arg(pair.first.id)
                           .arg(pair.first.name)
                           .arg(pair.second.id)
                           .arg(pair.second.name));
    }
    return Success;
}

int merge(const Request &request, QTextStream &out)
{
    const qint64 from = candidateId(request.values.at(0));
    const qint64 into = candidateId(request.values.at(1));
    if (from == into)
        throw UsageError{
            Cli::tr("FROM and INTO are both candidate %1; name two candidates").arg(from)};
    Workspace workspace(request.database());
    CandidateRepository candidates(workspace.database());
    const std::optional<Candidate> source = candidates.candidate(from);
    const std::optional<Candidate> target = candidates.candidate(into);
    existing(source, from, request.database());
    existing(target, into, request.database());
    const int moved = int(candidates.loop(from).size());
    candidates.merge(from, into);
    printLine(out, Cli::tr("Merged candidate %1 \"%2\" into %3 \"%4\": %5 interview(s) moved.")
                       .arg(from)
                       .arg(source->name)
                       .arg(into)
                       .arg(target->name)
                       .arg(moved));
    return Success;
}

int decide(const Request &request, QTextStream &out)
{
    const qint64 id = candidateId(request.values.at(0));
    const QString word = request.values.at(1);
    const std::optional<vocabulary::Decision> decision = vocabulary::parseDecision(word);
    if (!decision)
        throw UsageError{Cli::tr("a decision is one of %1, not \"%2\"")
                             .arg(vocabulary::decisionKeys().join(QStringLiteral(", ")), word)};
    if (request.option(QStringLiteral("reason")).trimmed().isEmpty())
        throw UsageError{Cli::tr("candidate decide needs --reason TEXT: say in a sentence why "
                                 "the panel decided to %1")
                             .arg(word)};
    Workspace workspace(request.database());
    DecisionRepository decisions(workspace.database());
    CandidateRepository candidates(workspace.database());
    existing(candidates.candidate(id), id, request.database());
    const DecisionRepository::Authority authority = decisions.authority();
    if (!authority.allowed)
        throw PanelistError(authority.refusal);
    // Who decided: the team role in a team (what the server records too), else Settings'
    // interviewer name.
    const std::optional<LocalSync::Team> team = LocalSync(workspace.database()).team();
    const QString who = team ? team->role : DebriefReader(workspace.database()).currentViewer();
    const CandidateDecision stored =
        decisions.record(id, *decision, request.option(QStringLiteral("reason")), who);
    const std::optional<Candidate> after = candidates.candidate(id);
    printLine(out, Cli::tr("Recorded the decision on %1 (candidate %2): %3. Their status is %4.")
                       .arg(after->name)
                       .arg(id)
                       .arg(vocabulary::key(stored.decision), vocabulary::key(after->status)));
    return Success;
}

int debriefPdf(const Request &request, QTextStream &out)
{
    const qint64 id = candidateId(request.values.at(0));
    const QString path = request.values.at(1);
    Workspace workspace(request.database());
    const DebriefReader reader(workspace.database());
    const QString viewer = request.isSet(QStringLiteral("as"))
                               ? request.option(QStringLiteral("as")).trimmed()
                               : reader.currentViewer();
    const std::optional<Debrief> debrief = reader.read(id, viewer);
    if (!debrief)
        existing(std::nullopt, id, request.database());
    const QString pageSize = workspace.settings().value(QStringLiteral("pdf_page_size"));
    const std::optional<interviewpdf::PageSize> size = interviewpdf::pageSizeFromName(pageSize);
    if (!size)
        throw PanelistError(
            Cli::tr("the pdf_page_size setting must be A4 or Letter, not \"%1\"").arg(pageSize));
    debriefpdf::Options options;
    options.pageSize = *size;
    options.author = viewer;
    debriefpdf::write(*debrief, path, options);
    printLine(out, Cli::tr("Wrote the debrief packet of %1 to %2: %3 scorecard(s).")
                       .arg(debrief->candidate.name, path)
                       .arg(debrief->scorecards.size()));
    if (debrief->hidden > 0)
        printLine(out, Cli::tr("%1 colleague scorecard(s) are left out: %2 has not submitted a "
                               "scorecard for %3 yet (the bias guard).")
                           .arg(debrief->hidden)
                           .arg(viewer.isEmpty() ? Cli::tr("the unnamed interviewer") : viewer,
                                debrief->candidate.name));
    return Success;
}

// Like `interview delete-candidate`: no question asked (the command is the decision), and
// every interview that went is named.
int remove(const Request &request, QTextStream &out)
{
    const qint64 id = candidateId(request.values.at(0));
    Workspace workspace(request.database());
    CandidateRepository candidates(workspace.database());
    existing(candidates.candidate(id), id, request.database());
    const CandidateRepository::Removed removed = candidates.remove(id);
    // Preview files an earlier build may have left in the temporary folder go too.
    previewleftovers::remove();
    for (const InterviewSummary &row : removed.interviews) {
        QStringList facts{Cli::tr("id %1").arg(row.id)};
        if (row.startedAt.isValid())
            facts << Cli::tr("started %1").arg(localMinute(row.startedAt));
        if (!row.planName.isEmpty())
            facts << Cli::tr("plan %1").arg(row.planName);
        facts << vocabulary::key(row.status);
        printLine(out, Cli::tr("Deleted the interview with %1 (%2).")
                           .arg(row.candidate, facts.join(QStringLiteral(", "))));
    }
    const int count = int(removed.interviews.size());
    const QString done = count == 0 ? Cli::tr("Removed candidate %1 \"%2\", who had no interviews.")
                         : count == 1
                             ? Cli::tr("Removed candidate %1 \"%2\" and their interview.")
                             : Cli::tr("Removed candidate %1 \"%2\" and their %3 interviews.");
    printLine(out, count <= 1 ? done.arg(QString::number(id), removed.candidate.name)
                              : done.arg(QString::number(id), removed.candidate.name,
                                         QString::number(count)));
    // In a team: the server's copies go too (by name until the candidate is a team entity).
    const QString team = purgeOnTeam(workspace.database(), removed.candidate.name);
    if (!team.isEmpty())
        printLine(out, team);
    return Success;
}

} // namespace

QList<Option> candidateOptions()
{
    return {
        {{QStringLiteral("search")},
         QStringLiteral("TEXT"),
         QT_TRANSLATE_NOOP("Cli", "only candidates whose name, email or role holds every word "
                                  "(letter case and accents ignored)")},
        {{QStringLiteral("status")},
         QStringLiteral("STATUS"),
         QT_TRANSLATE_NOOP("Cli", "only candidates with this status: %1"),
         vocabulary::candidateStatusKeys},
        {{QStringLiteral("role")},
         QStringLiteral("ROLE"),
         QT_TRANSLATE_NOOP("Cli", "only candidates for this role (any letter case)")},
        {{QStringLiteral("reason")},
         QStringLiteral("TEXT"),
         QT_TRANSLATE_NOOP("Cli", "why the panel decided so (required by candidate decide)")},
        {{QStringLiteral("as")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("Cli", "look as this interviewer name (default: Settings' "
                                  "interviewer name); a colleague's interview shows once that "
                                  "name has finished one of the candidate")},
    };
}

QList<Command> candidateCommands()
{
    const QString id = QStringLiteral("ID");
    return {
        {QStringLiteral("candidate list"),
         {},
         {QStringLiteral("json"), QStringLiteral("search"), QStringLiteral("status"),
          QStringLiteral("role")},
         QT_TRANSLATE_NOOP("Cli", "list the candidates by name, with how many of their "
                                  "interviews are finished"),
         list},
        {QStringLiteral("candidate show"),
         {id},
         {QStringLiteral("json"), QStringLiteral("as")},
         QT_TRANSLATE_NOOP("Cli", "show a candidate and their interviews (who, plan, when, "
                                  "status, recommendation); a colleague's shows whole only "
                                  "once you have finished yours"),
         show},
        {QStringLiteral("candidate duplicates"),
         {},
         {},
         QT_TRANSLATE_NOOP("Cli", "list candidates whose names differ only in letter case or "
                                  "accents, who may be one person"),
         duplicates},
        {QStringLiteral("candidate merge"),
         {QStringLiteral("FROM"), QStringLiteral("INTO")},
         {},
         QT_TRANSLATE_NOOP("Cli", "move every interview of candidate FROM to INTO and delete "
                                  "FROM"),
         merge},
        {QStringLiteral("candidate decide"),
         {id, QStringLiteral("DECISION")},
         {QStringLiteral("reason")},
         QT_TRANSLATE_NOOP("Cli", "record the lead's decision on a candidate: advance, hire or "
                                  "reject, with --reason (hire and reject set the status; in a "
                                  "team only a lead may)"),
         decide},
        {QStringLiteral("candidate debrief-pdf"),
         {id, QStringLiteral("OUT.pdf")},
         {QStringLiteral("as")},
         QT_TRANSLATE_NOOP("Cli", "write the candidate's debrief packet: the ratings chart, "
                                  "disagreements, decision and every scorecard the reader may "
                                  "see"),
         debriefPdf,
         Command::NeedsFonts},
        {QStringLiteral("candidate remove"),
         {id},
         {},
         QT_TRANSLATE_NOOP("Cli", "delete a candidate and every interview of theirs, for good"),
         remove},
    };
}

} // namespace cli
