#include "domain/scorecard.h"

#include "domain/scoring.h"

#include <QCoreApplication>

namespace {

// The translation context of the scorecard's words.
struct ScorecardText
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardText)
};

} // namespace

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

QString text(const Scorecard &card)
{
    QStringList lines;
    for (const ScorecardRating &competency : card.competencies) {
        QString line = ScorecardText::tr("%1: %2").arg(competency.name,
                                                       vocabulary::ratingLabel(competency.rating));
        if (vocabulary::isRating(competency.suggested))
            line += ScorecardText::tr(" (suggested: %1)")
                        .arg(vocabulary::ratingLabel(competency.suggested));
        lines << line;
        QStringList evidence;
        for (const ScorecardEvidence &entry : competency.evidence)
            evidence << ScorecardText::tr("%1 (%2)").arg(entry.title,
                                                         vocabulary::scoreLabel(entry.score));
        lines
            << (evidence.isEmpty()
                    ? ScorecardText::tr("  No question of the plan counts for it.")
                    : ScorecardText::tr("  Evidence: %1").arg(evidence.join(QStringLiteral("; "))));
    }
    const struct
    {
        QString heading;
        const QString &body;
    } parts[] = {{ScorecardText::tr("Key takeaways:"), card.takeaways},
                 {ScorecardText::tr("Pros:"), card.pros},
                 {ScorecardText::tr("Cons:"), card.cons}};
    for (const auto &part : parts) {
        if (!part.body.trimmed().isEmpty())
            lines << part.heading + QLatin1Char(' ') + part.body.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace scorecards
