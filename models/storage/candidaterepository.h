#pragma once

#include <QCoreApplication>

#include "domain/candidate.h"
#include "domain/interview.h"

#include <QSqlDatabase>
#include <optional>

class Database;

// Owns the SQL of candidates (schema version 6): the list with its search and filters,
// one candidate and its loop, status, possible duplicates and their merge. Every read
// is one query however many candidates there are.
//
// Not shared with a team yet (no entity kind): a laptop makes its candidates from the
// interviews' names, here and when a teammate's interview arrives (findOrCreate), so
// every laptop holds one candidate per exact name. A status set here stays here.
class CandidateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)

public:
    explicit CandidateRepository(Database &database);

    struct Filter
    {
        // Words that must each appear in the name, email or role, ignoring letter case
        // and accents (candidates::foldedName); empty: every candidate.
        QString search;
        std::optional<vocabulary::CandidateStatus> status;
        QString role; // the role applied for, exact but for letter case; empty: any
    };
    // The candidates `filter` selects, by folded name (candidates::foldedName), then id.
    QList<CandidateOverview> list(const Filter &filter = {}) const;
    std::optional<Candidate> candidate(qint64 id) const;
    // The candidate's interviews, oldest first (InterviewRepository::interviews' rows).
    QList<InterviewSummary> loop(qint64 id) const;

    // Throws PanelistError when `id` is no candidate.
    void setStatus(qint64 id, vocabulary::CandidateStatus status);

    // Pairs of candidates whose names fold to the same text (candidates::foldedName) but
    // are not the same exact name, older first; each pair once.
    QList<CandidateDuplicate> possibleDuplicates() const;
    // Moves every interview of `from` to `into` (their candidate name becomes into's) and
    // deletes `from`, in one transaction. Throws PanelistError for an unknown id or
    // from == into. The moved interviews are queued for the team (their name changed).
    void merge(qint64 from, qint64 into);

    // A new active candidate: `name` required, `email` optional (it must look like one),
    // `role` the role applied for. Returns the id; throws PanelistError naming the field
    // and why. A name some candidate already has is refused: pick that one instead.
    qint64 create(const QString &name, const QString &email, const QString &role);

    // What a removal took: the candidate and their interviews (loop's rows).
    struct Removed
    {
        Candidate candidate;
        QList<InterviewSummary> interviews;
    };
    // Deletes candidate `id` with every interview of theirs (questions, scores, notes,
    // scorecards) in one transaction, then compacts the file (Database::compact), so
    // nothing of them stays readable in it. Each interview is queued for the team as a
    // purge. Throws PanelistError when `id` is no candidate.
    Removed remove(qint64 id);
    // Retention, per candidate: removes (as remove does) every candidate whose loop is
    // over and quiet: none of their interviews planned or live, and the last of them
    // ended more than `days` days before `now` (a candidate without interviews: last
    // changed then). Nothing when `days` <= 0. Returns what went, by name.
    QList<Removed> removeExpired(int days, const QDateTime &now);
    // The candidates removeExpired would remove, without removing them.
    QList<Candidate> expired(int days, const QDateTime &now) const;

    // The id of the candidate named exactly `name` (trimmed; the oldest when several
    // are), created with `role` and `email` when there is none (the email checked as
    // create() does). Inside the caller's transaction:
    // how an interview that is started or pulled gets its candidate.
    static qint64 findOrCreate(const QSqlDatabase &db, const QString &name, const QString &role,
                               const QString &email = {});
    // Deletes those of `ids` that no interview names any more (a removal, a merge, a
    // pulled rename), inside the caller's transaction: no name stays behind its last
    // interview.
    static void removeUnused(const QSqlDatabase &db, const QList<qint64> &ids);
    // Candidate `id` read inside the caller's transaction; nothing when there is none.
    static std::optional<Candidate> byId(const QSqlDatabase &db, qint64 id);

private:
    QList<Candidate> read(const QString &where, const QVariantList &values) const;
    // Deletes the candidates `ids` and their interviews in the open transaction.
    QList<Removed> erase(const QList<qint64> &ids);

    Database &m_database;
    QSqlDatabase m_db;
};
