#include "interviews/comparemodel.h"
#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Drives the real `panelist` binary as a person at a shell would.
class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    // What demo adds each run: Sample Candidate and four others.
    static constexpr int kDemoCandidates = 5;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run panelist(const QStringList &arguments, const QString &database = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PANELIST_DATABASE"), database.isEmpty() ? m_database : database);
        return panelistIn(env, arguments);
    }

    Run panelistIn(const QProcessEnvironment &env, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        // A relative file a mistyped command might create lands here, where it is seen.
        process.setWorkingDirectory(m_dir.path());
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

    // The help names the default database as the README does, the home folder as "~",
    // and it is the file a command given no database really opens.
    void helpNamesTheDefaultDatabase()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PANELIST_DATABASE"));
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        env.insert(QStringLiteral("HOME"), home);

        const Run help = panelistIn(env, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QRegularExpressionMatch named =
            QRegularExpression(QStringLiteral(R"(\(default:\s+(\S+);)")).match(help.out);
        QVERIFY2(named.hasMatch(), qPrintable(help.out));
        const QString shown = named.captured(1);
        QVERIFY2(shown.startsWith(QStringLiteral("~/.local/share/")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("/panelist.sqlite")), qPrintable(shown));
        QVERIFY2(!help.out.contains(home), qPrintable(help.out));

        const Run list = panelistIn(env, {QStringLiteral("plan"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QString real = home + shown.mid(1);
        QVERIFY2(QFileInfo(real).isFile(), qPrintable(real));
    }

    // Every command of the README, as the help shows its usage.
    static QStringList everyCommand()
    {
        return {QStringLiteral("bank search QUERY [--level L] [--category C] [--kind K] "
                               "[--limit N] [--json]"),
                QStringLiteral("bank import FILE"),
                QStringLiteral("bank export FILE"),
                QStringLiteral("plan list [--json]"),
                QStringLiteral("plan show ID [--json]"),
                QStringLiteral("plan export ID FILE"),
                QStringLiteral("plan import FILE"),
                QStringLiteral("interview list [--json]"),
                QStringLiteral("interview export-pdf ID OUT.pdf"),
                QStringLiteral("interview delete ID"),
                QStringLiteral("interview delete-candidate NAME"),
                QStringLiteral("candidate list [--json] [--search TEXT] [--status STATUS] "
                               "[--role ROLE]"),
                QStringLiteral("candidate show ID [--json] [--as NAME]"),
                QStringLiteral("candidate duplicates"),
                QStringLiteral("candidate merge FROM INTO"),
                QStringLiteral("candidate remove ID"),
                QStringLiteral("demo")};
    }

    // One line on stderr that starts "panelist: ", says `what` and points at the help;
    // nothing on stdout; exit code 2.
    static void verifyUsageError(const Run &run, const QString &what, const QStringList &arguments)
    {
        const QByteArray context = (arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                    run.err + QStringLiteral(" [exit %1]").arg(run.exitCode))
                                       .toUtf8();
        QVERIFY2(run.exitCode == 2, context.constData());
        QVERIFY2(run.err.startsWith(QStringLiteral("panelist: ")), context.constData());
        QVERIFY2(run.err.contains(what), context.constData());
        QVERIFY2(run.err.contains(QStringLiteral("(see panelist --help)")), context.constData());
        QVERIFY2(run.err.endsWith(QLatin1Char('\n')) && run.err.count(QLatin1Char('\n')) == 1,
                 context.constData());
        QVERIFY2(run.out.isEmpty(), context.constData());
    }

    // --help and `help` list every command with its values and options, and every option
    // of the whole command line; each command's own help lists its options and no other.
    void helpListsEveryCommand()
    {
        const Run help = panelist({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        const QStringList lines = help.out.split(QLatin1Char('\n'));
        for (const QString &command : everyCommand()) {
            const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
                return l.startsWith(QStringLiteral("  ") + command);
            });
            QVERIFY2(listed, qPrintable(command));
        }
        QVERIFY(help.out.contains(QStringLiteral("\n  help [COMMAND] ")));
        for (const char *option : {"--database PATH", "-h, --help", "-v, --version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        // No line is wider than a terminal.
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QCOMPARE(panelist({QStringLiteral("help")}).out, help.out);
        QCOMPARE(panelist({QStringLiteral("-h")}).out, help.out);

        const QHash<QString, QStringList> optionsOf = {
            {QStringLiteral("bank search"),
             {QStringLiteral("--level L"), QStringLiteral("--category C"),
              QStringLiteral("--kind K"), QStringLiteral("--limit N"), QStringLiteral("--json")}},
            {QStringLiteral("plan list"), {QStringLiteral("--json")}},
            {QStringLiteral("plan show"), {QStringLiteral("--json")}},
            {QStringLiteral("interview list"), {QStringLiteral("--json")}},
            {QStringLiteral("candidate list"), {QStringLiteral("--json")}},
            {QStringLiteral("candidate show"), {QStringLiteral("--json")}},
        };
        const QStringList allOptions = optionsOf.value(QStringLiteral("bank search"));
        for (const QString &usage : everyCommand()) {
            const QString name =
                usage.section(QLatin1Char(' '), 0, usage.startsWith(QLatin1String("demo")) ? 0 : 1);
            const Run one =
                panelist(QStringList{QStringLiteral("help")} + name.split(QLatin1Char(' ')));
            QVERIFY2(one.exitCode == 0, qPrintable(name + one.err));
            QVERIFY(one.err.isEmpty());
            QVERIFY2(
                one.out.startsWith(QStringLiteral("Usage: panelist [--database PATH] ") + name),
                qPrintable(one.out));
            // The usage may wrap; its words are all there, in order.
            QString flat = one.out.section(QStringLiteral("\n\n"), 0, 0).simplified();
            QVERIFY2(flat.endsWith(usage), qPrintable(flat));
            for (const QString &option : allOptions) {
                const bool takes = optionsOf.value(name).contains(option);
                QVERIFY2(one.out.contains(QStringLiteral("\n  ") + option + QLatin1Char(' ')) ==
                             takes,
                         qPrintable(name + QStringLiteral(": ") + option));
            }
            QVERIFY(one.out.contains(QStringLiteral("\n  --database PATH ")));
            // `COMMAND --help` says the same.
            const Run asOption =
                panelist(name.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
            QCOMPARE(asOption.exitCode, 0);
            QCOMPARE(asOption.out, one.out);
        }
        // The levels and kinds the filters take come from the vocabulary.
        const Run search =
            panelist({QStringLiteral("help"), QStringLiteral("bank"), QStringLiteral("search")});
        QVERIFY(search.out.contains(QStringLiteral("junior, middle, senior")));
        QVERIFY(search.out.simplified().contains(
            QStringLiteral("technical, coding, behavioural, situational, discussion")));

        // A group's help lists its commands and no other.
        const Run group = panelist({QStringLiteral("help"), QStringLiteral("plan")});
        QCOMPARE(group.exitCode, 0);
        for (const QString &usage : everyCommand()) {
            QCOMPARE(group.out.contains(QStringLiteral("\n  ") + usage),
                     usage.startsWith(QLatin1String("plan ")));
        }
    }

    // An unknown command or option is named, points at the help, exits 2 and opens no
    // database (nor a window): none is silently ignored, wherever it stands.
    void unknownCommandsAndOptionsAreNamed()
    {
        const QString database = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        const QList<QPair<QStringList, QString>> cases = {
            {{QStringLiteral("frobnicate")}, QStringLiteral("unknown command \"frobnicate\"")},
            {{QStringLiteral("frobnicate"), QStringLiteral("--help")},
             QStringLiteral("unknown command \"frobnicate\"")},
            {{QStringLiteral("help"), QStringLiteral("frobnicate")},
             QStringLiteral("unknown command \"frobnicate\"")},
            {{QStringLiteral("plan"), QStringLiteral("delete")},
             QStringLiteral(
                 "unknown command \"plan delete\"; plan takes list, show, export or import")},
            {{QStringLiteral("help"), QStringLiteral("plan"), QStringLiteral("delete")},
             QStringLiteral("unknown command \"plan delete\"")},
            {{QStringLiteral("interview")},
             QStringLiteral("interview needs a command: list, export-pdf, delete or "
                            "delete-candidate")},
            {{QStringLiteral("--frob")}, QStringLiteral("unknown option --frob")},
            {{QStringLiteral("-x")}, QStringLiteral("unknown option -x")},
            {{QStringLiteral("--frob"), QStringLiteral("plan"), QStringLiteral("list")},
             QStringLiteral("unknown option --frob")},
            {{QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--frob")},
             QStringLiteral("unknown option --frob")},
            // Said before the word after it is taken for a value too many.
            {{QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--frob"),
              QStringLiteral("yes")},
             QStringLiteral("unknown option --frob")},
            {{QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("gil"),
              QStringLiteral("--lvl=senior")},
             QStringLiteral("unknown option --lvl")},
            // Next to --help, which would otherwise hide it.
            {{QStringLiteral("--help"), QStringLiteral("--frob")},
             QStringLiteral("unknown option --frob")},
            {{QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json=yes")},
             QStringLiteral("option --json takes no value")},
            {{QStringLiteral("plan"), QStringLiteral("import"), QStringLiteral("x.json"),
              QStringLiteral("--json")},
             QStringLiteral("unknown option --json for plan import")},
            {{QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--limit"),
              QStringLiteral("3")},
             QStringLiteral("option --limit does not apply to interview list")},
            {{QStringLiteral("help"), QStringLiteral("--json")},
             QStringLiteral("unknown option --json for help")},
            {{QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("gil"),
              QStringLiteral("--level"), QStringLiteral("expert")},
             QStringLiteral("--level must be one of junior, middle, senior, not \"expert\"")},
        };
        for (const auto &[arguments, what] : cases) {
            verifyUsageError(panelist(arguments, database), what, arguments);
            QVERIFY2(!QFile::exists(database), qPrintable(arguments.join(QLatin1Char(' '))));
        }
    }

    // A command given too few values says which are missing and how it is used; one
    // given too many names the first extra word.
    void missingValuesAreNamed()
    {
        const QString database = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        const QList<QPair<QStringList, QString>> cases = {
            {{QStringLiteral("bank"), QStringLiteral("search")},
             QStringLiteral("bank search needs QUERY; usage: panelist bank search QUERY")},
            {{QStringLiteral("bank"), QStringLiteral("import")},
             QStringLiteral("bank import needs FILE; usage: panelist bank import FILE")},
            {{QStringLiteral("plan"), QStringLiteral("export")},
             QStringLiteral("plan export needs ID and FILE; usage: panelist plan export ID FILE")},
            {{QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("1")},
             QStringLiteral("plan export needs FILE;")},
            {{QStringLiteral("interview"), QStringLiteral("export-pdf"), QStringLiteral("1")},
             QStringLiteral("interview export-pdf needs OUT.pdf;")},
            {{QStringLiteral("interview"), QStringLiteral("delete")},
             QStringLiteral("interview delete needs ID;")},
            {{QStringLiteral("interview"), QStringLiteral("delete-candidate")},
             QStringLiteral("interview delete-candidate needs NAME;")},
            {{QStringLiteral("interview"), QStringLiteral("delete-candidate"),
              QStringLiteral("  ")},
             QStringLiteral("interview delete-candidate needs NAME;")},
            {{QStringLiteral("bank"), QStringLiteral("search"), QStringLiteral("gil"),
              QStringLiteral("--level")},
             QStringLiteral("option --level needs a value")},
            {{QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("extra")},
             QStringLiteral("unexpected \"extra\" after plan list; usage: panelist plan list "
                            "[--json]")},
            {{QStringLiteral("demo"), QStringLiteral("twice")},
             QStringLiteral("unexpected \"twice\" after demo")},
            {{QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("1"),
              QStringLiteral("2")},
             QStringLiteral("unexpected \"2\" after plan show")},
            {{QStringLiteral("--json")}, QStringLiteral("a command is needed after the options")},
        };
        for (const auto &[arguments, what] : cases) {
            verifyUsageError(panelist(arguments, database), what, arguments);
            QVERIFY2(!QFile::exists(database), qPrintable(arguments.join(QLatin1Char(' '))));
        }
    }

    // --database takes one path, once: given twice, without a value, empty or swallowing
    // the next option it is refused before any file is opened or made.
    void databaseGivenTwiceOrWithoutAValue()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        const QString fallback = m_dir.filePath(QStringLiteral("fallback.sqlite"));
        const QStringList list{QStringLiteral("plan"), QStringLiteral("list")};
        const QString dashed = QStringLiteral("--database");
        const QList<QPair<QStringList, QString>> cases = {
            {QStringList{dashed, first, dashed, second} + list,
             QStringLiteral("option --database is given 2 times; give it once")},
            {list + QStringList{dashed + QLatin1Char('=') + first, dashed, first},
             QStringLiteral("option --database is given 2 times; give it once")},
            {{dashed}, QStringLiteral("option --database needs a value")},
            {list + QStringList{dashed}, QStringLiteral("option --database needs a value")},
            {QStringList{dashed + QLatin1Char('=')} + list,
             QStringLiteral("option --database needs a value")},
            {QStringList{dashed, QString()} + list,
             QStringLiteral("option --database needs a value")},
            {QStringList{dashed, QStringLiteral("--json")} + list,
             QStringLiteral("option --database needs a path, not \"--json\"")},
        };
        for (const auto &[arguments, what] : cases) {
            verifyUsageError(panelist(arguments, fallback), what, arguments);
            for (const QString &file :
                 {first, second, fallback, m_dir.filePath(QStringLiteral("--json"))})
                QVERIFY2(!QFile::exists(file), qPrintable(file));
        }

        // Given once, before or after the command, it is the file used.
        for (const QStringList &arguments :
             {QStringList{dashed, first} + list, list + QStringList{dashed + '=' + second}}) {
            const Run run = panelist(arguments, fallback);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out.count(QLatin1Char('\n')), 3); // the shipped templates
        }
        QVERIFY(QFile::exists(first));
        QVERIFY(QFile::exists(second));
        QVERIFY(!QFile::exists(fallback));
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
        // The plan, then one line per candidate, oldest first.
        const QStringList added = demo.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(added.size(), 1 + kDemoCandidates);
        const QRegularExpression addedLine(
            QStringLiteral(R"(^Added a finished interview with (.+) \(id \d+\) on plan "%1": )"
                           R"(6 questions, started \d{4}-\d\d-\d\d \d\d:\d\d, )"
                           R"(recommendation (strong_no|no|yes|strong_yes)\.$)")
                .arg(QRegularExpression::escape(sampleName)));
        for (const QString &entry : added.mid(1))
            QVERIFY2(addedLine.match(entry).hasMatch(), qPrintable(entry));
        QVERIFY(added.last().contains(QStringLiteral("Sample Candidate")));

        const Run json = panelist(
            {QStringLiteral("interview"), QStringLiteral("list"), QStringLiteral("--json")},
            database);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), kDemoCandidates);
        // Five people, every one finished, on days spread over two weeks.
        QSet<QString> names;
        QSet<QDate> days;
        QSet<QString> recommendations;
        for (const QJsonValue &entry : rows) {
            const QJsonObject interview = entry.toObject();
            names.insert(interview.value(QStringLiteral("candidate")).toString());
            recommendations.insert(interview.value(QStringLiteral("recommendation")).toString());
            QCOMPARE(interview.value(QStringLiteral("status")).toString(),
                     QStringLiteral("finished"));
            QCOMPARE(interview.value(QStringLiteral("plan")).toString(), sampleName);
            const QDateTime started = QDateTime::fromString(
                interview.value(QStringLiteral("started")).toString(), Qt::ISODate);
            QVERIFY(started.isValid() && started < before);
            days.insert(started.toLocalTime().date());
        }
        QCOMPARE(names.size(), kDemoCandidates);
        QCOMPARE(days.size(), kDemoCandidates);
        QCOMPARE(recommendations.size(), 4); // strong no … strong yes
        // Newest first: Sample Candidate, who has the most recorded.
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

            // Every other candidate has notes too, stamped, and scores on the same plan.
            for (const QJsonValue &entry : rows) {
                const Interview other = *InterviewRepository(db).interview(
                    entry.toObject().value(QStringLiteral("id")).toInteger());
                QCOMPARE(other.items.size(), 6);
                int noted = 0;
                for (const InterviewItem &item : other.items) {
                    if (item.notes.isEmpty())
                        continue;
                    ++noted;
                    for (const QString &line : item.notes.split(QLatin1Char('\n')))
                        QVERIFY2(stamped.match(line).hasMatch(), qPrintable(line));
                }
                QVERIFY2(noted >= 5, qPrintable(other.candidate));
                QVERIFY(!other.summary.isEmpty());
            }
        }

        // The comparison of the plan then compares something: a row per candidate, each
        // with its own overall score.
        {
            Database db(database);
            InterviewRepository interviews(db);
            CompareModel compare(interviews);
            const QVariantList plans = compare.plans();
            QCOMPARE(plans.size(), 1);
            QCOMPARE(plans.first().toMap().value(QStringLiteral("planName")).toString(),
                     sampleName);
            compare.setPlan(plans.first().toMap().value(QStringLiteral("planId")).toInt());
            QVERIFY(compare.rowCount() >= 4);
            QSet<QString> candidates;
            QSet<QString> overall;
            for (int r = 0; r < compare.rowCount(); ++r) {
                candidates.insert(
                    compare.data(compare.index(r, CompareModel::CandidateColumn), Qt::DisplayRole)
                        .toString());
                const QModelIndex score = compare.index(r, CompareModel::OverallColumn);
                QVERIFY(!compare.data(score, CompareModel::ValueRole).isNull());
                overall.insert(compare.data(score, Qt::DisplayRole).toString());
            }
            QCOMPARE(candidates.size(), compare.rowCount());
            QCOMPARE(overall.size(), compare.rowCount());
        }

        // Again: the same plan, and the candidates are there already: nobody twice.
        const Run again = panelist({QStringLiteral("demo")}, database);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains(QStringLiteral("Added plan")));
        QVERIFY(!again.out.contains(QStringLiteral("Added a finished interview")));
        QVERIFY2(again.out.startsWith(QStringLiteral("The demo candidates Jonas Berg, ")),
                 qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral(", Sample Candidate are already there; nothing "
                                                  "was added for them")));
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
        QCOMPARE(lines.size(), kDemoCandidates);
        const QRegularExpression line(
            QStringLiteral(R"(^(\d+)  (.+)  \(Senior Python developer, %1, finished, )"
                           R"(\d{4}-\d\d-\d\d \d\d:\d\d, (strong_no|no|yes|strong_yes)\)$)")
                .arg(QRegularExpression::escape(sampleName)));
        for (const QString &entry : lines)
            QVERIFY2(line.match(entry).hasMatch(), qPrintable(entry));
        QCOMPARE(line.match(lines.at(0)).captured(2), QStringLiteral("Sample Candidate"));
        QCOMPARE(line.match(lines.at(0)).captured(1).toLongLong(), id);

        // The five are candidates, each with an example.com address and one interview;
        // Jonas Berg (strong no) rejected.
        const QJsonArray candidates =
            QJsonDocument::fromJson(panelist({QStringLiteral("candidate"), QStringLiteral("list"),
                                              QStringLiteral("--json")},
                                             database)
                                        .out.toUtf8())
                .array();
        QCOMPARE(candidates.size(), kDemoCandidates);
        for (const QJsonValue &entry : candidates) {
            const QJsonObject candidate = entry.toObject();
            QVERIFY(candidate.value(QStringLiteral("email"))
                        .toString()
                        .endsWith(QStringLiteral("@example.com")));
            QCOMPARE(candidate.value(QStringLiteral("interviews")).toInt(), 1);
            QCOMPARE(candidate.value(QStringLiteral("status")).toString(),
                     candidate.value(QStringLiteral("name")).toString() ==
                             QStringLiteral("Jonas Berg")
                         ? QStringLiteral("rejected")
                         : QStringLiteral("active"));
        }

        // One removed: the next demo adds that one back, and nobody else.
        const qint64 jonas = [&candidates] {
            for (const QJsonValue &entry : candidates) {
                if (entry.toObject().value(QStringLiteral("name")).toString() ==
                    QStringLiteral("Jonas Berg"))
                    return qint64(entry.toObject().value(QStringLiteral("id")).toInt());
            }
            return qint64(0);
        }();
        QCOMPARE(panelist({QStringLiteral("candidate"), QStringLiteral("remove"),
                           QString::number(jonas)},
                          database)
                     .exitCode,
                 0);
        const Run third = panelist({QStringLiteral("demo")}, database);
        QCOMPARE(third.exitCode, 0);
        QVERIFY2(third.out.startsWith(QStringLiteral("Added a finished interview with Jonas Berg")),
                 qPrintable(third.out));
        QCOMPARE(third.out.count(QStringLiteral("Added a finished interview")), 1);
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
