#include "sync/synccycle.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/teamserver.h"

SyncCycle::SyncCycle(Database &database, TeamServer &server)
    : m_database(database)
    , m_server(server)
    , m_local(database)
{}

namespace {

LocalSync::Change toChange(const TeamEntity &entity, vocabulary::EntityKind kind)
{
    LocalSync::Change change;
    change.kind = kind;
    change.uuid = entity.uuid;
    change.version = entity.version;
    change.deleted = entity.deleted;
    change.purge = entity.purge;
    change.payload = entity.payload;
    change.seq = entity.seq;
    return change;
}

} // namespace

SyncCycle::Moved SyncCycle::run()
{
    Moved moved;
    pullInto(moved);
    pushInto(moved);
    pullInto(moved);
    m_local.recordSync(wallclock::now());
    return moved;
}

SyncCycle::Moved SyncCycle::pull()
{
    Moved moved;
    pullInto(moved);
    m_local.recordSync(wallclock::now());
    return moved;
}

void SyncCycle::pullInto(Moved &moved)
{
    int batchSize = 0;
    for (;;) {
        const std::optional<LocalSync::Team> team = m_local.team();
        if (!team)
            throw PanelistError(tr("The database %1 is in no team; join one with panelist team "
                                   "join URL.")
                                    .arg(m_database.location()));
        if (batchSize == 0)
            batchSize = team->lastSeq == 0 ? kFirstPullBatch : kPullBatch;
        const QList<TeamEntity> entities = m_server.pull(team->lastSeq, batchSize);
        if (entities.isEmpty())
            return;
        QList<LocalSync::Change> batch;
        batch.reserve(entities.size());
        for (const TeamEntity &entity : entities) {
            const std::optional<vocabulary::EntityKind> kind =
                vocabulary::parseEntityKind(entity.kind);
            if (!kind)
                throw PanelistError(tr("The team server %1 sent a change of an unknown kind "
                                       "\"%2\" (entity %3); update Panelist on this laptop.")
                                        .arg(m_server.displayUrl(), entity.kind, entity.uuid));
            batch << toChange(entity, *kind);
        }
        const LocalSync::Applied applied = m_local.apply(batch);
        moved.pulled += applied.written + applied.deleted + applied.purged;
        moved.purged += applied.purged;
        moved.conflicts += applied.conflicts;
        if (entities.size() < batchSize)
            return;
    }
}

void SyncCycle::pushInto(Moved &moved)
{
    // One reading of the outbox: what changes while it is pushed waits for the next
    // cycle (the engine sees the outbox grow and runs one).
    const QList<LocalSync::Pending> pending = m_local.pending();
    for (qsizetype start = 0; start < pending.size(); start += kPushBatch) {
        const QList<LocalSync::Pending> chunk = pending.mid(start, kPushBatch);
        QList<TeamChange> changes;
        changes.reserve(chunk.size());
        for (const LocalSync::Pending &p : chunk) {
            TeamChange change;
            change.kind = vocabulary::key(p.kind);
            change.uuid = p.uuid;
            change.baseVersion = p.baseVersion;
            change.deleted = p.deleted;
            change.payload = p.payload;
            changes << change;
        }
        const QList<PushResult> results = m_server.push(changes);
        for (qsizetype i = 0; i < results.size() && i < chunk.size(); ++i) {
            const PushResult &result = results.at(i);
            const LocalSync::Pending &p = chunk.at(i);
            switch (result.outcome) {
            case PushResult::Outcome::Accepted:
            case PushResult::Outcome::Unchanged:
                m_local.markPushed(p, result.server.version);
                ++moved.pushed;
                break;
            case PushResult::Outcome::Conflict:
            case PushResult::Outcome::Refused:
                // The server's row becomes current here; ours is kept as a conflict.
                m_local.recordConflict(p, toChange(result.server, p.kind));
                ++moved.conflicts;
                break;
            }
        }
    }
}

QString SyncCycle::describe(const Moved &moved)
{
    QStringList parts;
    parts << tr("pushed %1").arg(moved.pushed) << tr("pulled %1").arg(moved.pulled);
    if (moved.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, moved.conflicts);
    if (moved.purged > 0)
        parts << tr("%n interview(s) of removed candidates deleted", nullptr, moved.purged);
    return parts.join(QStringLiteral(", "));
}
