#include "storage/decisionrepository.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/wallclock.h"
#include "storage/candidaterepository.h"
#include "storage/database.h"
#include "storage/localsync.h"
#include "storage/row.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using vocabulary::Decision;

const QString DecisionRepository::kTeamLeadKey = QStringLiteral("team_lead");

namespace {

const QString kColumns = QStringLiteral(
    "d.id, d.uuid, d.candidate_id, d.decision, d.reason, d.decided_by, d.decided_at");

CandidateDecision decisionOf(const QSqlDatabase &db, const sql::Row &row)
{
    CandidateDecision decision;
    decision.id = row.id("id");
    decision.uuid = row.text("uuid");
    decision.candidateId = row.id("candidate_id");
    const QString key = row.text("decision");
    const std::optional<Decision> parsed = vocabulary::parseDecision(key);
    if (!parsed) {
        throw PanelistError(
            DecisionRepository::tr("Database %1: candidate_decisions.decision holds \"%2\", "
                                   "which this Panelist does not know (one of %3). Update "
                                   "Panelist.")
                .arg(db.databaseName(), key,
                     vocabulary::decisionKeys().join(QStringLiteral(", "))));
    }
    decision.decision = *parsed;
    decision.reason = row.text("reason");
    decision.decidedBy = row.text("decided_by");
    decision.decidedAt = row.time("decided_at");
    return decision;
}

} // namespace

DecisionRepository::DecisionRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

CandidateDecision DecisionRepository::record(qint64 candidateId, Decision decision,
                                             const QString &reason, const QString &decidedBy)
{
    CandidateRepository candidates(m_database);
    const std::optional<Candidate> candidate = candidates.candidate(candidateId);
    if (!candidate)
        throw PanelistError(tr("There is no candidate %1 in %2; `candidate list` shows their "
                               "ids.")
                                .arg(candidateId)
                                .arg(m_db.databaseName()));
    const QString text = reason.trimmed();
    if (text.isEmpty())
        throw PanelistError(tr("The decision on %1 needs a reason: say in a sentence why the "
                               "panel decided to %2.")
                                .arg(candidate->name, vocabulary::key(decision)));
    if (text.size() > limits::kDecisionReason)
        throw PanelistError(tr("The reason for the decision on %1 is %2 characters long; "
                               "shorten it to at most %3.")
                                .arg(candidate->name)
                                .arg(text.size())
                                .arg(limits::kDecisionReason));
    const QString who = decidedBy.trimmed().left(limits::kShortText);
    CandidateDecision stored;
    stored.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.candidateId = candidateId;
    stored.decision = decision;
    stored.reason = text;
    stored.decidedBy = who;
    stored.decidedAt = wallclock::now().toUTC();
    Transaction transaction(m_db);
    const QSqlQuery insert = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO candidate_decisions (uuid, candidate_id, decision, reason, "
                       "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {stored.uuid, candidateId, vocabulary::key(decision), text, who,
         stored.decidedAt.toString(Qt::ISODateWithMs)});
    stored.id = insert.lastInsertId().toLongLong();
    const vocabulary::CandidateStatus status = vocabulary::statusOfDecision(decision);
    if (status != candidate->status)
        candidates.setStatus(candidateId, status);
    transaction.commit();
    return stored;
}

QList<CandidateDecision> DecisionRepository::history(qint64 candidateId) const
{
    QList<CandidateDecision> result;
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT %1 FROM candidate_decisions d WHERE "
                                          "d.candidate_id = ? ORDER BY d.decided_at DESC, d.id "
                                          "DESC")
                               .arg(kColumns),
                           {candidateId}),
                 "candidate_decisions");
    while (row.next())
        result.append(decisionOf(m_db, row));
    return result;
}

QHash<qint64, CandidateDecision>
DecisionRepository::current(const QList<qint64> &candidateIds) const
{
    QHash<qint64, CandidateDecision> result;
    if (candidateIds.isEmpty())
        return result;
    QJsonArray ids;
    for (const qint64 id : candidateIds)
        ids.append(id);
    // Oldest first, so the newest of each candidate is written last.
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT %1 FROM candidate_decisions d WHERE "
                                          "d.candidate_id IN (SELECT value FROM json_each(?)) "
                                          "ORDER BY d.decided_at, d.id")
                               .arg(kColumns),
                           {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}),
                 "candidate_decisions");
    while (row.next()) {
        const CandidateDecision decision = decisionOf(m_db, row);
        result.insert(decision.candidateId, decision);
    }
    return result;
}

DecisionRepository::Authority DecisionRepository::authority() const
{
    const std::optional<LocalSync::Team> team = LocalSync(m_database).team();
    if (!team)
        return {};
    if (SettingsStore(m_database).value(kTeamLeadKey) == QLatin1String("1"))
        return {};
    return {false, tr("Only a lead records decisions in the team of %1: this laptop signs in "
                      "as \"%2\", an interviewer. Ask a lead to decide (`panelist team "
                      "add-interviewer URL NAME --lead` makes one).")
                       .arg(team->serverUrl, team->role)};
}
