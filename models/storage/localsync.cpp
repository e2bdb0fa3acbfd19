#include "storage/localsync.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "formats/teampayload.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/panelguard.h"
#include "storage/row.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QUrl>
#include <QUuid>

#include <algorithm>

using vocabulary::EntityKind;

namespace {

QString now()
{
    return wallclock::now().toUTC().toString(Qt::ISODateWithMs);
}

QVariant jsonText(const std::optional<QJsonObject> &object)
{
    if (!object)
        return QVariant(); // NULL (a null QString would bind as "")
    return QString::fromUtf8(teampayload::toJson(*object));
}

std::optional<QJsonObject> jsonObject(const QVariant &text, EntityKind kind, const QString &uuid)
{
    if (text.isNull())
        return std::nullopt;
    return teampayload::fromJson(text.toString().toUtf8(), kind, uuid);
}

int rank(EntityKind kind)
{
    return int(vocabulary::entityKinds().indexOf(kind));
}

// Changes first, parents before children; then deletions, children before parents.
// Stable, so rows of one rank keep their order (seq, or the outbox id).
template<typename Row> void sortForWriting(QList<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.deleted != b.deleted)
            return !a.deleted;
        return a.deleted ? rank(a.kind) > rank(b.kind) : rank(a.kind) < rank(b.kind);
    });
}

EntityKind kindOf(const sql::Row &row)
{
    const QString key = row.text("kind");
    const std::optional<EntityKind> kind = vocabulary::parseEntityKind(key);
    if (!kind)
        throw PanelistError(
            LocalSync::tr("The sync tables hold the kind \"%1\", which this version of Panelist "
                          "does not know; open the database with the Panelist that wrote it.")
                .arg(key.left(40)));
    return *kind;
}

} // namespace

LocalSync::LocalSync(Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_bank(database)
    , m_plans(database)
    , m_interviews(database)
    , m_afterRemoval([&database] { database.compact(); })
{}

LocalSync::BatchStatements::BatchStatements(LocalSync &owner)
    : m_local(owner)
{
    m_local.m_statements = std::make_shared<sql::Statements>(m_local.m_db);
}

LocalSync::BatchStatements::~BatchStatements()
{
    m_local.m_statements.reset();
}

std::optional<LocalSync::Team> LocalSync::team() const
{
    sql::Row row(m_db,
                 sql::exec(m_db, QStringLiteral("SELECT server_url, role, client_id, last_seq, "
                                                "last_sync_at, joined_at FROM team")),
                 "team");
    if (!row.next())
        return std::nullopt;
    return Team{row.text("server_url"), row.text("role"),         row.text("client_id"),
                row.id("last_seq"),     row.time("last_sync_at"), row.time("joined_at")};
}

void LocalSync::link(const QString &serverUrl, const QString &role, const QString &clientId)
{
    if (!QUrl(serverUrl).password().isEmpty())
        throw PanelistError(
            LocalSync::tr("The server address %1 holds a password; Panelist keeps addresses "
                          "without one. Give the address without the password.")
                .arg(QUrl(serverUrl).toDisplayString(QUrl::RemovePassword)));
    Transaction transaction(m_db);
    if (const std::optional<Team> current = team())
        throw PanelistError(
            LocalSync::tr("%1 is linked to the team at %2 already; leave that team first.")
                .arg(m_database.location(), current->serverUrl));
    sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO team (id, server_url, role, client_id, joined_at) VALUES (1, ?, ?, ?, ?))"),
              {serverUrl, role,
               clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientId,
               now()});
    sql::exec(m_db, QStringLiteral("UPDATE interviews SET owner = ? WHERE owner = ''"), {role});
    transaction.commit();
}

