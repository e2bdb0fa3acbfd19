#pragma once

#include "storage/localsync.h"

#include <QCoreApplication>
#include <QString>

class Database;
class TeamServer;

// One push-and-pull cycle between a local database and the team's server, on the
// calling thread (the engine's worker, or `panelist team sync`). It runs no SQL itself:
// LocalSync reads and writes the local file, TeamServer the server.
//
// A cycle pulls first (so a category of the same name adopts the team's uuid before this
// laptop pushes its own), pushes the outbox in LocalSync's order, then pulls again until
// the server has nothing newer. Each pulled batch is one local transaction (LocalSync::apply).
// A push the server refuses (another version, or an interview someone else owns) is kept
// as a conflict: the server's version becomes current here and this laptop's stays in
// sync_conflicts, so the outbox never loops on it and nothing is dropped silently.
class SyncCycle
{
    Q_DECLARE_TR_FUNCTIONS(SyncCycle)

public:
    // Rows per pulled batch (one local transaction each) and per push transaction. A
    // first pull (nothing applied yet: a join) takes bigger batches: each batch has fixed
    // costs (a commit, a search index segment, a round trip), and a join of 100,000
    // questions spends a quarter less with them; a batch holds the file's write lock
    // while it is applied, so later pulls keep to the smaller size.
    static constexpr int kPullBatch = 300;
    static constexpr int kFirstPullBatch = 1000;
    static constexpr int kPushBatch = 100;
    // Other sizes (the tests' small batches, which make every ordering across batches
    // happen with a small bank). Values below 1 are taken as 1.
    void setBatchSizes(int pull, int push);

    struct Moved
    {
        int pushed = 0;    // accepted or already there
        int pulled = 0;    // written, deleted or purged here
        int conflicts = 0; // new conflicts, from pushes and pulls
        int purged = 0;    // interviews of removed candidates deleted here
        bool any() const { return pushed || pulled || conflicts || purged; }
    };

    SyncCycle(Database &database, TeamServer &server);

    // Throws TeamError (the server: Unreachable, AuthenticationFailed, …) or PanelistError
    // (the local file). What was applied or pushed before the error stays done.
    Moved run();
    // Only the pull half (a notification or the periodic pull with an empty outbox).
    Moved pull();
    // Only the push half: the outbox as it is, nothing pulled before or after (run()
    // pulls first; a test uses it to let two laptops' pushes meet on the server).
    Moved push();

    // "pushed 3, pulled 12, 1 conflict"
    static QString describe(const Moved &moved);

    LocalSync &local() { return m_local; }

private:
    void pullInto(Moved &moved);
    void pushInto(Moved &moved);
    // The bias guard's part of a cycle: the team's submissions (no content) and the
    // interviews that became readable when this laptop submitted (LocalSync::revealWanted).
    void guardInto(Moved &moved);
    void pushRows(const QList<LocalSync::Pending> &pending, Moved &moved);

    Database &m_database;
    TeamServer &m_server;
    LocalSync m_local;
    int m_pullBatch = 0; // 0: kFirstPullBatch on a first pull, else kPullBatch
    int m_pushBatch = kPushBatch;
};
