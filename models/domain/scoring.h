#pragma once

#include "domain/interview.h"

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

} // namespace scoring
