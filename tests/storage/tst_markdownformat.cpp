#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "storage/bankfiles.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using testsupport::readFile;
using testsupport::sampleQuestion;
using testsupport::writeFile;

// The Markdown form of the bank: texts that look like its own structure survive export
// and import (through real files and databases), hand-written mistakes are refused with
// the line, and files of the old exporter still import as they did.
class MarkdownFormatTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Imports `questions` into a fresh database, exports them as `extension`, imports the
    // file into another fresh database and exports again; the two files must be equal.
    // Returns the questions of the second database.
    QList<Question> throughFiles(const QList<Question> &questions, const QString &extension)
    {
        const int n = ++m_counter;
        const QString first = path(QStringLiteral("first%1.%2").arg(n).arg(extension));
        const QString second = path(QStringLiteral("second%1.%2").arg(n).arg(extension));
        {
            // The texts arrive as a JSON file does, so they pass the input's checks.
            const QString input = path(QStringLiteral("input%1.json").arg(n));
            BankDocument document;
            document.questions = questions;
            writeFile(input, bankjson::write(document));
            TestWorkspace source;
            bankfiles::importFile(source.bank(), input);
            bankfiles::exportFile(source.bank(), first);
        }
        TestWorkspace target;
        BankRepository &bank = target.bank();
        const BankRepository::ImportResult result = bankfiles::importFile(bank, first);
        if (result.added != questions.size())
            qWarning("%s", readFile(first).constData());
        bankfiles::exportFile(bank, second);
        if (readFile(second) != readFile(first))
            qWarning("first:\n%s\nsecond:\n%s", readFile(first).constData(),
                     readFile(second).constData());
        return readFile(second) == readFile(first) ? bank.allQuestions() : QList<Question>();
    }

    static QString refusal(const QByteArray &markdown)
    {
        try {
            bankmarkdown::read(markdown, QStringLiteral("hand.md"));
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
    }

    // A hand-written question around `body` (which starts with its own "#### " line).
    static QByteArray handWritten(const QByteArray &body)
    {
        return "# Bank\n\n## Testing\n\n### Fixtures\n\n"
               "- uuid: 3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e\n- level: middle\n"
               "- kind: technical\n- minutes: 7\n\n" +
               body;
    }

    struct Scenario
    {
        const char *name;
        QString field;
        QString text;
        QString expected; // as the format normalizes it
    };

    static QList<Scenario> scenarios()
    {
        QList<Scenario> list;
        auto row = [&](const char *name, const char *field, const QString &text,
                       const QString &expected = QString()) {
            list.append(
                {name, QString::fromLatin1(field), text, expected.isNull() ? text : expected});
        };
        row("unclosed ``` in a prompt", "prompt",
            QStringLiteral("Look at this:\n```python\nprint(1)\n## still the prompt"));
        row("unclosed ~~~ in a prompt", "prompt", QStringLiteral("~~~\n### Not a question"));
        row("unclosed fence in an anchor", "anchorJunior", QStringLiteral("```"));
        row("fence closed only by a shorter run", "referenceAnswer",
            QStringLiteral("````\ncode\n```\n#### Criteria"));
        row("fence with info string closing nothing", "prompt",
            QStringLiteral("```\ncode\n```python\nmore\n```"));
        row("version marker in a prompt", "prompt",
            QStringLiteral("before\n<!-- panelist-bank version 1 -->\nafter"));
        row("version marker of a newer format in a prompt", "prompt",
            QStringLiteral("<!-- panelist-bank version 99 -->"));
        row("heading-like lines", "prompt",
            QStringLiteral("## Not a category\n### Not a question\n#### Criteria\n##### "
                           "Senior\n# one\n###### six"));
        row("section headings inside code", "prompt",
            QStringLiteral("```\n## comment\n#### Criteria\n\\##### Senior\n```"));
        row("metadata lines in a prompt", "prompt",
            QStringLiteral("- uuid: 00000000-0000-4000-8000-000000000099\n- level: junior\n- "
                           "minutes: 3"));
        row("escaped-looking lines", "prompt",
            QStringLiteral("\\# one\n\\\\# two\n\\```\n  \\~~~ indented"));
        row("blank lines in a follow-up", "followUps",
            QStringLiteral("first paragraph\n\nsecond paragraph\n\n\n   indented third"));
        row("blank lines and markers in a criterion", "criteria",
            QStringLiteral("one\n\n1. not an item\n- nor this\n#### Anchors"));
        row("carriage returns", "prompt", QStringLiteral("a\r\nb\rc\r\n\r\nd"),
            QStringLiteral("a\nb\nc\n\nd"));
        row("carriage returns in a follow-up", "followUps", QStringLiteral("a\r\rb"),
            QStringLiteral("a\n\nb"));
        row("indented first line", "prompt", QStringLiteral("    code block\n\ntext"));
        row("comment markers", "referenceAnswer", QStringLiteral("<!--\n-->\n<!-- x -->"));
        return list;
    }

    static void place(Question &q, const QString &field, const QString &value)
    {
        if (field == QLatin1String("followUps"))
            q.followUps.insert(1, value);
        else if (field == QLatin1String("criteria"))
            q.criteria.insert(1, value);
        else if (field == QLatin1String("anchorJunior"))
            q.anchorJunior = value;
        else if (field == QLatin1String("referenceAnswer"))
            q.referenceAnswer = value;
        else
            q.prompt = value;
    }

    static void compareByUuid(const QList<Question> &stored, const QList<Question> &wanted)
    {
        QCOMPARE(stored.size(), wanted.size());
        for (const Question &want : wanted) {
            const auto found = std::find_if(stored.cbegin(), stored.cend(),
                                            [&](const auto &q) { return q.uuid == want.uuid; });
            QVERIFY2(found != stored.cend(), qPrintable(want.title));
            QVERIFY2(found->sameContent(want),
                     qPrintable(QJsonDocument(bankjson::toJson(*found)).toJson() +
                                QStringLiteral("\ninstead of\n") +
                                QJsonDocument(bankjson::toJson(want)).toJson()));
        }
    }

private slots:
    void textsThatLookLikeStructureSurvive_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        for (const Scenario &scenario : scenarios())
            QTest::newRow(scenario.name) << scenario.field << scenario.text << scenario.expected;
    }

    // In memory, through the readers and writers: the text sits in the middle question,
    // so anything it swallows is missed.
    void textsThatLookLikeStructureSurvive()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QList<Question> questions;
        for (int i = 1; i <= 3; ++i)
            questions << sampleQuestion(i, i == 3 ? QStringLiteral("Later") : QString("Internals"));
        QList<Question> wanted = questions;
        place(questions[1], field, text);
        place(wanted[1], field, expected);
        BankDocument raw;
        raw.questions = questions;
        const BankDocument input = bankjson::read(bankjson::write(raw), QStringLiteral("in.json"));
        compareByUuid(input.questions, wanted);
        if (QTest::currentTestFailed())
            return;

        const QByteArray markdown = bankmarkdown::write(input);
        const BankDocument fromMarkdown = bankmarkdown::read(markdown, QStringLiteral("bank.md"));
        compareByUuid(fromMarkdown.questions, wanted);
        QCOMPARE(bankmarkdown::write(fromMarkdown), markdown);
        const QByteArray json = bankjson::write(input);
        const BankDocument fromJson = bankjson::read(json, QStringLiteral("bank.json"));
        compareByUuid(fromJson.questions, wanted);
        QCOMPARE(bankjson::write(fromJson), json);
    }

    // Every text of the table above in one bank, through real files and databases.
    void textsThatLookLikeStructureSurviveTheDatabase()
    {
        QList<Question> questions;
        QList<Question> wanted;
        const QList<Scenario> table = scenarios();
        for (int i = 0; i < table.size(); ++i) {
            questions << sampleQuestion(100 + i, QStringLiteral("Category %1").arg(i % 3));
            wanted << questions.last();
            place(questions.last(), table.at(i).field, table.at(i).text);
            place(wanted.last(), table.at(i).field, table.at(i).expected);
        }
        for (const QString &extension : {QStringLiteral("md"), QStringLiteral("json")}) {
            compareByUuid(throughFiles(questions, extension), wanted);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Text that reached the database without the input's checks (a CR, a line break in
    // a title, an upper-case tag) is written as it would read back, so the file imports
    // and exports to the same bytes.
    void writerNormalizesWhatTheDatabaseHolds()
    {
        Question q = sampleQuestion(1);
        q.title = QStringLiteral("Two\nlines\r\nof title");
        q.prompt = QStringLiteral("\r\n\r\nfirst\r\nsecond\rthird\r\n");
        q.tags = {QStringLiteral("GIL"), QStringLiteral("  ")};
        q.followUps = {QStringLiteral("one\r\n\r\ntwo"), QStringLiteral(" ")};
        const QString first = path(QStringLiteral("raw.md"));
        const QString second = path(QStringLiteral("raw-again.md"));
        {
            TestWorkspace source;
            source.bank().importQuestions({}, {q});
            bankfiles::exportFile(source.bank(), first);
        }
        TestWorkspace target;
        BankRepository &bank = target.bank();
        QCOMPARE(bankfiles::importFile(bank, first).added, 1);
        bankfiles::exportFile(bank, second);
        QCOMPARE(readFile(second), readFile(first));
        const Question stored = *bank.questionByUuid(q.uuid);
        QCOMPARE(stored.title, QStringLiteral("Two lines of title"));
        QCOMPARE(stored.prompt, QStringLiteral("first\nsecond\nthird"));
        QCOMPARE(stored.tags, QStringList{QStringLiteral("gil")});
        QCOMPARE(stored.followUps, QStringList{QStringLiteral("one\n\ntwo")});
    }

    // The report that started this: one prompt with an unclosed fence, and a bank of
    // 134 questions came back as 13 while the import said it had succeeded.
    void anUnclosedFenceLosesNoQuestion()
    {
        QList<Question> questions;
        for (int i = 1; i <= 134; ++i)
            questions << sampleQuestion(i, QStringLiteral("Category %1").arg(i % 7));
        questions[12].prompt = QStringLiteral("What does this print?\n\n```python\nprint(1)");
        const QList<Question> stored = throughFiles(questions, QStringLiteral("md"));
        QCOMPARE(stored.size(), 134);
    }

    void handWrittenMistakesAreRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("fence never closed")
            << handWritten("#### Prompt\n\n```python\nprint(1)\n")
            << QStringList{"hand.md, line 14", "Fixtures", "never closed", "```"};
        QTest::newRow("section heading inside an unclosed fence")
            << handWritten("#### Prompt\n\n~~~~\ncode\n\n#### Criteria\n\n1. x\n")
            << QStringList{"line 17", "#### Criteria", "line 14", "never closed"};
        QTest::newRow("text before the first category")
            << QByteArray("# Bank\nSome words\n\n## Testing\n")
            << QStringList{"hand.md, line 2", "Some words", "before the first"};
        QTest::newRow("text between a category and its first question")
            << QByteArray("## Testing\n\nstray\n\n### Q\n")
            << QStringList{"line 3", "stray", "outside any section"};
        QTest::newRow("question before any category")
            << QByteArray("### Lonely\n- level: senior\n")
            << QStringList{"line 1", "Lonely", "before any"};
        QTest::newRow("a section twice")
            << handWritten("#### Prompt\n\none\n\n#### Prompt\n\ntwo\n")
            << QStringList{"line 16", "Prompt", "twice"};
        QTest::newRow("an anchor twice")
            << handWritten("#### Anchors\n\n##### Junior\n\na\n\n##### junior\n\nb\n")
            << QStringList{"line 18", "junior", "twice"};
        QTest::newRow("a field twice")
            << QByteArray("## T\n\n### Q\n\n- uuid: 3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e\n"
                          "- uuid: 3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4f\n")
            << QStringList{"line 6", "\"uuid\"", "twice"};
        QTest::newRow("a category twice, in another letter case")
            << QByteArray("## Testing\n\n## Other\n\n## testing\n")
            << QStringList{"line 5", "line 1", "one heading"};
        QTest::newRow("text after the last list")
            << handWritten("#### Criteria\n\n1. one\nstray words\n")
            << QStringList{"line 15", "numbered list item"};
        QTest::newRow("newer format version")
            << QByteArray("# Bank\n<!-- panelist-bank version 2 -->\n## T\n")
            << QStringList{"line 2", "version 2", "update Panelist"};
        QTest::newRow("control character")
            << handWritten("#### Prompt\n\nbell\x07 here\n")
            << QStringList{"hand.md", "Fixtures", "\"prompt\"", "U+0007", "column 5"};
        QTest::newRow("not UTF-8") << QByteArray("## Caf\xe9\n") << QStringList{"hand.md", "UTF-8"};
    }

    void handWrittenMistakesAreRefusedWithTheLine()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QStringList, parts);
        const QString message = refusal(markdown);
        QVERIFY2(!message.isEmpty(), "must be refused");
        for (const QString &part : parts)
            QVERIFY2(message.contains(part),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, part)));
    }

    void handWrittenFilesStillRead()
    {
        // A version marker after the title, a comment over several lines, CRLF line
        // endings, "-" items and a blank line between items.
        const QByteArray text =
            "# My bank\r\n<!--\r\nkept in git\r\n-->\r\n<!-- panelist-bank version 1 -->\r\n\r\n"
            "## Testing\r\n\r\n### Fixtures\r\n- uuid: {3B0C5D1E-2F4A-4B6C-8D7E-9F0A1B2C3D4E}\r\n"
            "- level: Middle\r\n- kind: technical\r\n- minutes: 7\r\n\r\n#### Prompt\r\n"
            "What is a fixture?\r\n<!-- panelist-bank version 9 -->\r\n\r\n"
            "#### Follow-ups\r\n- Scope?\r\n\r\n- Teardown?\r\n   With yield.\r\n";
        const BankDocument document = bankmarkdown::read(text, QStringLiteral("mine.md"));
        QCOMPARE(document.questions.size(), 1);
        const Question &q = document.questions.first();
        QCOMPARE(q.uuid, QStringLiteral("3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e"));
        QCOMPARE(q.prompt, QStringLiteral("What is a fixture?\n<!-- panelist-bank version 9 -->"));
        QCOMPARE(q.followUps,
                 (QStringList{QStringLiteral("Scope?"), QStringLiteral("Teardown?\nWith yield.")}));
    }

    // Twelve questions of the shipped bank (code blocks with Python comments, '#' lines,
    // multi-line list items), exported by the exporter before escapes changed
    // (tests/data/old-exporter): they import exactly as their JSON, and the writer still
    // writes the same bytes for them.
    void filesOfTheOldExporterImportIdentically()
    {
        const QString dir = QStringLiteral(PANELIST_TEST_DATA "/old-exporter/");
        const QByteArray markdown = readFile(dir + QStringLiteral("bank.md"));
        const BankDocument fromJson = bankjson::read(readFile(dir + QStringLiteral("bank.json")),
                                                     QStringLiteral("bank.json"));
        const BankDocument fromMarkdown = bankmarkdown::read(markdown, QStringLiteral("bank.md"));
        QCOMPARE(fromMarkdown.questions.size(), 12);
        QCOMPARE(fromJson.questions.size(), 12);
        for (const Question &q : fromJson.questions) {
            const auto found =
                std::find_if(fromMarkdown.questions.cbegin(), fromMarkdown.questions.cend(),
                             [&](const Question &m) { return m.uuid == q.uuid; });
            QVERIFY2(found != fromMarkdown.questions.cend(), qPrintable(q.title));
            QVERIFY2(found->sameContent(q), qPrintable(q.title));
        }
        QCOMPARE(bankmarkdown::write(fromMarkdown), markdown);
    }

    void writerKeepsCodeBlocksReadable()
    {
        Question q = sampleQuestion(1);
        q.prompt =
            QStringLiteral("Read:\n\n```python\n# comment\n## also a comment\n```\n\n# Title");
        BankDocument document;
        document.questions = {q};
        const QByteArray markdown = bankmarkdown::write(document);
        // Comments inside the code block stay as written; the heading outside is escaped.
        QVERIFY(markdown.contains("```python\n# comment\n## also a comment\n```\n\n\\# Title\n"));
    }
};

QTEST_GUILESS_MAIN(MarkdownFormatTest)
#include "tst_markdownformat.moc"