int LocalSync::queueExisting(const QList<EntityKind> &kinds)
{
    Transaction transaction(m_db);
    for (const EntityKind kind : kinds) {
        QList<qint64> ids;
        {
            const QString table = Outbox::tableOf(kind);
            sql::Row row(m_db,
                         sql::exec(m_db, QStringLiteral("SELECT id FROM ") + table +
                                             QStringLiteral(" ORDER BY id")),
                         "entities");
            while (row.next())
                ids << row.id("id");
        }
        for (const qint64 id : ids)
            Outbox::record(m_db, kind, id);
    }
    transaction.commit();
    return pendingCount();
}

int LocalSync::unsharedCount(const QList<EntityKind> &kinds) const
{
    int count = 0;
    for (const EntityKind kind : kinds)
        count += sql::scalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM ") + Outbox::tableOf(kind) +
                                 QStringLiteral(" t WHERE NOT EXISTS (SELECT 1 FROM sync_versions "
                                                "v WHERE v.kind = ? AND v.uuid = t.uuid)"),
                             {vocabulary::key(kind)})
                     .toInt();
    return count;
}

void LocalSync::unlink()
{
    Transaction transaction(m_db);
    for (const char *table : {"outbox", "sync_versions", "sync_conflicts", "sync_deferred",
                              "team_submissions", "sync_reveal", "team"})
        sql::exec(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
    transaction.commit();
}

void LocalSync::noteSubmitted(const QJsonObject &interview)
{
    if (interview.value(QStringLiteral("status")).toString() !=
        vocabulary::key(vocabulary::InterviewStatus::Finished))
        return;
    const QString key =
        PanelGuard::candidateKey(interview.value(QStringLiteral("candidate")).toString());
    if (!key.isEmpty())
        sql::exec(m_db,
                  QStringLiteral("INSERT OR IGNORE INTO sync_reveal (candidate_key) VALUES (?)"),
                  {key});
}

QStringList LocalSync::revealWanted() const
{
    QStringList keys;
    QSqlQuery query =
        sql::exec(m_db, QStringLiteral("SELECT candidate_key FROM sync_reveal ORDER BY 1"));
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

LocalSync::Applied LocalSync::applyRevealed(const QList<Change> &batch, const QStringList &keys)
{
    QList<Change> unnumbered = batch;
    // Not a pull: the mark stays where the pulls left it.
    for (Change &change : unnumbered)
        change.seq = 0;
    Applied applied;
    if (!unnumbered.isEmpty())
        applied = apply(unnumbered);
    Transaction transaction(m_db);
    for (const QString &key : keys)
        sql::exec(m_db, QStringLiteral("DELETE FROM sync_reveal WHERE candidate_key = ?"), {key});
    transaction.commit();
    return applied;
}

bool LocalSync::storeSubmissions(const QList<Submission> &submissions)
{
    const auto line = [](const QString &key, const QString &owner, const QString &interviewer,
                         const QString &endedAt) {
        return QStringList{key, owner, interviewer, endedAt}.join(QChar(0x1F));
    };
    QStringList wanted;
    for (const Submission &s : submissions)
        wanted << line(s.candidateKey, s.owner, s.interviewer,
                       s.endedAt.isValid() ? s.endedAt.toUTC().toString(Qt::ISODateWithMs)
                                           : QString());
    wanted.sort();
    QStringList held;
    QSqlQuery query = sql::exec(m_db, QStringLiteral("SELECT candidate_key, owner, interviewer, "
                                                     "COALESCE(ended_at, '') FROM "
                                                     "team_submissions"));
    while (query.next())
        held << line(query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString());
    held.sort();
    if (held == wanted)
        return false;
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM team_submissions"));
    for (const Submission &s : submissions)
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO team_submissions (candidate_key, owner, "
                                 "interviewer, ended_at) VALUES (?, ?, ?, ?)"),
                  {s.candidateKey, s.owner, s.interviewer,
                   s.endedAt.isValid() ? QVariant(s.endedAt.toUTC().toString(Qt::ISODateWithMs))
                                       : QVariant(QMetaType::fromType<QString>())});
    transaction.commit();
    return true;
}

void LocalSync::recordSync(const QDateTime &when)
{
    Transaction transaction(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE team SET last_sync_at = ?"),
              {when.toUTC().toString(Qt::ISODateWithMs)});
    transaction.commit();
}

void LocalSync::setAfterRemoval(std::function<void()> hook)
{
    m_afterRemoval = std::move(hook);
}

void LocalSync::afterRemoval(int removedInterviews)
{
    if (removedInterviews > 0 && m_afterRemoval)
        m_afterRemoval();
}

QVariant LocalSync::value(const QString &statement, const QVariantList &values) const
{
    return m_statements ? m_statements->scalar(statement, values)
                        : sql::scalar(m_db, statement, values);
}

qint64 LocalSync::versionOf(EntityKind kind, const QString &uuid) const
{
    return value(QStringLiteral("SELECT version FROM sync_versions WHERE kind = ? AND uuid = ?"),
                 {vocabulary::key(kind), uuid})
        .toLongLong();
}

void LocalSync::setVersion(EntityKind kind, const QString &uuid, qint64 version)
{
    const QString statement = QStringLiteral(R"(
        INSERT INTO sync_versions (kind, uuid, version) VALUES (?, ?, ?)
        ON CONFLICT (kind, uuid) DO UPDATE SET version = excluded.version)");
    const QVariantList values{vocabulary::key(kind), uuid, version};
    if (m_statements)
        m_statements->run(statement, values);
    else
        sql::exec(m_db, statement, values);
}

void LocalSync::dropOutbox(EntityKind kind, const QString &uuid)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE kind = ? AND uuid = ?"),
              {vocabulary::key(kind), uuid});
}

