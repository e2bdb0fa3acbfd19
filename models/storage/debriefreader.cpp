#include "storage/debriefreader.h"

#include "domain/scorecard.h"
#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/interviewrepository.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <algorithm>

namespace {

// The settings key of the interviewer name (InterviewDesk's kInterviewerKey).
const QString kInterviewerKey = QStringLiteral("interviewer");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

struct Visible
{
    QList<qint64> ids; // the finished interviews the viewer may read, oldest first
    int hidden = 0;    // finished interviews of colleagues the viewer may not read yet
    int pending = 0;   // interviews not finished
};

// The bias guard's rule, in one place (see the class comment): switch this to the guard's
// reader (PanelGuard::view) once it is merged.
Visible visibleInterviews(const QList<InterviewSummary> &loop, const QString &viewer)
{
    Visible visible;
    const bool submitted = std::any_of(loop.cbegin(), loop.cend(), [&](const auto &row) {
        return row.status == vocabulary::InterviewStatus::Finished && !viewer.trimmed().isEmpty() &&
               sameName(row.interviewer, viewer);
    });
    for (const InterviewSummary &row : loop) {
        if (row.status != vocabulary::InterviewStatus::Finished) {
            ++visible.pending;
            continue;
        }
        const bool own = !viewer.trimmed().isEmpty() && sameName(row.interviewer, viewer);
        if (own || submitted)
            visible.ids.append(row.id);
        else
            ++visible.hidden;
    }
    return visible;
}

} // namespace

DebriefReader::DebriefReader(Database &database)
    : m_database(database)
{}

QString DebriefReader::currentViewer() const
{
    return SettingsStore(m_database).value(kInterviewerKey).trimmed();
}

qint64 DebriefReader::candidateOfInterview(qint64 interviewId) const
{
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT candidate_id FROM interviews WHERE id = ?"),
                       {interviewId}, 0)
        .toLongLong();
}

DebriefScorecard DebriefReader::scorecardOf(const Interview &interview,
                                            QList<debrief::NamedRating> &ratings)
{
    DebriefScorecard card;
    card.interviewId = interview.id;
    card.interviewer = interview.interviewer.trimmed();
    card.planName = interview.planName;
    card.endedAt = interview.endedAt;
    card.amended = interview.amended;
    card.recommendation = interview.recommendation;
    card.summary = interview.summary.trimmed();
    const Scorecard scorecard = scorecards::of(interview);
    card.takeaways = scorecard.takeaways.trimmed();
    card.pros = scorecard.pros.trimmed();
    card.cons = scorecard.cons.trimmed();
    card.amended = scorecard.amended || interview.amended;
    ratings.clear();
    for (const ScorecardRating &competency : scorecard.competencies) {
        DebriefRating rating;
        rating.rating = competency.rating;
        rating.suggested = competency.suggested;
        for (const ScorecardEvidence &evidence : competency.evidence)
            rating.evidence.append({evidence.title, evidence.score});
        ratings.append({competency.name, rating});
    }
    return card;
}

std::optional<Debrief> DebriefReader::read(qint64 candidateId, const QString &viewer) const
{
    CandidateRepository candidates(m_database);
    std::optional<Candidate> candidate = candidates.candidate(candidateId);
    if (!candidate)
        return std::nullopt;
    Debrief result;
    result.candidate = *candidate;
    const Visible visible = visibleInterviews(candidates.loop(candidateId),
                                              viewer.isEmpty() ? currentViewer() : viewer);
    result.hidden = visible.hidden;
    result.pending = visible.pending;
    QList<Interview> interviews = InterviewRepository(m_database).interviews(visible.ids);
    std::stable_sort(interviews.begin(), interviews.end(),
                     [](const auto &a, const auto &b) { return a.endedAt < b.endedAt; });
    for (const Interview &interview : interviews) {
        QList<debrief::NamedRating> ratings;
        DebriefScorecard card = scorecardOf(interview, ratings);
        debrief::addScorecard(result, std::move(card), ratings);
    }
    result.decisions = DecisionRepository(m_database).history(candidateId);
    return result;
}
