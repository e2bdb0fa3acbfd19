#include "domain/errors.h"
#include "domain/limits.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using testsupport::readFile;
using testsupport::writeFile;

class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Changes a database through a connection of our own, as another program would.
    static void rawExec(const QString &file, const QString &statement)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    // A file as another program leaves it: its own tables, `version` in user_version.
    static void foreignDatabase(const QString &file, int version)
    {
        rawExec(file, QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"));
        rawExec(file, QStringLiteral("INSERT INTO recipes (name) VALUES ('Pancakes')"));
        if (version != 0)
            rawExec(file, QStringLiteral("PRAGMA user_version = %1").arg(version));
    }

    static int mode(const QString &file)
    {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(file).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 0777);
    }

    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    // The real binary; as an unprivileged user when this runs as root, since root may
    // write read-only files and folders anyway.
    static Run panelist(const QStringList &arguments)
    {
        QProcess process;
        if (::geteuid() == 0) {
            process.setProgram(QStringLiteral("setpriv"));
            process.setArguments(
                QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), QStringLiteral(PANELIST_BINARY)} +
                arguments);
        } else {
            process.setProgram(QStringLiteral(PANELIST_BINARY));
            process.setArguments(arguments);
        }
        process.start();
        if (!process.waitForFinished(60000))
            qFatal("panelist did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A folder the unprivileged user of panelist() owns.
    QString ownedFolder(const QString &name) const
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        if (::geteuid() == 0) {
            ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), folder});
        }
        return folder;
    }

    static QString openError(const QString &file)
    {
        try {
            Database db(file);
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
    }

    // What a database file holds, read through a connection of our own as another
    // program would: its version and mark, its schema (search-index shadow tables aside,
    // which SQLite writes itself) and every row of every table, in rowid order.
    struct Snapshot
    {
        int version = -1;
        qint64 applicationId = -1;
        QStringList schema;                     // "type name on table: sql", by name
        QMap<QString, QStringList> columns;     // table → its columns
        QMap<QString, QList<QStringList>> rows; // table → rows, each value as text
    };

    // `columns` limits each table to those columns (the ones an older version had).
    static Snapshot snapshot(const QString &file, const QMap<QString, QStringList> &columns = {})
    {
        Snapshot result;
        const QString name = QStringLiteral("snapshot");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(file));
            result.version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            result.applicationId =
                sql::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong();
            QSqlQuery schema = sql::exec(
                db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE "
                                   "name NOT LIKE 'question\\_search\\_%' ESCAPE '\\' "
                                   "ORDER BY name"));
            QStringList tables;
            while (schema.next()) {
                result.schema << QStringLiteral("%1 %2 on %3: %4")
                                     .arg(schema.value(0).toString(), schema.value(1).toString(),
                                          schema.value(2).toString(), schema.value(3).toString());
                if (schema.value(0).toString() == QLatin1String("table") &&
                    !schema.value(1).toString().startsWith(QLatin1String("sqlite_")))
                    tables << schema.value(1).toString();
            }
            for (const QString &table : std::as_const(tables)) {
                // Limited to an older version's columns: the tables it did not have yet
                // are left out.
                if (!columns.isEmpty() && !columns.contains(table))
                    continue;
                QStringList names = columns.value(table);
                if (columns.isEmpty()) {
                    // Names from the file's own schema, quoted: nothing here is typed in.
                    QSqlQuery info = sql::exec(
                        db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
                    while (info.next())
                        names << info.value(0).toString();
                }
                result.columns.insert(table, names);
                QStringList quoted;
                for (const QString &column : std::as_const(names))
                    quoted << QLatin1Char('"') + column + QLatin1Char('"');
                QSqlQuery rows = sql::exec(db, QStringLiteral("SELECT rowid, %1 FROM \"%2\" "
                                                              "ORDER BY rowid")
                                                   .arg(quoted.join(QStringLiteral(", ")), table));
                QList<QStringList> &values = result.rows[table];
                while (rows.next()) {
                    QStringList row;
                    for (int i = 0; i <= names.size(); ++i)
                        row << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                       : rows.value(i).toString());
                    values << row;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // The schema migration 1 writes, in a file of its own.
    QStringList migrationOneSchema()
    {
        const QString file = path(QStringLiteral("migration-1.sqlite"));
        QFile::remove(file);
        for (const QString &statement : schema::sqliteMigration(1))
            rawExec(file, statement);
        return snapshot(file).schema;
    }

    static QStringList titles(BankRepository &bank, const QString &text, bool archived = false)
    {
        searchindex::Request request;
        request.text = text;
        request.includeArchived = archived;
        QStringList result;
        for (const QuestionSummary &row : bank.search(request))
            result << row.title;
        return result;
    }

private slots:
    void freshDatabaseIsMigratedAndPrivate()
    {
        const QString file = path(QStringLiteral("fresh/panelist.sqlite"));
        Database db(file);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        const QSqlDatabase c = db.connection();
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        for (const char *table : {"categories", "questions", "question_follow_ups",
                                  "question_criteria", "question_tags", "plans", "plan_items",
                                  "interviews", "interview_items", "interview_item_follow_ups",
                                  "interview_item_criteria", "question_search", "settings"}) {
            QVERIFY2(sql::scalar(c, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"),
                                 {QString::fromLatin1(table)})
                         .isValid(),
                     table);
        }
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }

    void reopenKeepsDataAndVersion()
    {
        const QString file = path(QStringLiteral("reopen.sqlite"));
        {
            Database db(file);
            sql::exec(db.connection(), QStringLiteral("INSERT INTO settings VALUES ('k', 'v')"));
        }
        Database again(file);
        QCOMPARE(again.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(sql::scalar(again.connection(),
                             QStringLiteral("SELECT value FROM settings WHERE key = 'k'"))
                     .toString(),
                 QStringLiteral("v"));
    }

    void foreignKeysAreEnforced()
    {
        Database db(path(QStringLiteral("fk.sqlite")));
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            sql::exec(
                db.connection(),
                QStringLiteral("INSERT INTO plan_items (plan_id, position, question_id, minutes) "
                               "VALUES (999, 0, 999, 5)")));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            Database db(file);
        }
        rawExec(file, QStringLiteral("PRAGMA user_version = 99"));
        const QByteArray before = readFile(file);
        const QString message = openError(file);
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("newer version of Panelist")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("99")));
        QCOMPARE(readFile(file), before);
    }

    void notADatabaseIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        const QByteArray text = "These are my interview notes, not a database.\n";
        writeFile(file, text);
        const QString message = openError(file);
        QVERIFY2(message.contains(QStringLiteral("not a Panelist database")), qPrintable(message));
        QVERIFY(message.contains(file));
        QCOMPARE(readFile(file), text);
    }

    void corruptDatabaseIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("corrupt.sqlite"));
        {
            Database db(file);
            for (int i = 0; i < 200; ++i)
                sql::exec(db.connection(), QStringLiteral("INSERT INTO settings VALUES (?, ?)"),
                          {QString::number(i), QString(500, QLatin1Char('x'))});
        }
        QByteArray bytes = readFile(file);
        QVERIFY(bytes.size() > 8192);
        // Keep the header, scribble over the schema page and beyond.
        for (int i = 100; i < bytes.size(); i += 7)
            bytes[i] = static_cast<char>(0xA5);
        writeFile(file, bytes);
        const QString message = openError(file);
        QVERIFY2(!message.isEmpty(), "a corrupt database must be refused");
        QVERIFY2(message.contains(file), qPrintable(message));
        QCOMPARE(readFile(file), bytes);
    }

    void emptyFileBecomesADatabase()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        writeFile(file, {});
        Database db(file);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    }

    void folderIsRefused()
    {
        const QString message = openError(m_dir.path());
        QVERIFY2(message.contains(QStringLiteral("folder")), qPrintable(message));
    }

    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        for (int version : {0, 1, 2, 99}) {
            const QString file = path(QStringLiteral("recipes-%1.sqlite").arg(version));
            foreignDatabase(file, version);
            const QByteArray before = readFile(file);
            const QString message = openError(file);
            QVERIFY2(message.contains(QStringLiteral("not a Panelist database")),
                     qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("recipes")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("newer")), qPrintable(message));
            QVERIFY(message.contains(file));
            // Not a byte written: no schema, no bank, no switch to WAL (header bytes
            // 18 and 19 stay 1, the rollback journal).
            QCOMPARE(readFile(file), before);
            QCOMPARE(before.at(18), char(1));
            QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        }
        const QString marked = path(QStringLiteral("other-app.sqlite"));
        rawExec(marked, QStringLiteral("PRAGMA application_id = 1234"));
        rawExec(marked, QStringLiteral("CREATE TABLE t (x)"));
        const QByteArray before = readFile(marked);
        const QString message = openError(marked);
        QVERIFY2(message.contains(QStringLiteral("application id is 4d2")), qPrintable(message));
        QCOMPARE(readFile(marked), before);
    }

    void panelistDatabasesAreMarked()
    {
        const QString file = path(QStringLiteral("marked.sqlite"));
        {
            Database db(file);
        }
        const QByteArray header = readFile(file).left(100);
        // application_id lives at byte 68 of the header, big-endian.
        QCOMPARE(header.mid(68, 4), QByteArray("PNLS"));
    }

    void unmarkedDatabaseOfAnEarlierPanelistOpens()
    {
        // Versions 1 and 2 had no application_id; their tables tell them apart.
        const QString file = path(QStringLiteral("unmarked.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (int version = 1; version <= 2; ++version) {
                for (const QString &statement : schema::sqliteMigration(version))
                    sql::exec(db, statement);
            }
            sql::exec(db, QStringLiteral("PRAGMA user_version = 2"));
            sql::exec(db, QStringLiteral("INSERT INTO settings VALUES ('kept', 'yes')"));
            // An earlier import kept a uuid as it was written.
            sql::exec(db, QStringLiteral("INSERT INTO categories (id, name) VALUES (1, 'C')"));
            sql::exec(
                db, QStringLiteral("INSERT INTO questions (uuid, title, category_id, level, kind, "
                                   "created_at, updated_at) VALUES "
                                   "('{0F6D2C3E-3B7A-4C1E-9A55-2D4F7E8B9C01}', 'T', 1, 'senior', "
                                   "'technical', 'now', 'now')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db(file);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT value FROM settings WHERE key = 'kept'"))
                     .toString(),
                 QStringLiteral("yes"));
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT uuid FROM questions")).toString(),
            QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01"));
    }

    // tests/data/panelist-v1.sqlite, a database as the last version-1 release left it
    // (make-v1.sh builds it from migration 1 of that release), opened through a copy:
    // brought to the current schema and marked, every row kept with its values, found
    // by search, readable through the repositories; the kept file never touched.
    void versionOneDatabaseUpgrades()
    {
        const QString original = QStringLiteral(PANELIST_TEST_DATA "/panelist-v1.sqlite");
        const QByteArray originalBytes = readFile(original);
        QVERIFY2(originalBytes.startsWith(QByteArray("SQLite format 3\0", 16)),
                 "run tests/data/make-v1.sh");

        const std::unique_ptr<TestWorkspace> upgraded = TestWorkspace::openCopy(original);
        Database &db = upgraded->database();

        // The kept file is version 1 as that release wrote it: no mark, write-ahead log,
        // and exactly the schema migration 1 makes (a released migration never changes).
        const QString v1Copy = upgraded->path(QStringLiteral("v1-as-kept.sqlite"));
        QVERIFY(QFile::copy(original, v1Copy));
        const Snapshot v1 = snapshot(v1Copy);
        QCOMPARE(v1.version, 1);
        QCOMPARE(v1.applicationId, 0);
        QCOMPARE(originalBytes.at(18), char(2)); // WAL
        QCOMPARE(v1.schema, migrationOneSchema());
        QCOMPARE(v1.rows.value(QStringLiteral("questions")).size(), 3);
        QCOMPARE(v1.rows.value(QStringLiteral("interviews")).size(), 2);

        // Current, marked, and the same schema a new database gets.
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
        upgraded->close();
        const Snapshot after = snapshot(upgraded->location(), v1.columns);
        const QString fresh = path(QStringLiteral("fresh-for-v1.sqlite"));
        {
            Database created(fresh);
        }
        QCOMPARE(after.schema, snapshot(fresh).schema);
        QCOMPARE(after.version, Database::kSchemaVersion);

        // Every row of version 1 with every value, but for what migration 3 means to
        // change: uuids an import kept braced or upper case are canonical.
        QMap<QString, QList<QStringList>> expected = v1.rows;
        const auto canonicalise = [&](const QString &table, const QString &column) {
            const int at = v1.columns.value(table).indexOf(column) + 1; // after the rowid
            QVERIFY(at > 0);
            for (QStringList &row : expected[table])
                row[at] = row.at(at).toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        };
        canonicalise(QStringLiteral("questions"), QStringLiteral("uuid"));
        canonicalise(QStringLiteral("plans"), QStringLiteral("uuid"));
        canonicalise(QStringLiteral("interview_items"), QStringLiteral("question_uuid"));
        QCOMPARE(after.rows.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QStringList want, got;
            for (const QStringList &row : it.value())
                want << it.key() + QStringLiteral(": ") + row.join(QStringLiteral(" | "));
            for (const QStringList &row : after.rows.value(it.key()))
                got << it.key() + QStringLiteral(": ") + row.join(QStringLiteral(" | "));
            QCOMPARE(got, want);
        }
        // Migration 4: every category has a uuid of its own (random, version 4), the team
        // tables are there and empty, interviews have no owner.
        {
            const Snapshot full = snapshot(upgraded->location());
            const QStringList categoryColumns = full.columns.value(QStringLiteral("categories"));
            const int uuidAt = int(categoryColumns.indexOf(QStringLiteral("uuid"))) + 1;
            QVERIFY(uuidAt > 0);
            QSet<QString> uuids;
            static const QRegularExpression v4(QStringLiteral(
                "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
            for (const QStringList &row : full.rows.value(QStringLiteral("categories"))) {
                QVERIFY2(v4.match(row.at(uuidAt)).hasMatch(), qPrintable(row.at(uuidAt)));
                uuids.insert(row.at(uuidAt));
            }
            QCOMPARE(uuids.size(), 3);
            for (const char *table : {"team", "sync_versions", "outbox", "sync_conflicts"}) {
                QVERIFY2(full.columns.contains(QLatin1String(table)), table);
                QCOMPARE(full.rows.value(QLatin1String(table)).size(), 0);
            }
            const int ownerAt = int(full.columns.value(QStringLiteral("interviews"))
                                        .indexOf(QStringLiteral("owner"))) +
                                1;
            for (const QStringList &row : full.rows.value(QStringLiteral("interviews")))
                QCOMPARE(row.at(ownerAt), QString());
        }
        QVERIFY(v1.rows.value(QStringLiteral("questions"))
                    .at(1)
                    .contains(QStringLiteral("{7A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}")));

        // Through the repositories, as the app reads it.
        upgraded->open();
        BankRepository &bank = upgraded->bank();
        QCOMPARE(bank.questionCount(), 2);
        QCOMPARE(bank.questionCount(true), 3);
        QStringList categories;
        for (const Category &category : bank.categories())
            categories << category.name;
        QCOMPARE(categories,
                 (QStringList{QStringLiteral("Internals"), QStringLiteral("Concurrency"),
                              QStringLiteral("Тестирование")}));
        const std::optional<Question> gil =
            bank.questionByUuid(QStringLiteral("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
        QVERIFY(gil);
        QCOMPARE(gil->title, QStringLiteral("The GIL and threads"));
        QCOMPARE(gil->category, QStringLiteral("Concurrency"));
        QCOMPARE(gil->level, vocabulary::Level::Senior);
        QCOMPARE(gil->kind, vocabulary::Kind::Discussion);
        QCOMPARE(gil->minutes, 10);
        QCOMPARE(gil->followUps, QStringList{QStringLiteral("And with free-threaded builds?")});
        QCOMPARE(gil->criteria, (QStringList{QStringLiteral("Separates I/O-bound from CPU-bound"),
                                             QStringLiteral("Mentions multiprocessing")}));
        QCOMPARE(gil->tags, (QStringList{QStringLiteral("gil"), QStringLiteral("threading")}));
        QCOMPARE(gil->anchorSenior,
                 QStringLiteral("Weighs processes, threads and asyncio for the case at hand."));
        const std::optional<Question> generators =
            bank.questionByUuid(QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01"));
        QVERIFY(generators);
        QVERIFY(generators->prompt.contains(QStringLiteral("```python\ndef count():\n")));
        QCOMPARE(generators->followUps.size(), 2);
        QVERIFY(bank.question(3)->archived);

        const Plan plan = *upgraded->plans().plan(1);
        QCOMPARE(plan.name, QStringLiteral("Backend — final round"));
        QCOMPARE(plan.targetMinutes, 45);
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items.at(0).questionId, gil->id);
        QCOMPARE(plan.items.at(0).minutes, 12);
        QCOMPARE(plan.items.at(0).note, QStringLiteral("Start gently — «warm-up»\nsecond line"));

        InterviewRepository &interviews = upgraded->interviews();
        const Interview finished = *interviews.interview(1);
        QCOMPARE(finished.status, vocabulary::InterviewStatus::Finished);
        QCOMPARE(finished.recommendation, vocabulary::Recommendation::Yes);
        QCOMPARE(finished.pausedSeconds, 90);
        QCOMPARE(finished.endedAt, QDateTime(QDate(2024, 2, 12), QTime(9, 44, 30), Qt::UTC));
        QCOMPARE(finished.items.size(), 3);
        QCOMPARE(finished.items.at(0).questionUuid, gil->uuid);
        QCOMPARE(finished.items.at(0).score, 4);
        QCOMPARE(finished.items.at(0).secondsSpent, 840);
        QVERIFY(finished.items.at(0).flagStrong);
        QCOMPARE(finished.items.at(0).notes,
                 QStringLiteral("[00:30] Separates I/O-bound from CPU-bound at once\n"
                                "[09:12] Knows free-threaded builds exist"));
        QVERIFY(finished.items.at(0).followUps.at(1).adHoc);
        QVERIFY(finished.items.at(1).criteria.at(1).met);
        QVERIFY(!finished.items.at(1).criteria.at(2).met);
        QCOMPARE(finished.items.at(2).state, vocabulary::ItemState::Skipped);
        QCOMPARE(finished.items.at(2).score, 0);
        const Interview live = *interviews.interview(2);
        QCOMPARE(live.status, vocabulary::InterviewStatus::Live);
        QCOMPARE(live.currentItem, 1);
        QCOMPARE(live.currentSince, 0); // migration 2's column, not known to version 1
        QCOMPARE(live.items.at(1).notes, QStringLiteral("[07:05] Explains lazy evaluation well"));
        QCOMPARE(interviews.liveInterviewId(), 2);

        // The search index version 1 wrote still finds its questions: by title, prompt,
        // follow-up and tag, archived ones only when asked for.
        QCOMPARE(titles(bank, QStringLiteral("generators")),
                 QStringList{QStringLiteral("Generators and yield")});
        QCOMPARE(titles(bank, QStringLiteral("lazily")),
                 QStringList{QStringLiteral("Generators and yield")});
        QCOMPARE(titles(bank, QStringLiteral("thread")),
                 QStringList{QStringLiteral("The GIL and threads")});
        QCOMPARE(titles(bank, QStringLiteral("фикстуры")), QStringList());
        QCOMPARE(titles(bank, QStringLiteral("фикстуры"), true),
                 QStringList{QStringLiteral("Фикстуры pytest")});

        // The kept file was only ever copied.
        QCOMPARE(readFile(original), originalBytes);
        QVERIFY(!QFileInfo::exists(original + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(original + QStringLiteral("-shm")));
    }

    // A database of schema version 3 (as the last release wrote it, built from its
    // migrations) upgrades to the current version: its rows kept, each category given its
    // own uuid, the team tables added (version 5: the outbox's purge flag and
    // sync_deferred); a category inserted without a uuid (another program) gets one.
    void versionThreeDatabaseUpgrades()
    {
        const QString file = path(QStringLiteral("v3.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (int version = 1; version <= 3; ++version) {
                for (const QString &statement : schema::sqliteMigration(version))
                    sql::exec(db, statement);
            }
            sql::exec(db, QStringLiteral("PRAGMA user_version = 3"));
            sql::exec(db, QStringLiteral("INSERT INTO categories (id, name, position) VALUES "
                                         "(1, 'One', 0), (2, 'Two', 1)"));
            sql::exec(db, QStringLiteral("INSERT INTO questions (uuid, title, category_id, level, "
                                         "kind, created_at, updated_at) VALUES ('0f6d2c3e-3b7a-"
                                         "4c1e-9a55-2d4f7e8b9c01', 'T', 2, 'senior', 'technical', "
                                         "'now', 'now')"));
            sql::exec(db, QStringLiteral("INSERT INTO interviews (uuid, candidate, created_at, "
                                         "updated_at) VALUES ('u', 'Ada', 'now', 'now')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        const Snapshot before = snapshot(file);
        QCOMPARE(before.version, 3);
        {
            Database db(file);
            QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        }
        Snapshot after = snapshot(file, before.columns);
        QCOMPARE(after.rows, before.rows);
        after = snapshot(file);
        const int uuidAt =
            int(after.columns.value(QStringLiteral("categories")).indexOf(QStringLiteral("uuid"))) +
            1;
        const QList<QStringList> categories = after.rows.value(QStringLiteral("categories"));
        QCOMPARE(categories.size(), 2);
        QVERIFY(QUuid::fromString(categories.at(0).at(uuidAt)).version() == QUuid::Random);
        QVERIFY(categories.at(0).at(uuidAt) != categories.at(1).at(uuidAt));
        rawExec(file, QStringLiteral("INSERT INTO categories (name) VALUES ('Three')"));
        Database db(file);
        const QString third =
            sql::scalar(db.connection(),
                        QStringLiteral("SELECT uuid FROM categories WHERE name = 'Three'"))
                .toString();
        QCOMPARE(third.size(), 36);
        QCOMPARE(QUuid::fromString(third).toString(QUuid::WithoutBraces), third);
        // A uuid is one category's only.
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            sql::exec(db.connection(),
                      QStringLiteral("UPDATE categories SET uuid = ? WHERE name = 'One'"),
                      {third}));
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT owner FROM interviews WHERE uuid = 'u'"))
                     .toString(),
                 QString());
    }

    void existingEmptyFileBecomesPrivate()
    {
        const QString file = path(QStringLiteral("shared-empty.sqlite"));
        writeFile(file, {});
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        Database db(file);
        QCOMPARE(mode(file), 0600);
    }

    void fifoIsRefusedWithoutBlocking()
    {
        const QString file = path(QStringLiteral("pipe.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        const QString message = openError(file);
        QVERIFY2(message.contains(QStringLiteral("not a regular file")), qPrintable(message));
    }

    void limitsHoldInTheDatabase()
    {
        Database db(path(QStringLiteral("limits.sqlite")));
        const QSqlDatabase c = db.connection();
        sql::exec(c, QStringLiteral("INSERT INTO categories (id, name) VALUES (1, 'C')"));
        const QString insert = QStringLiteral(
            "INSERT INTO questions (id, uuid, title, category_id, level, kind, created_at, "
            "updated_at) VALUES (?, ?, ?, 1, 'senior', 'technical', 'now', 'now')");
        sql::exec(c, insert, {1, QStringLiteral("u1"), QString(limits::kTitle, QLatin1Char('t'))});
        try {
            sql::exec(c, insert,
                      {2, QStringLiteral("u2"), QString(limits::kTitle + 1, QLatin1Char('t'))});
            QFAIL("an over-long title was stored");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(
                         QStringLiteral("a question title is longer than 200 characters")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(db.location()));
        }
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            sql::exec(c, QStringLiteral("UPDATE questions SET prompt = ? WHERE id = 1"),
                      {QString(limits::kLongText + 1, QLatin1Char('p'))}));
        for (int i = 0; i < limits::kFollowUps; ++i)
            sql::exec(c, QStringLiteral("INSERT INTO question_follow_ups VALUES (1, ?, 'f')"), {i});
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            sql::exec(c, QStringLiteral("INSERT INTO question_follow_ups VALUES (1, 99, 'f')")));
    }

    void nestedTransactionsAreSavepoints()
    {
        Database db(path(QStringLiteral("nested.sqlite")));
        const QSqlDatabase c = db.connection();
        auto count = [&c] {
            return sql::scalar(c, QStringLiteral("SELECT count(*) FROM settings")).toInt();
        };
        {
            Transaction outer(c);
            sql::exec(c, QStringLiteral("INSERT INTO settings VALUES ('a', '1')"));
            {
                Transaction inner(c);
                sql::exec(c, QStringLiteral("INSERT INTO settings VALUES ('b', '2')"));
                // not committed: only its own part goes
            }
            QCOMPARE(count(), 1);
            {
                Transaction inner(c);
                sql::exec(c, QStringLiteral("INSERT INTO settings VALUES ('c', '3')"));
                inner.commit();
            }
            QCOMPARE(count(), 2);
            // the outer one is not committed: everything goes
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(c);
            {
                Transaction inner(c);
                sql::exec(c, QStringLiteral("INSERT INTO settings VALUES ('d', '4')"));
                inner.commit();
            }
            outer.commit();
        }
        QCOMPARE(count(), 1);
        // A plain transaction again afterwards: the nesting count went back to zero.
        Transaction again(c);
        sql::exec(c, QStringLiteral("INSERT INTO settings VALUES ('e', '5')"));
        again.commit();
        QCOMPARE(count(), 2);
    }

    void busyDatabaseSaysSoInOneLine()
    {
        const QString file = path(QStringLiteral("busy.sqlite"));
        {
            Database db(file);
        }
        const QString bank = path(QStringLiteral("busy-bank.json"));
        writeFile(bank, R"({"format": "panelist-bank", "version": 1, "categories": [],
            "questions": [{"uuid": "0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01", "title": "T",
            "category": "C", "level": "senior", "kind": "technical", "minutes": 5}]})");
        Database holder(file, Database::Role::Secondary);
        Transaction writing(holder.connection()); // holds the write lock
        QProcess process;
        process.start(QStringLiteral(PANELIST_BINARY),
                      {QStringLiteral("--database"), file, QStringLiteral("bank"),
                       QStringLiteral("import"), bank});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(file + QStringLiteral(" is busy in another Panelist process; try "
                                                    "again.")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Unable to fetch row")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
    }

    void readOnlyPlacesAreExplained()
    {
        // A read-only folder.
        const QString folder = ownedFolder(QStringLiteral("read-only-folder"));
        const QString inFolder = folder + QStringLiteral("/panelist.sqlite");
        {
            Database db(inFolder);
        }
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("nobody:nogroup"), inFolder});
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        Run run = panelist({QStringLiteral("--database"), inFolder, QStringLiteral("interview"),
                            QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("folder ") + folder) &&
                     run.err.contains(QStringLiteral("is read-only")),
                 qPrintable(run.err));
        run = panelist({QStringLiteral("--database"), folder + QStringLiteral("/new.sqlite"),
                        QStringLiteral("interview"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is read-only")), qPrintable(run.err));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);

        // A read-only file.
        QVERIFY(::chmod(QFile::encodeName(inFolder).constData(), 0400) == 0);
        run = panelist({QStringLiteral("--database"), inFolder, QStringLiteral("interview"),
                        QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Database ") + inFolder +
                                  QStringLiteral(" is read-only")),
                 qPrintable(run.err));
        QVERIFY(::chmod(QFile::encodeName(inFolder).constData(), 0600) == 0);

        // A stale read-only -shm.
        const QString shm = inFolder + QStringLiteral("-shm");
        writeFile(shm, QByteArray(32768, '\0'));
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), shm});
        QVERIFY(::chmod(QFile::encodeName(shm).constData(), 0400) == 0);
        run = panelist({QStringLiteral("--database"), inFolder, QStringLiteral("interview"),
                        QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("-shm")) &&
                     run.err.contains(QStringLiteral("delete")),
                 qPrintable(run.err));
        QFile::remove(shm);
        run = panelist({QStringLiteral("--database"), inFolder, QStringLiteral("interview"),
                        QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void demoIsAllOrNothing()
    {
        // Killed at random moments, the demo leaves either its whole finished interview
        // or nothing: never a half-recorded live one.
        const QString file = path(QStringLiteral("demo.sqlite"));
        {
            Database db(file);
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int finished = 0;
        for (int attempt = 0; attempt < 12; ++attempt) {
            QProcess demo;
            demo.start(QStringLiteral(PANELIST_BINARY),
                       {QStringLiteral("--database"), file, QStringLiteral("demo")});
            QVERIFY(demo.waitForStarted());
            QTest::qWait(int(random.bounded(20, 400)));
            if (demo.state() == QProcess::Running && demo.processId() > 0)
                ::kill(pid_t(demo.processId()), SIGKILL);
            demo.waitForFinished();
            Database db(file);
            QCOMPARE(
                sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM interviews WHERE "
                                                            "status <> 'finished'"))
                    .toInt(),
                0);
            const int now =
                sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM interviews"))
                    .toInt();
            QVERIFY(now >= finished);
            finished = now;
        }
        // A failure on the very last write rolls back the plan and the interview too. (The
        // demo's candidates go first: a demo adds nothing for candidates already there.)
        // Through Panelist's connection, so the foreign keys take the interviews' items along.
        {
            Database db(file);
            sql::exec(db.connection(), QStringLiteral("DELETE FROM interviews"));
            sql::exec(db.connection(), QStringLiteral("DELETE FROM candidates"));
            sql::exec(db.connection(),
                      QStringLiteral("DELETE FROM plans WHERE name LIKE 'Sample plan%'"));
        }
        rawExec(file, QStringLiteral("CREATE TRIGGER fail_last BEFORE UPDATE OF status ON "
                                     "interviews WHEN NEW.status = 'finished' BEGIN "
                                     "SELECT RAISE(ABORT, 'injected failure'); END"));
        const int before = [&file] {
            Database db(file);
            return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM interviews"))
                .toInt();
        }();
        QProcess demo;
        demo.start(QStringLiteral(PANELIST_BINARY),
                   {QStringLiteral("--database"), file, QStringLiteral("demo")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 1);
        QVERIFY(
            QString::fromUtf8(demo.readAllStandardError()).contains(QStringLiteral("injected")));
        Database db(file);
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM interviews")).toInt(),
            before);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM plans WHERE name LIKE 'Sample%'"))
                     .toInt(),
                 0);
    }

    void locationPrecedence()
    {
        qputenv("PANELIST_DATABASE", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolveLocation(QStringLiteral("/tmp/cli.sqlite")),
                 QStringLiteral("/tmp/cli.sqlite"));
        QCOMPARE(Database::resolveLocation({}), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("PANELIST_DATABASE");
        QVERIFY(Database::resolveLocation({}).endsWith(QStringLiteral("/panelist.sqlite")));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
