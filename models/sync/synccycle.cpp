#include "sync/synccycle.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/database.h"
#include "storage/teamserver.h"

#include <algorithm>

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
    guardInto(moved);
    m_local.recordSync(wallclock::now());
    return moved;
}

void SyncCycle::setBatchSizes(int pull, int push)
{
    m_pullBatch = std::max(pull, 1);
    m_pushBatch = std::max(push, 1);
}

SyncCycle::Moved SyncCycle::push()
{
    Moved moved;
    pushInto(moved);
    return moved;
}

SyncCycle::Moved SyncCycle::pull()
{
    Moved moved;
    pullInto(moved);
    guardInto(moved);
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
            batchSize =
                m_pullBatch > 0 ? m_pullBatch : (team->lastSeq == 0 ? kFirstPullBatch : kPullBatch);
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
        // This role's interview finished on its other laptop: the colleagues' interviews
        // of that candidate are readable now, below the mark (guardInto fetches them).
        for (const TeamEntity &entity : entities) {
            if (entity.kind == vocabulary::key(vocabulary::EntityKind::Interview) &&
                !entity.deleted && entity.owner == m_server.role())
                m_local.noteSubmitted(entity.payload);
        }
        moved.pulled += applied.written + applied.deleted + applied.purged;
        moved.purged += applied.purged;
        moved.conflicts += applied.conflicts;
        if (entities.size() < batchSize)
            return;
    }
}

void SyncCycle::guardInto(Moved &moved)
{
    // Who has submitted what: "2 colleagues have submitted", before their interviews may
    // reach this laptop.
    QList<LocalSync::Submission> submissions;
    for (const TeamSubmission &s : m_server.submissions())
        submissions << LocalSync::Submission{s.candidateKey, s.owner, s.interviewer, s.endedAt};
    m_local.storeSubmissions(submissions);
    // The colleagues' interviews this laptop may read since it submitted its own: the
    // server let them through only now, and their numbers are below the pull mark.
    const QStringList keys = m_local.revealWanted();
    if (keys.isEmpty())
        return;
    QList<LocalSync::Change> batch;
    for (const TeamEntity &entity : m_server.interviewsOf(keys))
        batch << toChange(entity, vocabulary::EntityKind::Interview);
    const LocalSync::Applied applied = m_local.applyRevealed(batch, keys);
    moved.pulled += applied.written + applied.deleted + applied.purged;
    moved.conflicts += applied.conflicts;
}

void SyncCycle::pushInto(Moved &moved)
{
    // New and changed categories go first, on their own: the server may answer one with
    // the team's category of the same name (adopted), which changes the payload of every
    // question filed under it, so the rest of the outbox is read after them.
    pushRows(m_local.pending(0, vocabulary::EntityKind::Category), moved);
    // One reading of the outbox: what changes while it is pushed waits for the next
    // cycle (the engine sees the outbox grow and runs one).
    pushRows(m_local.pending(), moved);
}

void SyncCycle::pushRows(const QList<LocalSync::Pending> &pending, Moved &moved)
{
    for (qsizetype start = 0; start < pending.size(); start += m_pushBatch) {
        const QList<LocalSync::Pending> chunk = pending.mid(start, m_pushBatch);
        QList<TeamChange> changes;
        changes.reserve(chunk.size());
        for (const LocalSync::Pending &p : chunk) {
            TeamChange change;
            change.kind = vocabulary::key(p.kind);
            change.uuid = p.uuid;
            change.baseVersion = p.baseVersion;
            change.deleted = p.deleted;
            change.purge = p.purge;
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
            case PushResult::Outcome::Adopted:
                m_local.adoptCategory(p, toChange(result.server, p.kind));
                ++moved.pushed;
                break;
            case PushResult::Outcome::Conflict:
            case PushResult::Outcome::Refused:
                // The server's row becomes current here; ours is kept as a conflict.
                // (Not when the server removed the candidate: purged here too; nor when
                // it has no row at all: queued again as new.)
                m_local.recordConflict(p, toChange(result.server, p.kind));
                if (result.server.purge)
                    ++moved.purged;
                else if (result.server.version > 0)
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
