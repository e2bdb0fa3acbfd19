#include "domain/errors.h"
#include "formats/planjson.h"
#include "storage/planfiles.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using testsupport::readFile;
using testsupport::sampleQuestion;
using testsupport::writeFile;

// Plan files: export and import round trips, questions added only where missing,
// replacement of a plan with the same uuid, and every bad file refused with the
// database byte-for-byte unchanged.
class PlanExchangeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray fileHash(const QString &file)
    {
        return QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256);
    }

    static QList<Question> planQuestions()
    {
        QList<Question> list{sampleQuestion(1), sampleQuestion(2, QStringLiteral("Concurrency")),
                             sampleQuestion(3)};
        list[2].title = QStringLiteral("Юникод: naïve façade");
        list[2].archived = true;
        return list;
    }

    static const QString &planUuid()
    {
        static const QString uuid = QStringLiteral("5b1c2d3e-4f50-4a61-8b72-9c83d4e5f601");
        return uuid;
    }

    // Fills `workspace` with planQuestions() and one plan using them (question 1 twice).
    static qint64 makeSource(TestWorkspace &workspace)
    {
        BankRepository &bank = workspace.bank();
        bank.importQuestions({}, planQuestions());
        Plan plan;
        plan.uuid = planUuid();
        plan.name = QStringLiteral("Backend — final round");
        plan.role = QStringLiteral("Senior backend developer");
        plan.level = vocabulary::Level::Senior;
        plan.targetMinutes = 45;
        plan.competencies = {{0, QStringLiteral("Python depth"), QStringLiteral("The language")},
                             {0, QStringLiteral("Concurrency"), QString()}};
        const QList<QList<int>> mapping{{0}, {0, 1}, {}, {1}};
        const QList<int> order{2, 1, 3, 1};
        for (int i = 0; i < order.size(); ++i) {
            PlanItem item;
            item.questionId = bank.questionByUuid(sampleQuestion(order.at(i)).uuid)->id;
            item.minutes = 5 + i;
            item.note =
                i == 0 ? QStringLiteral("Start gently — «warm-up»\nsecond line") : QString();
            item.competencies = mapping.at(i);
            plan.items << item;
        }
        return workspace.plans().insertPlan(plan, false);
    }

    static void exportPlan(TestWorkspace &workspace, qint64 planId, const QString &file)
    {
        const Plan plan = *workspace.plans().plan(planId);
        planfiles::write(file, plan, planfiles::questionsOf(plan, workspace.bank()));
    }

    QByteArray validJson()
    {
        TestWorkspace source;
        const QString file = path(QStringLiteral("valid%1.json").arg(++m_counter));
        exportPlan(source, makeSource(source), file);
        return readFile(file);
    }

