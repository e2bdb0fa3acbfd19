#include "storage/schema.h"

#include "domain/limits.h"
#include "domain/vocabulary.h"
#include "storage/database.h"

namespace schema {

namespace {

// Version 1: the whole domain of DESIGN.md — bank, plans, interviews with snapshot items.
// Times are ISO-8601 UTC text; flags are 0/1 integers, so the same SQL reads on PostgreSQL.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),

    QStringLiteral(R"(CREATE TABLE categories (
        id       INTEGER PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0))"),

    QStringLiteral(R"(CREATE TABLE questions (
        id               INTEGER PRIMARY KEY,
        uuid             TEXT NOT NULL UNIQUE,
        title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
        prompt           TEXT NOT NULL DEFAULT '',
        category_id      INTEGER NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,
        level            TEXT NOT NULL CHECK (level IN ('junior', 'middle', 'senior')),
        kind             TEXT NOT NULL CHECK (kind IN ('technical', 'coding', 'behavioural',
                                                       'situational', 'discussion')),
        minutes          INTEGER NOT NULL DEFAULT 5 CHECK (minutes BETWEEN 1 AND 90),
        reference_answer TEXT NOT NULL DEFAULT '',
        anchor_junior    TEXT NOT NULL DEFAULT '',
        anchor_middle    TEXT NOT NULL DEFAULT '',
        anchor_senior    TEXT NOT NULL DEFAULT '',
        archived         INTEGER NOT NULL DEFAULT 0,
        user_edited      INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL))"),
    // Indexes that let each sort order stream its first page instead of sorting the bank.
    QStringLiteral("CREATE INDEX categories_position ON categories(position)"),
    QStringLiteral(
        "CREATE INDEX questions_category_title ON questions(category_id, title COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX questions_title ON questions(title COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX questions_updated ON questions(updated_at)"),

    QStringLiteral(R"(CREATE TABLE question_follow_ups (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (question_id, position)))"),
    QStringLiteral(R"(CREATE TABLE question_criteria (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (question_id, position)))"),
    QStringLiteral(R"(CREATE TABLE question_tags (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        tag         TEXT NOT NULL,
        PRIMARY KEY (question_id, position)))"),
    QStringLiteral("CREATE INDEX question_tags_tag ON question_tags(tag)"),

    // Which shipped-bank questions this database has ever received, so that a later
    // release adds only new ones and never resurrects a question the user deleted.
    QStringLiteral(R"(CREATE TABLE shipped_questions (
        uuid         TEXT PRIMARY KEY,
        bank_version INTEGER NOT NULL))"),

    QStringLiteral(R"(CREATE TABLE plans (
        id             INTEGER PRIMARY KEY,
        uuid           TEXT NOT NULL UNIQUE,
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role           TEXT NOT NULL DEFAULT '',
        level          TEXT NOT NULL DEFAULT 'senior'
                       CHECK (level IN ('junior', 'middle', 'senior')),
        target_minutes INTEGER NOT NULL DEFAULT 60 CHECK (target_minutes BETWEEN 1 AND 600),
        shipped        INTEGER NOT NULL DEFAULT 0,
        user_edited    INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE plan_items (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 90),
        note        TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX plan_items_plan ON plan_items(plan_id, position)"),
    QStringLiteral("CREATE INDEX plan_items_question ON plan_items(question_id)"),

    // An interview keeps its own copy of everything it showed (the snapshot), so
    // editing the bank or deleting the plan never rewrites a past interview.
    QStringLiteral(R"(CREATE TABLE interviews (
        id             INTEGER PRIMARY KEY,
        uuid           TEXT NOT NULL UNIQUE,
        candidate      TEXT NOT NULL CHECK (length(trim(candidate)) > 0),
        role           TEXT NOT NULL DEFAULT '',
        interviewer    TEXT NOT NULL DEFAULT '',
        plan_id        INTEGER REFERENCES plans(id) ON DELETE SET NULL,
        plan_name      TEXT NOT NULL DEFAULT '',
        target_minutes INTEGER NOT NULL DEFAULT 60,
        scheduled_at   TEXT,
        started_at     TEXT,
        ended_at       TEXT,
        status         TEXT NOT NULL DEFAULT 'planned'
                       CHECK (status IN ('planned', 'live', 'finished')),
        paused_at      TEXT,
        paused_seconds INTEGER NOT NULL DEFAULT 0,
        current_item   INTEGER NOT NULL DEFAULT 0,
        recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        summary        TEXT NOT NULL DEFAULT '',
        amended        INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX interviews_plan ON interviews(plan_id)"),
    QStringLiteral("CREATE INDEX interviews_candidate ON interviews(candidate COLLATE NOCASE)"),
    QStringLiteral(R"(CREATE TABLE interview_items (
        id               INTEGER PRIMARY KEY,
        interview_id     INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        question_uuid    TEXT NOT NULL DEFAULT '',
        title            TEXT NOT NULL,
        prompt           TEXT NOT NULL DEFAULT '',
        category         TEXT NOT NULL DEFAULT '',
        level            TEXT NOT NULL DEFAULT 'middle',
        kind             TEXT NOT NULL DEFAULT 'technical',
        reference_answer TEXT NOT NULL DEFAULT '',
        anchor_junior    TEXT NOT NULL DEFAULT '',
        anchor_middle    TEXT NOT NULL DEFAULT '',
        anchor_senior    TEXT NOT NULL DEFAULT '',
        minutes_budget   INTEGER NOT NULL DEFAULT 5,
        plan_note        TEXT NOT NULL DEFAULT '',
        state            TEXT NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending', 'current', 'done', 'skipped')),
        seconds_spent    INTEGER NOT NULL DEFAULT 0,
        score            INTEGER CHECK (score BETWEEN 1 AND 4),
        flag_strong      INTEGER NOT NULL DEFAULT 0,
        flag_concern     INTEGER NOT NULL DEFAULT 0,
        notes            TEXT NOT NULL DEFAULT '',
        UNIQUE (interview_id, position)))"),
    QStringLiteral(R"(CREATE TABLE interview_item_follow_ups (
        item_id  INTEGER NOT NULL REFERENCES interview_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL,
        ad_hoc   INTEGER NOT NULL DEFAULT 0,
        asked    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, position)))"),
    QStringLiteral(R"(CREATE TABLE interview_item_criteria (
        item_id  INTEGER NOT NULL REFERENCES interview_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL,
        met      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, position)))"),

    // Full-text index over what a person searches a question by. Maintained by
    // searchindex inside the same transaction as every question write. Every query term
    // is a single word, so the index keeps which columns hold a word, not where
    // (detail=column): a smaller index and faster prefix searches. Prefix indexes make
    // the first letters typed as fast as whole words.
    QStringLiteral(R"(CREATE VIRTUAL TABLE question_search USING fts5(
        title, prompt, reference_answer, follow_ups, tags,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column))"),
};

