#pragma once

#include "domain/interview.h"
#include "domain/scorecard.h"

#include <QList>
#include <QString>

// Scores added up: per category of an interview and over all its questions. What the
// PDF summary's chart and the comparison table's category columns show.
namespace scoring {

struct Tally
{
    QString category;  // as categoryOf() gives it; empty for the whole interview
    int questions = 0; // items counted
    int scored = 0;    // of them, the ones with a score (1–4)
    int total = 0;     // the sum of those scores

    bool hasScore() const { return scored > 0; }
    // The mean of the scores given, on the 1–4 scale; 0 when none was.
    double average() const { return scored > 0 ? double(total) / scored : 0; }
};

// The category an item counts under: its category, trimmed ("" for none).
QString categoryOf(const InterviewItem &item);

// True for a score of 1–4; 0 is "not scored".
bool isScored(int score);

// One tally per category of `items`, in the order the categories first appear.
QList<Tally> byCategory(const QList<InterviewItem> &items);

// All of `items` as one tally.
Tally overall(const QList<InterviewItem> &items);

// Competency scorecards.
//
// The evidence of competency `competency` (a position in interview.competencies): every
// question mapped to it, scored or not, in interview order.
QList<ScorecardEvidence> evidenceOf(const Interview &interview, int competency);

// The rating the evidence suggests: the mean of the scored questions' scores (1–4,
// unscored ones left out) put on the 1–4 rating scale by rounding to the nearest whole
// rating, a tie (x.5) going to the lower one, so a suggestion never flatters: scores 3
// and 4 (mean 3.5) suggest 3, scores 3, 4 and 4 (3.67) suggest 4. The scales line up
// (1 no signal: strong no, 2 junior: no, 3 middle: yes, 4 senior: strong yes). kNoRating
// when no mapped question was scored. Only shown ("suggested: 3"); the interviewer
// rates.
int suggestedRating(const QList<int> &scores);
int suggestedRating(const QList<ScorecardEvidence> &evidence);

// Several ratings of one competency (a candidate's interviewers): how many were given,
// their mean, lowest and highest. Unrated ones (kNoRating) are left out.
struct Spread
{
    int count = 0;
    double mean = 0;
    int low = 0;
    int high = 0;

    // Highest minus lowest; 0 for fewer than two ratings.
    int spread() const { return count >= 2 ? high - low : 0; }
    // The panel disagrees: a spread of kDisagreement (2) or more.
    bool disagreement() const { return spread() >= kDisagreement; }
    static constexpr int kDisagreement = 2;
};
Spread spreadOf(const QList<int> &ratings);

} // namespace scoring
