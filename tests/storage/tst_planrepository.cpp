#include "domain/errors.h"
#include "domain/limits.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QTest>

using testsupport::sampleQuestion;

// Plans through their repository: details and their checks, items added, moved, timed,
// annotated and removed, copies, deletion next to interviews, and coverage.
class PlanRepositoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

    qint64 addQuestion(int n, const QString &category = QStringLiteral("Internals"),
                       vocabulary::Level level = vocabulary::Level::Senior)
    {
        Question q = sampleQuestion(n, category);
        q.level = level;
        return m_ws->bank().addQuestion(q);
    }

    QList<qint64> questionIds(qint64 planId) const
    {
        QList<qint64> ids;
        const Plan plan = *m_ws->plans().plan(planId);
        for (const PlanItem &item : plan.items)
            ids << item.questionId;
        return ids;
    }

    QList<int> positions(qint64 planId) const
    {
        QList<int> result;
        QSqlQuery query = sql::exec(
            m_ws->connection(),
            QStringLiteral("SELECT position FROM plan_items WHERE plan_id = ? ORDER BY position"),
            {planId});
        while (query.next())
            result << query.value(0).toInt();
        return result;
    }

    // Marks the plan as never edited, so a later user_edited = 1 comes from the write
    // under test.
    void markPristine(qint64 planId)
    {
        sql::exec(m_ws->connection(),
                  QStringLiteral("UPDATE plans SET user_edited = 0, updated_at = "
                                 "'2000-01-01T00:00:00.000Z' WHERE id = ?"),
                  {planId});
    }

    void verifyEditedByUser(qint64 planId)
    {
        QSqlQuery query = sql::exec(
            m_ws->connection(),
            QStringLiteral("SELECT user_edited, updated_at FROM plans WHERE id = ?"), {planId});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const QDateTime updated =
            QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        QCOMPARE(updated, m_ws->clock().now());
        QCOMPARE(updated.timeSpec(), Qt::UTC);
    }

    QString messageOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }

    void createStoresDetails()
    {
        const qint64 id =
            m_ws->plans().create(QStringLiteral("  Backend senior "),
                                 QStringLiteral("Python developer"), vocabulary::Level::Middle, 75);
        QVERIFY(id > 0);
        const std::optional<Plan> plan = m_ws->plans().plan(id);
        QVERIFY(plan);
        QCOMPARE(plan->name, QStringLiteral("Backend senior"));
        QCOMPARE(plan->role, QStringLiteral("Python developer"));
        QCOMPARE(plan->level, vocabulary::Level::Middle);
        QCOMPARE(plan->targetMinutes, 75);
        QVERIFY(!plan->shipped);
        QVERIFY(plan->items.isEmpty());
        QCOMPARE(plan->totalMinutes(), 0);
        QVERIFY(!plan->uuid.isEmpty());
        QVERIFY(plan->createdAt.isValid());
        QCOMPARE(m_ws->plans().planByUuid(plan->uuid)->id, id);
        QVERIFY(!m_ws->plans().plan(id + 100));
        QVERIFY(!m_ws->plans().planByUuid(QStringLiteral("nope")));
        verifyEditedByUser(id);
    }

    void createRefusesInvalidDetails()
    {
        const vocabulary::Level level = vocabulary::Level::Senior;
        QCOMPARE(messageOf([&] { m_ws->plans().create(QStringLiteral("  "), {}, level, 60); }),
                 QStringLiteral("A plan needs a name."));
        QVERIFY(
            !messageOf([&] { m_ws->plans().create(QStringLiteral("P"), {}, level, 0); }).isEmpty());
        QVERIFY(!messageOf([&] {
                     m_ws->plans().create(QStringLiteral("P"), {}, level, 601);
                 }).isEmpty());
        QVERIFY(m_ws->plans().plans().isEmpty());
        // The limits themselves are fine.
        m_ws->plans().create(QStringLiteral("Short"), {}, level, 1);
        m_ws->plans().create(QStringLiteral("Long"), {}, level, 600);
        QCOMPARE(m_ws->plans().plans().size(), 2);
    }

    void plansAreListedByNameWithTotals()
    {
        const qint64 b =
            m_ws->plans().create(QStringLiteral("beta"), {}, vocabulary::Level::Senior, 30);
        const qint64 a = m_ws->plans().create(QStringLiteral("Alpha"), QStringLiteral("SRE"),
                                              vocabulary::Level::Junior, 45);
        const qint64 q1 = addQuestion(1); // 6 minutes
        const qint64 q2 = addQuestion(2); // 7 minutes
        m_ws->plans().addItem(a, q1);
        m_ws->plans().addItem(a, q2);
        const QList<PlanSummary> all = m_ws->plans().plans();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a);
        QCOMPARE(all.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(all.at(0).role, QStringLiteral("SRE"));
        QCOMPARE(all.at(0).level, vocabulary::Level::Junior);
        QCOMPARE(all.at(0).targetMinutes, 45);
        QCOMPARE(all.at(0).totalMinutes, 13);
        QCOMPARE(all.at(0).questionCount, 2);
        QCOMPARE(all.at(1).id, b);
        QCOMPARE(all.at(1).totalMinutes, 0);
        QCOMPARE(all.at(1).questionCount, 0);
    }

    void updateDetailsChangesAndChecks()
    {
        const qint64 id =
            m_ws->plans().create(QStringLiteral("Plan"), {}, vocabulary::Level::Senior, 60);
        markPristine(id);
        m_ws->plans().updateDetails(id, QStringLiteral("Renamed"), QStringLiteral("Data engineer"),
                                    vocabulary::Level::Junior, 90);
        const Plan plan = *m_ws->plans().plan(id);
        QCOMPARE(plan.name, QStringLiteral("Renamed"));
        QCOMPARE(plan.role, QStringLiteral("Data engineer"));
        QCOMPARE(plan.level, vocabulary::Level::Junior);
        QCOMPARE(plan.targetMinutes, 90);
        verifyEditedByUser(id);

        QCOMPARE(messageOf([&] {
                     m_ws->plans().updateDetails(id, {}, {}, vocabulary::Level::Junior, 90);
                 }),
                 QStringLiteral("A plan needs a name."));
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 m_ws->plans().updateDetails(id, QStringLiteral("X"), {},
                                                             vocabulary::Level::Junior, 700));
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 m_ws->plans().updateDetails(id + 1, QStringLiteral("X"), {},
                                                             vocabulary::Level::Junior, 60));
        QCOMPARE(m_ws->plans().plan(id)->name, QStringLiteral("Renamed"));
    }

    void addItemTakesTheQuestionsMinutes()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 q3 = addQuestion(3, QStringLiteral("Concurrency"), vocabulary::Level::Middle);
        markPristine(plan);
        const qint64 itemId = m_ws->plans().addItem(plan, q3);
        QVERIFY(itemId > 0);
        const Plan read = *m_ws->plans().plan(plan);
        QCOMPARE(read.items.size(), 1);
        const PlanItem &item = read.items.first();
        QCOMPARE(item.id, itemId);
        QCOMPARE(item.questionId, q3);
        QCOMPARE(item.minutes, 8); // sampleQuestion(3) expects 5 + 3 minutes
        QCOMPARE(item.title, QStringLiteral("Sample question 3"));
        QCOMPARE(item.category, QStringLiteral("Concurrency"));
        QCOMPARE(item.level, vocabulary::Level::Middle);
        QCOMPARE(item.questionUuid, m_ws->bank().question(q3)->uuid);
        QVERIFY(item.note.isEmpty());
        QCOMPARE(read.totalMinutes(), 8);
        verifyEditedByUser(plan);

        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().addItem(plan, q3 + 1000));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().addItem(plan + 1000, q3));
        m_ws->bank().setArchived(q3, true);
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().addItem(plan, q3));
        QCOMPARE(m_ws->plans().plan(plan)->items.size(), 1);
    }

    void addItemInsertsAtAPosition()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 q1 = addQuestion(1);
        const qint64 q2 = addQuestion(2);
        const qint64 q3 = addQuestion(3);
        const qint64 q4 = addQuestion(4);
        m_ws->plans().addItem(plan, q1);
        m_ws->plans().addItem(plan, q2);
        m_ws->plans().addItem(plan, q3, 0);
        QCOMPARE(questionIds(plan), (QList<qint64>{q3, q1, q2}));
        m_ws->plans().addItem(plan, q4, 2);
        QCOMPARE(questionIds(plan), (QList<qint64>{q3, q1, q4, q2}));
        // Past the end appends; the same question may come twice.
        m_ws->plans().addItem(plan, q1, 99);
        QCOMPARE(questionIds(plan), (QList<qint64>{q3, q1, q4, q2, q1}));
        QCOMPARE(positions(plan), (QList<int>{0, 1, 2, 3, 4}));
    }

    void moveRenumbers()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        QList<qint64> q;
        for (int n = 1; n <= 4; ++n) {
            q << addQuestion(n);
            m_ws->plans().addItem(plan, q.last());
        }
        markPristine(plan);
        m_ws->plans().moveItem(plan, 3, 0);
        QCOMPARE(questionIds(plan), (QList<qint64>{q[3], q[0], q[1], q[2]}));
        QCOMPARE(positions(plan), (QList<int>{0, 1, 2, 3}));
        verifyEditedByUser(plan);
        m_ws->plans().moveItem(plan, 0, 2);
        QCOMPARE(questionIds(plan), (QList<qint64>{q[0], q[1], q[3], q[2]}));
        QCOMPARE(positions(plan), (QList<int>{0, 1, 2, 3}));

        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().moveItem(plan, 0, 4));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().moveItem(plan, -1, 0));
        QCOMPARE(questionIds(plan), (QList<qint64>{q[0], q[1], q[3], q[2]}));
    }

    void removeItemRenumbers()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 q1 = addQuestion(1);
        const qint64 q2 = addQuestion(2);
        const qint64 q3 = addQuestion(3);
        m_ws->plans().addItem(plan, q1);
        const qint64 middle = m_ws->plans().addItem(plan, q2);
        m_ws->plans().addItem(plan, q3);
        markPristine(plan);
        m_ws->plans().removeItem(middle);
        QCOMPARE(questionIds(plan), (QList<qint64>{q1, q3}));
        QCOMPARE(positions(plan), (QList<int>{0, 1}));
        verifyEditedByUser(plan);
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().removeItem(middle));
        // The question itself stays in the bank.
        QVERIFY(m_ws->bank().question(q2));
    }

    void minutesMustBeBetween1And90()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 item = m_ws->plans().addItem(plan, addQuestion(1));
        markPristine(plan);
        m_ws->plans().setItemMinutes(item, 90);
        QCOMPARE(m_ws->plans().plan(plan)->items.first().minutes, 90);
        verifyEditedByUser(plan);
        m_ws->plans().setItemMinutes(item, 1);
        QCOMPARE(m_ws->plans().plan(plan)->items.first().minutes, 1);
        QCOMPARE(messageOf([&] { m_ws->plans().setItemMinutes(item, 0); }),
                 QStringLiteral("Minutes must be between 1 and 90."));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().setItemMinutes(item, 91));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().setItemMinutes(item, -5));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().setItemMinutes(item + 50, 5));
        QCOMPARE(m_ws->plans().plan(plan)->items.first().minutes, 1);
    }

    void notesAreKept()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 item = m_ws->plans().addItem(plan, addQuestion(1));
        markPristine(plan);
        const QString note = QStringLiteral("Ask about the GIL; «café» 'quotes' -- ; DROP TABLE");
        m_ws->plans().setItemNote(item, note);
        QCOMPARE(m_ws->plans().plan(plan)->items.first().note, note);
        verifyEditedByUser(plan);
        m_ws->plans().setItemNote(item, QString());
        QCOMPARE(m_ws->plans().plan(plan)->items.first().note, QString());
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().setItemNote(item + 9, note));
    }

    void duplicateCopiesItems()
    {
        const qint64 plan = m_ws->plans().create(QStringLiteral("Backend"), QStringLiteral("Dev"),
                                                 vocabulary::Level::Middle, 50);
        const qint64 q1 = addQuestion(1);
        const qint64 q2 = addQuestion(2);
        m_ws->plans().addItem(plan, q2);
        const qint64 item = m_ws->plans().addItem(plan, q1);
        m_ws->plans().setItemMinutes(item, 30);
        m_ws->plans().setItemNote(item, QStringLiteral("note"));

        const qint64 copy = m_ws->plans().duplicate(plan);
        QVERIFY(copy != plan);
        const Plan original = *m_ws->plans().plan(plan);
        const Plan duplicate = *m_ws->plans().plan(copy);
        QCOMPARE(duplicate.name, QStringLiteral("Backend (copy)"));
        QCOMPARE(duplicate.role, QStringLiteral("Dev"));
        QCOMPARE(duplicate.level, vocabulary::Level::Middle);
        QCOMPARE(duplicate.targetMinutes, 50);
        QVERIFY(duplicate.uuid != original.uuid);
        QCOMPARE(duplicate.items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(duplicate.items.at(i).questionId, original.items.at(i).questionId);
            QCOMPARE(duplicate.items.at(i).minutes, original.items.at(i).minutes);
            QCOMPARE(duplicate.items.at(i).note, original.items.at(i).note);
            QVERIFY(duplicate.items.at(i).id != original.items.at(i).id);
        }
        QCOMPARE(positions(copy), (QList<int>{0, 1}));
        verifyEditedByUser(copy);
        // The copy is its own plan.
        m_ws->plans().removeItem(duplicate.items.first().id);
        QCOMPARE(m_ws->plans().plan(plan)->items.size(), 2);
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().duplicate(copy + 100));

        // A name at its limit still has room for the suffix: it is cut, not refused.
        const qint64 longest = m_ws->plans().create(QString(limits::kTitle, QLatin1Char('n')), {},
                                                    vocabulary::Level::Senior, 50);
        const Plan longCopy = *m_ws->plans().plan(m_ws->plans().duplicate(longest));
        QCOMPARE(longCopy.name.size(), limits::kTitle);
        QVERIFY(longCopy.name.endsWith(QStringLiteral(" (copy)")));
    }

    void removePlanKeepsInterviews()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 other =
            m_ws->plans().create(QStringLiteral("Other"), {}, vocabulary::Level::Senior, 60);
        m_ws->plans().addItem(plan, addQuestion(1));
        const QString timestamp = QStringLiteral("2026-01-01T10:00:00.000Z");
        const qint64 candidate = sql::scalar(m_ws->connection(), QStringLiteral(R"(
            INSERT INTO candidates (uuid, name, created_at, updated_at)
            VALUES ('c-1', 'Ada', ?, ?) RETURNING id)"),
                                             {timestamp, timestamp})
                                     .toLongLong();
        const qint64 interview = sql::scalar(m_ws->connection(), QStringLiteral(R"(
            INSERT INTO interviews (uuid, candidate, candidate_id, plan_id, plan_name, created_at,
                                    updated_at)
            VALUES ('i-1', 'Ada', ?, ?, 'P', ?, ?) RETURNING id)"),
                                             {candidate, plan, timestamp, timestamp})
                                     .toLongLong();
        sql::exec(m_ws->connection(), QStringLiteral(R"(
            INSERT INTO interview_items (interview_id, position, title) VALUES (?, 0, 'Snapshot'))"),
                  {interview});

        m_ws->plans().remove(plan);
        QVERIFY(!m_ws->plans().plan(plan));
        QVERIFY(m_ws->plans().plan(other));
        QCOMPARE(sql::scalar(m_ws->connection(),
                             QStringLiteral("SELECT COUNT(*) FROM plan_items WHERE plan_id = ?"),
                             {plan})
                     .toInt(),
                 0);
        QSqlQuery query = sql::exec(
            m_ws->connection(),
            QStringLiteral("SELECT plan_id IS NULL, plan_name FROM interviews WHERE id = ?"),
            {interview});
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QCOMPARE(query.value(1).toString(), QStringLiteral("P"));
        QCOMPARE(sql::scalar(m_ws->connection(),
                             QStringLiteral("SELECT title FROM interview_items WHERE "
                                            "interview_id = ?"),
                             {interview})
                     .toString(),
                 QStringLiteral("Snapshot"));
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().remove(plan));
    }

    void replaceItemsRestoresAState()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 q1 = addQuestion(1);
        const qint64 q2 = addQuestion(2);
        m_ws->plans().addItem(plan, q1);
        m_ws->plans().addItem(plan, q2);
        markPristine(plan);

        PlanItem first;
        first.questionId = q2;
        first.minutes = 12;
        first.note = QStringLiteral("first");
        PlanItem second;
        second.questionId = q2;
        second.minutes = 3;
        PlanItem third;
        third.questionId = q1;
        third.minutes = 90;
        third.note = QStringLiteral("third");
        m_ws->plans().replaceItems(plan, {first, second, third});
        const Plan read = *m_ws->plans().plan(plan);
        QCOMPARE(questionIds(plan), (QList<qint64>{q2, q2, q1}));
        QCOMPARE(read.items.at(0).minutes, 12);
        QCOMPARE(read.items.at(0).note, QStringLiteral("first"));
        QCOMPARE(read.items.at(1).minutes, 3);
        QCOMPARE(read.items.at(2).note, QStringLiteral("third"));
        QCOMPARE(positions(plan), (QList<int>{0, 1, 2}));
        verifyEditedByUser(plan);

        // All or nothing: a bad item leaves the items as they were.
        PlanItem bad;
        bad.questionId = q1;
        bad.minutes = 0;
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().replaceItems(plan, {first, bad}));
        PlanItem ghost;
        ghost.questionId = q1 + 1000;
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_ws->plans().replaceItems(plan, {first, ghost}));
        QCOMPARE(questionIds(plan), (QList<qint64>{q2, q2, q1}));

        m_ws->plans().replaceItems(plan, {});
        QVERIFY(m_ws->plans().plan(plan)->items.isEmpty());
    }

    void coverageSumsMinutes()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        // Categories in bank order: Basics, Internals, Concurrency.
        const qint64 basics = addQuestion(1, QStringLiteral("Basics"), vocabulary::Level::Junior);
        const qint64 internals =
            addQuestion(2, QStringLiteral("Internals"), vocabulary::Level::Senior);
        const qint64 concurrency =
            addQuestion(3, QStringLiteral("Concurrency"), vocabulary::Level::Senior);
        addQuestion(4, QStringLiteral("Unused"), vocabulary::Level::Middle);
        m_ws->plans().setItemMinutes(m_ws->plans().addItem(plan, concurrency), 10);
        m_ws->plans().setItemMinutes(m_ws->plans().addItem(plan, internals), 20);
        m_ws->plans().setItemMinutes(m_ws->plans().addItem(plan, basics), 4);
        m_ws->plans().setItemMinutes(m_ws->plans().addItem(plan, concurrency), 5);

        using Pairs = QList<QPair<QString, int>>;
        QCOMPARE(m_ws->plans().minutesByCategory(plan),
                 (Pairs{{QStringLiteral("Basics"), 4},
                        {QStringLiteral("Internals"), 20},
                        {QStringLiteral("Concurrency"), 15}}));
        using LevelPairs = QList<QPair<vocabulary::Level, int>>;
        QCOMPARE(m_ws->plans().minutesByLevel(plan),
                 (LevelPairs{{vocabulary::Level::Junior, 4}, {vocabulary::Level::Senior, 35}}));
        m_ws->plans().setItemMinutes(
            m_ws->plans().addItem(
                plan, addQuestion(5, QStringLiteral("Basics"), vocabulary::Level::Middle)),
            6);
        QCOMPARE(m_ws->plans().minutesByLevel(plan), (LevelPairs{{vocabulary::Level::Junior, 4},
                                                                 {vocabulary::Level::Middle, 6},
                                                                 {vocabulary::Level::Senior, 35}}));
        QCOMPARE(m_ws->plans().minutesByCategory(plan).first(),
                 (QPair<QString, int>{"Basics", 10}));
        const qint64 empty =
            m_ws->plans().create(QStringLiteral("E"), {}, vocabulary::Level::Senior, 60);
        QVERIFY(m_ws->plans().minutesByCategory(empty).isEmpty());
        QVERIFY(m_ws->plans().minutesByLevel(empty).isEmpty());
    }

    void deletingAQuestionRemovesItsItems()
    {
        const qint64 plan =
            m_ws->plans().create(QStringLiteral("P"), {}, vocabulary::Level::Senior, 60);
        const qint64 q1 = addQuestion(1);
        const qint64 q2 = addQuestion(2);
        const qint64 q3 = addQuestion(3);
        m_ws->plans().addItem(plan, q1);
        m_ws->plans().addItem(plan, q2);
        m_ws->plans().addItem(plan, q3);
        m_ws->plans().addItem(plan, q2);
        m_ws->bank().removeQuestion(q2);
        QCOMPARE(questionIds(plan), (QList<qint64>{q1, q3}));
        QCOMPARE(m_ws->plans().plans().first().questionCount, 2);
        // The plan still edits normally with the gap in positions.
        m_ws->plans().moveItem(plan, 1, 0);
        QCOMPARE(questionIds(plan), (QList<qint64>{q3, q1}));
        QCOMPARE(positions(plan), (QList<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(PlanRepositoryTest)
#include "tst_planrepository.moc"
