#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `panelist` binary as a person at a shell would.
class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run panelist(const QStringList &arguments, const QString &database = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PANELIST_DATABASE"), database.isEmpty() ? m_database : database);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PANELIST_BINARY), arguments);
        if (!process.waitForFinished(60000))
            qFatal("panelist did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { m_database = m_dir.filePath(QStringLiteral("cli.sqlite")); }

    void versionAndHelp()
    {
        const Run version = panelist({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("panelist ")));
        const Run help = panelist({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word :
             {"bank search", "bank import", "bank export", "--database", "PANELIST_DATABASE"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }

    void searchFindsShippedQuestionsAsStableJson()
    {
        const Run run = panelist({QStringLiteral("bank"), QStringLiteral("search"),
                                  QStringLiteral("gil"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.keys(), (QStringList{"category", "kind", "level", "title", "uuid"}));
        QVERIFY(first.value(QStringLiteral("title"))
                    .toString()
                    .contains(QStringLiteral("GIL"), Qt::CaseInsensitive));
        // The same query gives the same list.
        QCOMPARE(panelist({QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("gil"),
                           QStringLiteral("--json")})
                     .out,
                 run.out);
    }

    void searchToleratesAnyText()
    {
        for (const char *query :
             {"\"", "*", "NEAR(", "a OR", "__slots__", "type()", "it's", "память"}) {
            const Run run = panelist(
                {QStringLiteral("bank"), QStringLiteral("search"), QString::fromUtf8(query)});
            QVERIFY2(run.exitCode == 0, query);
            QVERIFY2(!run.err.contains(QStringLiteral("syntax")), qPrintable(run.err));
        }
    }

    void searchFiltersAreChecked()
    {
        const Run bad =
            panelist({QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("x"),
                      QStringLiteral("--level"), QStringLiteral("guru")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--level must be one of junior, middle, senior")));
        const Run senior = panelist({QStringLiteral("bank"), QStringLiteral("search"),
                                     QStringLiteral("python"), QStringLiteral("--level"),
                                     QStringLiteral("senior"), QStringLiteral("--json")});
        QCOMPARE(senior.exitCode, 0);
        for (const QJsonValue &row : QJsonDocument::fromJson(senior.out.toUtf8()).array())
            QCOMPARE(row.toObject().value(QStringLiteral("level")).toString(),
                     QStringLiteral("senior"));
    }

    void exportThenImportRoundTrips()
    {
        const QString file = m_dir.filePath(QStringLiteral("bank.md"));
        const Run exported = panelist({QStringLiteral("bank"), QStringLiteral("export"), file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains(QStringLiteral("Exported")));
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run imported =
            panelist({QStringLiteral("bank"), QStringLiteral("import"), file}, other);
        QCOMPARE(imported.exitCode, 0);
        // The other database got the shipped bank on first use, so nothing is new.
        QVERIFY2(imported.out.contains(QStringLiteral("0 added, 0 updated")),
                 qPrintable(imported.out));
        const QString again = m_dir.filePath(QStringLiteral("again.md"));
        QCOMPARE(
            panelist({QStringLiteral("bank"), QStringLiteral("export"), again}, other).exitCode, 0);
        QCOMPARE(testsupport::readFile(again), testsupport::readFile(file));
    }

    void failuresExitNonZeroWithOneLine()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        testsupport::writeFile(broken, "{\"format\": \"panelist-bank\", ");
        const Run bad = panelist({QStringLiteral("bank"), QStringLiteral("import"), broken});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("panelist: ")));
        QVERIFY(bad.err.contains(QStringLiteral("broken.json")));
        QCOMPARE(bad.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(bad.out.isEmpty());

        const Run unknown = panelist({QStringLiteral("bank"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"bank frobnicate\"")));

        const Run usage = panelist({QStringLiteral("bank"), QStringLiteral("search")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("usage: panelist bank search")));

        const QString notDb = m_dir.filePath(QStringLiteral("letter.txt"));
        testsupport::writeFile(notDb, "Dear hiring team,\n");
        const Run refused = panelist(
            {QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("gil")}, notDb);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("not a Panelist database")));
        QCOMPARE(testsupport::readFile(notDb), QByteArray("Dear hiring team,\n"));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
