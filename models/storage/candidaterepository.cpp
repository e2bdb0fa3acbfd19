#include "storage/candidaterepository.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

using vocabulary::CandidateStatus;
using vocabulary::EntityKind;

namespace {

QString now()
{
    return wallclock::now().toUTC().toString(Qt::ISODateWithMs);
}

const QString kColumns =
    QStringLiteral("c.id, c.uuid, c.name, c.email, c.role, c.status, c.created_at, c.updated_at");

Candidate candidateOf(const QSqlDatabase &db, const sql::Row &row)
{
    Candidate candidate;
    candidate.id = row.id("id");
    candidate.uuid = row.text("uuid");
    candidate.name = row.text("name");
    candidate.email = row.text("email");
    candidate.role = row.text("role");
    const QString status = row.text("status");
    const std::optional<CandidateStatus> parsed = vocabulary::parseCandidateStatus(status);
    if (!parsed) {
        throw PanelistError(
            CandidateRepository::tr("Database %1: candidates.status holds \"%2\", which this "
                                    "Panelist does not know (one of %3). Update Panelist.")
                .arg(db.databaseName(), status,
                     vocabulary::candidateStatusKeys().join(QStringLiteral(", "))));
    }
    candidate.status = *parsed;
    candidate.createdAt = row.time("created_at");
    candidate.updatedAt = row.time("updated_at");
    return candidate;
}

struct CandidateFields
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)
};

// Something@something.something, no spaces: enough to catch a name typed into the wrong
// field; the address itself is never used to send anything. Throws PanelistError.
void checkEmail(const QString &email)
{
    static const QRegularExpression address(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString trimmed = email.trimmed();
    if (trimmed.size() > limits::kShortText)
        throw PanelistError(CandidateFields::tr("The candidate's email is %1 characters long; "
                                                "shorten it to %2.")
                                .arg(trimmed.size())
                                .arg(limits::kShortText));
    if (!trimmed.isEmpty() && !address.match(trimmed).hasMatch())
        throw PanelistError(CandidateFields::tr("\"%1\" is not an email address "
                                                "(name@example.com); correct it or leave the "
                                                "email empty.")
                                .arg(trimmed));
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

CandidateRepository::CandidateRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QList<CandidateOverview> CandidateRepository::list(const Filter &filter) const
{
    // One query with the counts; search and role are compared here, as names are not
    // ASCII (NOCASE and LIKE fold ASCII letters only).
    QString statement =
        QStringLiteral("SELECT %1, count(i.id) AS interviews, COALESCE(sum(i.status = ?), "
                       "0) AS finished, max(i.updated_at) AS last_activity FROM candidates "
                       "c LEFT JOIN interviews i ON i.candidate_id = c.id")
            .arg(kColumns);
    QVariantList values = {vocabulary::key(vocabulary::InterviewStatus::Finished)};
    if (filter.status) {
        statement += QStringLiteral(" WHERE c.status = ?");
        values << vocabulary::key(*filter.status);
    }
    statement += QStringLiteral(" GROUP BY c.id ORDER BY c.id");
    const QStringList words = candidates::searchWords(filter.search);
    const QString role = filter.role.trimmed();
    QList<std::pair<QString, CandidateOverview>> found; // with the folded name, by id
    sql::Row row(m_db, sql::exec(m_db, statement, values), "candidates");
    while (row.next()) {
        CandidateOverview overview;
        overview.candidate = candidateOf(m_db, row);
        if (!role.isEmpty() && overview.candidate.role.compare(role, Qt::CaseInsensitive) != 0)
            continue;
        if (!candidates::matchesSearch(candidates::searchText(overview.candidate), words))
            continue;
        const QString folded = candidates::foldedName(overview.candidate.name);
        overview.interviews = row.integer("interviews");
        overview.finished = row.integer("finished");
        overview.lastActivity = row.time("last_activity");
        if (!overview.lastActivity.isValid())
            overview.lastActivity = overview.candidate.updatedAt;
        found.append({folded, overview});
    }
    // By name with letter case and accents folded, so "anna muller" sorts beside "Anna
    // Müller"; equal names in the order they were made.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<CandidateOverview> result;
    result.reserve(found.size());
    for (const auto &entry : found)
        result.append(entry.second);
    return result;
}

QList<Candidate> CandidateRepository::read(const QString &where, const QVariantList &values) const
{
    QList<Candidate> result;
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT %1 FROM candidates c WHERE %2 ORDER BY c.id")
                               .arg(kColumns, where),
                           values),
                 "candidates");
    while (row.next())
        result.append(candidateOf(m_db, row));
    return result;
}

