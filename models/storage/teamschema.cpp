#include "storage/teamschema.h"

#include "storage/teamsql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace {

// pg_advisory_xact_lock key: "PNLS", as the local files' application_id.
constexpr qint64 kMigrationLock = 0x504E4C53;

// Migration 1: the whole schema as issue 15 left it.
//
// One table holds the latest state of every shared entity (a question, category, plan or
// interview: its payload is the app's JSON, opaque here); a deletion is a tombstone
// (deleted, payload NULL), a candidate's removal a purge tombstone. `seq` is the number
// of an entity's last change; a client pulls `WHERE seq > last ORDER BY seq`.
const QStringList &migration1()
{
    static const QStringList statements{
        QStringLiteral("CREATE SCHEMA panelist"),
        QStringLiteral(R"(CREATE TABLE panelist.schema_version (
            only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
            version  integer NOT NULL))"),

        // The group roles (NOLOGIN); login roles are made members by add_interviewer.
        QStringLiteral(R"(DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles
                           WHERE rolname = 'panelist_interviewer') THEN
                CREATE ROLE panelist_interviewer NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'panelist_lead') THEN
                CREATE ROLE panelist_lead NOLOGIN;
            END IF;
        END $$)"),
        QStringLiteral("GRANT panelist_interviewer TO panelist_lead"),

        QStringLiteral(R"(CREATE TABLE panelist.entities (
            kind       text NOT NULL
                       CHECK (kind IN ('category', 'question', 'plan', 'interview')),
            uuid       uuid NOT NULL,
            version    bigint NOT NULL CHECK (version > 0),
            deleted    boolean NOT NULL DEFAULT false,
            purge      boolean NOT NULL DEFAULT false,
            payload    jsonb,
            owner      name NOT NULL DEFAULT current_user,
            seq        bigint NOT NULL,
            updated_by name NOT NULL DEFAULT session_user,
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT entities_pkey PRIMARY KEY (kind, uuid),
            CONSTRAINT entities_seq UNIQUE (seq),
            CONSTRAINT entities_payload CHECK (CASE WHEN deleted THEN payload IS NULL
                                               ELSE jsonb_typeof(payload) = 'object' END),
            CONSTRAINT entities_purge CHECK (NOT purge OR deleted)))"),

        // Change numbers in commit order. A sequence hands out numbers when asked, not
        // when the transaction commits: a push holding 41 may commit after another
        // committed 42, and a client that pulled `seq > 40` in between would have read
        // 42, moved its mark to 42 and skipped 41 for ever. So every writer first locks
        // this one row (lock_counter) and numbers its changes from it (next_seq); the
        // lock is held to commit or rollback, so a higher number can only commit after
        // every lower one did, and `seq > last` never skips a change.
        //
        // The other way, pg_snapshot_xmin(pg_current_snapshot()), would let pushes run
        // side by side and have each pull return only changes of transactions older
        // than the oldest still running one; but then every pull waits behind the longest
        // transaction on the whole server (any client's, any database's), and clients
        // must keep transaction ids and compare them. A team has a handful of people
        // whose pushes take milliseconds: taking turns costs nothing, and the rule stays
        // the one-line `seq > last`.
        QStringLiteral(R"(CREATE TABLE panelist.counter (
            only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
            value    bigint NOT NULL))"),
        QStringLiteral("INSERT INTO panelist.counter (value) VALUES (0)"),
        QStringLiteral(R"(CREATE FUNCTION panelist.lock_counter() RETURNS void
            LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT value FROM panelist.counter FOR UPDATE $$)"),
        QStringLiteral(R"(CREATE FUNCTION panelist.next_seq() RETURNS bigint
            LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ UPDATE panelist.counter SET value = value + 1 RETURNING value $$)"),

        // Every write, however it is made (push, purge, a person's own SQL), gets its
        // version and its number here; kind, uuid and owner never change, and a purged
        // entity is never written again.
        QStringLiteral(R"(CREATE FUNCTION panelist.number_change() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.kind <> OLD.kind OR NEW.uuid <> OLD.uuid OR NEW.owner <> OLD.owner THEN
                    RAISE EXCEPTION 'panelist: the % % keeps its kind, uuid and owner',
                        OLD.kind, OLD.uuid USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.purge THEN
                    RAISE EXCEPTION 'panelist: the % % was removed for good', OLD.kind, OLD.uuid
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.version := OLD.version + 1;
            ELSE
                NEW.version := 1;
            END IF;
            NEW.seq := panelist.next_seq();
            NEW.updated_by := session_user;
            NEW.updated_at := now();
            RETURN NEW;
        END $$)"),
        QStringLiteral(R"(CREATE TRIGGER entities_number BEFORE INSERT OR UPDATE
            ON panelist.entities FOR EACH ROW EXECUTE FUNCTION panelist.number_change())"),

        // The push of one entity, checked against the version the client based it on,
        // in the same transaction that writes it. SECURITY INVOKER: row-level security
        // applies as to any statement of the pusher. Returns one row:
        //   accepted   written: the new version and seq
        //   unchanged  the server already holds this state (a retry, or the same edit
        //              made twice): nothing written, the server's row
        //   conflict   based on another version, or the entity was purged: nothing
        //              written, the server's row (version 0 when it has none)
        //   refused    an interview of another owner: nothing written, the server's row
        QStringLiteral(R"(CREATE FUNCTION panelist.push(p_kind text, p_uuid uuid,
                p_base_version bigint, p_deleted boolean, p_payload jsonb)
            RETURNS TABLE (outcome text, kind text, uuid uuid, version bigint, deleted boolean,
                           purge boolean, payload jsonb, owner name, seq bigint,
                           updated_by name, updated_at timestamptz)
            LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
            AS $$
        #variable_conflict use_column
        DECLARE
            stored panelist.entities;
            written panelist.entities;
        BEGIN
            IF p_deleted THEN
                p_payload := NULL;
            END IF;
            PERFORM panelist.lock_counter();
            -- Read without FOR UPDATE first: row-level security hides another owner's
            -- interview from FOR UPDATE, and the refusal should say whose it is.
            SELECT * INTO stored FROM panelist.entities e
                WHERE e.kind = p_kind AND e.uuid = p_uuid;
            IF FOUND AND stored.kind = 'interview' AND stored.owner <> current_user THEN
                RETURN QUERY SELECT 'refused'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            END IF;
            IF FOUND THEN
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
            ELSIF p_base_version <> 0 THEN
                RETURN QUERY SELECT 'conflict'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSIF p_deleted THEN
                RETURN QUERY SELECT 'unchanged'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSE
                INSERT INTO panelist.entities AS e (kind, uuid, deleted, payload)
                    VALUES (p_kind, p_uuid, false, p_payload)
                    ON CONFLICT ON CONSTRAINT entities_pkey DO NOTHING
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    -- Written meanwhile by a statement that did not take turns.
                    SELECT * INTO stored FROM panelist.entities e
                        WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
                END IF;
            END IF;
            IF written.seq IS NULL THEN
                IF stored.deleted = p_deleted
                        AND stored.payload IS NOT DISTINCT FROM p_payload THEN
                    RETURN QUERY SELECT 'unchanged'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                IF stored.version <> p_base_version OR stored.purge THEN
                    RETURN QUERY SELECT 'conflict'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                UPDATE panelist.entities AS e SET deleted = p_deleted, payload = p_payload
                    WHERE e.kind = p_kind AND e.uuid = p_uuid
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    RAISE EXCEPTION 'panelist: % may not write the % %', current_user,
                        p_kind, p_uuid USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            PERFORM pg_notify('panelist', written.seq::text);
            RETURN QUERY SELECT 'accepted'::text, written.kind, written.uuid, written.version,
                written.deleted, written.purge, written.payload, written.owner, written.seq,
                written.updated_by, written.updated_at;
        END $$)"),

        // A candidate's removal across the team: every interview of that candidate (the
        // payload's "candidate", same name in any letter case, spaces around ignored)
        // becomes a purge tombstone with a new number; laptops that pull it delete the
        // interview and wipe their files. SECURITY DEFINER: it removes every owner's
        // interviews of that candidate, which no interviewer may write otherwise.
        QStringLiteral(R"(CREATE FUNCTION panelist.purge_candidate(p_name text) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
        DECLARE
            purged integer;
            last_seq bigint;
        BEGIN
            IF btrim(coalesce(p_name, '')) = '' THEN
                RAISE EXCEPTION 'panelist: a candidate''s name is needed'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM panelist.lock_counter();
            WITH gone AS (
                UPDATE panelist.entities e SET deleted = true, purge = true, payload = NULL
                WHERE e.kind = 'interview' AND NOT e.deleted
                  AND lower(btrim(e.payload->>'candidate')) = lower(btrim(p_name))
                RETURNING e.seq)
            SELECT count(*), max(gone.seq) INTO purged, last_seq FROM gone;
            IF purged > 0 THEN
                PERFORM pg_notify('panelist', last_seq::text);
            END IF;
            RETURN purged;
        END $$)"),

        // A login role for one person, in the interviewer group (and the lead group when
        // asked; without it a lead becomes an interviewer again). `p_verifier` is a
        // SCRAM-SHA-256 verifier made by the client: the password itself never reaches
        // the server, so no server log can hold it. An existing role that is not one of
        // ours (postgres, another application's) is refused, never taken over.
        QStringLiteral(R"(CREATE FUNCTION panelist.add_interviewer(p_name text,
                p_verifier text, p_lead boolean) RETURNS void
            LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
            AS $$
        BEGIN
            IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_name) THEN
                IF NOT pg_has_role(p_name, 'panelist_interviewer', 'MEMBER')
                        OR (SELECT rolsuper FROM pg_roles WHERE rolname = p_name) THEN
                    RAISE EXCEPTION 'panelist: the role % exists and is not a Panelist '
                        'interviewer; choose another name', p_name
                        USING ERRCODE = 'duplicate_object';
                END IF;
                EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', p_name, p_verifier);
            ELSE
                EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', p_name, p_verifier);
            END IF;
            EXECUTE format('GRANT panelist_interviewer TO %I', p_name);
            IF p_lead THEN
                EXECUTE format('GRANT panelist_lead TO %I', p_name);
            ELSIF pg_has_role(p_name, 'panelist_lead', 'MEMBER') THEN
                EXECUTE format('REVOKE panelist_lead FROM %I', p_name);
            END IF;
            -- A transaction left open holds the counter: nobody could push meanwhile.
            EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L',
                           p_name, '5min');
        END $$)"),

        // Privileges: interviewers read the schema's tables and write entities only
        // through the columns a push writes; the trigger fills in the rest. Nobody but
        // the owner deletes a row (a deletion is a tombstone). Functions are not PUBLIC.
        QStringLiteral("GRANT USAGE ON SCHEMA panelist TO panelist_interviewer"),
        QStringLiteral("GRANT SELECT ON panelist.schema_version TO panelist_interviewer"),
        QStringLiteral("GRANT SELECT ON panelist.entities TO panelist_interviewer"),
        QStringLiteral("GRANT INSERT (kind, uuid, deleted, payload, owner) ON panelist.entities "
                       "TO panelist_interviewer"),
        QStringLiteral("GRANT UPDATE (deleted, payload) ON panelist.entities TO "
                       "panelist_interviewer"),
        QStringLiteral("REVOKE ALL ON FUNCTION panelist.lock_counter(), panelist.next_seq(), "
                       "panelist.number_change(), panelist.push(text, uuid, bigint, boolean, "
                       "jsonb), panelist.purge_candidate(text), panelist.add_interviewer(text, "
                       "text, boolean) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION panelist.lock_counter(), panelist.push(text, "
                       "uuid, bigint, boolean, jsonb), panelist.purge_candidate(text) TO "
                       "panelist_interviewer"),

        // Row-level security: who may write which entity. All the rules are here, in one
        // place (issue 16 adds the read side of the bias guard: the SELECT policy).
        //  - everyone in the team reads every entity (for now);
        //  - a new entity belongs to the role that writes it (owner = current_user);
        //  - the bank and plans (category, question, plan) are the team's: any member
        //    updates them;
        //  - an interview is written only by its owner, the role that ran it.
        // The table's owner (the role that ran `team init`) is not bound by them.
        QStringLiteral("ALTER TABLE panelist.entities ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY entities_read ON panelist.entities FOR SELECT "
                       "TO panelist_interviewer USING (true)"),
        QStringLiteral("CREATE POLICY entities_create ON panelist.entities FOR INSERT "
                       "TO panelist_interviewer WITH CHECK (owner = current_user)"),
        QStringLiteral("CREATE POLICY entities_update_shared ON panelist.entities FOR UPDATE "
                       "TO panelist_interviewer USING (kind <> 'interview') "
                       "WITH CHECK (kind <> 'interview')"),
        QStringLiteral("CREATE POLICY entities_update_own_interviews ON panelist.entities "
                       "FOR UPDATE TO panelist_interviewer "
                       "USING (kind = 'interview' AND owner = current_user) "
                       "WITH CHECK (kind = 'interview' AND owner = current_user)"),
    };
    return statements;
}

