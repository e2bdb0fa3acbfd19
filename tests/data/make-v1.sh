#!/bin/sh
# Writes panelist-v1.sqlite: a database as Panelist left it at schema version 1, for the
# upgrade test in tests/storage/tst_database.cpp. Run it from anywhere; it needs only the
# sqlite3 shell (apt install sqlite3):
#
#     tests/data/make-v1.sh [OUTPUT]      (default: panelist-v1.sqlite beside this script)
#
# The schema is migration 1 exactly as the last release at version 1 created it: the
# statements of kVersion1 in models/storage/schema.cpp at commit 26af5bd (the last commit
# with Database::kSchemaVersion = 1; `git show 26af5bd:models/storage/schema.cpp`), in
# their order and with their whitespace, since SQLite keeps that text in sqlite_master.
# Version 1 set journal_mode = WAL and user_version = 1 and no application_id (migration
# 3 added it); its search index (question_search) was written by the code, not by
# triggers, as searchindex::update did: follow-ups and tags joined by line breaks.
#
# The rows: three categories (one named in Cyrillic), three questions with follow-ups,
# criteria, tags and anchors (one installed from the shipped bank and untouched, one with
# the braced upper-case uuid an import of that time kept, one archived), a plan of three
# items, and two interviews on it — one finished with notes, scores, criteria and
# follow-ups, one still live — whose snapshot names a question by the braced uuid.
# The version 1 program had no interview screens yet, but its schema held interviews, so
# the file holds some: the upgrade must keep every table.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/panelist-v1.sqlite"}
rm -f "$out" "$out-wal" "$out-shm" "$out-journal"

sqlite3 -batch -bail "$out" >/dev/null <<'SQL'
PRAGMA journal_mode = WAL;
BEGIN IMMEDIATE;
CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL);

CREATE TABLE categories (
        id       INTEGER PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0);

CREATE TABLE questions (
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
        updated_at       TEXT NOT NULL);

CREATE INDEX categories_position ON categories(position);

CREATE INDEX questions_category_title ON questions(category_id, title COLLATE NOCASE);

CREATE INDEX questions_title ON questions(title COLLATE NOCASE);

CREATE INDEX questions_updated ON questions(updated_at);

CREATE TABLE question_follow_ups (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (question_id, position));

CREATE TABLE question_criteria (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (question_id, position));

CREATE TABLE question_tags (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        tag         TEXT NOT NULL,
        PRIMARY KEY (question_id, position));

CREATE INDEX question_tags_tag ON question_tags(tag);

CREATE TABLE shipped_questions (
        uuid         TEXT PRIMARY KEY,
        bank_version INTEGER NOT NULL);

CREATE TABLE plans (
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
        updated_at     TEXT NOT NULL);

CREATE TABLE plan_items (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 90),
        note        TEXT NOT NULL DEFAULT '');

CREATE INDEX plan_items_plan ON plan_items(plan_id, position);

CREATE INDEX plan_items_question ON plan_items(question_id);

CREATE TABLE interviews (
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
        updated_at     TEXT NOT NULL);

CREATE INDEX interviews_plan ON interviews(plan_id);

CREATE INDEX interviews_candidate ON interviews(candidate COLLATE NOCASE);

CREATE TABLE interview_items (
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
        UNIQUE (interview_id, position));

CREATE TABLE interview_item_follow_ups (
        item_id  INTEGER NOT NULL REFERENCES interview_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL,
        ad_hoc   INTEGER NOT NULL DEFAULT 0,
        asked    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, position));

CREATE TABLE interview_item_criteria (
        item_id  INTEGER NOT NULL REFERENCES interview_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL,
        met      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, position));

CREATE VIRTUAL TABLE question_search USING fts5(
        title, prompt, reference_answer, follow_ups, tags,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column);
PRAGMA user_version = 1;
COMMIT;

BEGIN IMMEDIATE;
INSERT INTO settings (key, value) VALUES
    ('shipped_bank_version', '1'),
    ('shipped_plans_version', '1'),
    ('shipped_plan_uuids', '6a0e4a52-1f3b-4c2d-9e8f-0a1b2c3d4e5f');