// Version 2: where on the interview clock the current item became current, so the
// time spent on it survives a crash (seconds since the start, pauses excluded).
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE interviews ADD COLUMN current_since INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE INDEX interviews_status ON interviews(status)"),
};

// Version 3: the file is marked as Panelist's (PRAGMA application_id), and the stated
// limits (bank/fieldlimits.h) hold in the database too. SQLite cannot add a CHECK
// constraint to an existing table, and rebuilding the tables would refuse a database
// that already holds an over-long text, so the limits are triggers: every INSERT and
// every UPDATE of a limited column is checked; rows written before stay readable.
QStringList version3()
{
    QStringList statements = {
        // Our own integer constant; PRAGMA takes no bound parameters.
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
    };
    // Imports now store uuids lower case without braces; earlier ones kept "{UPPER}" as
    // written, which a re-import would no longer match. Where both spellings exist, the
    // braced one is left (two questions the user already sees).
    for (const char *table : {"questions", "plans"}) {
        statements << QStringLiteral("UPDATE %1 SET uuid = lower(trim(uuid, '{}')) WHERE uuid "
                                     "<> lower(trim(uuid, '{}')) AND NOT EXISTS (SELECT 1 FROM "
                                     "%1 other WHERE other.uuid = lower(trim(%1.uuid, '{}')))")
                          .arg(QLatin1String(table));
    }
    statements << QStringLiteral(
        "UPDATE interview_items SET question_uuid = lower(trim(question_uuid, '{}'))");
    // `checks` is SQL over NEW; `message` says which limit was passed. Both are built
    // from the constants in fieldlimits.h only.
    auto limit = [&statements](const QString &table, const QString &columns, const QString &checks,
                               const QString &message) {
        const QString body =
            QStringLiteral(" WHEN %1 BEGIN SELECT RAISE(ABORT, '%2'); END").arg(checks, message);
        const QString name = table + QStringLiteral("_limit_") +
                             QString(columns).replace(QLatin1String(", "), QLatin1String("_"));
        statements
            << QStringLiteral("CREATE TRIGGER %1_insert BEFORE INSERT ON %2").arg(name, table) +
                   body;
        statements << QStringLiteral("CREATE TRIGGER %1_update BEFORE UPDATE OF %2 ON %3")
                              .arg(name, columns, table) +
                          body;
    };
    auto longer = [](const QString &column, int max) {
        return QStringLiteral("length(NEW.%1) > %2").arg(column).arg(max);
    };
    using namespace limits;
    limit(QStringLiteral("questions"), QStringLiteral("title"),
          longer(QStringLiteral("title"), kTitle),
          QStringLiteral("a question title is longer than %1 characters").arg(kTitle));
    const QStringList longTexts = {QStringLiteral("prompt"), QStringLiteral("reference_answer"),
                                   QStringLiteral("anchor_junior"), QStringLiteral("anchor_middle"),
                                   QStringLiteral("anchor_senior")};
    QStringList longChecks;
    for (const QString &column : longTexts)
        longChecks << longer(column, kLongText);
    limit(QStringLiteral("questions"), longTexts.join(QStringLiteral(", ")),
          longChecks.join(QStringLiteral(" OR ")),
          QStringLiteral("a question text is longer than %1 characters").arg(kLongText));
    limit(QStringLiteral("categories"), QStringLiteral("name"),
          longer(QStringLiteral("name"), kCategoryName),
          QStringLiteral("a category name is longer than %1 characters").arg(kCategoryName));
    struct Child
    {
        const char *table;
        const char *column;
        int length;
        int count;
        const char *what;
    };
    for (const Child &child :
         {Child{"question_follow_ups", "text", kListText, kFollowUps, "follow-up"},
          Child{"question_criteria", "text", kListText, kCriteria, "criterion"},
          Child{"question_tags", "tag", kTag, kTags, "tag"}}) {
        const QString table = QString::fromLatin1(child.table);
        const QString column = QString::fromLatin1(child.column);
        limit(table, column, longer(column, child.length),
              QStringLiteral("a %1 is longer than %2 characters")
                  .arg(QLatin1String(child.what))
                  .arg(child.length));
        statements << QStringLiteral("CREATE TRIGGER %1_limit_count BEFORE INSERT ON %1 WHEN "
                                     "(SELECT count(*) FROM %1 WHERE question_id = "
                                     "NEW.question_id) >= %2 BEGIN SELECT RAISE(ABORT, "
                                     "'a question has more than %2 of its %3 list'); END")
                          .arg(table)
                          .arg(child.count)
                          .arg(QLatin1String(child.what));
    }
    limit(QStringLiteral("plans"), QStringLiteral("name, role"),
          longer(QStringLiteral("name"), kTitle) + QStringLiteral(" OR ") +
              longer(QStringLiteral("role"), kShortText),
          QStringLiteral("a plan name is longer than %1 characters or its role longer than %2")
              .arg(kTitle)
              .arg(kShortText));
    limit(QStringLiteral("plan_items"), QStringLiteral("note"),
          longer(QStringLiteral("note"), kListText),
          QStringLiteral("the note of a plan item is longer than %1 characters").arg(kListText));
    limit(QStringLiteral("interviews"), QStringLiteral("candidate, role, interviewer"),
          longer(QStringLiteral("candidate"), kShortText) + QStringLiteral(" OR ") +
              longer(QStringLiteral("role"), kShortText) + QStringLiteral(" OR ") +
              longer(QStringLiteral("interviewer"), kShortText),
          QStringLiteral("a candidate, role or interviewer name is longer than %1 characters")
              .arg(kShortText));
    limit(QStringLiteral("interview_items"), QStringLiteral("notes"),
          longer(QStringLiteral("notes"), kNotes),
          QStringLiteral("the notes of a question are longer than %1 characters").arg(kNotes));
    limit(QStringLiteral("interviews"), QStringLiteral("summary"),
          longer(QStringLiteral("summary"), kLongText),
          QStringLiteral("an interview summary is longer than %1 characters").arg(kLongText));
    return statements;
}