std::optional<Candidate> CandidateRepository::candidate(qint64 id) const
{
    const QList<Candidate> found = read(QStringLiteral("c.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<InterviewSummary> CandidateRepository::loop(qint64 id) const
{
    QList<InterviewSummary> result;
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral(R"(
        SELECT id, candidate, role, plan_name, status, started_at, ended_at, recommendation,
               amended, interviewer, owner, COALESCE(plan_id, 0) AS plan_id, paused_at,
               paused_seconds
          FROM interviews WHERE candidate_id = ?
         ORDER BY COALESCE(started_at, created_at), id)"),
                           {id}),
                 "interviews");
    while (row.next()) {
        InterviewSummary summary;
        summary.id = row.id("id");
        summary.candidate = row.text("candidate");
        summary.role = row.text("role");
        summary.planName = row.text("plan_name");
        summary.status = row.status("status");
        summary.startedAt = row.time("started_at");
        summary.endedAt = row.time("ended_at");
        summary.recommendation = row.recommendation("recommendation");
        summary.amended = row.flag("amended");
        summary.interviewer = row.text("interviewer");
        summary.owner = row.text("owner");
        summary.planId = row.id("plan_id");
        summary.pausedAt = row.time("paused_at");
        summary.pausedSeconds = row.integer("paused_seconds");
        result.append(summary);
    }
    return result;
}

void CandidateRepository::setStatus(qint64 id, CandidateStatus status)
{
    Transaction transaction(m_db);
    const int changed =
        sql::exec(m_db,
                  QStringLiteral("UPDATE candidates SET status = ?, updated_at = ? WHERE id = ?"),
                  {vocabulary::key(status), now(), id})
            .numRowsAffected();
    if (changed == 0)
        throw PanelistError(tr("There is no candidate %1 in %2; `candidate list` shows their ids.")
                                .arg(id)
                                .arg(m_db.databaseName()));
    transaction.commit();
}

QList<CandidateDuplicate> CandidateRepository::possibleDuplicates() const
{
    QList<CandidateDuplicate> result;
    const QList<Candidate> all = read(QStringLiteral("1"), {});
    QHash<QString, QList<int>> byFolded;
    QStringList order;
    for (int i = 0; i < all.size(); ++i) {
        const QString folded = candidates::foldedName(all.at(i).name);
        if (!byFolded.contains(folded))
            order << folded;
        byFolded[folded] << i;
    }
    for (const QString &folded : order) {
        const QList<int> group = byFolded.value(folded);
        for (int a = 0; a < group.size(); ++a) {
            for (int b = a + 1; b < group.size(); ++b) {
                const Candidate &first = all.at(group.at(a));
                const Candidate &second = all.at(group.at(b));
                if (first.name != second.name)
                    result.append({first, second});
            }
        }
    }
    return result;
}

void CandidateRepository::merge(qint64 from, qint64 into)
{
    if (from == into)
        throw PanelistError(tr("Candidate %1 cannot be merged into itself; name two different "
                               "candidates (`candidate duplicates` offers them).")
                                .arg(from));
    Transaction transaction(m_db);
    const QList<Candidate> found =
        read(QStringLiteral("c.id IN (SELECT value FROM json_each(?))"), {jsonIds({from, into})});
    const auto named = [&found](qint64 id) -> const Candidate * {
        for (const Candidate &c : found) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    };
    for (const qint64 id : {from, into}) {
        if (!named(id))
            throw PanelistError(
                tr("There is no candidate %1 in %2; nothing was merged. `candidate list` "
                   "shows their ids.")
                    .arg(id)
                    .arg(m_db.databaseName()));
    }
    const Candidate &target = *named(into);
    QList<qint64> moved;
    sql::Row row(
        m_db,
        sql::exec(m_db, QStringLiteral("SELECT id FROM interviews WHERE candidate_id = ?"), {from}),
        "interviews");
    while (row.next())
        moved << row.id("id");
    const QString stamp = now();
    sql::exec(m_db,
              QStringLiteral("UPDATE interviews SET candidate_id = ?, candidate = ?, updated_at = "
                             "? WHERE candidate_id = ?"),
              {into, target.name, stamp, from});
    for (const qint64 id : moved)
        Outbox::record(m_db, EntityKind::Interview, id);
    // The decisions on `from` stay with the person (schema version 10).
    sql::exec(m_db,
              QStringLiteral("UPDATE candidate_decisions SET candidate_id = ? WHERE "
                             "candidate_id = ?"),
              {into, from});
    sql::exec(m_db, QStringLiteral("DELETE FROM candidates WHERE id = ?"), {from});
    sql::exec(m_db, QStringLiteral("UPDATE candidates SET updated_at = ? WHERE id = ?"),
              {stamp, into});
    transaction.commit();
}

qint64 CandidateRepository::findOrCreate(const QSqlDatabase &db, const QString &name,
                                         const QString &role, const QString &email)
{
    const QString trimmed = name.trimmed();
    const QVariant existing =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM candidates WHERE name = ?"), {trimmed});
    if (!existing.isNull() && existing.toLongLong() > 0)
        return existing.toLongLong();
    checkEmail(email);
    const QString stamp = now();
    return sql::exec(db,
                     QStringLiteral("INSERT INTO candidates (uuid, name, email, role, status, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, email.trimmed(),
                      role.trimmed(), vocabulary::key(CandidateStatus::Active), stamp, stamp})
        .lastInsertId()
        .toLongLong();
}

void CandidateRepository::removeUnused(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    sql::exec(db,
              QStringLiteral("DELETE FROM candidates WHERE id IN (SELECT value FROM json_each(?)) "
                             "AND NOT EXISTS (SELECT 1 FROM interviews WHERE candidate_id = "
                             "candidates.id)"),
              {jsonIds(ids)});
}

std::optional<Candidate> CandidateRepository::byId(const QSqlDatabase &db, qint64 id)
{
    sql::Row row(
        db,
        sql::exec(db, QStringLiteral("SELECT %1 FROM candidates c WHERE c.id = ?").arg(kColumns),
                  {id}),
        "candidates");
    if (!row.next())
        return std::nullopt;
    return candidateOf(db, row);
}

qint64 CandidateRepository::create(const QString &name, const QString &email, const QString &role)
{
    const QString trimmedName = name.trimmed();
    const QString trimmedEmail = email.trimmed();
    const QString trimmedRole = role.trimmed();
    if (trimmedName.isEmpty())
        throw PanelistError(tr("A new candidate needs a name."));
    for (const auto &[field, value] :
         {std::pair{tr("name"), trimmedName}, std::pair{tr("email"), trimmedEmail},
          std::pair{tr("role"), trimmedRole}}) {
        if (value.size() > limits::kShortText)
            throw PanelistError(tr("The candidate's %1 is %2 characters long; shorten it to %3.")
                                    .arg(field)
                                    .arg(value.size())
                                    .arg(limits::kShortText));
    }
    checkEmail(trimmedEmail);
    Transaction transaction(m_db);
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT min(id) FROM candidates WHERE name = ?"), {trimmedName});
    if (!existing.isNull() && existing.toLongLong() > 0)
        throw PanelistError(tr("There already is a candidate named \"%1\" (id %2); pick them "
                               "instead of making a second one.")
                                .arg(trimmedName)
                                .arg(existing.toLongLong()));
    const QString stamp = now();
    const qint64 id =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO candidates (uuid, name, email, role, status, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), trimmedName, trimmedEmail,
                   trimmedRole, vocabulary::key(CandidateStatus::Active), stamp, stamp})
            .lastInsertId()
            .toLongLong();
    transaction.commit();
    return id;
}

