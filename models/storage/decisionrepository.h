#pragma once

#include "domain/debrief.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <optional>

class Database;

// Owns the SQL of the lead's decisions on candidates (schema version 10, table
// candidate_decisions): recording one, which also sets the candidate's status
// (vocabulary::statusOfDecision) in the same transaction, and reading them back. Every
// decision is kept; the newest stands.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(Database &database);

    // Records `decision` on candidate `candidateId` with `reason` (required, trimmed, at
    // most limits::kDecisionReason characters) by `decidedBy`, now. Throws PanelistError
    // naming the candidate and what to do for an unknown candidate, a blank or too long
    // reason, or a refused write. Returns the stored decision.
    CandidateDecision record(qint64 candidateId, vocabulary::Decision decision,
                             const QString &reason, const QString &decidedBy);

    // Every decision on the candidate, newest first.
    QList<CandidateDecision> history(qint64 candidateId) const;
    // The standing (newest) decision of each of `candidateIds` that has one, in one query.
    QHash<qint64, CandidateDecision> current(const QList<qint64> &candidateIds) const;

    // Who may decide on this database. Outside a team anyone at the laptop may (the
    // person running the debrief is the lead). In a team only a lead may: the role the
    // laptop signed in as must be a lead (settings key kTeamLeadKey, "1", written when the
    // laptop joins); the server refuses a decision of anyone else too.
    struct Authority
    {
        bool allowed = true;
        QString refusal; // why not, naming the role and what to do
    };
    Authority authority() const;
    static const QString kTeamLeadKey;

private:
    Database &m_database;
    QSqlDatabase m_db;
};