// A random version-4 uuid in SQL, lower case: 4 is the version nibble, 8, 9, a or b the
// variant's.
const QString kRandomUuid = QStringLiteral(
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");

// Version 4: a team (issue 15). The local file stays the one the app works on; these
// tables say what it shares with the team's server:
// - categories get a uuid, as questions and plans have, so a rename on one laptop is the
//   same category on the others (a name would make it a deletion and a new category).
//   Existing rows get a random one; two laptops that made "Concurrency" each are merged by
//   name when the team's arrives (LocalSync).
// - interviews.owner: the team role that ran the interview (empty outside a team).
// - team: the one server this database is linked to (no row: not linked). The URL is kept
//   without its password; credentials never enter the database.
// - sync_versions: the server version each shared entity is based on.
// - outbox: one row per entity with changes the server has not taken yet, written in the
//   same transaction as the change (storage/outbox.h). `revision` counts the changes
//   merged into the row, so a push marks it done only when nothing changed meanwhile.
// - sync_conflicts: a local edit the server refused, kept with the server's text until
//   the person resolves it (mine / theirs are payload JSON, NULL for a deletion).
// The kinds are the vocabulary's keys (vocabulary::EntityKind).
QStringList version4()
{
    const QString kinds = QStringLiteral("kind IN ('") +
                          vocabulary::entityKindKeys().join(QStringLiteral("', '")) +
                          QStringLiteral("')");
    return {
        QStringLiteral("ALTER TABLE categories ADD COLUMN uuid TEXT"),
        QStringLiteral("UPDATE categories SET uuid = ") + kRandomUuid,
        QStringLiteral("CREATE UNIQUE INDEX categories_uuid ON categories(uuid)"),
        // A category added without one (another program, an older statement) gets one.
        QStringLiteral("CREATE TRIGGER categories_uuid_missing AFTER INSERT ON categories "
                       "WHEN NEW.uuid IS NULL BEGIN UPDATE categories SET uuid = ") +
            kRandomUuid + QStringLiteral(" WHERE id = NEW.id; END"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE team (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        server_url   TEXT NOT NULL,
        role         TEXT NOT NULL,
        client_id    TEXT NOT NULL,
        last_seq     INTEGER NOT NULL DEFAULT 0,
        last_sync_at TEXT,
        joined_at    TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE sync_versions (
        kind    TEXT NOT NULL CHECK (%1),
        uuid    TEXT NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (kind, uuid)))")
            .arg(kinds),
        QStringLiteral(R"(CREATE TABLE outbox (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        kind     TEXT NOT NULL CHECK (%1),
        uuid     TEXT NOT NULL,
        deleted  INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 1,
        UNIQUE (kind, uuid)))")
            .arg(kinds),
        QStringLiteral(R"(CREATE TABLE sync_conflicts (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (%1),
        uuid          TEXT NOT NULL,
        mine          TEXT,
        theirs        TEXT,
        their_version INTEGER NOT NULL,
        created_at    TEXT NOT NULL))")
            .arg(kinds),
        QStringLiteral("CREATE INDEX sync_conflicts_entity ON sync_conflicts(kind, uuid)"),
    };
}