bool LocalSync::dirty(EntityKind kind, const QString &uuid) const
{
    return value(QStringLiteral("SELECT 1 FROM outbox WHERE kind = ? AND uuid = ?"),
                 {vocabulary::key(kind), uuid})
        .isValid();
}

bool LocalSync::saveQuestionEdit(const Question &mine, const Question &opened)
{
    const std::optional<Question> stored = m_bank.questionByUuid(mine.uuid);
    // Changed here since (another window or process of this laptop, still queued): one
    // person's edits, the later wins, as outside a team.
    if (!stored || !team() || dirty(EntityKind::Question, mine.uuid) ||
        teampayload::fromQuestion(*stored) == teampayload::fromQuestion(opened)) {
        m_bank.updateQuestion(mine);
        return false;
    }
    // What the editor did not see is the team's text: it stays current, as a pull that
    // meets an unpushed edit leaves it (conflict()).
    Change theirs;
    theirs.kind = EntityKind::Question;
    theirs.uuid = mine.uuid;
    theirs.version = versionOf(EntityKind::Question, mine.uuid);
    theirs.payload = teampayload::fromQuestion(*stored);
    int removedInterviews = 0;
    bool kept = false;
    {
        Transaction transaction(m_db);
        m_bank.updateQuestion(mine);
        const Outbox::Suppression quiet(m_db);
        kept = conflict(theirs, removedInterviews);
        transaction.commit();
    }
    return kept;
}

std::optional<QJsonObject> LocalSync::payloadOf(EntityKind kind, const QString &uuid) const
{
    switch (kind) {
    case EntityKind::Category:
        if (const std::optional<Category> category = m_bank.categoryRepository().byUuid(uuid))
            return teampayload::fromCategory(*category);
        break;
    case EntityKind::Question:
        if (const std::optional<Question> question = m_bank.questionByUuid(uuid))
            return teampayload::fromQuestion(*question);
        break;
    case EntityKind::Plan:
        if (const std::optional<Plan> plan = m_plans.planByUuid(uuid))
            return teampayload::fromPlan(*plan);
        break;
    case EntityKind::Interview:
        if (const std::optional<Interview> interview = m_interviews.interviewByUuid(uuid))
            return teampayload::fromInterview(*interview);
        break;
    }
    return std::nullopt;
}

