#pragma once

#include "domain/vocabulary.h"
#include "storage/bankrepository.h"
#include "storage/interviewrepository.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Database;
namespace sql {
class Statements;
}

// The local side of a team (issue 15): what this database shares with the team's
// server, in its own tables (migration 4): the link (`team`), the server version each
// entity is based on (`sync_versions`), the outbox the repositories fill (storage/outbox.h)
// and the conflicts kept for the person to resolve (`sync_conflicts`). The sync engine
// (sync/) calls it on its own connection; it never talks to the server itself.
//
// - apply() writes a batch of pulled changes in one transaction through the same
//   repositories the app uses (so the search index stays in step) and never writes the
//   outbox (Outbox::Suppression).
// - pending() lists the outbox in push order with each entity's current payload;
//   markPushed() clears a row unless it changed again meanwhile.
// - A change the server refused, or a pulled change of an entity with unpushed local
//   changes, is a conflict: the server's version becomes current here and the local one
//   is kept in sync_conflicts until it is resolved (keepMine, takeTheirs, resolveWith).
//   A deletion against an edit is a conflict too, never a silent resurrection or loss.
class LocalSync
{
    Q_DECLARE_TR_FUNCTIONS(LocalSync)

public:
    explicit LocalSync(Database &database);

    struct Team
    {
        QString serverUrl; // without a password
        QString role;      // the PostgreSQL role this laptop signs in as
        QString clientId;
        qint64 lastSeq = 0; // the server change number applied last
        QDateTime lastSyncAt;
        QDateTime joinedAt;
    };
    std::optional<Team> team() const;
    // Links the database to `serverUrl` as `role`: from now on every change is queued.
    // Interviews run here before get `role` as their owner. Throws PanelistError when the
    // URL holds a password or the database is linked to a team already.
    void link(const QString &serverUrl, const QString &role, const QString &clientId = {});
    // Queues every entity of `kinds` that is here (the first join's upload); returns how
    // many rows the outbox holds afterwards.
    int queueExisting(const QList<vocabulary::EntityKind> &kinds);
    // Forgets the team: link, outbox, versions and conflicts go; the data stays.
    void unlink();
    // How many entities of `kinds` here the server has never had (no server version):
    // what a first join would have to upload.
    int unsharedCount(const QList<vocabulary::EntityKind> &kinds) const;
    void recordSync(const QDateTime &when);

    // One entity as the server holds it.
    struct Change
    {
        vocabulary::EntityKind kind = vocabulary::EntityKind::Question;
        QString uuid;
        qint64 version = 0;
        bool deleted = false;
        bool purge = false;  // a removed candidate's interview: deleted here, then compacted
        QJsonObject payload; // empty for a deletion
        qint64 seq = 0;      // its change number on the server (0: not from a pull)
    };
    struct Applied
    {
        int written = 0;
        int deleted = 0;
        int purged = 0;    // interviews removed; the after-removal hook ran when > 0
        int skipped = 0;   // already here (our own push coming back, or older)
        int conflicts = 0; // kept in sync_conflicts
        int adopted = 0;   // a local change equal to the server's: nothing to push
    };
    // Applies `batch` in one transaction, changes before deletions (each in the kinds'
    // dependency order), and records the highest seq as applied. A change already known
    // (version not above this entity's) is skipped. Throws PanelistError (nothing
    // written) when the database is busy beyond the busy timeout or the disk fails.
    Applied apply(const QList<Change> &batch);
    // The bias guard (team schema 3). Candidates (PanelGuard::candidateKey) this laptop
    // submitted an interview of since the server last sent their colleagues' interviews:
    // those are readable now but older than the pull mark (markPushed records them).
    QStringList revealWanted() const;
    // Records `interview` (a payload of this laptop's role) for revealWanted() when it is
    // finished: pushed from here (markPushed), or pulled from this role's other laptop.
    void noteSubmitted(const QJsonObject &interview);
    // Applies `batch` (the interviews TeamServer::interviewsOf sent for `keys`) as apply()
    // does, without moving the pull mark, and forgets `keys`.
    Applied applyRevealed(const QList<Change> &batch, const QStringList &keys);
    // Who in the team has submitted which candidate's interview (no content), as the
    // server says now; replaces what team_submissions held. Returns whether it changed.
    struct Submission
    {
        QString candidateKey;
        QString owner;
        QString interviewer;
        QDateTime endedAt;
    };
    bool storeSubmissions(const QList<Submission> &submissions);

    // Runs after a commit that removed interviews (a purge or a deletion), outside the
    // transaction; by default Database::compact(). The engine may put its own.
    void setAfterRemoval(std::function<void()> hook);