// Migration 2 (issue 15's sync gaps): one category per name, and a candidate's removal
// made offline.
//
// Two laptops that each create "Rust" before either has synced must end with one
// category. The local pull already merges a never-shared category into the team's of
// the same name (CategoryRepository::applyNew), but that cannot close the race: both
// laptops pull (nothing there yet), then both push, and each push is a new uuid. So the
// server decides, in the push: every push takes the counter lock first, so of two
// creations of one name the second always sees the first, and it is answered "adopted"
// with the team's category instead of being written. The client then gives its local
// category the team's uuid (its questions stay in it) and pushes those questions naming
// it. Deciding on the client would need a rule every laptop applies alike after the fact
// (merge the later category into the earlier, move its questions, delete it), and
// those repairs race with each other the same way.
//
// A candidate removed while the server could not be reached is queued as purges of the
// interviews this laptop held (outbox.purge); purge_interview takes one: it removes every
// interview of that interview's candidate, as purge_candidate does with the name, which
// the server reads from the interview it holds. The laptop keeps no name for it.
const QStringList &migration2()
{
    static const QStringList statements{
        // A category's name as the local files compare them: spaces simplified, case
        // folded (lower() of the database's collation).
        QStringLiteral(R"(CREATE FUNCTION panelist.category_key(p_payload jsonb) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
            AS $$ SELECT lower(regexp_replace(btrim(p_payload->>'name'), '\s+', ' ', 'g')) $$)"),
        // push() as in migration 1, with one more outcome:
        //   adopted    a new category named as a live one of the team: nothing written,
        //              the team's category, which the client takes over
        //              (LocalSync::adoptCategory)
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION panelist.push(p_kind text, p_uuid uuid,
                p_base_version bigint, p_deleted boolean, p_payload jsonb)
            RETURNS TABLE (outcome text, kind text, uuid uuid, version bigint, deleted boolean,
                           purge boolean, payload jsonb, owner name, seq bigint,
                           updated_by name, updated_at timestamptz)
            LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
            AS $$
        #variable_conflict use_column
        DECLARE
            stored panelist.entities;
            written panelist.entities;
        BEGIN
            IF p_deleted THEN
                p_payload := NULL;
            END IF;
            PERFORM panelist.lock_counter();
            -- Read without FOR UPDATE first: row-level security hides another owner's
            -- interview from FOR UPDATE, and the refusal should say whose it is.
            SELECT * INTO stored FROM panelist.entities e
                WHERE e.kind = p_kind AND e.uuid = p_uuid;
            IF FOUND AND stored.kind = 'interview' AND stored.owner <> current_user THEN
                RETURN QUERY SELECT 'refused'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            END IF;
            IF FOUND THEN
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
            ELSIF p_base_version <> 0 THEN
                RETURN QUERY SELECT 'conflict'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSIF p_deleted THEN
                RETURN QUERY SELECT 'unchanged'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSIF p_kind = 'category' AND EXISTS (
                    SELECT FROM panelist.entities e
                     WHERE e.kind = 'category' AND NOT e.deleted
                       AND panelist.category_key(e.payload) = panelist.category_key(p_payload))
                    THEN
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = 'category' AND NOT e.deleted
                      AND panelist.category_key(e.payload) = panelist.category_key(p_payload)
                    ORDER BY e.seq LIMIT 1;
                RETURN QUERY SELECT 'adopted'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            ELSE
                INSERT INTO panelist.entities AS e (kind, uuid, deleted, payload)
                    VALUES (p_kind, p_uuid, false, p_payload)
                    ON CONFLICT ON CONSTRAINT entities_pkey DO NOTHING
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    -- Written meanwhile by a statement that did not take turns.
                    SELECT * INTO stored FROM panelist.entities e
                        WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
                END IF;
            END IF;
            IF written.seq IS NULL THEN
                IF stored.deleted = p_deleted
                        AND stored.payload IS NOT DISTINCT FROM p_payload THEN
                    RETURN QUERY SELECT 'unchanged'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                IF stored.version <> p_base_version OR stored.purge THEN
                    RETURN QUERY SELECT 'conflict'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                UPDATE panelist.entities AS e SET deleted = p_deleted, payload = p_payload
                    WHERE e.kind = p_kind AND e.uuid = p_uuid
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    RAISE EXCEPTION 'panelist: % may not write the % %', current_user,
                        p_kind, p_uuid USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            PERFORM pg_notify('panelist', written.seq::text);
            RETURN QUERY SELECT 'accepted'::text, written.kind, written.uuid, written.version,
                written.deleted, written.purge, written.payload, written.owner, written.seq,
                written.updated_by, written.updated_at;
        END $$)"),

        QStringLiteral(R"(CREATE FUNCTION panelist.purge_interview(p_uuid uuid)
            RETURNS TABLE (outcome text, kind text, uuid uuid, version bigint, deleted boolean,
                           purge boolean, payload jsonb, owner name, seq bigint,
                           updated_by name, updated_at timestamptz)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
        #variable_conflict use_column
        DECLARE
            stored panelist.entities;
        BEGIN
            PERFORM panelist.lock_counter();
            SELECT * INTO stored FROM panelist.entities e
                WHERE e.kind = 'interview' AND e.uuid = p_uuid FOR UPDATE;
            IF NOT FOUND THEN
                -- Never reached the server: nothing of it to remove.
                RETURN QUERY SELECT 'unchanged'::text, 'interview'::text, p_uuid, 0::bigint,
                    true, false, NULL::jsonb, NULL::name, 0::bigint, NULL::name,
                    NULL::timestamptz;
                RETURN;
            END IF;
            IF NOT stored.purge THEN
                IF stored.deleted OR btrim(coalesce(stored.payload->>'candidate', '')) = '' THEN
                    UPDATE panelist.entities e SET deleted = true, purge = true, payload = NULL
                        WHERE e.kind = 'interview' AND e.uuid = p_uuid;
                ELSE
                    PERFORM panelist.purge_candidate(stored.payload->>'candidate');
                END IF;
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = 'interview' AND e.uuid = p_uuid;
                PERFORM pg_notify('panelist', stored.seq::text);
                RETURN QUERY SELECT 'accepted'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            END IF;
            RETURN QUERY SELECT 'unchanged'::text, stored.kind, stored.uuid, stored.version,
                stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                stored.updated_by, stored.updated_at;
        END $$)"),
        QStringLiteral("REVOKE ALL ON FUNCTION panelist.purge_interview(uuid), "
                       "panelist.category_key(jsonb) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION panelist.purge_interview(uuid), "
                       "panelist.category_key(jsonb) TO panelist_interviewer"),
    };
    return statements;
}