INSERT INTO categories (id, name, position) VALUES
    (1, 'Internals', 0),
    (2, 'Concurrency', 1),
    (3, 'Тестирование', 2);

INSERT INTO questions (id, uuid, title, prompt, category_id, level, kind, minutes,
                       reference_answer, anchor_junior, anchor_middle, anchor_senior,
                       archived, user_edited, created_at, updated_at) VALUES
    (1, '0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01', 'Generators and yield',
     'What does this print?

```python
def count():
    yield 1
    yield 2
print(list(count()))
```',
     1, 'middle', 'technical', 7,
     '- `[1, 2]`
- a generator pauses at each `yield`',
     'Knows the word.', 'Explains the suspended frame.', 'Relates it to memory and pipelines.',
     0, 0, '2024-01-15T08:00:00.000Z', '2024-01-15T08:00:00.000Z'),
    (2, '{7A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}', 'The GIL and threads',
     'When do threads speed up a Python program?', 2, 'senior', 'discussion', 10,
     'I/O-bound work; CPU-bound work needs processes.', '', 'Names the GIL.',
     'Weighs processes, threads and asyncio for the case at hand.',
     0, 1, '2024-01-20T10:30:00.000Z', '2024-02-01T16:45:12.345Z'),
    (3, '3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e', 'Фикстуры pytest',
     'Как pytest находит фикстуры?', 3, 'junior', 'coding', 5,
     '', '', '', '', 1, 1, '2024-01-22T09:00:00.000Z', '2024-02-03T11:00:00.000Z');

INSERT INTO question_follow_ups (question_id, position, text) VALUES
    (1, 0, 'What happens after the last yield?'),
    (1, 1, 'How would you read a 10 GB log lazily?'),
    (2, 0, 'And with free-threaded builds?'),
    (3, 0, 'conftest.py?');
INSERT INTO question_criteria (question_id, position, text) VALUES
    (1, 0, 'Gives the output'),
    (1, 1, 'Explains lazy evaluation'),
    (1, 2, 'Mentions StopIteration'),
    (2, 0, 'Separates I/O-bound from CPU-bound'),
    (2, 1, 'Mentions multiprocessing'),
    (3, 0, 'Names conftest.py');
INSERT INTO question_tags (question_id, position, tag) VALUES
    (1, 0, 'generators'),
    (1, 1, 'iteration'),
    (2, 0, 'gil'),
    (2, 1, 'threading'),
    (3, 0, 'pytest');

INSERT INTO shipped_questions (uuid, bank_version) VALUES
    ('0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01', 1);

INSERT INTO question_search (rowid, title, prompt, reference_answer, follow_ups, tags)
SELECT q.id, q.title, q.prompt, q.reference_answer,
       coalesce((SELECT group_concat(text, char(10)) FROM
                    (SELECT text FROM question_follow_ups f
                      WHERE f.question_id = q.id ORDER BY position)), ''),
       coalesce((SELECT group_concat(tag, char(10)) FROM
                    (SELECT tag FROM question_tags t
                      WHERE t.question_id = q.id ORDER BY position)), '')
  FROM questions q ORDER BY q.id;

INSERT INTO plans (id, uuid, name, role, level, target_minutes, shipped, user_edited,
                   created_at, updated_at) VALUES
    (1, '5b1c2d3e-4f50-4a61-8b72-9c83d4e5f601', 'Backend — final round',
     'Senior backend developer', 'senior', 45, 0, 1,
     '2024-02-05T12:00:00.000Z', '2024-02-06T09:15:00.000Z');
