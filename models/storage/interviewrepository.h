#pragma once

#include <QCoreApplication>

#include "domain/interview.h"
#include "domain/plan.h"
#include "domain/question.h"
#include "domain/scorecard.h"
#include "storage/outbox.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

class Database;

// Owns the SQL of interviews: the snapshot taken at the start, and every write the
// call makes. Each write is one short transaction, so what was recorded is on disk
// when the call returns.
class InterviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)

public:
    explicit InterviewRepository(Database &database);

    // The database the repository works on (for the use cases beside it).
    Database &database() const { return m_database; }

    struct StartDetails
    {
        QString candidate; // required unless candidateId is set
        QString role;
        QString interviewer;
        QDateTime scheduledAt; // optional
        QDateTime startedAt;   // optional: when the call began; now when not set
        // The candidate: an existing one by id (the name and, when `role` is empty, the
        // role are theirs), or else by name (the candidate named exactly so, or a new one).
        qint64 candidateId = 0;
        QString email = {}; // for a candidate made by name; optional (an initializer, so
                            // the tests' brace lists that end before it stay warning-free)
    };
    // Snapshots `plan` (its items' questions are `questions`, in item order) into a new
    // live interview whose clock starts now, on its first question. Throws
    // PanelistError for an empty candidate name, an unknown candidateId or a plan without
    // questions.
    qint64 start(const Plan &plan, const QList<Question> &questions, const StartDetails &details);

    std::optional<Interview> interview(qint64 id) const;
    std::optional<Interview> interviewByUuid(const QString &uuid) const;
    // The interviews of `ids` that exist, in the order of `ids`, each with its items:
    // four queries however many there are.
    QList<Interview> interviews(const QList<qint64> &ids) const;
    QList<InterviewSummary> interviews() const; // newest first

    // Scorecards (domain/scorecard.h): read from the interviews, with their evidence and
    // suggestions. The scorecards of `interviewIds` that exist, in that order, in a fixed
    // number of queries however many there are; every one, submitted (finished) or not:
    // the caller decides what a reader may see (the bias guard).
    std::optional<Scorecard> scorecard(qint64 interviewId) const;
    QList<Scorecard> scorecards(const QList<qint64> &interviewIds) const;
    // The scorecards of every interview of candidate `candidateId`, earliest first.
    QList<Scorecard> scorecardsOfCandidate(qint64 candidateId) const;
    // The live interview to reopen after a restart (the last one touched), or 0.
    qint64 liveInterviewId() const;

    // Writes the interview's clock, position, status, outcome, scorecard (competency
    // ratings, takeaways, pros, cons) and every item's state and time, in one
    // transaction: how navigation, pause, finish (which submits the scorecard) and reopen
    // land. Throws PanelistError for a rating outside 1–4 or a text over
    // limits::kScorecardText.
    void saveProgress(const Interview &interview);
    void setScore(qint64 itemId, int score); // 1–4, or 0 to clear
    void setFlags(qint64 itemId, bool strong, bool concern);
    void setCriterionMet(qint64 itemId, int position, bool met);
    void setFollowUpAsked(qint64 itemId, int position, bool asked);
    // Appends an ad-hoc follow-up (already asked) and returns its position.
    int addFollowUp(qint64 itemId, const QString &text);
    void setNotes(qint64 itemId, const QString &notes);

    // Deletes the interview and everything recorded in it, then compacts the database
    // (see Database::compact) so none of it stays readable in the file or its log.
    void remove(qint64 id);
    // The interviews of `candidate`: the exact name, trimmed, in any letter case.
    QList<InterviewSummary> interviewsOf(const QString &candidate) const;
    // Deletes every interview of `candidate` (as interviewsOf matches) in one
    // transaction and compacts; returns how many there were.
    int removeCandidate(const QString &candidate);
    // Deletes the finished interviews that ended (or, lacking an end, started) more than
    // `days` days before `now`, in one transaction, and compacts; returns them. Nothing
    // for days <= 0.
    QList<InterviewSummary> removeFinishedOlderThan(int days, const QDateTime &now);

    // Writes the team's `interview` (by uuid, added when missing) exactly as it is: its
    // row, and its items by position (they keep their ids when the snapshot has as many).
    // Its plan by planUuid, none when that plan is not here. Returns its id.
    qint64 applyInterview(const Interview &interview);
    // Deletes the interviews `ids` inside the caller's transaction, without compacting:
    // the caller compacts once it has committed (Database::compact).
    // `change` is what the outbox records for each (Purged: a candidate's removal).
    void erase(const QList<qint64> &ids, Outbox::Change change = Outbox::Change::Deleted);

private:
    void removeAll(const QList<qint64> &ids, Outbox::Change change = Outbox::Change::Deleted);
    // Writes `item` of `interviewId`: over item `itemId`, or as a new one when 0.
    // Returns the item's id.
    qint64 writeItem(qint64 interviewId, qint64 itemId, const InterviewItem &item);
    // Replaces the interview's competencies; returns their ids by position.
    QList<qint64> writeCompetencies(qint64 interviewId,
                                    const QList<InterviewCompetency> &competencies);
    void writeItemCompetencies(qint64 itemId, const QList<int> &positions,
                               const QList<qint64> &competencyIds);
    static void checkScorecard(const Interview &interview);
    void touchItem(qint64 itemId);
    // The interviews `where` selects (a condition on the interviews table, with `values`
    // bound), by id, with their items, follow-ups and criteria.
    QHash<qint64, Interview> readInterviews(const QString &where, const QVariantList &values) const;

    Database &m_database;
    QSqlDatabase m_db;
};