// Migration 3 (issue 16, the bias guard): what an interviewer may read.
//
// Structured interviewing wants every interviewer to score a candidate before seeing the
// others' scores. So the server, not the app, decides what each role receives:
//  - entities.candidate: the candidate an interview is about, as a key made from the
//    payload's exact candidate name, trimmed (candidate_key; the C++ twin is
//    PanelGuard::candidateKey). Laptops make their candidates by exact name, so every
//    laptop and the server agree on it without sharing candidate ids first.
//  - entities.submitted: the interview is finished (payload status "finished").
//    Both are written by the numbering trigger, however the row is written.
//  - SELECT: another role's interview of candidate C is readable only by a role that owns
//    a submitted interview of C, or by a lead (panelist_lead). Tombstones carry no
//    content and stay readable, so a removal reaches everyone. The bank and plans stay
//    readable to all. may_read_candidate() reads the table as its owner (a policy on
//    entities cannot query entities itself: that would recurse).
//  - submissions(): per candidate, who has submitted and when, without any content, for
//    "2 colleagues have submitted".
//  - decisions: a lead's advance / hire / reject with a reason. Not an entity kind (no
//    client pulls it with the bank); only a lead may write one; read like interviews.
//
// A pull goes by change number, so an interview that becomes readable when its reader
// submits is older than the reader's mark: the client asks for those (interviews_of is
// the plain SELECT in TeamServer::interviewsOf; the policy does the filtering).
const QStringList &migration3()
{
    static const QStringList statements{
        QStringLiteral(R"(CREATE FUNCTION panelist.candidate_key(p_name text) RETURNS uuid
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
            AS $$ SELECT CASE WHEN btrim(coalesce(p_name, ''), E' \t\n\r') = '' THEN NULL
                  ELSE md5('panelist-candidate:' || btrim(p_name, E' \t\n\r'))::uuid END $$)"),
        QStringLiteral("ALTER TABLE panelist.entities ADD COLUMN candidate uuid, "
                       "ADD COLUMN submitted boolean NOT NULL DEFAULT false"),
        // The rows there are: filled without the numbering trigger, so no version or
        // change number moves (a client's pending edit stays based on the right one).
        QStringLiteral("ALTER TABLE panelist.entities DISABLE TRIGGER entities_number"),
        QStringLiteral(R"(UPDATE panelist.entities
            SET candidate = panelist.candidate_key(payload->>'candidate'),
                submitted = coalesce(payload->>'status', '') = 'finished'
            WHERE kind = 'interview' AND NOT deleted)"),
        QStringLiteral("ALTER TABLE panelist.entities ENABLE TRIGGER entities_number"),
        QStringLiteral("CREATE INDEX entities_candidate ON panelist.entities (candidate, owner) "
                       "WHERE kind = 'interview'"),

        // number_change() as in migration 1, and the guard's two columns.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION panelist.number_change() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.kind <> OLD.kind OR NEW.uuid <> OLD.uuid OR NEW.owner <> OLD.owner THEN
                    RAISE EXCEPTION 'panelist: the % % keeps its kind, uuid and owner',
                        OLD.kind, OLD.uuid USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.purge THEN
                    RAISE EXCEPTION 'panelist: the % % was removed for good', OLD.kind, OLD.uuid
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.version := OLD.version + 1;
            ELSE
                NEW.version := 1;
            END IF;
            IF NEW.kind = 'interview' AND NEW.payload IS NOT NULL THEN
                NEW.candidate := panelist.candidate_key(NEW.payload->>'candidate');
                NEW.submitted := coalesce(NEW.payload->>'status', '') = 'finished';
            ELSE
                -- A tombstone keeps its candidate (no content) and submits nothing.
                NEW.candidate := CASE WHEN TG_OP = 'UPDATE' THEN OLD.candidate END;
                NEW.submitted := false;
            END IF;
            NEW.seq := panelist.next_seq();
            NEW.updated_by := session_user;
            NEW.updated_at := now();
            RETURN NEW;
        END $$)"),

        // Whether `p_role` owns a submitted interview of the candidate. SECURITY DEFINER:
        // it reads past the policies (the policy that calls it is one of them).
        QStringLiteral(R"(CREATE FUNCTION panelist.may_read_candidate(p_candidate uuid,
                p_role name) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT p_candidate IS NOT NULL AND EXISTS (
                SELECT FROM panelist.entities e
                 WHERE e.kind = 'interview' AND e.candidate = p_candidate
                   AND e.owner = p_role AND e.submitted AND NOT e.deleted) $$)"),
        // Who owns an entity, readable or not (push's refusal of a hidden interview).
        QStringLiteral(R"(CREATE FUNCTION panelist.entity_owner(p_kind text, p_uuid uuid)
            RETURNS name
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT e.owner FROM panelist.entities e
                   WHERE e.kind = p_kind AND e.uuid = p_uuid $$)"),
        // Per submitted interview: its candidate, its owner, the interviewer's name and
        // when it ended. Names only, nothing of what was said or scored.
        QStringLiteral(R"(CREATE FUNCTION panelist.submissions()
            RETURNS TABLE (candidate uuid, owner name, interviewer text, ended_at text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT e.candidate, e.owner, coalesce(e.payload->>'interviewer', ''),
                         e.payload->>'endedAt'
                    FROM panelist.entities e
                   WHERE e.kind = 'interview' AND e.submitted AND NOT e.deleted
                   ORDER BY e.candidate, e.seq $$)"),

        // The read side of the guard (the write side is migration 1's).
        QStringLiteral("DROP POLICY entities_read ON panelist.entities"),
        QStringLiteral("CREATE POLICY entities_read ON panelist.entities FOR SELECT "
                       "TO panelist_interviewer USING (kind <> 'interview' OR deleted "
                       "OR owner = current_user "
                       "OR panelist.may_read_candidate(candidate, current_user))"),
        QStringLiteral("CREATE POLICY entities_read_lead ON panelist.entities FOR SELECT "
                       "TO panelist_lead USING (true)"),

        // push() as in migration 2; an interview the guard hides from this role is
        // refused with whose it is (the refusal of migration 1 names its content).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION panelist.push(p_kind text, p_uuid uuid,
                p_base_version bigint, p_deleted boolean, p_payload jsonb)
            RETURNS TABLE (outcome text, kind text, uuid uuid, version bigint, deleted boolean,
                           purge boolean, payload jsonb, owner name, seq bigint,
                           updated_by name, updated_at timestamptz)
            LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
            AS $$
        #variable_conflict use_column
        DECLARE
            stored panelist.entities;
            written panelist.entities;
        BEGIN
            IF p_deleted THEN
                p_payload := NULL;
            END IF;
            PERFORM panelist.lock_counter();
            -- Read without FOR UPDATE first: row-level security hides another owner's
            -- interview from FOR UPDATE, and the refusal should say whose it is.
            SELECT * INTO stored FROM panelist.entities e
                WHERE e.kind = p_kind AND e.uuid = p_uuid;
            IF NOT FOUND AND panelist.entity_owner(p_kind, p_uuid) IS NOT NULL THEN
                -- There, but the bias guard hides it from this role: another's interview.
                RAISE EXCEPTION 'panelist: the % % belongs to % and may not be written by %',
                    p_kind, p_uuid, panelist.entity_owner(p_kind, p_uuid), current_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF FOUND AND stored.kind = 'interview' AND stored.owner <> current_user THEN
                RETURN QUERY SELECT 'refused'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            END IF;
            IF FOUND THEN
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
            ELSIF p_base_version <> 0 THEN
                RETURN QUERY SELECT 'conflict'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSIF p_deleted THEN
                RETURN QUERY SELECT 'unchanged'::text, p_kind, p_uuid, 0::bigint, true, false,
                    NULL::jsonb, NULL::name, 0::bigint, NULL::name, NULL::timestamptz;
                RETURN;
            ELSIF p_kind = 'category' AND EXISTS (
                    SELECT FROM panelist.entities e
                     WHERE e.kind = 'category' AND NOT e.deleted
                       AND panelist.category_key(e.payload) = panelist.category_key(p_payload))
                    THEN
                SELECT * INTO stored FROM panelist.entities e
                    WHERE e.kind = 'category' AND NOT e.deleted
                      AND panelist.category_key(e.payload) = panelist.category_key(p_payload)
                    ORDER BY e.seq LIMIT 1;
                RETURN QUERY SELECT 'adopted'::text, stored.kind, stored.uuid, stored.version,
                    stored.deleted, stored.purge, stored.payload, stored.owner, stored.seq,
                    stored.updated_by, stored.updated_at;
                RETURN;
            ELSE
                INSERT INTO panelist.entities AS e (kind, uuid, deleted, payload)
                    VALUES (p_kind, p_uuid, false, p_payload)
                    ON CONFLICT ON CONSTRAINT entities_pkey DO NOTHING
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    -- Written meanwhile by a statement that did not take turns.
                    SELECT * INTO stored FROM panelist.entities e
                        WHERE e.kind = p_kind AND e.uuid = p_uuid FOR UPDATE;
                END IF;
            END IF;
            IF written.seq IS NULL THEN
                IF stored.deleted = p_deleted
                        AND stored.payload IS NOT DISTINCT FROM p_payload THEN
                    RETURN QUERY SELECT 'unchanged'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                IF stored.version <> p_base_version OR stored.purge THEN
                    RETURN QUERY SELECT 'conflict'::text, stored.kind, stored.uuid,
                        stored.version, stored.deleted, stored.purge, stored.payload,
                        stored.owner, stored.seq, stored.updated_by, stored.updated_at;
                    RETURN;
                END IF;
                UPDATE panelist.entities AS e SET deleted = p_deleted, payload = p_payload
                    WHERE e.kind = p_kind AND e.uuid = p_uuid
                    RETURNING * INTO written;
                IF written.seq IS NULL THEN
                    RAISE EXCEPTION 'panelist: % may not write the % %', current_user,
                        p_kind, p_uuid USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            PERFORM pg_notify('panelist', written.seq::text);
            RETURN QUERY SELECT 'accepted'::text, written.kind, written.uuid, written.version,
                written.deleted, written.purge, written.payload, written.owner, written.seq,
                written.updated_by, written.updated_at;
        END $$)"),

        // The lead's decision on a candidate; the latest row is the one that stands.
        QStringLiteral(R"(CREATE TABLE panelist.decisions (
            id             bigserial PRIMARY KEY,
            candidate_name text NOT NULL CHECK (btrim(candidate_name) <> ''),
            candidate      uuid GENERATED ALWAYS AS
                           (panelist.candidate_key(candidate_name)) STORED,
            decision       text NOT NULL CHECK (decision IN ('advance', 'hire', 'reject')),
            reason         text NOT NULL CHECK (btrim(reason) <> ''),
            decided_by     name NOT NULL DEFAULT current_user,
            decided_at     timestamptz NOT NULL DEFAULT now()))"),
        QStringLiteral("CREATE INDEX decisions_candidate ON panelist.decisions (candidate, id)"),
        QStringLiteral("ALTER TABLE panelist.decisions ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY decisions_read ON panelist.decisions FOR SELECT "
                       "TO panelist_interviewer "
                       "USING (panelist.may_read_candidate(candidate, current_user))"),
        QStringLiteral("CREATE POLICY decisions_read_lead ON panelist.decisions FOR SELECT "
                       "TO panelist_lead USING (true)"),
        QStringLiteral("CREATE POLICY decisions_write_lead ON panelist.decisions FOR INSERT "
                       "TO panelist_lead WITH CHECK (decided_by = current_user)"),
        QStringLiteral("GRANT SELECT ON panelist.decisions TO panelist_interviewer"),
        QStringLiteral("GRANT INSERT (candidate_name, decision, reason, decided_by) ON "
                       "panelist.decisions TO panelist_interviewer"),
        QStringLiteral("GRANT USAGE ON SEQUENCE panelist.decisions_id_seq TO "
                       "panelist_interviewer"),

        QStringLiteral("REVOKE ALL ON FUNCTION panelist.candidate_key(text), "
                       "panelist.may_read_candidate(uuid, name), "
                       "panelist.entity_owner(text, uuid), panelist.submissions() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION panelist.candidate_key(text), "
                       "panelist.may_read_candidate(uuid, name), "
                       "panelist.entity_owner(text, uuid), panelist.submissions() "
                       "TO panelist_interviewer"),
    };
    return statements;
}