// Version 5 (issue 15's sync gaps):
// - outbox.purge: a deletion that is a candidate's removal (interview delete-candidate
//   made while the server could not be reached). It is pushed as a purge, so the server
//   removes the candidate's interviews for the whole team and every laptop wipes them,
//   an amended copy too; the candidate's name is not kept for it (the server finds the
//   name in the interview it holds).
// - sync_deferred: a pulled plan that names questions not here yet (the question changed
//   after the plan, so it comes in a later batch). The plan is written without those
//   items and its whole payload is kept here; after every pulled batch LocalSync writes
//   it again once every question it names is here, then the row goes.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN purge INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE sync_deferred (
        kind    TEXT NOT NULL,
        uuid    TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (kind, uuid)))"),
    };
}

// Version 6 (issue 16): the candidate becomes an entity.
// - candidates: one row per person, with the role applied for and where they stand
//   (vocabulary::CandidateStatus). Names are not unique: two people may share one.
// - interviews.candidate_id: the interview's candidate. SQLite cannot make an added
//   column NOT NULL with a foreign key, so triggers refuse an interview without one.
//   interviews.candidate stays, always the candidate's name (written with candidate_id),
//   for the readers and the team payload that still show it.
// - The existing interviews get one candidate per distinct exact name (trimmed), with the
//   role of that name's latest interview. Names that differ only in letter case or accents
//   are not merged here: CandidateRepository::possibleDuplicates() offers them and merge()
//   joins them when the person confirms.
QStringList version6()
{
    using namespace limits;
    const QString statuses = QStringLiteral("status IN ('") +
                             vocabulary::candidateStatusKeys().join(QStringLiteral("', '")) +
                             QStringLiteral("')");
    const QString latest = QStringLiteral("COALESCE(started_at, scheduled_at, created_at)");
    const QString body =
        QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'an interview needs its candidate'); END");
    const QString longer =
        QStringLiteral(" WHEN length(NEW.name) > %1 OR length(NEW.email) > %1 OR "
                       "length(NEW.role) > %1 BEGIN SELECT RAISE(ABORT, 'a candidate''s name, "
                       "email or role is longer than %1 characters'); END")
            .arg(kShortText);
    return {
        QStringLiteral(R"(CREATE TABLE candidates (
        id         INTEGER PRIMARY KEY,
        uuid       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email      TEXT NOT NULL DEFAULT '',
        role       TEXT NOT NULL DEFAULT '',
        status     TEXT NOT NULL DEFAULT 'active' CHECK (%1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))")
            .arg(statuses),
        QStringLiteral("CREATE INDEX candidates_name ON candidates(name)"),
        QStringLiteral("CREATE INDEX candidates_status ON candidates(status)"),
        QStringLiteral("CREATE TRIGGER candidates_limit_insert BEFORE INSERT ON candidates") +
            longer,
        QStringLiteral("CREATE TRIGGER candidates_limit_update BEFORE UPDATE OF name, email, "
                       "role ON candidates") +
            longer,
        QStringLiteral("ALTER TABLE interviews ADD COLUMN candidate_id INTEGER "
                       "REFERENCES candidates(id) ON DELETE RESTRICT"),
        QStringLiteral("INSERT INTO candidates (uuid, name, role, status, created_at, "
                       "updated_at) SELECT %1, name, (SELECT role FROM interviews latest WHERE "
                       "trim(latest.candidate) = names.name ORDER BY %2 DESC, latest.id DESC "
                       "LIMIT 1), 'active', created, updated FROM (SELECT trim(candidate) AS "
                       "name, min(created_at) AS created, max(updated_at) AS updated, min(id) "
                       "AS first FROM interviews GROUP BY trim(candidate)) names ORDER BY first")
            .arg(kRandomUuid, latest),
        QStringLiteral("UPDATE interviews SET candidate = trim(candidate), candidate_id = "
                       "(SELECT min(id) FROM candidates WHERE name = trim(interviews.candidate))"),
        // Covers the candidate list's counts (interviews, finished, last activity), so
        // listing 10,000 candidates reads no interview row.
        QStringLiteral("CREATE INDEX interviews_candidate_id ON interviews(candidate_id, "
                       "status, updated_at)"),
        QStringLiteral("CREATE TRIGGER interviews_candidate_missing_insert BEFORE INSERT ON "
                       "interviews WHEN NEW.candidate_id IS NULL") +
            body,
        QStringLiteral("CREATE TRIGGER interviews_candidate_missing_update BEFORE UPDATE OF "
                       "candidate_id ON interviews WHEN NEW.candidate_id IS NULL") +
            body,
    };
}

