#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "storage/bankfiles.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using testsupport::readFile;
using testsupport::sampleQuestion;
using testsupport::writeFile;

class ExchangeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Questions that stress the formats: Markdown headings in text, code with
    // comments, multi-line list items, non-Latin text, archived flags.
    static QList<Question> trickyQuestions()
    {
        QList<Question> list;
        for (int i = 1; i <= 6; ++i)
            list << sampleQuestion(i, i % 2 ? QStringLiteral("Internals")
                                            : QStringLiteral("Concurrency"));
        list[0].prompt =
            QStringLiteral("# Not a heading of ours\n\n\\# already escaped\n\n```python\n## "
                           "comment\n#### also a comment\n```\n\nText after.");
        list[1].followUps = {QStringLiteral("Line one\nline two of the same follow-up"),
                             QStringLiteral("1. starts with a number")};
        list[2].title = QStringLiteral("Юникод: naïve façade 並行");
        list[2].anchorSenior = QStringLiteral("### looks like a title\nbut is an anchor");
        list[3].archived = true;
        list[4].tags = {};
        list[4].referenceAnswer.clear();
        list[5].criteria = {QStringLiteral("- starts with a dash"),
                            QStringLiteral("* starts with a star")};
        return list;
    }

    void roundTrip(const QString &extension)
    {
        const QString first = path(QStringLiteral("first.") + extension);
        const QString second = path(QStringLiteral("second.") + extension);
        {
            TestWorkspace source;
            source.bank().importQuestions({{0, QStringLiteral("Internals"), 0},
                                           {0, QStringLiteral("Concurrency"), 1},
                                           {0, QStringLiteral("Empty category"), 2}},
                                          trickyQuestions());
            bankfiles::exportFile(source.bank(), first);
        }
        TestWorkspace target;
        BankRepository &bank = target.bank();
        const BankRepository::ImportResult result = bankfiles::importFile(bank, first);
        QCOMPARE(result.added, 6);
        bankfiles::exportFile(bank, second);
        QCOMPARE(readFile(second), readFile(first));
        // And the content itself survived, field by field.
        for (const Question &original : trickyQuestions()) {
            const std::optional<Question> stored = bank.questionByUuid(original.uuid);
            QVERIFY(stored);
            QVERIFY2(stored->sameContent(original), qPrintable(original.title));
        }
        QCOMPARE(bank.categories().size(), 3);
    }

    static QByteArray fileHash(const QString &file)
    {
        return QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256);
    }