INSERT INTO plan_items (id, plan_id, position, question_id, minutes, note) VALUES
    (1, 1, 0, 2, 12, 'Start gently — «warm-up»
second line'),
    (2, 1, 1, 1, 7, ''),
    (3, 1, 2, 3, 5, 'Only if time is left');

INSERT INTO interviews (id, uuid, candidate, role, interviewer, plan_id, plan_name,
                        target_minutes, scheduled_at, started_at, ended_at, status,
                        paused_at, paused_seconds, current_item, recommendation, summary,
                        amended, created_at, updated_at) VALUES
    (1, 'c0ffee00-1111-4222-8333-444455556666', 'Ada Lovelace', 'Senior backend developer',
     'Grace', 1, 'Backend — final round', 45, '2024-02-12T09:00:00.000Z',
     '2024-02-12T09:01:00.000Z', '2024-02-12T09:44:30.000Z', 'finished', NULL, 90, 2,
     'yes', 'Strong on internals; testing strategy to probe next time.', 0,
     '2024-02-12T09:01:00.000Z', '2024-02-12T09:50:00.000Z'),
    (2, 'c0ffee00-7777-4888-8999-aaaabbbbcccc', 'Grace Hopper', 'Senior backend developer',
     'Ada', 1, 'Backend — final round', 45, NULL,
     '2024-02-13T14:00:00.000Z', NULL, 'live', NULL, 0, 1, NULL, '', 0,
     '2024-02-13T14:00:00.000Z', '2024-02-13T14:09:10.500Z');
INSERT INTO interview_items (id, interview_id, position, question_uuid, title, prompt,
                             category, level, kind, reference_answer, anchor_junior,
                             anchor_middle, anchor_senior, minutes_budget, plan_note, state,
                             seconds_spent, score, flag_strong, flag_concern, notes) VALUES
    (1, 1, 0, '{7A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}', 'The GIL and threads',
     'When do threads speed up a Python program?', 'Concurrency', 'senior', 'discussion',
     'I/O-bound work; CPU-bound work needs processes.', '', 'Names the GIL.',
     'Weighs processes, threads and asyncio for the case at hand.', 12,
     'Start gently — «warm-up»
second line', 'done', 840, 4, 1, 0,
     '[00:30] Separates I/O-bound from CPU-bound at once
[09:12] Knows free-threaded builds exist'),
    (2, 1, 1, '0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01', 'Generators and yield',
     'What does this print?', 'Internals', 'middle', 'technical', '- `[1, 2]`',
     'Knows the word.', 'Explains the suspended frame.', 'Relates it to memory and pipelines.',
     7, '', 'done', 610, 3, 0, 1, '[15:02] Forgot StopIteration'),
    (3, 1, 2, '3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e', 'Фикстуры pytest',
     'Как pytest находит фикстуры?', 'Тестирование', 'junior', 'coding', '', '', '', '',
     5, 'Only if time is left', 'skipped', 0, NULL, 0, 0, ''),
    (4, 2, 0, '{7A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}', 'The GIL and threads',
     'When do threads speed up a Python program?', 'Concurrency', 'senior', 'discussion',
     '', '', '', '', 12, '', 'done', 420, 2, 0, 0, '[02:10] Unsure about processes'),
    (5, 2, 1, '0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01', 'Generators and yield',
     'What does this print?', 'Internals', 'middle', 'technical', '', '', '', '',
     7, '', 'current', 130, NULL, 0, 0, '[07:05] Explains lazy evaluation well'),
    (6, 2, 2, '3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e', 'Фикстуры pytest',
     'Как pytest находит фикстуры?', 'Тестирование', 'junior', 'coding', '', '', '', '',
     5, '', 'pending', 0, NULL, 0, 0, '');
INSERT INTO interview_item_follow_ups (item_id, position, text, ad_hoc, asked) VALUES
    (1, 0, 'And with free-threaded builds?', 0, 1),
    (1, 1, 'Where would asyncio fit?', 1, 1),
    (2, 0, 'What happens after the last yield?', 0, 0),
    (2, 1, 'How would you read a 10 GB log lazily?', 0, 1),
    (5, 0, 'What happens after the last yield?', 0, 1);
INSERT INTO interview_item_criteria (item_id, position, text, met) VALUES
    (1, 0, 'Separates I/O-bound from CPU-bound', 1),
    (1, 1, 'Mentions multiprocessing', 1),
    (2, 0, 'Gives the output', 1),
    (2, 1, 'Explains lazy evaluation', 1),
    (2, 2, 'Mentions StopIteration', 0),
    (5, 0, 'Gives the output', 1),
    (5, 1, 'Explains lazy evaluation', 0),
    (5, 2, 'Mentions StopIteration', 0);
COMMIT;
SQL

# Closing the last connection checkpointed the log and removed it: the file is whole.
test ! -e "$out-wal"
echo "wrote $out (schema version $(sqlite3 "$out" 'PRAGMA user_version'))"