// Version 7 (issue 16, competency scorecards; part "scorecards"):
// - plan_competencies: the 2–6 competencies a plan's scorecard rates, in order;
//   plan_item_competencies: which of them each plan item gives evidence of.
// - interview_competencies: the plan's competencies snapshotted when the interview
//   starts (like its questions), each with the interviewer's rating (NULL: not rated);
//   interview_item_competencies: the items' mapping, snapshotted with them.
// - interviews.takeaways, pros, cons: the rest of the scorecard (the recommendation is
//   there already). A scorecard is submitted when its interview is finished.
// Existing plans and interviews get no competencies: their interviews keep showing
// question scores only. Limits are limits.h's.
QStringList version7()
{
    using namespace limits;
    const QString rating = QStringLiteral("rating INTEGER CHECK (rating BETWEEN %1 AND %2)")
                               .arg(vocabulary::kMinRating)
                               .arg(vocabulary::kMaxRating);
    const QString competencyColumns = QStringLiteral(R"(position    INTEGER NOT NULL,
        name        TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= %1),
        description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= %2))")
                                          .arg(kCompetencyName)
                                          .arg(kCompetencyDescription);
    const QString text = QStringLiteral("TEXT NOT NULL DEFAULT '' CHECK (length(%1) <= ") +
                         QString::number(kScorecardText) + QLatin1Char(')');
    return {
        QStringLiteral(R"(CREATE TABLE plan_competencies (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        %1,
        UNIQUE (plan_id, position)))")
            .arg(competencyColumns),
        QStringLiteral(R"(CREATE TABLE plan_item_competencies (
        item_id       INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
        competency_id INTEGER NOT NULL REFERENCES plan_competencies(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, competency_id)))"),
        QStringLiteral("CREATE INDEX plan_item_competencies_competency ON "
                       "plan_item_competencies(competency_id)"),
        QStringLiteral(R"(CREATE TABLE interview_competencies (
        id           INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        %1,
        %2,
        UNIQUE (interview_id, position)))")
            .arg(competencyColumns, rating),
        QStringLiteral(R"(CREATE TABLE interview_item_competencies (
        item_id       INTEGER NOT NULL REFERENCES interview_items(id) ON DELETE CASCADE,
        competency_id INTEGER NOT NULL REFERENCES interview_competencies(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, competency_id)))"),
        QStringLiteral("CREATE INDEX interview_item_competencies_competency ON "
                       "interview_item_competencies(competency_id)"),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN takeaways ") +
            text.arg(QStringLiteral("takeaways")),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN pros ") +
            text.arg(QStringLiteral("pros")),
        QStringLiteral("ALTER TABLE interviews ADD COLUMN cons ") +
            text.arg(QStringLiteral("cons")),
    };
}

