#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Interviews: a plan snapshotted for one candidate, and everything recorded during the
// call. Plain value types; InterviewRepository fills them.

struct InterviewFollowUp
{
    QString text;
    bool adHoc = false; // added during the call, not from the bank
    bool asked = false;
};

struct InterviewCriterion
{
    QString text;
    bool met = false;
};

struct InterviewItem
{
    qint64 id = 0;
    int position = 0;
    // The snapshot of the question, copied when the interview started.
    QString questionUuid;
    QString title;
    QString prompt;
    QString category;
    vocabulary::Level level = vocabulary::Level::Middle;
    vocabulary::Kind kind = vocabulary::Kind::Technical;
    QString referenceAnswer;
    QString anchorJunior;
    QString anchorMiddle;
    QString anchorSenior;
    int minutesBudget = 5;
    QString planNote;
    // What the call recorded.
    vocabulary::ItemState state = vocabulary::ItemState::Pending;
    int secondsSpent = 0;             // before it last became current
    int score = vocabulary::kNoScore; // kMinScore–kMaxScore, or kNoScore
    bool flagStrong = false;
    bool flagConcern = false;
    QString notes; // lines stamped "[mm:ss] " with the time since the start
    QList<InterviewFollowUp> followUps;
    QList<InterviewCriterion> criteria;
    // The competencies the item gives evidence of (snapshotted from the plan item):
    // positions in Interview::competencies, ascending.
    QList<int> competencies;
};

// One competency of the interview's scorecard: the plan's competency as it was when the
// interview started (snapshotted like the questions), and the interviewer's rating.
struct InterviewCompetency
{
    QString name;
    QString description;
    int rating = vocabulary::kNoRating; // kMinRating–kMaxRating, or kNoRating
};

struct Interview
{
    qint64 id = 0;
    QString uuid;
    QString candidate;
    QString role;
    QString interviewer;
    // The team role (PostgreSQL login) that ran it; empty on a database in no team.
    QString owner;
    qint64 planId = 0; // 0 once the plan is deleted; planName stays
    QString planUuid;  // the plan's uuid while it exists (read with the interview)
    QString planName;
    int targetMinutes = 60;
    QDateTime scheduledAt;
    QDateTime startedAt;
    QDateTime endedAt;
    vocabulary::InterviewStatus status = vocabulary::InterviewStatus::Live;
    QDateTime pausedAt; // null unless paused
    int pausedSeconds = 0;
    int currentItem = 0;  // index into items
    int currentSince = 0; // elapsed seconds when the current item became current
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
    QString summary;
    bool amended = false;
    QList<InterviewItem> items;
    // The scorecard (domain/scorecard.h reads it as one value): a rating per competency,
    // then key takeaways, pros and cons (Markdown, limits::kScorecardText each). It is
    // submitted when the interview is finished.
    QList<InterviewCompetency> competencies;
    QString takeaways;
    QString pros;
    QString cons;

    bool paused() const { return pausedAt.isValid(); }
    bool finished() const { return status == vocabulary::InterviewStatus::Finished; }
    // Seconds on the interview clock at `now`: real time since the start, pauses left
    // out, frozen while paused and once finished. Real time, so a laptop that slept
    // through part of the call still shows the truth.
    int elapsedSeconds(const QDateTime &now) const;
    // Seconds spent on item `index`, the running current item included.
    int itemSeconds(int index, const QDateTime &now) const;
    // Positive when ahead of the plan, negative when behind: the budgets of the items
    // before the current one plus the current one's time (up to its budget), against
    // the clock.
    int paceSeconds(const QDateTime &now) const;
    // The pending items after the current one that, skipped from the end of the plan
    // back, would win back `seconds`; empty when there is nothing to win back.
    QList<int> itemsToSkip(int seconds) const;
    int budgetMinutes() const;
    // True when anything was recorded on item `index`: notes, a score, a flag, a
    // criterion met or a follow-up asked.
    bool hasRecord(int index) const;

    // The changes of the call, on the value only; InterviewRepository::saveProgress
    // stores them. moveTo books the current item's time, marks it `leftAs` (done,
    // skipped, pending) and makes `index` current.
    void moveTo(int index, vocabulary::ItemState leftAs, const QDateTime &now);
    void pause(const QDateTime &now);
    void resume(const QDateTime &now);
    // Books the current item's time and ends the call (the clock stops).
    void finish(vocabulary::Recommendation outcome, const QString &summaryText,
                const QDateTime &now);
    // Makes a finished interview editable again, marked amended, with its clock paused
    // at the time it ended.
    void reopen(const QDateTime &now);
};

// One row of the interviews list.
struct InterviewSummary
{
    qint64 id = 0;
    QString candidate;
    QString role;
    QString planName;
    vocabulary::InterviewStatus status = vocabulary::InterviewStatus::Live;
    QDateTime startedAt;
    QDateTime endedAt;
    vocabulary::Recommendation recommendation = vocabulary::Recommendation::None;
    bool amended = false;
    QString interviewer;
    QString owner;     // the team role that ran it; empty alone, or before it reached a server
    qint64 planId = 0; // 0 once the plan is deleted
    QDateTime pausedAt;
    int pausedSeconds = 0;

    // Seconds on the interview clock at `now` (see Interview::elapsedSeconds).
    int elapsedSeconds(const QDateTime &now) const;
};

// How the interview's times and anchors read (the words themselves are in
// domain/vocabulary.h).
namespace interviewvalues {
// "mm:ss" (or "h:mm:ss" from an hour on).
QString clock(int seconds);
// "42 min": seconds rounded to whole minutes.
QString durationText(int seconds);
// The anchor text of `score` on `item`: the anchor of the level the score stands for
// (vocabulary::levelOfScore), "" for a score that stands for none.
QString anchorOf(const InterviewItem &item, int score);
} // namespace interviewvalues
