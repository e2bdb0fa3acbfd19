#include "domain/scorecard.h"

#include "domain/scoring.h"

int Scorecard::rated() const
{
    int count = 0;
    for (const ScorecardRating &competency : competencies)
        count += vocabulary::isRating(competency.rating) ? 1 : 0;
    return count;
}

int Scorecard::ratingOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const ScorecardRating &competency : competencies) {
        if (competency.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return competency.rating;
    }
    return vocabulary::kNoRating;
}

namespace scorecards {

Scorecard of(const Interview &interview)
{
    Scorecard card;
    card.interviewId = interview.id;
    card.interviewUuid = interview.uuid;
    card.candidate = interview.candidate;
    card.role = interview.role;
    card.interviewer = interview.interviewer;
    card.owner = interview.owner;
    card.planName = interview.planName;
    card.takeaways = interview.takeaways;
    card.pros = interview.pros;
    card.cons = interview.cons;
    card.recommendation = interview.recommendation;
    card.submitted = interview.finished();
    card.submittedAt = interview.finished() ? interview.endedAt : QDateTime();
    card.amended = interview.amended;
    for (int c = 0; c < interview.competencies.size(); ++c) {
        const InterviewCompetency &competency = interview.competencies.at(c);
        ScorecardRating rating;
        rating.position = c;
        rating.name = competency.name;
        rating.description = competency.description;
        rating.rating = competency.rating;
        rating.evidence = scoring::evidenceOf(interview, c);
        rating.suggested = scoring::suggestedRating(rating.evidence);
        card.competencies.append(rating);
    }
    return card;
}

} // namespace scorecards