// Version 8 (issue 16, part "guard": the bias guard's local tables; 7 is the scorecards'):
// - team_submissions: who in the team has submitted (finished) an interview of which
//   candidate, as the server's panelist.submissions() says at the last sync: the
//   candidate's key (PanelGuard::candidateKey, never the name), the role, the
//   interviewer's name, when it ended. No content: it answers "2 colleagues have
//   submitted" before this laptop may receive their interviews. Replaced every sync.
// - sync_reveal: candidates this laptop submitted for whose colleagues' interviews the
//   server now lets it read; they are older than the pull mark, so the next sync asks for
//   them (TeamServer::interviewsOf) and the row goes once they are here.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE team_submissions (
        candidate_key TEXT NOT NULL,
        owner         TEXT NOT NULL,
        interviewer   TEXT NOT NULL,
        ended_at      TEXT))"),
        QStringLiteral("CREATE INDEX team_submissions_candidate ON "
                       "team_submissions(candidate_key)"),
        QStringLiteral("CREATE TABLE sync_reveal (candidate_key TEXT PRIMARY KEY)"),
    };
}

// Version 10 (issue 16, "debrief": the lead's decision): every decision on a candidate,
// kept as history; the newest stands. A decision goes with its candidate (a removal or
// retention takes it along). The reason is required; the uuid is what a team would share.
QStringList version10()
{
    const QString decisions = QStringLiteral("decision IN ('") +
                              vocabulary::decisionKeys().join(QStringLiteral("', '")) +
                              QStringLiteral("')");
    return {
        QStringLiteral(R"(CREATE TABLE candidate_decisions (
        id           INTEGER PRIMARY KEY,
        uuid         TEXT NOT NULL UNIQUE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        decision     TEXT NOT NULL CHECK (%1),
        reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= %2),
        decided_by   TEXT NOT NULL DEFAULT '' CHECK (length(decided_by) <= %3),
        decided_at   TEXT NOT NULL))")
            .arg(decisions)
            .arg(limits::kDecisionReason)
            .arg(limits::kShortText),
        QStringLiteral("CREATE INDEX candidate_decisions_candidate ON "
                       "candidate_decisions(candidate_id, decided_at)"),
    };
}

} // namespace

QStringList sqliteMigration(int version)
{
    switch (version) {
    case 1:
        return kVersion1;
    case 2:
        return kVersion2;
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 10:
        return version10();
    default:
        return {};
    }
}

} // namespace schema
