#include "domain/errors.h"
#include "storage/bankfiles.h"
#include "storage/interviewstart.h"
#include "storage/localsync.h"
#include "storage/notewriter.h"
#include "storage/outbox.h"
#include "storage/shippedbank.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QTest>

using testsupport::sampleQuestion;
using vocabulary::EntityKind;

// The outbox (storage/outbox.h) as every repository writes it: linked to a team, each
// write path queues exactly the entities it changed, one coalesced row each, in the same
// transaction; not linked, none. Each test runs twice (linked and not).
class OutboxTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    bool m_linked = false;

    QSqlDatabase db() const { return m_ws->connection(); }

    // The outbox as "kind uuid" (", deleted" for a tombstone), by id.
    QStringList queued() const
    {
        QStringList rows;
        QSqlQuery query =
            sql::exec(db(), QStringLiteral("SELECT kind, uuid, deleted FROM outbox ORDER BY id"));
        while (query.next())
            rows << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                        (query.value(2).toBool() ? QStringLiteral(", deleted") : QString());
        return rows;
    }

    void clear() { sql::exec(db(), QStringLiteral("DELETE FROM outbox")); }

    static QString row(EntityKind kind, const QString &uuid, bool deleted = false)
    {
        return vocabulary::key(kind) + QLatin1Char(' ') + uuid +
               (deleted ? QStringLiteral(", deleted") : QString());
    }

    // What a write queued since the last clear(): `expected` when linked, else nothing.
    // Sorted: a statement that queues several rows picks their order.
    void expect(QStringList expected, const char *what)
    {
        QStringList got = queued();
        got.sort();
        expected.sort();
        if (!m_linked)
            expected.clear();
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("%1: queued %2, expected %3")
                                .arg(QLatin1String(what), got.join(QStringLiteral("; ")),
                                     expected.join(QStringLiteral("; ")))));
        clear();
    }

    QString categoryUuid(const QString &name) const
    {
        return sql::scalar(db(), QStringLiteral("SELECT uuid FROM categories WHERE name = ?"),
                           {name})
            .toString();
    }

    QString planUuid(qint64 id) const { return m_ws->plans().plan(id)->uuid; }
    QString interviewUuid(qint64 id) const { return m_ws->interviews().interview(id)->uuid; }

    qint64 addPlan(const QList<qint64> &questions)
    {
        const qint64 plan = m_ws->plans().create(QStringLiteral("Loop"), QStringLiteral("Backend"),
                                                 vocabulary::Level::Senior, 60);
        for (const qint64 id : questions)
            m_ws->plans().addItem(plan, id);
        return plan;
    }

    void addLinked_data()
    {
        QTest::addColumn<bool>("linked");
        QTest::newRow("linked") << true;
        QTest::newRow("not linked") << false;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QFETCH(bool, linked);
        m_linked = linked;
        if (m_linked)
            LocalSync(m_ws->database())
                .link(QStringLiteral("postgresql://db.example/team"), QStringLiteral("ann"));
        QCOMPARE(queued(), QStringList());
    }

    void cleanup() { m_ws.reset(); }

    void categoryWrites_data() { addLinked_data(); }
    void categoryWrites()
    {
        CategoryRepository &categories = m_ws->categories();
        const qint64 a = categories.add(QStringLiteral("Alpha"));
        expect({row(EntityKind::Category, categoryUuid(QStringLiteral("Alpha")))}, "add");
        const qint64 b = categories.add(QStringLiteral("Beta"));
        clear();
        const qint64 q = m_ws->bank().addQuestion(sampleQuestion(1, QStringLiteral("Alpha")));
        const QString qUuid = m_ws->bank().question(q)->uuid;
        expect({row(EntityKind::Question, qUuid)}, "a question in an existing category");
        m_ws->bank().addQuestion(sampleQuestion(2, QStringLiteral("Gamma")));
        expect({row(EntityKind::Question, sampleQuestion(2).uuid),
                row(EntityKind::Category, categoryUuid(QStringLiteral("Gamma")))},
               "a question in a new category");
        categories.rename(a, QStringLiteral("Alpha two"));
        const QString aUuid = categoryUuid(QStringLiteral("Alpha two"));
        expect({row(EntityKind::Category, aUuid), row(EntityKind::Question, qUuid)}, "rename");
        categories.move(b, 0);
        expect({row(EntityKind::Category, aUuid),
                row(EntityKind::Category, categoryUuid(QStringLiteral("Beta")))},
               "move (the two whose positions changed)");
        categories.merge(a, b);
        expect({row(EntityKind::Category, aUuid, true), row(EntityKind::Question, qUuid),
                row(EntityKind::Category, categoryUuid(QStringLiteral("Gamma")))},
               "merge: the category goes, its question moves, the one after it moves up");
        const qint64 empty = categories.add(QStringLiteral("Empty"));
        const QString emptyUuid = categoryUuid(QStringLiteral("Empty"));
        clear();
        categories.remove(empty);
        expect({row(EntityKind::Category, emptyUuid, true)}, "remove");
        // A refused write queues nothing either.
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories.add(QStringLiteral("beta")));
        expect({}, "a refused add");
    }

    void questionWrites_data() { addLinked_data(); }
    void questionWrites()
    {
        BankRepository &bank = m_ws->bank();
        const qint64 id = bank.addQuestion(sampleQuestion(1));
        clear();
        const QString uuid = sampleQuestion(1).uuid;
        Question edited = *bank.question(id);
        edited.title = QStringLiteral("Edited");
        bank.updateQuestion(edited);
        expect({row(EntityKind::Question, uuid)}, "update");
        bank.setArchived(id, true);
        expect({row(EntityKind::Question, uuid)}, "archive");
        bank.setArchived(id, false);
        const qint64 plan = addPlan({id});
        clear();
        bank.removeQuestion(id);
        expect({row(EntityKind::Question, uuid, true), row(EntityKind::Plan, planUuid(plan))},
               "remove: the plans that used it lose an item");
        const BankRepository::ImportResult imported =
            bank.importQuestions({}, {sampleQuestion(3), sampleQuestion(4)});
        QCOMPARE(imported.added, 2);
        expect({row(EntityKind::Question, sampleQuestion(3).uuid),
                row(EntityKind::Question, sampleQuestion(4).uuid)},
               "import");
        bank.importQuestions({}, {sampleQuestion(3)});
        expect({}, "an import that changes nothing");
        const shippedbank::Result shipped = shippedbank::installIfNewer(bank);
        QVERIFY(shipped.added > 0);
        QCOMPARE(queued().filter(QStringLiteral("question ")).size(), m_linked ? shipped.added : 0);
    }

    void planWrites_data() { addLinked_data(); }
    void planWrites()
    {
        BankRepository &bank = m_ws->bank();
        PlanRepository &plans = m_ws->plans();
        const qint64 q1 = bank.addQuestion(sampleQuestion(1));
        const qint64 q2 = bank.addQuestion(sampleQuestion(2));
        clear();
        const qint64 plan =
            plans.create(QStringLiteral("P"), QString(), vocabulary::Level::Senior, 45);
        const QString uuid = planUuid(plan);
        const QStringList mine = {row(EntityKind::Plan, uuid)};
        expect(mine, "create");
        plans.updateDetails(plan, QStringLiteral("P2"), QStringLiteral("R"),
                            vocabulary::Level::Middle, 50);
        expect(mine, "details");
        const qint64 item = plans.addItem(plan, q1);
        expect(mine, "add item");
        plans.addItem(plan, q2);
        expect(mine, "add another item");
        plans.moveItem(plan, 0, 1);
        expect(mine, "move item");
        plans.setItemMinutes(item, 12);
        expect(mine, "minutes");
        plans.setItemNote(item, QStringLiteral("note"));
        expect(mine, "note");
        plans.replaceItems(plan, plans.plan(plan)->items.mid(0, 1));
        expect(mine, "replace items (undo)");
        plans.removeItem(plans.plan(plan)->items.at(0).id);
        expect(mine, "remove item");
        const qint64 copy = plans.duplicate(plan);
        expect({row(EntityKind::Plan, planUuid(copy))}, "duplicate");
        Plan inserted;
        inserted.name = QStringLiteral("Inserted");
        PlanItem planItem;
        planItem.questionId = q1;
        inserted.items << planItem;
        const qint64 insertedId = plans.insertPlan(inserted, false);
        expect({row(EntityKind::Plan, planUuid(insertedId))}, "insert");
        PlanDocument document;
        document.plan = *plans.plan(insertedId);
        document.plan.name = QStringLiteral("Imported over");
        document.questions = {*bank.question(q1)};
        plans.importPlan(document, bank);
        expect({row(EntityKind::Plan, planUuid(insertedId))}, "import replacing a plan");
        const QString copyUuid = planUuid(copy);
        plans.remove(copy);
        expect({row(EntityKind::Plan, copyUuid, true)}, "remove");
        QVERIFY_THROWS_EXCEPTION(PanelistError, plans.setItemMinutes(item, 500));
        expect({}, "a refused write");
    }

    void interviewWrites_data() { addLinked_data(); }
    void interviewWrites()
    {
        BankRepository &bank = m_ws->bank();
        const qint64 plan =
            addPlan({bank.addQuestion(sampleQuestion(1)), bank.addQuestion(sampleQuestion(2))});
        clear();
        InterviewRepository &interviews = m_ws->interviews();
        const qint64 id = interviewstart::fromPlan(interviews, m_ws->plans(), bank, plan,
                                                   {QStringLiteral("Ada"), {}, {}, {}, {}});
        Interview interview = *interviews.interview(id);
        const QStringList mine = {row(EntityKind::Interview, interview.uuid)};
        expect(mine, "start");
        QCOMPARE(interview.owner, m_linked ? QStringLiteral("ann") : QString());
        const qint64 item = interview.items.at(0).id;
        interviews.setScore(item, 3);
        expect(mine, "score");
        interviews.setFlags(item, true, false);
        expect(mine, "flags");
        interviews.setCriterionMet(item, 0, true);
        expect(mine, "criterion");
        interviews.setFollowUpAsked(item, 0, true);
        expect(mine, "follow-up asked");
        interviews.addFollowUp(item, QStringLiteral("Why?"));
        expect(mine, "follow-up added");
        interviews.setNotes(item, QStringLiteral("[00:10] fine"));
        expect(mine, "notes");
        interview.moveTo(1, vocabulary::ItemState::Done, m_ws->clock().now());
        interviews.saveProgress(interview);
        expect(mine, "progress");
        interviews.remove(id);
        expect({row(EntityKind::Interview, interview.uuid, true)}, "remove");

        const qint64 a = interviewstart::fromPlan(interviews, m_ws->plans(), bank, plan,
                                                  {QStringLiteral("Bo Chen"), {}, {}, {}, {}});
        const qint64 b = interviewstart::fromPlan(interviews, m_ws->plans(), bank, plan,
                                                  {QStringLiteral("bo chen"), {}, {}, {}, {}});
        const QString aUuid = interviewUuid(a), bUuid = interviewUuid(b);
        clear();
        QCOMPARE(interviews.removeCandidate(QStringLiteral("Bo Chen")), 2);
        expect({row(EntityKind::Interview, aUuid, true), row(EntityKind::Interview, bUuid, true)},
               "remove a candidate");

        const qint64 old = interviewstart::fromPlan(interviews, m_ws->plans(), bank, plan,
                                                    {QStringLiteral("Old"), {}, {}, {}, {}});
        Interview finished = *interviews.interview(old);
        finished.finish(vocabulary::Recommendation::Yes, QStringLiteral("ok"), m_ws->clock().now());
        interviews.saveProgress(finished);
        clear();
        QCOMPARE(interviews.removeFinishedOlderThan(1, m_ws->clock().now().addDays(3)).size(), 1);
        expect({row(EntityKind::Interview, finished.uuid, true)}, "retention");
    }

    // Several changes of one entity are one row: its id (the push order) stays, its
    // revision counts them; a deletion makes it a tombstone, a new change a change again.
    void changesCoalesce_data() { addLinked_data(); }
    void changesCoalesce()
    {
        if (!m_linked)
            QSKIP("only a linked database queues");
        BankRepository &bank = m_ws->bank();
        const qint64 id = bank.addQuestion(sampleQuestion(1));
        const qint64 other = bank.addQuestion(sampleQuestion(2));
        const qint64 firstId =
            sql::scalar(db(), QStringLiteral("SELECT id FROM outbox WHERE uuid = ?"),
                        {sampleQuestion(1).uuid})
                .toLongLong();
        for (int i = 0; i < 5; ++i)
            bank.setArchived(id, i % 2 == 0);
        QSqlQuery query = sql::exec(
            db(), QStringLiteral("SELECT id, revision, deleted FROM outbox WHERE uuid = ?"),
            {sampleQuestion(1).uuid});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), firstId);
        QCOMPARE(query.value(1).toInt(), 6);
        QCOMPARE(query.value(2).toBool(), false);
        QVERIFY(!query.next());
        bank.removeQuestion(other);
        QCOMPARE(queued().last(), row(EntityKind::Question, sampleQuestion(2).uuid, true));
        QCOMPARE(queued().size(), 3); // two questions, their category
    }

    // A change rolled back leaves no outbox row; one committed with its caller's outer
    // transaction leaves it only then.
    void rollbackLeavesNone_data() { addLinked_data(); }
    void rollbackLeavesNone()
    {
        {
            Transaction outer(db());
            m_ws->bank().addQuestion(sampleQuestion(1));
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 30);
            QCOMPARE(queued().size(), m_linked ? 3 : 0);
        }
        QCOMPARE(queued(), QStringList());
        QCOMPARE(m_ws->bank().questionCount(), 0);
        // A write the database refuses half-way (a limit trigger) rolls back whole.
        Question tooLong = sampleQuestion(2);
        tooLong.followUps = QStringList(40, QStringLiteral("f"));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->bank().addQuestion(tooLong));
        QCOMPARE(queued(), QStringList());
    }

    // The notes writer's commits, on its own thread and connection, queue the interview
    // once however many texts it writes; the UI thread's write() only hands them over.
    void noteWriterQueuesTheInterviewOnce_data() { addLinked_data(); }
    void noteWriterQueuesTheInterviewOnce()
    {
        BankRepository &bank = m_ws->bank();
        const qint64 plan =
            addPlan({bank.addQuestion(sampleQuestion(1)), bank.addQuestion(sampleQuestion(2))});
        const qint64 id = interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), bank, plan,
                                                   {QStringLiteral("Ada"), {}, {}, {}, {}});
        const Interview interview = *m_ws->interviews().interview(id);
        clear();
        {
            NoteWriter writer(m_ws->location());
            QString text;
            for (int i = 0; i < 200; ++i) {
                text += QLatin1Char('a' + i % 26);
                writer.write(interview.items.at(i % 2).id, text);
                // Nothing of it is on the UI thread's connection at hand-over.
                if (i == 0)
                    QCOMPARE(queued(), QStringList());
                if (i % 40 == 0)
                    QTest::qWait(5);
            }
            QVERIFY(writer.flush());
        }
        expect({row(EntityKind::Interview, interview.uuid)}, "notes typed");
        QCOMPARE(m_ws->interviews().interview(id)->items.at(1).notes.size(), 200);
    }

    // Applying under a suppression writes nothing to the outbox; it nests.
    void suppressionKeepsTheOutboxOut_data() { addLinked_data(); }
    void suppressionKeepsTheOutboxOut()
    {
        {
            const Outbox::Suppression outer(db());
            {
                const Outbox::Suppression inner(db());
                m_ws->bank().addQuestion(sampleQuestion(1));
            }
            m_ws->bank().addQuestion(sampleQuestion(2));
            QVERIFY(Outbox::suppressed(db()));
        }
        QVERIFY(!Outbox::suppressed(db()));
        QCOMPARE(queued(), QStringList());
        m_ws->bank().setArchived(m_ws->bank().questionByUuid(sampleQuestion(1).uuid)->id, true);
        expect({row(EntityKind::Question, sampleQuestion(1).uuid)}, "after the suppression");
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
