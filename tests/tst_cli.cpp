#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "testsupport.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
             {"bank search", "bank import", "bank export", "plan list", "plan show", "plan export",
              "plan import", "interview list", "demo", "--database", "PANELIST_DATABASE"})
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

    void planListAndShow()
    {
        const Run text = panelist({QStringLiteral("plan"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        // The three shipped templates, one line each: "ID  Name  (role, level, M/T min, N ...)".
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+  .+  \(.*, (junior|middle|senior), )"
                                                       R"(\d+/\d+ min, \d+ questions?\)$)"))
                         .match(line)
                         .hasMatch(),
                     qPrintable(line));

        const Run json =
            panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(plans.size(), 3);
        const QJsonObject first = plans.first().toObject();
        QCOMPARE(first.keys(), (QStringList{"id", "level", "minutes", "name", "questions", "role",
                                            "targetMinutes"}));
        QVERIFY(first.value(QStringLiteral("questions")).toInt() > 0);
        QCOMPARE(
            panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")})
                .out,
            json.out);

        const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
        const Run show = panelist(
            {QStringLiteral("plan"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(plan.keys(), (QStringList{"id", "items", "level", "minutes", "name", "role",
                                           "targetMinutes", "uuid"}));
        QCOMPARE(plan.value(QStringLiteral("name")), first.value(QStringLiteral("name")));
        const QJsonArray items = plan.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), first.value(QStringLiteral("questions")).toInt());
        QCOMPARE(
            items.first().toObject().keys(),
            (QStringList{"archived", "category", "level", "minutes", "note", "question", "title"}));
        int minutes = 0;
        for (const QJsonValue &item : items)
            minutes += item.toObject().value(QStringLiteral("minutes")).toInt();
        QCOMPARE(minutes, first.value(QStringLiteral("minutes")).toInt());

        const Run shown = panelist({QStringLiteral("plan"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.startsWith(first.value(QStringLiteral("name")).toString()));
        QVERIFY(
            shown.out.contains(QStringLiteral(" 1. ") +
                               items.first().toObject().value(QStringLiteral("title")).toString()));
    }

    void planExportImportRoundTrips()
    {
        const Run list =
            panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject first =
            QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
        const QString file = m_dir.filePath(QStringLiteral("plan.json"));
        const Run exported = panelist({QStringLiteral("plan"), QStringLiteral("export"), id, file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.startsWith(QStringLiteral("Exported plan \"")),
                 qPrintable(exported.out));
        const QJsonObject document = QJsonDocument::fromJson(testsupport::readFile(file)).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("panelist-plan"));
        QCOMPARE(document.value(QStringLiteral("questions")).toArray().size(),
                 first.value(QStringLiteral("questions")).toInt());

        // Another database already has the shipped bank and templates: nothing is added
        // to the bank and the template with the file's uuid is replaced, not copied.
        const QString other = m_dir.filePath(QStringLiteral("plans-other.sqlite"));
        const Run imported =
            panelist({QStringLiteral("plan"), QStringLiteral("import"), file}, other);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.startsWith(QStringLiteral("Imported plan \"%1\": 0 questions added.")
                                             .arg(first.value(QStringLiteral("name")).toString())),
                 qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("replaced")));
        QCOMPARE(QJsonDocument::fromJson(panelist({QStringLiteral("plan"), QStringLiteral("list"),
                                                   QStringLiteral("--json")},
                                                  other)
                                             .out.toUtf8())
                     .array()
                     .size(),
                 3);
        const QString again = m_dir.filePath(QStringLiteral("plan-again.json"));
        QCOMPARE(
            panelist({QStringLiteral("plan"), QStringLiteral("export"), id, again}, other).exitCode,
            0);
        QCOMPARE(testsupport::readFile(again), testsupport::readFile(file));

        // A new plan (fresh uuid, one question the bank lacks) is added with its question.
        QJsonObject changed = document;
        QJsonObject plan = changed.value(QStringLiteral("plan")).toObject();
        plan.insert(QStringLiteral("uuid"), QStringLiteral("6c2d3e4f-5061-4b72-8c83-9d94e5f60712"));
        plan.insert(QStringLiteral("name"), QStringLiteral("Imported copy"));
        QJsonArray items = plan.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.first().toObject();
        const Question extra = testsupport::sampleQuestion(7);
        item.insert(QStringLiteral("question"), extra.uuid);
        items.replace(0, item);
        plan.insert(QStringLiteral("items"), items);
        changed.insert(QStringLiteral("plan"), plan);
        QJsonArray questions = changed.value(QStringLiteral("questions")).toArray();
        QJsonObject question = questions.first().toObject();
        question.insert(QStringLiteral("uuid"), extra.uuid);
        question.insert(QStringLiteral("title"), extra.title);
        questions.replace(0, question);
        changed.insert(QStringLiteral("questions"), questions);
        const QString copy = m_dir.filePath(QStringLiteral("plan-copy.json"));
        testsupport::writeFile(copy, QJsonDocument(changed).toJson());
        const Run added = panelist({QStringLiteral("plan"), QStringLiteral("import"), copy}, other);
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out.trimmed(),
                 QStringLiteral("Imported plan \"Imported copy\": 1 question added."));
        QCOMPARE(QJsonDocument::fromJson(panelist({QStringLiteral("plan"), QStringLiteral("list"),
                                                   QStringLiteral("--json")},
                                                  other)
                                             .out.toUtf8())
                     .array()
                     .size(),
                 4);
    }

    void planErrors()
    {
        const Run unknown =
            panelist({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("9999")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.trimmed(), QStringLiteral("panelist: no plan with id 9999"));
        QVERIFY(unknown.out.isEmpty());
        const Run unknownExport =
            panelist({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("9999"),
                      m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(unknownExport.exitCode, 1);
        QCOMPARE(unknownExport.err.trimmed(), QStringLiteral("panelist: no plan with id 9999"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));

        const Run notNumber =
            panelist({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("first")});
        QCOMPARE(notNumber.exitCode, 2);
        QVERIFY(notNumber.err.contains(QStringLiteral("\"first\"")));
        QCOMPARE(panelist({QStringLiteral("plan"), QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(panelist({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("1")})
                     .exitCode,
                 2);
        const Run badFlag = panelist({QStringLiteral("plan"), QStringLiteral("import"),
                                      QStringLiteral("x.json"), QStringLiteral("--json")});
        QCOMPARE(badFlag.exitCode, 2);
        QVERIFY(badFlag.err.contains(QStringLiteral("unknown option --json")));
        const Run verb = panelist({QStringLiteral("plan"), QStringLiteral("delete")});
        QCOMPARE(verb.exitCode, 2);
        QVERIFY(verb.err.contains(QStringLiteral("unknown command \"plan delete\"")));

        // A bad file: exit 1, one line naming file, item and field; the database unchanged.
        const QString file = m_dir.filePath(QStringLiteral("bad-plan.json"));
        QCOMPARE(
            panelist({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("1"), file})
                .exitCode,
            0);
        QByteArray json = testsupport::readFile(file);
        const qsizetype at = json.indexOf("\"minutes\": ");
        json.replace(at, json.indexOf(',', at) - at, "\"minutes\": \"eight\"");
        testsupport::writeFile(file, json);
        const QByteArray before = testsupport::readFile(m_database);
        const Run bad = panelist({QStringLiteral("plan"), QStringLiteral("import"), file});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("panelist: bad-plan.json, plan, item 1: ")));
        QVERIFY(bad.err.contains(QStringLiteral("\"minutes\"")));
        QCOMPARE(bad.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(bad.out.isEmpty());
        QCOMPARE(testsupport::readFile(m_database), before);
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

    void demoAddsAFinishedInterview()
    {
        // A database of its own, so the plan counts above stay the shipped three.
        const QString database = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString sampleName = QStringLiteral("Sample plan — Senior Python");
        const Run none = panelist({QStringLiteral("interview"), QStringLiteral("list")}, database);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
        QCOMPARE(none.err.trimmed(), QStringLiteral("There are no interviews."));
        const Run noneJson = panelist(
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--json")},
            database);
        QCOMPARE(noneJson.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(noneJson.out.toUtf8()).isArray());
        QVERIFY(QJsonDocument::fromJson(noneJson.out.toUtf8()).array().isEmpty());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Run demo = panelist({QStringLiteral("demo")}, database);
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.startsWith(QStringLiteral("Added plan \"%1\" (id ").arg(sampleName)),
                 qPrintable(demo.out));
        QVERIFY2(demo.out.contains(QStringLiteral("Added a finished interview with Sample "
                                                  "Candidate (id ")),
                 qPrintable(demo.out));
        QVERIFY(demo.out.contains(QStringLiteral("6 questions")));
        QVERIFY(demo.err.isEmpty());

        const Run json = panelist(
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--json")},
            database);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.keys(), (QStringList{"candidate", "id", "plan", "recommendation", "role",
                                          "started", "status"}));
        QCOMPARE(row.value(QStringLiteral("candidate")).toString(),
                 QStringLiteral("Sample Candidate"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(row.value(QStringLiteral("recommendation")).toString(), QStringLiteral("yes"));
        QCOMPARE(row.value(QStringLiteral("plan")).toString(), sampleName);
        QCOMPARE(row.value(QStringLiteral("role")).toString(),
                 QStringLiteral("Senior Python developer"));
        // Started 50 minutes before the demo ran, given in UTC.
        const QString startedText = row.value(QStringLiteral("started")).toString();
        QVERIFY2(startedText.endsWith(QLatin1Char('Z')), qPrintable(startedText));
        const QDateTime started = QDateTime::fromString(startedText, Qt::ISODate);
        QVERIFY(started.isValid());
        QVERIFY(qAbs(started.secsTo(before) - 50 * 60) <= 60);
        const qint64 id = row.value(QStringLiteral("id")).toInteger();

        // Everything in it was recorded through the real repository.
        {
            Database db(database);
            const Interview interview = *InterviewRepository(db).interview(id);
            QCOMPARE(interview.interviewer, QStringLiteral("Demo Interviewer"));
            QCOMPARE(interview.items.size(), 6);
            QCOMPARE(interview.startedAt.secsTo(interview.endedAt), 50 * 60);
            QCOMPARE(interview.pausedSeconds, 90);
            QCOMPARE(interview.elapsedSeconds(QDateTime::currentDateTimeUtc()), 48 * 60 + 30);
            QVERIFY(!interview.summary.isEmpty());
            QVERIFY(!interview.paused());
            QStringList categories;
            int scored = 0;
            int strong = 0;
            int concerns = 0;
            int adHoc = 0;
            int asked = 0;
            int met = 0;
            int seconds = 0;
            const QRegularExpression stamped(QStringLiteral(R"(^\[\d\d:\d\d\] \S)"));
            int lastStamp = -1;
            for (const InterviewItem &item : interview.items) {
                QCOMPARE(item.state, vocabulary::ItemState::Done);
                QVERIFY(item.secondsSpent > 0);
                seconds += item.secondsSpent;
                if (!categories.contains(item.category))
                    categories << item.category;
                scored += item.score > 0 ? 1 : 0;
                QVERIFY(item.score >= 0 && item.score <= 4);
                strong += item.flagStrong ? 1 : 0;
                concerns += item.flagConcern ? 1 : 0;
                for (const InterviewFollowUp &followUp : item.followUps) {
                    adHoc += followUp.adHoc ? 1 : 0;
                    asked += followUp.asked ? 1 : 0;
                }
                for (const InterviewCriterion &criterion : item.criteria)
                    met += criterion.met ? 1 : 0;
                const QStringList lines = item.notes.split(QLatin1Char('\n'));
                QVERIFY(lines.size() >= 3);
                for (const QString &line : lines) {
                    QVERIFY2(stamped.match(line).hasMatch(), qPrintable(line));
                    // Stamps run forward through the call.
                    const int stamp = line.mid(1, 2).toInt() * 60 + line.mid(4, 2).toInt();
                    QVERIFY2(stamp > lastStamp, qPrintable(line));
                    lastStamp = stamp;
                }
            }
            QCOMPARE(seconds, 48 * 60 + 30);
            QVERIFY(lastStamp < seconds);
            QCOMPARE(categories.size(), 6);
            QVERIFY(scored >= 5);
            QCOMPARE(strong, 1);
            QCOMPARE(concerns, 1);
            QCOMPARE(adHoc, 1);
            QVERIFY(asked >= 6);
            QVERIFY(met >= 6);
        }

        // Again: a second interview, the same plan.
        const Run again = panelist({QStringLiteral("demo")}, database);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains(QStringLiteral("Added plan")));
        QVERIFY(again.out.startsWith(QStringLiteral("Added a finished interview")));
        const QJsonArray plans =
            QJsonDocument::fromJson(
                panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")},
                         database)
                    .out.toUtf8())
                .array();
        int samples = 0;
        for (const QJsonValue &plan : plans)
            samples += plan.toObject().value(QStringLiteral("name")).toString() == sampleName;
        QCOMPARE(samples, 1);
        QCOMPARE(plans.size(), 4); // the three shipped templates and the sample

        const Run text = panelist({QStringLiteral("interview"), QStringLiteral("list")}, database);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QRegularExpression line(
            QStringLiteral(R"(^(\d+)  Sample Candidate  \(Senior Python developer, %1, finished, )"
                           R"(\d{4}-\d\d-\d\d \d\d:\d\d, yes\)$)")
                .arg(QRegularExpression::escape(sampleName)));
        for (const QString &entry : lines)
            QVERIFY2(line.match(entry).hasMatch(), qPrintable(entry));
        // Newest first.
        QVERIFY(line.match(lines.at(0)).captured(1).toLongLong() > id);
        QCOMPARE(line.match(lines.at(1)).captured(1).toLongLong(), id);
    }

    void interviewCommandErrors()
    {
        const QString database = m_dir.filePath(QStringLiteral("demo-errors.sqlite"));
        const QList<QStringList> mistyped = {
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("extra")},
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--csv")},
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--level"),
             QStringLiteral("senior")},
            {QStringLiteral("interview")},
            {QStringLiteral("interview"), QStringLiteral("frobnicate")},
            {QStringLiteral("demo"), QStringLiteral("twice")},
            {QStringLiteral("demo"), QStringLiteral("--json")},
        };
        for (const QStringList &arguments : mistyped) {
            const Run run = panelist(arguments, database);
            const QByteArray what = arguments.join(QLatin1Char(' ')).toUtf8();
            QVERIFY2(run.exitCode == 2, what.constData());
            // One line on stderr, pointing at the help.
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(run.err.startsWith(QStringLiteral("panelist: ")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("panelist --help")));
            QVERIFY(run.out.isEmpty());
        }
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