void LocalSync::write(EntityKind kind, const QString &uuid,
                      const std::optional<QJsonObject> &payload, int &removedInterviews)
{
    if (payload) {
        switch (kind) {
        case EntityKind::Category:
            m_bank.categoryRepository().apply(teampayload::toCategory(*payload, uuid));
            return;
        case EntityKind::Question:
            m_bank.applyQuestion(teampayload::toQuestion(*payload, uuid));
            return;
        case EntityKind::Plan: {
            QStringList missing;
            m_plans.applyPlan(teampayload::toPlan(*payload, uuid), &missing);
            // A question the team deleted is not coming: that item is gone for good.
            missing.erase(
                std::remove_if(missing.begin(), missing.end(),
                               [this](const QString &question) { return knownDeleted(question); }),
                missing.end());
            defer(kind, uuid, missing.isEmpty() ? std::nullopt : payload);
            return;
        }
        case EntityKind::Interview:
            m_interviews.applyInterview(teampayload::toInterview(*payload, uuid));
            return;
        }
        return;
    }
    switch (kind) {
    case EntityKind::Category:
        if (const std::optional<Category> category = m_bank.categoryRepository().byUuid(uuid))
            m_bank.categoryRepository().remove(category->id);
        return;
    case EntityKind::Question:
        if (const std::optional<Question> question = m_bank.questionByUuid(uuid)) {
            // Plans here that lose items with it differ from the server's now (one pushed
            // with the item while the question's deletion was on its way): queued, so
            // the team's plans lose it too. Another laptop's same push is "unchanged".
            // (Not a plan waiting for questions of a pull: written whole later, without
            // this one; the laptop that pushed the item corrects the team's.)
            QStringList plans;
            {
                sql::Row row(m_db,
                             sql::exec(m_db, QStringLiteral(R"(
                    SELECT DISTINCT p.uuid FROM plans p JOIN plan_items i ON i.plan_id = p.id
                     WHERE i.question_id = ? AND NOT EXISTS (
                           SELECT 1 FROM sync_deferred d WHERE d.kind = ? AND d.uuid = p.uuid))"),
                                       {question->id, vocabulary::key(EntityKind::Plan)}),
                             "plans");
                while (row.next())
                    plans << row.text("uuid");
            }
            m_bank.removeQuestion(question->id);
            for (const QString &plan : std::as_const(plans))
                Outbox::requeue(m_db, EntityKind::Plan, plan);
        }
        return;
    case EntityKind::Plan:
        defer(kind, uuid, std::nullopt);
        if (const std::optional<Plan> plan = m_plans.planByUuid(uuid))
            m_plans.remove(plan->id);
        return;
    case EntityKind::Interview: {
        const QVariant id =
            sql::scalar(m_db, QStringLiteral("SELECT id FROM interviews WHERE uuid = ?"), {uuid});
        if (id.isValid()) {
            m_interviews.erase({id.toLongLong()});
            ++removedInterviews;
        }
        return;
    }
    }
}

void LocalSync::defer(EntityKind kind, const QString &uuid,
                      const std::optional<QJsonObject> &payload)
{
    if (!payload) {
        sql::exec(m_db, QStringLiteral("DELETE FROM sync_deferred WHERE kind = ? AND uuid = ?"),
                  {vocabulary::key(kind), uuid});
        return;
    }
    sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO sync_deferred (kind, uuid, payload) VALUES (?, ?, ?)
        ON CONFLICT (kind, uuid) DO UPDATE SET payload = excluded.payload)"),
              {vocabulary::key(kind), uuid, jsonText(payload)});
}

bool LocalSync::knownDeleted(const QString &questionUuid) const
{
    // Shared once (a server version) and not here: deleted, by the team or here.
    return sql::scalar(m_db, QStringLiteral(R"(
        SELECT 1 FROM sync_versions v
         WHERE v.kind = ? AND v.uuid = ? AND NOT EXISTS (SELECT 1 FROM questions q
                                                          WHERE q.uuid = v.uuid))"),
                       {vocabulary::key(EntityKind::Question), questionUuid})
        .isValid();
}

