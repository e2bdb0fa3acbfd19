#pragma once

#include "domain/interview.h"
#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A scorecard: what one interviewer concluded about one candidate in one interview. A
// rating per competency of the plan with its evidence (the scores of the questions
// mapped to it) and the suggestion computed from them, key takeaways, pros, cons and the
// overall recommendation. Read from a stored interview (scorecards::of, or
// InterviewRepository::scorecards); nothing of it is stored twice.
//
// "Submitted" is the interview being finished: finishing is what submits it. A finished
// interview that was reopened and finished again is marked amended, and so is its
// scorecard.

// One question's score counted as evidence of a competency.
struct ScorecardEvidence
{
    int item = 0; // position of the question in the interview (0-based)
    QString title;
    QString category;
    int score = vocabulary::kNoScore; // 1–4, or kNoScore when the question was not scored
    bool flagStrong = false;
    bool flagConcern = false;
};

struct ScorecardRating
{
    int position = 0; // in the plan's competency order (0-based)
    QString name;
    QString description;
    int rating = vocabulary::kNoRating;    // the interviewer's, 1–4, or kNoRating
    int suggested = vocabulary::kNoRating; // scoring::suggestedRating of the evidence
    QList<ScorecardEvidence> evidence;     // in interview order
};

struct Scorecard
{
    qint64 interviewId = 0;
    QString interviewUuid;
    qint64 candidateId = 0; // filled by InterviewRepository; 0 from scorecards::of
    QString candidate;
    QString role;
    QString interviewer;
    QString owner; // the team role that ran it; empty outside a team
    QString planName;
    QList<ScorecardRating> competencies; // empty when the plan named none
    QString takeaways;
    QString pros;
    QString cons;
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
    bool submitted = false; // the interview is finished
    QDateTime submittedAt;  // when it finished (the end of the call); null until then
    bool amended = false;

    // How many competencies carry a rating.
    int rated() const;
    // The rating of the competency named `name` (letter case ignored), kNoRating when
    // the scorecard has none of that name or left it unrated.
    int ratingOf(const QString &name) const;
};

namespace scorecards {
// The scorecard of `interview`, evidence and suggestions included.
Scorecard of(const Interview &interview);
} // namespace scorecards
