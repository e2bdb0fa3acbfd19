#pragma once

#include "domain/candidate.h"
#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The lead's decision on a candidate (issue 16): advance, hire or reject, with the reason,
// who decided and when. A candidate keeps every decision; the newest one stands.
struct CandidateDecision
{
    qint64 id = 0;
    QString uuid;
    qint64 candidateId = 0;
    vocabulary::Decision decision = vocabulary::Decision::Advance;
    QString reason;    // required, trimmed
    QString decidedBy; // the interviewer name (or team role) that recorded it
    QDateTime decidedAt;
};

// One question score a rating rests on: a question mapped to the competency.
struct DebriefEvidence
{
    QString question;
    int score = vocabulary::kNoScore;
};

// One interviewer's rating of one competency.
struct DebriefRating
{
    int rating = vocabulary::kNoRating; // 1–4 (vocabulary::kMinRating..kMaxRating); 0: not rated
    QList<DebriefEvidence> evidence;
    int suggested = vocabulary::kNoRating; // what the evidence suggested (scoring)
    bool rated() const { return vocabulary::isRating(rating); }
};

// One submitted scorecard (a finished interview) as the debrief shows it.
struct DebriefScorecard
{
    qint64 interviewId = 0;
    QString interviewer;
    QString planName;
    QDateTime endedAt;
    bool amended = false;
    // One per Debrief::competencies, in its order; a competency this interview's plan did
    // not name is not rated.
    QList<DebriefRating> ratings;
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
    QString summary; // the interview's summary, written at finish
    QString takeaways;
    QString pros;
    QString cons;
};

// Everything the panel sees of one candidate's loop: the competencies every visible
// scorecard rated (in order of first appearance), the scorecards side by side, what is
// still missing and the decisions.
struct Debrief
{
    Candidate candidate;
    QStringList competencies;
    QList<DebriefScorecard> scorecards; // submitted and readable by the viewer, oldest first
    int hidden = 0;                     // submitted, but the viewer may not read them yet
    int pending = 0;                    // interviews of the loop not finished yet
    QList<CandidateDecision> decisions; // newest first
    std::optional<CandidateDecision> decision() const
    {
        return decisions.isEmpty() ? std::nullopt : std::optional(decisions.first());
    }
};

namespace debrief {

// One scorecard's rating of a competency by name, as the scorecard store hands it over.
struct NamedRating
{
    QString competency;
    DebriefRating rating;
};

// Adds `card` to `debrief` with its ratings by competency name: a name seen before
// (trimmed, ignoring letter case) joins its row, a new one becomes a new row, and every
// scorecard gets an unrated cell for the rows it does not name.
void addScorecard(Debrief &debrief, DebriefScorecard card, const QList<NamedRating> &ratings);

// How far apart the ratings of competency `index` lie.
struct Spread
{
    int rated = 0; // how many scorecards rated it
    int lowest = 0;
    int highest = 0;
    int spread() const { return rated == 0 ? 0 : highest - lowest; }
    // A disagreement: scoring::Spread::kDisagreement (2) or more between two ratings.
    bool disagrees() const;
};
Spread spread(const Debrief &debrief, int index);

// The competencies (indexes) whose ratings disagree.
QList<int> disagreements(const Debrief &debrief);

// Mixed recommendations: at least one scorecard on the yes side (yes, strong yes) and at
// least one on the no side (no, strong no). None counts on neither side.
bool mixedRecommendations(const QList<DebriefScorecard> &scorecards);

// The name of a competency rating 1–4 for people (the scorecard's vocabulary); empty
// for anything else.
QString ratingLabel(int rating);

// The mean of the ratings of competency `index`; 0 when nobody rated it.
double meanRating(const Debrief &debrief, int index);

} // namespace debrief