int LocalSync::resolveDeferred(int &removedInterviews)
{
    struct Deferred
    {
        EntityKind kind;
        QString uuid;
        QJsonObject payload;
    };
    QList<Deferred> rows;
    {
        sql::Row row(m_db,
                     sql::exec(m_db, QStringLiteral("SELECT kind, uuid, payload FROM "
                                                    "sync_deferred ORDER BY kind, uuid")),
                     "sync_deferred");
        while (row.next()) {
            const EntityKind kind = kindOf(row);
            const QString uuid = row.text("uuid");
            rows.append({kind, uuid, *jsonObject(row.value("payload"), kind, uuid)});
        }
    }
    int conflicts = 0;
    for (const Deferred &deferred : std::as_const(rows)) {
        // Only plans are deferred (they name questions by uuid).
        const Plan plan = teampayload::toPlan(deferred.payload, deferred.uuid);
        const bool complete =
            std::all_of(plan.items.cbegin(), plan.items.cend(), [this](const PlanItem &item) {
                return knownDeleted(item.questionUuid) ||
                       sql::scalar(m_db, QStringLiteral("SELECT 1 FROM questions WHERE uuid = ?"),
                                   {item.questionUuid})
                           .isValid();
            });
        if (!complete)
            continue; // a later batch brings the rest
        if (!m_plans.planByUuid(deferred.uuid)) {
            // Deleted here since: the deletion is queued, based on the version pulled.
            defer(deferred.kind, deferred.uuid, std::nullopt);
            continue;
        }
        if (dirty(deferred.kind, deferred.uuid)) {
            // Edited here while it lacked items (pending() held the edit back, so the
            // server never took the shorter plan): the team's whole plan becomes
            // current and the edit is kept as a conflict, as for any pulled change.
            Change theirs;
            theirs.kind = deferred.kind;
            theirs.uuid = deferred.uuid;
            theirs.version = versionOf(deferred.kind, deferred.uuid);
            theirs.payload = deferred.payload;
            if (conflict(theirs, removedInterviews))
                ++conflicts;
            continue;
        }
        write(deferred.kind, deferred.uuid, deferred.payload, removedInterviews);
    }
    return conflicts;
}

bool LocalSync::conflict(const Change &theirs, int &removedInterviews)
{
    const std::optional<QJsonObject> mine = payloadOf(theirs.kind, theirs.uuid);
    const std::optional<QJsonObject> their =
        theirs.deleted ? std::nullopt : std::optional<QJsonObject>(theirs.payload);
    dropOutbox(theirs.kind, theirs.uuid);
    setVersion(theirs.kind, theirs.uuid, theirs.version);
    if (mine == their)
        return false;
    sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO sync_conflicts (kind, uuid, mine, theirs, their_version, created_at)
        VALUES (?, ?, ?, ?, ?, ?))"),
              {vocabulary::key(theirs.kind), theirs.uuid, jsonText(mine), jsonText(their),
               theirs.version, now()});
    // The server's version becomes current. When it cannot be written here (a deleted
    // category that still holds questions here, a name taken), the local state stays
    // and the conflict says both.
    try {
        Transaction step(m_db);
        write(theirs.kind, theirs.uuid, their, removedInterviews);
        step.commit();
    } catch (const PanelistError &error) {
        qWarning("LocalSync: %s", qPrintable(error.message()));
    }
    return true;
}

void LocalSync::purgeHere(const Change &purge, int &removedInterviews)
{
    // A removed candidate: gone here too, whatever was changed here, and no copy of it
    // kept anywhere (a conflict would keep one).
    int removed = 0;
    write(purge.kind, purge.uuid, std::nullopt, removed);
    dropOutbox(purge.kind, purge.uuid);
    sql::exec(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE kind = ? AND uuid = ?"),
              {vocabulary::key(purge.kind), purge.uuid});
    setVersion(purge.kind, purge.uuid, purge.version);
    removedInterviews += std::max(removed, 1);
}

