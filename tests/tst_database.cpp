#include "storage/database.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    static QString openError(const QString &file)
    {
        try {
            Database db(file);
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
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