private slots:
    void roundTripIntoAnEmptyBank()
    {
        TestWorkspace source;
        const qint64 id = makeSource(source);
        const QString first = path(QStringLiteral("first.json"));
        exportPlan(source, id, first);
        const QByteArray json = readFile(first);
        QVERIFY(json.contains("\"format\": \"panelist-plan\""));
        QVERIFY(json.contains("\"version\": 2"));
        QVERIFY(json.contains("\"Python depth\""));

        TestWorkspace target;
        {
            BankRepository &bank = target.bank();
            PlanRepository &plans = target.plans();
            QCOMPARE(bank.questionCount(true), 0);
            const PlanRepository::ImportResult result =
                plans.importPlan(planfiles::read(first), bank);
            QCOMPARE(result.questionsAdded, 3);
            QVERIFY(!result.replaced);
            QCOMPARE(bank.questionCount(true), 3);
            for (const Question &original : planQuestions()) {
                const std::optional<Question> stored = bank.questionByUuid(original.uuid);
                QVERIFY(stored);
                QVERIFY2(stored->sameContent(original), qPrintable(original.title));
            }
            const Plan plan = *plans.plan(result.planId);
            QCOMPARE(plan.uuid, planUuid());
            QCOMPARE(plan.name, QStringLiteral("Backend — final round"));
            QCOMPARE(plan.role, QStringLiteral("Senior backend developer"));
            QCOMPARE(plan.targetMinutes, 45);
            QCOMPARE(plan.items.size(), 4);
            QCOMPARE(plan.items.at(0).questionUuid, sampleQuestion(2).uuid);
            QCOMPARE(plan.items.at(3).questionUuid, sampleQuestion(1).uuid);
            QCOMPARE(plan.items.at(2).minutes, 7);
            QCOMPARE(plan.items.at(0).note,
                     QStringLiteral("Start gently — «warm-up»\nsecond line"));
            // Format version 2: the competencies and each item's, by name in the file.
            QCOMPARE(plan.competencies.size(), 2);
            QCOMPARE(plan.competencies.at(0).name, QStringLiteral("Python depth"));
            QCOMPARE(plan.competencies.at(0).description, QStringLiteral("The language"));
            QCOMPARE(plan.competencies.at(1).name, QStringLiteral("Concurrency"));
            QCOMPARE(plan.items.at(0).competencies, QList<int>{0});
            QCOMPARE(plan.items.at(1).competencies, (QList<int>{0, 1}));
            QCOMPARE(plan.items.at(2).competencies, QList<int>{});
            QCOMPARE(plan.items.at(3).competencies, QList<int>{1});
        }
        // Once more after a restart, as the next session would export it.
        target.reopen();
        const QString second = path(QStringLiteral("second.json"));
        exportPlan(target, target.plans().planByUuid(planUuid())->id, second);
        QCOMPARE(readFile(second), json);
    }

    // A file of format version 1 (before competencies) still reads: no competencies.
    void versionOneFileStillReads()
    {
        QJsonObject top = QJsonDocument::fromJson(validJson()).object();
        top.insert(QStringLiteral("version"), 1);
        QJsonObject plan = top.value(QStringLiteral("plan")).toObject();
        plan.remove(QStringLiteral("competencies"));
        QJsonArray items = plan.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.remove(QStringLiteral("competencies"));
            items.replace(i, item);
        }
        plan.insert(QStringLiteral("items"), items);
        top.insert(QStringLiteral("plan"), plan);
        const QString file = path(QStringLiteral("version1.json"));
        writeFile(file, QJsonDocument(top).toJson());
        TestWorkspace target;
        const auto result = target.plans().importPlan(planfiles::read(file), target.bank());
        const Plan imported = *target.plans().plan(result.planId);
        QCOMPARE(imported.items.size(), 4);
        QVERIFY(imported.competencies.isEmpty());
        for (const PlanItem &item : imported.items)
            QVERIFY(item.competencies.isEmpty());
    }

    void existingQuestionsAreKeptAndPlanReplaced()
    {
        TestWorkspace source;
        const qint64 id = makeSource(source);
        const QString file = path(QStringLiteral("keep.json"));
        exportPlan(source, id, file);

        TestWorkspace target;
        BankRepository &bank = target.bank();
        PlanRepository &plans = target.plans();
        Question edited = sampleQuestion(1);
        edited.title = QStringLiteral("My own wording");
        edited.minutes = 3;
        bank.addQuestion(edited);

        const PlanDocument document = planfiles::read(file);
        PlanRepository::ImportResult result = plans.importPlan(document, bank);
        QCOMPARE(result.questionsAdded, 2);
        QCOMPARE(bank.questionCount(true), 3);
        QCOMPARE(bank.questionByUuid(edited.uuid)->title, QStringLiteral("My own wording"));
        QCOMPARE(bank.questionByUuid(edited.uuid)->minutes, 3);
        const qint64 planId = result.planId;
        QCOMPARE(plans.plan(planId)->items.at(1).title, QStringLiteral("My own wording"));

        // The same file again: nothing new in the bank, the plan replaced in place.
        plans.updateDetails(planId, QStringLiteral("Renamed here"), QString(),
                            vocabulary::Level::Junior, 30);
        plans.removeItem(plans.plan(planId)->items.first().id);
        result = plans.importPlan(document, bank);
        QCOMPARE(result.questionsAdded, 0);
        QVERIFY(result.replaced);
        QCOMPARE(result.planId, planId);
        QCOMPARE(plans.plans().size(), 1);
        QCOMPARE(bank.questionCount(true), 3);
        const Plan plan = *plans.plan(planId);
        QCOMPARE(plan.name, QStringLiteral("Backend — final round"));
        QCOMPARE(plan.level, vocabulary::Level::Senior);
        QCOMPARE(plan.targetMinutes, 45);
        QCOMPARE(plan.items.size(), 4);
    }

    // A uuid written {UPPER-CASE} — the plan's, an item's reference, a question's — is
    // the one the database holds in lower case: importing it again replaces the plan and
    // adds neither a plan nor a question.
    void uuidsInAnotherSpellingAreTheSamePlan()
    {
        TestWorkspace workspace;
        const qint64 id = makeSource(workspace);
        const QString file = path(QStringLiteral("spelled.json"));
        exportPlan(workspace, id, file);
        QByteArray json = readFile(file);
        const QByteArray plan = planUuid().toUtf8();
        QVERIFY(json.contains(plan));
        json.replace(plan, QByteArray("{" + plan.toUpper() + "}"));
        for (int n = 1; n <= 3; ++n) {
            const QByteArray uuid = sampleQuestion(n).uuid.toUtf8();
            QVERIFY(json.contains(uuid));
            json.replace(uuid, n == 2 ? uuid.toUpper() : QByteArray("{" + uuid + "}"));
        }
        writeFile(file, json);

        BankRepository &bank = workspace.bank();
        PlanRepository &plans = workspace.plans();
        const PlanDocument document = planfiles::read(file);
        QCOMPARE(document.plan.uuid, planUuid());
        QCOMPARE(document.plan.items.first().questionUuid, sampleQuestion(2).uuid);
        const PlanRepository::ImportResult result = plans.importPlan(document, bank);
        QVERIFY(result.replaced);
        QCOMPARE(result.planId, id);
        QCOMPARE(result.questionsAdded, 0);
        QCOMPARE(plans.plans().size(), 1);
        QCOMPARE(bank.questionCount(true), 3);
        QCOMPARE(plans.plan(id)->items.size(), 4);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("messageParts");

        const QByteArray json = validJson();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        auto edited =
            [&](const std::function<void(QJsonObject &, QJsonObject &, QJsonArray &, QJsonArray &)>
                    &change) {
                QJsonObject top = root;
                QJsonObject plan = top.value(QStringLiteral("plan")).toObject();
                QJsonArray items = plan.value(QStringLiteral("items")).toArray();
                QJsonArray questions = top.value(QStringLiteral("questions")).toArray();
                change(top, plan, items, questions);
                // A change that replaced a list itself wins over the edited copy.
                if (plan.value(QStringLiteral("items")).isArray())
                    plan.insert(QStringLiteral("items"), items);
                top.insert(QStringLiteral("plan"), plan);
                if (top.value(QStringLiteral("questions")).isArray())
                    top.insert(QStringLiteral("questions"), questions);
                return QJsonDocument(top).toJson();
            };
        auto editItem = [&](int index, const QString &key, const QJsonValue &value) {
            return edited([&](QJsonObject &, QJsonObject &, QJsonArray &items, QJsonArray &) {
                QJsonObject item = items.at(index).toObject();
                if (value.isUndefined())
                    item.remove(key);
                else
                    item.insert(key, value);
                items.replace(index, item);
            });
        };
        auto editPlan = [&](const QString &key, const QJsonValue &value) {
            return edited([&](QJsonObject &, QJsonObject &plan, QJsonArray &, QJsonArray &) {
                if (value.isUndefined())
                    plan.remove(key);
                else
                    plan.insert(key, value);
            });
        };

        QTest::newRow("plan name too long")
            << "longname.json" << editPlan(QStringLiteral("name"), QString(250, QLatin1Char('n')))
            << QStringList{"longname.json, plan: field \"name\" is 250 characters long; the "
                           "limit is 200."};
        QTest::newRow("plan role too long")
            << "longrole.json" << editPlan(QStringLiteral("role"), QString(201, QLatin1Char('r')))
            << QStringList{"longrole.json, plan: field \"role\" is 201 characters long; the "
                           "limit is 200."};
        QTest::newRow("plan name with a control character")
            << "ctrlname.json"
            << editPlan(QStringLiteral("name"), QStringLiteral("Back\x01"
                                                               "end"))
            << QStringList{"ctrlname.json, plan", "field \"name\"", "U+0001"};
        QTest::newRow("item note too long")
            << "longnote.json"
            << editItem(1, QStringLiteral("note"), QString(2001, QLatin1Char('x')))
            << QStringList{"longnote.json, plan, item 2: field \"note\" is 2,001 characters "
                           "long; the limit is 2,000."};
        QTest::newRow("item note with NUL")
            << "nulnote.json"
            << editItem(0, QStringLiteral("note"),
                        QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")))
            << QStringList{"nulnote.json, plan, item 1", "field \"note\"", "U+0000"};
        QTest::newRow("item note with a lone surrogate")
            << "surrogate.json" << editItem(0, QStringLiteral("note"), QString(QChar(0xdc00)))
            << QStringList{"surrogate.json, plan, item 1", "field \"note\"", "lone surrogate"};
        QTest::newRow("item minutes not whole")
            << "halfminute.json" << editItem(0, QStringLiteral("minutes"), 4.5)
            << QStringList{"halfminute.json, plan, item 1: field \"minutes\" must be a whole "
                           "number, not 4.5."};
        QTest::newRow("item minutes zero")
            << "zerominutes.json" << editItem(0, QStringLiteral("minutes"), 0)
            << QStringList{"zerominutes.json, plan, item 1", "between 1 and 90, not 0"};
        QTest::newRow("target minutes too many")
            << "bigtarget.json" << editPlan(QStringLiteral("targetMinutes"), 601)
            << QStringList{"bigtarget.json, plan", "\"targetMinutes\"",
                           "between 1 and 600, not 601"};
        QTest::newRow("question title too long")
            << "longtitle.json"
            << edited([](QJsonObject &, QJsonObject &, QJsonArray &, QJsonArray &questions) {
                   QJsonObject q = questions.at(0).toObject();
                   q.insert(QStringLiteral("title"), QString(300, QLatin1Char('t')));
                   questions.replace(0, q);
               })
            << QStringList{"longtitle.json, question 1", "field \"title\" is 300 characters long"};
        QTest::newRow("truncated") << "truncated.json" << json.left(json.size() / 2)
                                   << QStringList{"truncated.json", "line", "not valid JSON"};
        QTest::newRow("item minutes wrong type")
            << "itemtype.json" << editItem(2, QStringLiteral("minutes"), QStringLiteral("seven"))
            << QStringList{"itemtype.json", "item 3", "\"minutes\"", "whole number",
                           "not text (\""};
        QTest::newRow("item minutes out of range")
            << "itemrange.json" << editItem(1, QStringLiteral("minutes"), 120)
            << QStringList{"itemrange.json", "item 2", "\"minutes\"", "between 1 and 90"};
        QTest::newRow("item question missing")
            << "itemmissing.json" << editItem(0, QStringLiteral("question"), QJsonValue::Undefined)
            << QStringList{"itemmissing.json", "item 1", "\"question\"", "missing"};
        QTest::newRow("item question not in file")
            << "stranger.json" << editItem(3, QStringLiteral("question"), sampleQuestion(99).uuid)
            << QStringList{"stranger.json", "item 4", "\"question\"", sampleQuestion(99).uuid,
                           "not in \"questions\""};
        QTest::newRow("item question not a uuid")
            << "notuuid.json" << editItem(0, QStringLiteral("question"), QStringLiteral("q-1"))
            << QStringList{"notuuid.json", "item 1", "\"question\"", "not a valid UUID"};
        QTest::newRow("item unknown field")
            << "itemfield.json" << editItem(0, QStringLiteral("notes"), QStringLiteral("x"))
            << QStringList{"itemfield.json", "item 1", "\"notes\"", "not a field"};
        QTest::newRow("item not an object")
            << "itemobject.json"
            << edited([](QJsonObject &, QJsonObject &, QJsonArray &items, QJsonArray &) {
                   items.replace(0, 42);
               })
            << QStringList{"itemobject.json", "item 1", "must be an object", "a number"};
        QTest::newRow("plan name missing")
            << "noname.json" << editPlan(QStringLiteral("name"), QJsonValue::Undefined)
            << QStringList{"noname.json", "plan", "\"name\"", "missing"};
        QTest::newRow("plan name empty")
            << "emptyname.json" << editPlan(QStringLiteral("name"), QStringLiteral("  "))
            << QStringList{"emptyname.json", "plan", "\"name\"", "empty"};
        QTest::newRow("plan level unknown")
            << "planlevel.json" << editPlan(QStringLiteral("level"), QStringLiteral("guru"))
            << QStringList{"planlevel.json", "plan", "\"level\"", "guru"};
        QTest::newRow("plan target out of range")
            << "target.json" << editPlan(QStringLiteral("targetMinutes"), 0)
            << QStringList{"target.json", "plan", "\"targetMinutes\"", "between 1 and 600"};
        QTest::newRow("plan items wrong type")
            << "items.json" << editPlan(QStringLiteral("items"), QStringLiteral("all"))
            << QStringList{"items.json", "plan", "\"items\"", "must be a list"};
        QTest::newRow("plan unknown field")
            << "planfield.json" << editPlan(QStringLiteral("owner"), QStringLiteral("me"))
            << QStringList{"planfield.json", "plan", "\"owner\"", "not a field"};
        QTest::newRow("competency unknown on an item")
            << "itemcompetency.json"
            << editItem(1, QStringLiteral("competencies"), QJsonArray{QStringLiteral("Design")})
            << QStringList{"itemcompetency.json", "item 2", "\"Design\"", "not one of"};
        QTest::newRow("competency named twice")
            << "twice.json"
            << editPlan(QStringLiteral("competencies"), QJsonArray{QJsonObject{{"name", "Design"}},
                                                                   QJsonObject{{"name", "design"}}})
            << QStringList{"twice.json", "competency 2", "\"name\"", "competency 1 already"};
        QTest::newRow("competency without a name")
            << "noname2.json"
            << editPlan(QStringLiteral("competencies"),
                        QJsonArray{QJsonObject{{"description", "x"}}})
            << QStringList{"noname2.json", "competency 1", "\"name\""};
        QTest::newRow("too many competencies")
            << "seven.json"
            << editPlan(QStringLiteral("competencies"),
                        QJsonArray{QJsonObject{{"name", "A"}}, QJsonObject{{"name", "B"}},
                                   QJsonObject{{"name", "C"}}, QJsonObject{{"name", "D"}},
                                   QJsonObject{{"name", "E"}}, QJsonObject{{"name", "F"}},
                                   QJsonObject{{"name", "G"}}})
            << QStringList{"seven.json", "\"competencies\"", "at most 6"};
        QTest::newRow("plan missing") << "noplan.json"
                                      << QJsonDocument(QJsonObject{{"format", "panelist-plan"},
                                                                   {"version", 1},
                                                                   {"questions", QJsonArray()}})
                                             .toJson()
                                      << QStringList{"noplan.json", "\"plan\"", "missing"};
        QTest::newRow("question bad level")
            << "qlevel.json"
            << edited([](QJsonObject &, QJsonObject &, QJsonArray &, QJsonArray &questions) {
                   QJsonObject q = questions.at(1).toObject();
                   q.insert(QStringLiteral("level"), QStringLiteral("expert"));
                   questions.replace(1, q);
               })
            << QStringList{"qlevel.json", "question 2 (\"Sample question 1\")", "\"level\"",
                           "expert"};
        QTest::newRow("question repeated")
            << "qdupe.json"
            << edited([](QJsonObject &, QJsonObject &, QJsonArray &, QJsonArray &questions) {
                   questions.append(questions.at(0));
               })
            << QStringList{"qdupe.json", "question 4", "repeats the uuid", "question 1"};
        QTest::newRow("question unused")
            << "unused.json"
            << edited([](QJsonObject &, QJsonObject &, QJsonArray &, QJsonArray &questions) {
                   QJsonObject q = questions.at(0).toObject();
                   q.insert(QStringLiteral("uuid"), sampleQuestion(77).uuid);
                   q.insert(QStringLiteral("title"), QStringLiteral("Extra"));
                   questions.append(q);
               })
            << QStringList{"unused.json", "question 4 (\"Extra\")", "no item"};
        QTest::newRow("questions missing")
            << "noquestions.json"
            << edited([](QJsonObject &top, QJsonObject &, QJsonArray &, QJsonArray &) {
                   top.insert(QStringLiteral("questions"), QJsonValue::Null);
               })
            << QStringList{"noquestions.json", "\"questions\"", "must be a list", "null"};
        QTest::newRow("newer version")
            << "newer.json" << QByteArray(json).replace("\"version\": 2", "\"version\": 3")
            << QStringList{"newer.json", "\"version\"", "update Panelist"};
        QTest::newRow("a bank file")
            << "bank.json" << QByteArray("{\"format\": \"panelist-bank\", \"version\": 1}")
            << QStringList{"bank.json", "\"format\"", "panelist-plan"};
        QTest::newRow("not an object")
            << "list.json" << QByteArray("[1, 2]") << QStringList{"list.json", "panelist-plan"};
        QTest::newRow("empty") << "empty.json" << QByteArray()
                               << QStringList{"empty.json", "empty"};
        QByteArray binary = json;
        binary[10] = '\0';
        QTest::newRow("binary") << "binary.json" << binary
                                << QStringList{"binary.json", "binary", "not a plan"};
        QTest::newRow("not utf-8")
            << "latin1.json" << QByteArray(json).replace("Backend", "Caf\xe9")
            << QStringList{"latin1.json", "UTF-8"};
        QTest::newRow("wrong extension") << "plan.md" << json << QStringList{"plan.md", ".json"};
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
            workspace.plans().importPlan(planfiles::read(file), workspace.bank());
        } catch (const PanelistError &error) {
            message = error.message();
        }
        QCOMPARE(workspace.bank().questionCount(true), 1);
        QCOMPARE(workspace.plans().plans().size(), 0);
        workspace.close();
        QVERIFY2(!message.isEmpty(), "the import must fail");
        for (const QString &part : messageParts)
            QVERIFY2(message.contains(part),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, part)));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "one line");
        QCOMPARE(fileHash(workspace.location()), before);
    }

    void failureHalfWayWritesNothing()
    {
        // A document whose last item names a question neither in it nor in the bank: the
        // questions before it are written in the transaction, then all is rolled back.
        PlanDocument document = planfiles::read([&] {
            const QString file = path(QStringLiteral("halfway.json"));
            writeFile(file, validJson());
            return file;
        }());
        PlanItem stray;
        stray.questionUuid = sampleQuestion(98).uuid;
        stray.minutes = 5;
        document.plan.items << stray;

        TestWorkspace workspace;
        workspace.close();
        const QByteArray before = fileHash(workspace.location());
        workspace.open();
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 workspace.plans().importPlan(document, workspace.bank()));
        QCOMPARE(workspace.bank().questionCount(true), 0);
        QCOMPARE(workspace.plans().plans().size(), 0);
        workspace.close();
        QCOMPARE(fileHash(workspace.location()), before);
    }

    void exportIsAtomic()
    {
        const QString target = path(QStringLiteral("keep-plan.json"));
        writeFile(target, "previous content");
        Plan plan;
        plan.name = QStringLiteral("x");
        QVERIFY_THROWS_EXCEPTION(
            PanelistError, planfiles::write(path(QStringLiteral("no/such/dir/x.json")), plan, {}));
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 planfiles::write(path(QStringLiteral("plan.md")), plan, {}));
        QCOMPARE(readFile(target), QByteArray("previous content"));
        planfiles::write(target, plan, {});
        QVERIFY(readFile(target).startsWith("{"));
    }
};

QTEST_GUILESS_MAIN(PlanExchangeTest)
#include "tst_planexchange.moc"