LocalSync::Applied LocalSync::apply(const QList<Change> &batch)
{
    Applied result;
    QList<Change> ordered = batch;
    sortForWriting(ordered);
    int removedInterviews = 0;
    {
        Transaction transaction(m_db);
        const Outbox::Suppression quiet(m_db);
        // Thousands of questions at a join: statements prepared once, the search index
        // written once at the end of the batch (same rows as one write at a time).
        BankRepository::Batch questions(m_bank);
        const BatchStatements statements(*this);
        qint64 lastSeq = 0;
        for (const Change &change : std::as_const(ordered)) {
            lastSeq = std::max(lastSeq, change.seq);
            if (change.purge) {
                purgeHere(change, removedInterviews);
                ++result.purged;
                continue;
            }
            if (change.version <= versionOf(change.kind, change.uuid)) {
                ++result.skipped;
                continue;
            }
            if (dirty(change.kind, change.uuid)) {
                ++(conflict(change, removedInterviews) ? result.conflicts : result.adopted);
                continue;
            }
            const std::optional<QJsonObject> payload =
                change.deleted ? std::nullopt : std::optional<QJsonObject>(change.payload);
            try {
                Transaction step(m_db);
                write(change.kind, change.uuid, payload, removedInterviews);
                step.commit();
                ++(change.deleted ? result.deleted : result.written);
                setVersion(change.kind, change.uuid, change.version);
            } catch (const PanelistError &error) {
                // It cannot be written here as it is (a name taken, a category still in
                // use): kept as a conflict with what is here, not dropped.
                qWarning("LocalSync: %s", qPrintable(error.message()));
                sql::exec(m_db, QStringLiteral(R"(
                    INSERT INTO sync_conflicts (kind, uuid, mine, theirs, their_version,
                                                created_at)
                    VALUES (?, ?, ?, ?, ?, ?))"),
                          {vocabulary::key(change.kind), change.uuid,
                           jsonText(payloadOf(change.kind, change.uuid)), jsonText(payload),
                           change.version, now()});
                setVersion(change.kind, change.uuid, change.version);
                ++result.conflicts;
            }
        }
        // Plans written without items whose questions have come since: complete now.
        result.conflicts += resolveDeferred(removedInterviews);
        questions.finish();
        m_statements.reset();
        // A category that took the team's uuid leaves its old one queued: nothing to push.
        for (const EntityKind kind : vocabulary::entityKinds()) {
            const QString table = Outbox::tableOf(kind);
            // NOT EXISTS, not NOT IN: a lookup per outbox row in the table's uuid index,
            // not the whole table read per batch (100,000 questions at a join).
            sql::exec(m_db,
                      QStringLiteral("DELETE FROM outbox WHERE kind = ? AND deleted = 0 AND NOT "
                                     "EXISTS (SELECT 1 FROM ") +
                          table + QStringLiteral(" t WHERE t.uuid = outbox.uuid)"),
                      {vocabulary::key(kind)});
        }
        if (lastSeq > 0)
            sql::exec(m_db, QStringLiteral("UPDATE team SET last_seq = max(last_seq, ?)"),
                      {lastSeq});
        transaction.commit();
    }
    afterRemoval(removedInterviews);
    return result;
}