// migrations().at(n - 1) takes the schema from version n - 1 to n.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{migration1(), migration2(), migration3()};
    return all;
}

QString oneLine(const QString &text)
{
    return text.simplified().left(70);
}

} // namespace

int TeamSchema::installedVersion(const QSqlDatabase &db, const QString &server)
{
    QSqlQuery found =
        teamsql::exec(db, server, tr("the check for a Panelist team schema"),
                      QStringLiteral("SELECT to_regnamespace('panelist') IS NOT NULL, "
                                     "to_regclass('panelist.schema_version') IS NOT NULL"));
    found.next();
    const bool schema = found.value(0).toBool();
    const bool versionTable = found.value(1).toBool();
    if (!schema)
        return 0;
    if (!versionTable)
        throw TeamError(TeamError::Kind::NotATeam,
                        tr("The database at %1 has a schema \"panelist\" that is not a "
                           "Panelist team schema (it has no panelist.schema_version). Use "
                           "another database for the team, or remove that schema.")
                            .arg(server));
    QSqlQuery version =
        teamsql::exec(db, server, tr("reading the team schema's version"),
                      QStringLiteral("SELECT version FROM panelist.schema_version"));
    return version.next() ? version.value(0).toInt() : 0;
}

TeamSchema::Migration TeamSchema::migrate(const QSqlDatabase &db, const QString &server, int upTo)
{
    Migration result;
    result.from = -1;
    upTo = std::clamp(upTo, 1, int(kVersion));
    for (int step = 1; step <= upTo; ++step) {
        QSqlDatabase connection = db;
        if (!connection.transaction())
            throw teamsql::failure(connection.lastError(), server, tr("starting a migration"));
        try {
            teamsql::exec(db, server, tr("waiting for another team init"),
                          QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock});
            const int installed = installedVersion(db, server);
            if (result.from < 0)
                result.from = installed;
            if (installed > kVersion)
                throw TeamError(TeamError::Kind::NewerSchema,
                                tr("The team schema at %1 is version %2, newer than this "
                                   "Panelist knows (%3); it was left as it is. Update Panelist "
                                   "to manage this team.")
                                    .arg(server)
                                    .arg(installed)
                                    .arg(kVersion));
            if (installed >= step) {
                connection.rollback();
                continue;
            }
            for (const QString &statement : migrations().at(step - 1))
                teamsql::execDirect(
                    db, server,
                    tr("migration %1 of the team schema (%2)").arg(step).arg(oneLine(statement)),
                    statement);
            teamsql::exec(db, server, tr("recording the team schema's version"),
                          QStringLiteral("INSERT INTO panelist.schema_version (version) VALUES "
                                         "(?) ON CONFLICT (only_row) DO UPDATE SET version = "
                                         "EXCLUDED.version"),
                          {step});
            if (!connection.commit())
                throw teamsql::failure(connection.lastError(), server,
                                       tr("committing migration %1").arg(step));
        } catch (...) {
            connection.rollback();
            throw;
        }
    }
    result.to = std::max(upTo, result.from);
    return result;
}