private slots:
    void jsonRoundTripIsLossless() { roundTrip(QStringLiteral("json")); }
    void markdownRoundTripIsLossless() { roundTrip(QStringLiteral("md")); }

    void jsonWriterFollowsThePublicFormat()
    {
        BankDocument document;
        document.categories = {{0, QStringLiteral("Internals"), 0}};
        document.questions = {sampleQuestion(1)};
        const QByteArray json = bankjson::write(document);
        QVERIFY(json.contains("\"format\": \"panelist-bank\""));
        QVERIFY(json.contains("\"version\": 1"));
        QVERIFY(json.contains("\"followUps\""));
        QVERIFY(json.contains("\"anchors\""));
    }

    void handWrittenMarkdownImports()
    {
        const QByteArray text =
            "# My bank\n\n## Testing\n\n### Fixtures in pytest\n"
            "- uuid: 3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e\n- level: Middle\n- kind: technical\n"
            "- minutes: 7\n- tags: pytest, fixtures\n\n#### Prompt\nWhat is a fixture?\n\n"
            "#### Follow-ups\n- What is fixture scope?\n- How does `yield` teardown work?\n\n"
            "#### Criteria\n* Mentions dependency injection by argument name\n\n"
            "#### Anchors\n##### Junior\nUses them.\n##### Senior\nDesigns scopes.\n";
        const BankDocument document = bankmarkdown::read(text, QStringLiteral("mine.md"));
        QCOMPARE(document.questions.size(), 1);
        const Question &q = document.questions.first();
        QCOMPARE(q.category, QStringLiteral("Testing"));
        QCOMPARE(q.level, vocabulary::Level::Middle);
        QCOMPARE(q.minutes, 7);
        QCOMPARE(q.tags, (QStringList{QStringLiteral("pytest"), QStringLiteral("fixtures")}));
        QCOMPARE(q.followUps.size(), 2);
        QCOMPARE(q.criteria.size(), 1);
        QCOMPARE(q.anchorJunior, QStringLiteral("Uses them."));
        QCOMPARE(q.anchorMiddle, QString());
        QCOMPARE(q.anchorSenior, QStringLiteral("Designs scopes."));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("messageParts");

        BankDocument valid;
        valid.categories = {{0, QStringLiteral("Internals"), 0}};
        valid.questions = {sampleQuestion(1), sampleQuestion(2)};
        const QByteArray json = bankjson::write(valid);
        const QByteArray markdown = bankmarkdown::write(valid);
        auto edited = [&](const char *from, const char *to) {
            QByteArray copy = json;
            const qsizetype at = copy.lastIndexOf(from);
            return copy.replace(at, qstrlen(from), to);
        };

        // Question 2 of `valid` with one field spoiled, as the JSON writer writes it.
        auto spoiled = [&](const std::function<void(Question &)> &spoil) {
            BankDocument copy = valid;
            spoil(copy.questions[1]);
            return bankjson::write(copy);
        };
        const QString second = QStringLiteral("bank.json, question 2 (\"Sample question 2\")");

        QTest::newRow("NUL in a prompt") << "bank.json" << spoiled([](Question &q) {
            q.prompt = QStringLiteral("one\ntw") + QChar(0) + "o";
        }) << QStringList{second, "field \"prompt\"", "U+0000", "line 2, column 3", "remove it"};
        QTest::newRow("C1 control in a follow-up") << "bank.json" << spoiled([](Question &q) {
            q.followUps << QStringLiteral("next\u0085line");
        }) << QStringList{second, "field \"followUps\", item 3", "U+0085"};
        QTest::newRow("DEL in a title")
            << "bank.json" << spoiled([](Question &q) { q.title += QStringLiteral("\x7f"); })
            << QStringList{"question 2", "field \"title\"", "U+007F"};
        QTest::newRow("escape in a tag")
            << "bank.json" << spoiled([](Question &q) { q.tags << QStringLiteral("\x1b[31m"); })
            << QStringList{second, "field \"tags\", item 3", "U+001B"};
        QTest::newRow("vertical tab in an anchor")
            << "bank.json" << spoiled([](Question &q) { q.anchorSenior = QStringLiteral("a\vb"); })
            << QStringList{second, "field \"anchors.senior\"", "U+000B"};
        QTest::newRow("lone surrogate") << "bank.json" << spoiled([](Question &q) {
            q.referenceAnswer = QStringLiteral("x") + QChar(0xd800);
        }) << QStringList{second, "field \"referenceAnswer\"", "lone surrogate", "U+D800"};
        QTest::newRow("noncharacter")
            << "bank.json" << spoiled([](Question &q) { q.criteria[0] += QChar(0xffff); })
            << QStringList{second, "field \"criteria\", item 1", "U+FFFF", "cannot store"};
        QTest::newRow("byte order mark starting a text") << "bank.json" << spoiled([](Question &q) {
            q.anchorJunior = QChar(0xfeff) + QStringLiteral("x");
        }) << QStringList{second, "field \"anchors.junior\"", "U+FEFF"};
        QTest::newRow("comma in a tag")
            << "bank.json" << spoiled([](Question &q) { q.tags << QStringLiteral("a,b"); })
            << QStringList{second, "field \"tags\", item 3", "comma"};
        QTest::newRow("title of a million characters")
            << "bank.json"
            << spoiled([](Question &q) { q.title = QString(1000000, QLatin1Char('t')); })
            << QStringList{"bank.json, question 2 (\"tttt",
                           "field \"title\" is 1,000,000 characters long; the limit is 200."};
        QTest::newRow("long category") << "bank.json" << spoiled([](Question &q) {
            q.category = QString(101, QLatin1Char('c'));
        }) << QStringList{second, "field \"category\" is 101 characters long; the limit is 100."};
        QTest::newRow("long category in the list") << "bank.json" << [&] {
            BankDocument copy = valid;
            copy.categories << Category{0, QString(150, QLatin1Char('c')), 1};
            return bankjson::write(copy);
        }() << QStringList{"bank.json, category 2", "field \"name\" is 150 characters long"};
        QTest::newRow("long prompt")
            << "bank.json"
            << spoiled([](Question &q) { q.prompt = QString(20001, QLatin1Char('p')); })
            << QStringList{second, "field \"prompt\" is 20,001 characters long; the limit is "
                                   "20,000."};
        QTest::newRow("long follow-up")
            << "bank.json"
            << spoiled([](Question &q) { q.followUps << QString(2001, QLatin1Char('f')); })
            << QStringList{second,
                           "field \"followUps\", item 3 is 2,001 characters long; the limit "
                           "is 2,000."};
        QTest::newRow("long criterion") << "bank.json" << spoiled([](Question &q) {
            q.criteria[1] = QString(2500, QLatin1Char('c'));
        }) << QStringList{second, "field \"criteria\", item 2 is 2,500 characters long"};
        QTest::newRow("long tag") << "bank.json" << spoiled([](Question &q) {
            q.tags << QString(41, QLatin1Char('g'));
        }) << QStringList{second, "field \"tags\", item 3 is 41 characters long; the limit is 40."};
        QTest::newRow("too many tags") << "bank.json" << spoiled([](Question &q) {
            for (int i = 0; i < 20; ++i)
                q.tags << QStringLiteral("t%1").arg(i);
        }) << QStringList{second, "field \"tags\" has 22 items; the limit is 20."};
        QTest::newRow("too many follow-ups") << "bank.json" << spoiled([](Question &q) {
            q.followUps = QStringList(31, QStringLiteral("f"));
        }) << QStringList{second, "field \"followUps\" has 31 items; the limit is 30."};
        QTest::newRow("too many criteria") << "bank.json" << spoiled([](Question &q) {
            q.criteria = QStringList(40, QStringLiteral("c"));
        }) << QStringList{second, "field \"criteria\" has 40 items; the limit is 30."};
        QTest::newRow("minutes not whole")
            << "bank.json" << edited("\"minutes\": 7", "\"minutes\": 7.5")
            << QStringList{second, "field \"minutes\" must be a whole number, not 7.5."};
        QTest::newRow("minutes true")
            << "bank.json" << edited("\"minutes\": 7", "\"minutes\": true")
            << QStringList{"field \"minutes\" must be a whole number, not true."};
        QTest::newRow("minutes huge")
            << "bank.json" << edited("\"minutes\": 7", "\"minutes\": 1e10")
            << QStringList{"field \"minutes\" must be a whole number, not 10000000000."};
        QTest::newRow("minutes a list")
            << "bank.json" << edited("\"minutes\": 7", "\"minutes\": [7]")
            << QStringList{"field \"minutes\" must be a whole number, not a list."};
        QTest::newRow("archived as text")
            << "bank.json" << edited("\"archived\": false", "\"archived\": \"no\"")
            << QStringList{second, "field \"archived\" must be true or false, not text (\"no\")."};
        QTest::newRow("uuid with trailing text")
            << "bank.json" << spoiled([](Question &q) { q.uuid += QStringLiteral("-extra"); })
            << QStringList{second, "field \"uuid\" is not a valid UUID"};
        QTest::newRow("uuid with one brace")
            << "bank.json" << spoiled([](Question &q) { q.uuid.prepend(QLatin1Char('{')); })
            << QStringList{second, "field \"uuid\" is not a valid UUID"};
        QTest::newRow("category in two spellings")
            << "bank.json" << spoiled([](Question &q) { q.category = QStringLiteral("INTERNALS"); })
            << QStringList{second, "field \"category\" is \"INTERNALS\"", "\"Internals\"",
                           "letter case"};

        QTest::newRow("truncated json") << "truncated.json" << json.left(json.size() / 2)
                                        << QStringList{"truncated.json", "line", "not valid JSON"};
        QTest::newRow("wrong type")
            << "wrongtype.json" << edited("\"minutes\": 7", "\"minutes\": \"seven\"")
            << QStringList{"wrongtype.json", "question 2 (\"Sample question 2\")",
                           "field \"minutes\" must be a whole number, not text (\"seven\")."};
        QTest::newRow("list of numbers")
            << "tags.json" << edited("\"sample\",", "42,")
            << QStringList{"tags.json", "question 2", "\"tags\"", "item 1", "string"};
        QTest::newRow("missing field")
            << "missing.json" << edited("\"title\": \"Sample question 2\",", "")
            << QStringList{"missing.json", "question 2", "\"title\"", "missing"};
        QTest::newRow("unknown level")
            << "level.json" << edited("\"level\": \"senior\"", "\"level\": \"expert\"")
            << QStringList{"level.json", "question 2", "\"level\"", "expert"};
        QTest::newRow("unknown field")
            << "field.json" << edited("\"archived\"", "\"archivd\"")
            << QStringList{"field.json", "question 2", "\"archivd\"", "not a field"};
        QTest::newRow("newer format")
            << "newer.json" << QByteArray(json).replace("\"version\": 1", "\"version\": 7")
            << QStringList{"newer.json", "\"version\"", "update Panelist"};
        QTest::newRow("not a bank") << "other.json" << QByteArray("[1, 2, 3]")
                                    << QStringList{"other.json", "panelist-bank"};
        QTest::newRow("duplicate uuid")
            << "dupe.json"
            << edited(qPrintable(sampleQuestion(2).uuid), qPrintable(sampleQuestion(1).uuid))
            << QStringList{"dupe.json", "question 2", "repeats the uuid", "question 1"};
        QTest::newRow("empty") << "empty.json" << QByteArray()
                               << QStringList{"empty.json", "empty"};
        QTest::newRow("blank") << "blank.md" << QByteArray("\n  \n")
                               << QStringList{"blank.md", "empty"};

        QByteArray binary(4096, '\0');
        for (char &byte : binary)
            byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
        binary[100] = '\0';
        QTest::newRow("binary") << "photo.json" << binary << QStringList{"photo.json", "binary"};
        QByteArray garbage;
        garbage.reserve(10 * 1024 * 1024);
        while (garbage.size() < 10 * 1024 * 1024)
            garbage.append("lorem ipsum {\"dolor\": [sit amet, ");
        QTest::newRow("10 MB garbage")
            << "garbage.json" << garbage << QStringList{"garbage.json", "line 1", "not valid JSON"};
        QTest::newRow("not utf-8")
            << "latin1.md" << QByteArray("## Caf\xe9\n") << QStringList{"latin1.md", "UTF-8"};

        QByteArray noLevel = markdown;
        noLevel.replace(markdown.lastIndexOf("- level: senior\n"), 16, "");
        QTest::newRow("markdown missing level")
            << "nolevel.md" << noLevel
            << QStringList{"nolevel.md", "line", "Sample question 2", "\"level\"", "missing"};
        QTest::newRow("markdown unknown section")
            << "section.md" << QByteArray(markdown).replace("#### Criteria", "#### Criterias")
            << QStringList{"section.md", "line", "unknown section", "Criterias"};
        QTest::newRow("markdown bad minutes")
            << "minutes.md" << QByteArray(markdown).replace("- minutes: 7", "- minutes: lots")
            << QStringList{"minutes.md", "line", "Sample question 2", "\"minutes\"", "lots"};
        QTest::newRow("markdown question before category")
            << "orphan.md" << QByteArray("### Lonely question\n- level: senior\n")
            << QStringList{"orphan.md", "line 1", "before any"};
        QTest::newRow("wrong extension")
            << "bank.txt" << json << QStringList{"bank.txt", ".json or .md"};
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, messageParts);

        TestWorkspace workspace;
        workspace.bank().importQuestions({}, {sampleQuestion(50)});
        workspace.close();
        const QByteArray before = fileHash(workspace.location());
        const QString file = path(fileName);
        writeFile(file, content);

        QString message;
        workspace.open();
        try {
            bankfiles::importFile(workspace.bank(), file);
        } catch (const PanelistError &error) {
            message = error.message();
        }
        QCOMPARE(workspace.bank().questionCount(), 1);
        workspace.close();
        QVERIFY2(!message.isEmpty(), "the import must fail");
        for (const QString &part : messageParts)
            QVERIFY2(message.contains(part),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, part)));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "one line");
        QCOMPARE(fileHash(workspace.location()), before);
    }

    // A uuid written {UPPER-CASE} is the uuid the bank holds in lower case: re-importing
    // such a file updates nothing and adds nothing, in either format.
    void uuidsInAnotherSpellingAreTheSameQuestion_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("json") << "json";
        QTest::newRow("markdown") << "md";
    }

    void uuidsInAnotherSpellingAreTheSameQuestion()
    {
        QFETCH(QString, extension);
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        const QList<Question> questions{sampleQuestion(1), sampleQuestion(2), sampleQuestion(3)};
        bank.importQuestions({{0, QStringLiteral("Internals"), 0}}, questions);

        const QString file = path(QStringLiteral("spelled.") + extension);
        bankfiles::exportFile(bank, file);
        QByteArray data = readFile(file);
        for (int i = 0; i < questions.size(); ++i) {
            const QByteArray uuid = questions.at(i).uuid.toUtf8();
            const QByteArray spelled = i == 0   ? "{" + uuid.toUpper() + "}"
                                       : i == 1 ? uuid.toUpper()
                                                : "{" + uuid + "}";
            QVERIFY(data.contains(uuid));
            data.replace(uuid, spelled);
        }
        writeFile(file, data);
        const BankRepository::ImportResult result = bankfiles::importFile(bank, file);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, 3);
        QCOMPARE(bank.questionCount(true), 3);
        for (const Question &q : bank.allQuestions())
            QVERIFY2(!q.uuid.contains(QLatin1Char('{')) && q.uuid == q.uuid.toLower(),
                     qPrintable(q.uuid));
    }

    void exportIsAtomic()
    {
        const QString target = path(QStringLiteral("keep.json"));
        writeFile(target, "previous content");
        BankDocument document;
        QVERIFY_THROWS_EXCEPTION(
            PanelistError,
            bankfiles::write(path(QStringLiteral("no/such/folder/x.json")), document));
        bankfiles::write(target, document);
        QVERIFY(readFile(target).startsWith("{"));
    }
};

QTEST_GUILESS_MAIN(ExchangeTest)
#include "tst_exchange.moc"
