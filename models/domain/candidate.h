#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A candidate: the person a loop of interviews is about. Interviews name their candidate
// by id (interviews.candidate_id); CandidateRepository fills these values.
struct Candidate
{
    qint64 id = 0;
    QString uuid;
    QString name;  // required, trimmed
    QString email; // optional
    QString role;  // the role applied for
    vocabulary::CandidateStatus status = vocabulary::CandidateStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A candidate as a list shows it: with how far the loop is.
struct CandidateOverview
{
    Candidate candidate;
    int interviews = 0;     // every interview of the candidate, whatever its status
    int finished = 0;       // of those, the finished ones (the scorecard is in)
    QDateTime lastActivity; // the latest start, end or change of an interview; else updatedAt
};

// Two candidates whose names may be the same person ("Anna Müller", "anna muller"):
// offered for merging, never merged without the person's word.
struct CandidateDuplicate
{
    Candidate first; // the older one (lower id)
    Candidate second;
};

namespace candidates {

// `name` with letter case and accents folded away, for finding possible duplicates:
// NFKD, combining marks dropped, case-folded, inner whitespace runs made one space,
// trimmed. "Anna  Müller" and "anna muller" fold to the same text.
QString foldedName(const QString &name);

// What a search looks through for `candidate`: name, email and role, folded as
// foldedName. A list computes it once per candidate, not once per keystroke.
QString searchText(const Candidate &candidate);
// The words of a typed search, folded as foldedName; none for a blank one.
QStringList searchWords(const QString &query);
// Whether every one of `words` appears in `searchText` (searchText(candidate)).
bool matchesSearch(const QString &searchText, const QStringList &words);
// How far the loop is: Decided once the status is hired, rejected or withdrawn, whatever
// the interviews; else NoInterviews, Interviewing (some interview not finished) or
// ScorecardsIn (every interview finished).
vocabulary::CandidateStage stage(const CandidateOverview &overview);
// "3 of 4 scorecards in", "No interviews yet": every interview counts, planned, live and
// finished; a finished one has its scorecard in.
QString progressText(const CandidateOverview &overview);

} // namespace candidates