void TeamSchema::check(const QSqlDatabase &db, const QString &server, const QString &role)
{
    // Who may use the schema is asked before its version is read: a role outside the
    // team may not even read panelist.schema_version.
    QSqlQuery found =
        teamsql::exec(db, server, tr("the check for a Panelist team schema"),
                      QStringLiteral("SELECT to_regnamespace('panelist') IS NOT NULL, "
                                     "CASE WHEN to_regnamespace('panelist') IS NULL THEN false "
                                     "ELSE has_schema_privilege('panelist', 'USAGE') END"));
    found.next();
    if (!found.value(0).toBool())
        throw TeamError(TeamError::Kind::NotATeam,
                        tr("The database at %1 holds no Panelist team schema. The team lead "
                           "sets it up with: panelist team init URL")
                            .arg(server));
    if (!found.value(1).toBool())
        throw TeamError(TeamError::Kind::NotAMember,
                        tr("The role %1 is not a Panelist interviewer on %2. The team lead "
                           "adds it with: panelist team add-interviewer URL %1")
                            .arg(role, server));
    // installedVersion() refuses a schema "panelist" without a version table.
    const int installed = installedVersion(db, server);
    if (installed > kVersion)
        throw TeamError(TeamError::Kind::NewerSchema,
                        tr("The team schema at %1 is version %2, newer than this Panelist "
                           "knows (%3). Update Panelist to work with this team.")
                            .arg(server)
                            .arg(installed)
                            .arg(kVersion));
    if (installed < kVersion)
        throw TeamError(TeamError::Kind::OlderSchema,
                        tr("The team schema at %1 is version %2; this Panelist needs version "
                           "%3. The team lead updates it with: panelist team init URL")
                            .arg(server)
                            .arg(installed)
                            .arg(kVersion));
}