    // One outbox row with what the server needs to take it.
    struct Pending
    {
        qint64 id = 0;
        qint64 revision = 0;
        vocabulary::EntityKind kind = vocabulary::EntityKind::Question;
        QString uuid;
        bool deleted = false;
        bool purge = false;     // a deletion that is a candidate's removal (Outbox)
        qint64 baseVersion = 0; // the server version it is based on; 0: new
        QJsonObject payload;    // the entity now; empty for a deletion
    };
    // The outbox in push order: changes by kind (category, question, plan, interview)
    // then id, then deletions in the reverse kind order. At most `limit` rows (0: all).
    // A plan still waiting for questions of a pull (sync_deferred) is held back: pushed
    // as it is here, it would drop those items on the server.
    // With `onlyChangesOf`, only the changes (no deletions) of that kind.
    QList<Pending> pending(int limit = 0,
                           std::optional<vocabulary::EntityKind> onlyChangesOf = {}) const;
    int pendingCount() const;
    // Of those, the plans pending() holds back (waiting for questions of a pull).
    int heldBackCount() const;
    // The server took `pending` as `version`. The outbox row goes unless the entity changed
    // again since pending() read it (then it stays, now based on `version`); returns
    // whether it went. A finished interview of this laptop's is recorded for revealWanted().
    bool markPushed(const Pending &pending, qint64 version);
    // The server refused `pending` because it holds `theirs`: theirs becomes current here,
    // the local state is kept as a conflict (unless both are the same). When theirs is a
    // purge (the candidate was removed), the entity goes here as for a pulled purge and
    // nothing of it is kept. When the server has no row for it at all (theirs.version 0:
    // no tombstone, nobody deleted it there), it is no conflict: the entity stays as it
    // is here and is queued as new, so the next push creates it again (rebase()).
    void recordConflict(const Pending &pending, const Change &theirs);
    // The server answered the push of the new category `pending` with `theirs`, the
    // team's category of that name (made on another laptop meanwhile): the category here
    // becomes that one (the team's uuid, name and position; its questions stay in it and
    // are queued again, since their payload names it). Were the team's category here
    // already, this one is merged into it.
    void adoptCategory(const Pending &pending, const Change &theirs);

    struct Conflict
    {
        qint64 id = 0;
        vocabulary::EntityKind kind = vocabulary::EntityKind::Question;
        QString uuid;
        std::optional<QJsonObject> mine;   // none: deleted here
        std::optional<QJsonObject> theirs; // none: deleted on the server
        qint64 theirVersion = 0;
        QDateTime createdAt;

        // What a person calls the entity (its title, name or candidate), mine first;
        // empty when neither side has one.
        QString title() const;
    };
    QList<Conflict> conflicts() const; // oldest first
    int conflictCount() const;
    // Mine becomes current again and is queued, based on their version.
    void keepMine(qint64 conflictId);
    // Theirs stays current; the conflict goes.
    void takeTheirs(qint64 conflictId);
    // `merged` (a payload of the conflict's kind and uuid) is saved as a new local edit,
    // queued, based on their version.
    void resolveWith(qint64 conflictId, const QJsonObject &merged);

    // Saves `mine`, an edit of a question made from `opened` (the question as the editor
    // read it). When the question here changed since (a teammate's edit the engine pulled
    // meanwhile) and the database is in a team, both are kept: theirs stays current and
    // mine becomes a conflict to resolve, never a silent overwrite. Returns whether it was
    // kept as a conflict. Throws PanelistError as BankRepository::updateQuestion does.
    bool saveQuestionEdit(const Question &mine, const Question &opened);

    // The entity as a payload (teampayload), none when it is not here.
    std::optional<QJsonObject> payloadOf(vocabulary::EntityKind kind, const QString &uuid) const;
    // The server version the entity is based on; 0 when none.
    qint64 versionOf(vocabulary::EntityKind kind, const QString &uuid) const;

private:
    // Writes `payload` as the entity (none: deletes it) through the repositories; counts
    // a removed interview in `removedInterviews`.
    void write(vocabulary::EntityKind kind, const QString &uuid,
               const std::optional<QJsonObject> &payload, int &removedInterviews);
    void setVersion(vocabulary::EntityKind kind, const QString &uuid, qint64 version);
    // A pulled plan written without items whose questions are not here yet keeps its
    // whole payload in sync_deferred (none: the row goes); resolveDeferred(), after every
    // pulled batch, writes each again once all its questions are here (a conflict when
    // it was edited here meanwhile; returns how many).
    void defer(vocabulary::EntityKind kind, const QString &uuid,
               const std::optional<QJsonObject> &payload);
    int resolveDeferred(int &removedInterviews);
    // A question the server had and this file no longer has (deleted): a plan's item
    // naming it is not waited for.
    bool knownDeleted(const QString &questionUuid) const;
    void dropOutbox(vocabulary::EntityKind kind, const QString &uuid);
    bool dirty(vocabulary::EntityKind kind, const QString &uuid) const;
    // The server's `theirs` against the unpushed local state; see recordConflict.
    // Returns true when a conflict was kept, false when both were the same (adopted).
    bool conflict(const Change &theirs, int &removedInterviews);
    Conflict readConflict(qint64 id) const;
    // A pulled (or pushed against) purge: the entity goes whatever was changed here, with
    // its outbox row and any conflict kept of it.
    void purgeHere(const Change &purge, int &removedInterviews);
    void rebase(const Pending &pending);
    void afterRemoval(int removedInterviews);
    // The per-change statements of apply() (versionOf, dirty, setVersion): prepared once
    // for a batch while a BatchStatements lives, else one sql::exec each.
    QVariant value(const QString &statement, const QVariantList &values) const;
    class BatchStatements
    {
    public:
        explicit BatchStatements(LocalSync &owner);
        ~BatchStatements();
        BatchStatements(const BatchStatements &) = delete;
        BatchStatements &operator=(const BatchStatements &) = delete;

    private:
        LocalSync &m_local;
    };

    Database &m_database;
    QSqlDatabase m_db;
    mutable BankRepository m_bank;
    mutable PlanRepository m_plans;
    mutable InterviewRepository m_interviews;
    std::function<void()> m_afterRemoval;
    std::shared_ptr<sql::Statements> m_statements; // while a BatchStatements lives
};
