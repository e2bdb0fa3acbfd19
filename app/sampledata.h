#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

// The demo's data: a sample plan made from the shipped bank (added once), and five
// candidates (entities with a role and an example.com address; Jonas Berg rejected, the
// others active), each with one finished interview on it (added once per candidate), recorded
// through the same repository calls as a real call — notes stamped on the interview clock, scores,
// criteria, follow-ups, flags, a recommendation and a summary. "Sample Candidate" ended just now
// and has the most (an ad-hoc follow-up, a pause); the four others ran on earlier days,
// with other scores and recommendations (one skipped a question), so the comparison of
// the plan has something to compare.
namespace sampledata {

struct AddedInterview
{
    qint64 id = 0;
    QString candidate;
    QDateTime startedAt;
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
};

struct Added
{
    qint64 planId = 0;
    bool planCreated = false; // false when the sample plan was already there
    QString planName;
    int questions = 0;
    QList<AddedInterview> interviews; // oldest first; Sample Candidate last
    // The demo's candidates that were there already (by exact name): nothing is added for
    // them, so a second run does not duplicate anyone.
    QStringList candidatesThere;
};

// Adds the sample, all or nothing. Throws PanelistError.
Added add(Workspace &workspace);

} // namespace sampledata