QList<CandidateRepository::Removed> CandidateRepository::erase(const QList<qint64> &ids)
{
    QList<Removed> removed;
    for (const qint64 id : ids) {
        const std::optional<Candidate> found = byId(m_db, id);
        if (!found)
            continue;
        Removed entry{*found, loop(id)};
        // Items, follow-ups, criteria and notes go with their interview (ON DELETE
        // CASCADE). A purge in a team: the removal reaches every laptop.
        for (const InterviewSummary &row : std::as_const(entry.interviews))
            Outbox::record(m_db, EntityKind::Interview, row.id, Outbox::Change::Purged);
        sql::exec(m_db, QStringLiteral("DELETE FROM interviews WHERE candidate_id = ?"), {id});
        sql::exec(m_db, QStringLiteral("DELETE FROM candidates WHERE id = ?"), {id});
        removed.append(entry);
    }
    return removed;
}

CandidateRepository::Removed CandidateRepository::remove(qint64 id)
{
    QList<Removed> removed;
    {
        Transaction transaction(m_db);
        removed = erase({id});
        if (removed.isEmpty())
            throw PanelistError(
                tr("There is no candidate %1 in %2; nothing was removed. `candidate list` "
                   "shows their ids.")
                    .arg(id)
                    .arg(m_db.databaseName()));
        transaction.commit();
    }
    // secure_delete zeroed the rows in their pages; compacting also removes the old page
    // images from the write-ahead log.
    if (!m_database.compact())
        qWarning("CandidateRepository: the database could not be compacted after a removal; "
                 "it is retried after the next one");
    return removed.first();
}