QList<LocalSync::Pending> LocalSync::pending(int limit,
                                             std::optional<EntityKind> onlyChangesOf) const
{
    QList<Pending> rows;
    {
        sql::Row row(m_db, sql::exec(m_db, QStringLiteral(R"(
            SELECT o.id, o.revision, o.kind, o.uuid, o.deleted, o.purge,
                   COALESCE(v.version, 0) AS base_version
              FROM outbox o LEFT JOIN sync_versions v ON v.kind = o.kind AND v.uuid = o.uuid
             WHERE o.deleted = 1 OR NOT EXISTS (SELECT 1 FROM sync_deferred d
                                                 WHERE d.kind = o.kind AND d.uuid = o.uuid)
             ORDER BY o.id)")),
                     "outbox");
        while (row.next()) {
            Pending pending;
            pending.id = row.id("id");
            pending.revision = row.id("revision");
            pending.kind = kindOf(row);
            pending.uuid = row.text("uuid");
            pending.deleted = row.flag("deleted");
            pending.purge = row.flag("purge");
            pending.baseVersion = row.id("base_version");
            if (onlyChangesOf && (pending.deleted || pending.kind != *onlyChangesOf))
                continue;
            rows.append(pending);
        }
    }
    sortForWriting(rows);
    QList<Pending> result;
    for (Pending &pending : rows) {
        if (limit > 0 && result.size() >= limit)
            break;
        if (!pending.deleted) {
            const std::optional<QJsonObject> payload = payloadOf(pending.kind, pending.uuid);
            // Gone without a tombstone (a category that took the team's uuid): nothing to
            // push.
            if (!payload)
                continue;
            pending.payload = *payload;
        }
        result.append(pending);
    }
    return result;
}

int LocalSync::pendingCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
}

int LocalSync::heldBackCount() const
{
    return sql::scalar(m_db, QStringLiteral(R"(
        SELECT COUNT(*) FROM outbox o JOIN sync_deferred d ON d.kind = o.kind AND d.uuid = o.uuid
         WHERE o.deleted = 0)"))
        .toInt();
}

bool LocalSync::markPushed(const Pending &pending, qint64 version)
{
    Transaction transaction(m_db);
    setVersion(pending.kind, pending.uuid, version);
    // This laptop's own interview is on the server as submitted: the colleagues'
    // interviews of that candidate are readable now, below the pull mark (revealWanted).
    if (pending.kind == EntityKind::Interview && !pending.deleted)
        noteSubmitted(pending.payload);
    const QSqlQuery removed =
        sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ? AND revision = ?"),
                  {pending.id, pending.revision});
    const bool gone = removed.numRowsAffected() > 0;
    transaction.commit();
    return gone;
}

void LocalSync::recordConflict(const Pending &pending, const Change &theirs)
{
    Q_ASSERT(pending.kind == theirs.kind && pending.uuid == theirs.uuid);
    int removedInterviews = 0;
    {
        Transaction transaction(m_db);
        const Outbox::Suppression quiet(m_db);
        if (theirs.purge)
            purgeHere(theirs, removedInterviews);
        else if (theirs.version == 0)
            rebase(pending);
        else
            conflict(theirs, removedInterviews);
        transaction.commit();
    }
    afterRemoval(removedInterviews);
}

void LocalSync::rebase(const Pending &pending)
{
    // The server has no row at all for it (no tombstone either: nobody deleted it there;
    // a server restored from an older backup, a row a lead removed by hand). This copy is
    // the only one: it stays, queued as new (version 0), and the next push creates it.
    // A deletion of it has nothing left to do.
    sql::exec(m_db, QStringLiteral("DELETE FROM sync_versions WHERE kind = ? AND uuid = ?"),
              {vocabulary::key(pending.kind), pending.uuid});
    if (pending.deleted)
        dropOutbox(pending.kind, pending.uuid);
}

void LocalSync::adoptCategory(const Pending &pending, const Change &theirs)
{
    Q_ASSERT(pending.kind == EntityKind::Category && theirs.kind == EntityKind::Category);
    Transaction transaction(m_db);
    const std::optional<Category> mine = m_bank.categoryRepository().byUuid(pending.uuid);
    const std::optional<Category> team = m_bank.categoryRepository().byUuid(theirs.uuid);
    if (mine && team) {
        // Both here (the team's came in a pull since): one category, the team's. A
        // local change like any other: the moved questions are queued, and the tombstone
        // of this one is "unchanged" on the server, which never had it.
        m_bank.categoryRepository().remove(mine->id, team->id);
    } else if (mine) {
        {
            const Outbox::Suppression quiet(m_db);
            dropOutbox(EntityKind::Category, pending.uuid);
            sql::exec(m_db, QStringLiteral("UPDATE categories SET uuid = ? WHERE id = ?"),
                      {theirs.uuid, mine->id});
            int removed = 0;
            write(EntityKind::Category, theirs.uuid, theirs.payload, removed);
            setVersion(EntityKind::Category, theirs.uuid, theirs.version);
        }
        // Their payloads name the category: pushed again, naming the team's.
        Outbox::recordQuestionsOfCategory(m_db, mine->id);
    }
    transaction.commit();
}

