#include "storage/debriefreader.h"

#include "domain/scorecard.h"
#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/interviewrepository.h"
#include "storage/panelguard.h"
#include "storage/sql.h"

#include <algorithm>

DebriefReader::DebriefReader(Database &database)
    : m_database(database)
{}

QString DebriefReader::currentViewer() const
{
    return PanelGuard(m_database).currentViewer();
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
    // The bias guard's one reader decides what the viewer may read; a debrief shows only
    // the submitted (finished) scorecards of it.
    const std::optional<PanelView> view =
        PanelGuard(m_database).view(candidateId, viewer.isEmpty() ? currentViewer() : viewer);
    if (!view)
        return std::nullopt;
    QList<Interview> interviews;
    for (const QList<Interview> *readable : {&view->own, &view->colleagues}) {
        for (const Interview &interview : *readable) {
            if (interview.status == vocabulary::InterviewStatus::Finished)
                interviews.append(interview);
        }
    }
    for (const InterviewSummary &row : view->loop) {
        const bool read = std::any_of(interviews.cbegin(), interviews.cend(),
                                      [&row](const Interview &i) { return i.id == row.id; });
        if (row.status != vocabulary::InterviewStatus::Finished)
            ++result.pending;
        else if (!read)
            ++result.hidden;
    }
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
