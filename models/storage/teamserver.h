#pragma once

#include "storage/teamschema.h"
#include "storage/teamsql.h"
#include "storage/teamurl.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

// One entity as the server holds it: the latest state of a category, question, plan or
// interview. `payload` is the app's JSON (formats/teampayload), opaque here; empty for a
// tombstone. `kind` is the vocabulary's entity key ("question"), `uuid` lower case.
struct TeamEntity
{
    QString kind;
    QString uuid;
    qint64 version = 0; // 0: the server has no such entity
    bool deleted = false;
    bool purge = false; // a candidate's removal: delete it and wipe the local files
    QJsonObject payload;
    QString owner;     // the role that created it (for an interview: ran it)
    qint64 seq = 0;    // the number of its last change
    QString updatedBy; // the login role that wrote it last
    QDateTime updatedAt;
};

// A local change to push: the entity's state now, based on the server version the
// client last saw (0 for an entity the server has never had).
struct TeamChange
{
    QString kind;
    QString uuid;
    qint64 baseVersion = 0;
    bool deleted = false;
    bool purge = false;  // an interview's candidate removed: purge_interview, not push
    QJsonObject payload; // ignored for a deletion
};

// A submitted (finished) interview as panelist.submissions() tells of it: who, about whom,
// when; nothing of its content.
struct TeamSubmission
{
    QString candidateKey; // panelist.candidate_key (PanelGuard::candidateKey)
    QString owner;        // the role that ran it
    QString interviewer;  // the interviewer's name in it
    QDateTime endedAt;    // invalid when the interview named none
};

// A lead's decision on a candidate (panelist.decisions); the latest one stands.
struct TeamDecision
{
    qint64 id = 0;
    QString candidateKey;
    QString candidateName;
    QString decision; // advance, hire or reject
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

struct PushResult
{
    enum class Outcome {
        Accepted,  // written: server.version and server.seq are the new ones
        Unchanged, // the server holds this state already; nothing written
        Conflict,  // based on another version, or purged: nothing written
        Refused,   // an interview another role owns: nothing written
        Adopted,   // a new category named as one of the team's: nothing written, server
                   // is that category (the client takes it over)
    };
    Outcome outcome = Outcome::Accepted;
    TeamEntity server; // the server's row after the push (what it holds now)
};

// A connection to a team's PostgreSQL server (QtSql's QPSQL driver), and every statement
// Panelist runs there. Use it on one thread: the one that creates it (a worker thread
// creates its own; every instance has its own connection name). Errors are TeamError,
// whose kind tells offline from sign-in needed from a refusal; no message, log line or
// stored value ever holds the password.
class TeamServer : public QObject
{
    Q_OBJECT

public:
    // Seconds libpq waits for a server that does not answer, unless the URL says.
    static constexpr int kConnectTimeoutSeconds = 10;

    explicit TeamServer(QObject *parent = nullptr);
    ~TeamServer() override;

    enum class Purpose {
        Use,   // an interviewer's client: the schema must be there, current, and ours
        Setup, // team init / add-interviewer: no schema check
    };
    // Connects to `url` as its user; `password` when given, else the URL's, else libpq's
    // own (PGPASSWORD, ~/.pgpass or PGPASSFILE). Closes any earlier connection first.
    // Throws TeamError: Unreachable, AuthenticationFailed, NotATeam (no such database or
    // schema), NotAMember, NewerSchema, OlderSchema.
    void open(const TeamUrl &url, const QString &password = {}, Purpose purpose = Purpose::Use);
    void close();
    bool isOpen() const;
    QString displayUrl() const { return m_url.displayUrl(); }

    // The PostgreSQL role signed in (current_user), and whether it is a team lead.
    QString role() const { return m_role; }
    bool isLead() const { return m_lead; }

    // Team set-up (Purpose::Setup, as a role that may create schemas and roles).
    // Creates or migrates the team schema and its roles (TeamSchema::migrate).
    TeamSchema::Migration initialize(int upTo = TeamSchema::kVersion);
    // A login role `name` in the interviewer group (and the lead group with `lead`), or
    // a new password and lead status for one that is in it already. The password goes
    // to the server only as a SCRAM-SHA-256 verifier made here.
    void addInterviewer(const QString &name, const QString &password, bool lead);
    // Why `name` cannot be an interviewer's role name; empty when it can: 1-63 of
    // a-z, 0-9, "_", ".", "-", starting with a letter, not pg_… nor panelist_….
    static QString roleNameProblem(const QString &name);
    // The verifier PostgreSQL stores for `password` (SCRAM-SHA-256, 4096 iterations,
    // random salt), as `ALTER ROLE … PASSWORD` accepts it.
    static QString scramVerifier(const QString &password);

    // Pushes one change in its own transaction, or several in one transaction (in the
    // order given; a conflict or refusal of one does not stop the others). Throws
    // TeamError (nothing of the batch written) when the connection is lost or a rule
    // refuses a statement.
    PushResult push(const TeamChange &change);
    QList<PushResult> push(const QList<TeamChange> &changes);

    // The entities changed after `afterSeq`, in the order of their numbers, at most
    // `limit`. The numbers are in commit order, so the last seq returned is a safe mark
    // for the next pull (see panelist.counter in teamschema.cpp).
    QList<TeamEntity> pull(qint64 afterSeq, int limit);
    // The highest change number on the server (0 when none).
    qint64 lastSeq();
    // How many entities of each kind ("question") the team holds, tombstones left out.
    QHash<QString, int> counts();

    // Every interview of the candidate `name` becomes a purge tombstone; returns how
    // many. The name is not kept on the server.
    int purgeCandidate(const QString &name);

    // The bias guard (schema 3). Every submitted interview of the team, content-free.
    QList<TeamSubmission> submissions();
    // The interviews of other roles about the candidates `candidateKeys` that this role may
    // read now (row-level security decides): those that became readable when it submitted,
    // below its pull mark. Tombstones left out.
    QList<TeamEntity> interviewsOf(const QStringList &candidateKeys);
    // Records a lead's `decision` (advance, hire, reject) with `reason` on the candidate
    // `candidateName`. Throws TeamError Refused when this role is no lead (the server's
    // policy refuses it) or the decision is not one of those.
    void decide(const QString &candidateName, const QString &decision, const QString &reason);
    // The decisions this role may read (a lead: all; others: those of candidates they
    // submitted for), oldest first.
    QList<TeamDecision> decisions();

    // LISTEN panelist: changed() is emitted when any client (this one too: fromSelf)
    // commits a change. Needs an event loop on this object's thread. Kept across open().
    void listen();

signals:
    void changed(qint64 seq, bool fromSelf);

private:
    QSqlDatabase connection() const;
    void subscribe();
    TeamError connectFailure(const QString &reason) const;
    QList<PushResult> pushAll(const QList<TeamChange> &changes);

    QString m_connectionName;
    TeamUrl m_url;
    QString m_role;
    bool m_lead = false;
    bool m_listening = false;
};