LocalSync::Conflict LocalSync::readConflict(qint64 id) const
{
    sql::Row row(m_db,
                 sql::exec(m_db,
                           QStringLiteral("SELECT id, kind, uuid, mine, theirs, their_version, "
                                          "created_at FROM sync_conflicts WHERE id = ?"),
                           {id}),
                 "sync_conflicts");
    if (!row.next())
        throw PanelistError(LocalSync::tr("That conflict was resolved already."));
    const EntityKind kind = kindOf(row);
    const QString uuid = row.text("uuid");
    return {row.id("id"),
            kind,
            uuid,
            jsonObject(row.value("mine"), kind, uuid),
            jsonObject(row.value("theirs"), kind, uuid),
            row.id("their_version"),
            row.time("created_at")};
}

QString LocalSync::Conflict::title() const
{
    const QJsonObject payload = mine ? *mine : theirs.value_or(QJsonObject());
    for (const char *field : {"title", "name", "candidate"}) {
        const QString value = payload.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QList<LocalSync::Conflict> LocalSync::conflicts() const
{
    QList<qint64> ids;
    {
        sql::Row row(m_db,
                     sql::exec(m_db, QStringLiteral("SELECT id FROM sync_conflicts ORDER BY id")),
                     "sync_conflicts");
        while (row.next())
            ids << row.id("id");
    }
    QList<Conflict> result;
    for (const qint64 id : ids)
        result.append(readConflict(id));
    return result;
}

int LocalSync::conflictCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")).toInt();
}

void LocalSync::keepMine(qint64 conflictId)
{
    int removedInterviews = 0;
    {
        Transaction transaction(m_db);
        const Conflict conflict = readConflict(conflictId);
        // A local edit like any other: the repositories queue it, based on their version.
        write(conflict.kind, conflict.uuid, conflict.mine, removedInterviews);
        Outbox::recordUuid(m_db, conflict.kind, conflict.uuid,
                           conflict.mine ? Outbox::Change::Edited : Outbox::Change::Deleted);
        sql::exec(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {conflictId});
        transaction.commit();
    }
    afterRemoval(removedInterviews);
}

void LocalSync::takeTheirs(qint64 conflictId)
{
    int removedInterviews = 0;
    {
        Transaction transaction(m_db);
        const Outbox::Suppression quiet(m_db);
        const Conflict conflict = readConflict(conflictId);
        // Theirs is current already unless it could not be written then; written again
        // (the same content) either way, so it is what stays. Unless a newer version came
        // from the server since: that one is current, and writing the older theirs would
        // bring back what the team changed (or deleted) after it.
        if (versionOf(conflict.kind, conflict.uuid) <= conflict.theirVersion)
            write(conflict.kind, conflict.uuid, conflict.theirs, removedInterviews);
        dropOutbox(conflict.kind, conflict.uuid);
        sql::exec(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {conflictId});
        transaction.commit();
    }
    afterRemoval(removedInterviews);
}

void LocalSync::resolveWith(qint64 conflictId, const QJsonObject &merged)
{
    int removedInterviews = 0;
    Transaction transaction(m_db);
    const Conflict conflict = readConflict(conflictId);
    teampayload::check(conflict.kind, merged, conflict.uuid);
    write(conflict.kind, conflict.uuid, merged, removedInterviews);
    Outbox::recordUuid(m_db, conflict.kind, conflict.uuid);
    sql::exec(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {conflictId});
    transaction.commit();
}