QList<Candidate> CandidateRepository::expired(int days, const QDateTime &now) const
{
    QList<Candidate> result;
    if (days <= 0)
        return result;
    const QDateTime cutoff = now.toUTC().addDays(-days);
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT %1, COALESCE(sum(i.status != ?), 0) AS open, "
                                          "max(COALESCE(i.ended_at, i.started_at, "
                                          "i.updated_at)) AS last_end FROM candidates c LEFT "
                                          "JOIN interviews i ON i.candidate_id = c.id GROUP BY "
                                          "c.id ORDER BY c.id")
                               .arg(kColumns),
                           {vocabulary::key(vocabulary::InterviewStatus::Finished)}),
                 "candidates");
    while (row.next()) {
        if (row.integer("open") > 0)
            continue;
        const Candidate candidate = candidateOf(m_db, row);
        QDateTime last = row.time("last_end");
        if (!last.isValid())
            last = candidate.updatedAt;
        if (last.isValid() && last < cutoff)
            result.append(candidate);
    }
    return result;
}

QList<CandidateRepository::Removed> CandidateRepository::removeExpired(int days,
                                                                       const QDateTime &now)
{
    QList<Removed> removed;
    {
        Transaction transaction(m_db);
        QList<qint64> ids;
        const QList<Candidate> due = expired(days, now);
        for (const Candidate &candidate : due)
            ids << candidate.id;
        if (ids.isEmpty())
            return removed;
        removed = erase(ids);
        transaction.commit();
    }
    if (!m_database.compact())
        qWarning("CandidateRepository: the database could not be compacted after retention; "
                 "it is retried after the next removal");
    return removed;
}
