#include "domain/errors.h"
#include "domain/limits.h"
#include "storage/interviewstart.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QSqlDatabase>
#include <QTest>

using testsupport::sampleQuestion;

// Competency scorecards in storage (schema version 7): a plan's competencies and its
// items' mapping through PlanRepository (every write path: set, per item, duplicate,
// undo, import, team apply, removal), the snapshot an interview takes at its start, the
// scorecard written at finish and read back one by one and batched, the team apply of
// an interview, and the migration from version 6.
class ScorecardsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

    static QList<PlanCompetency> named(const QStringList &names)
    {
        QList<PlanCompetency> list;
        for (const QString &name : names)
            list.append({0, name, QStringLiteral("About ") + name});
        return list;
    }

    // A plan of three questions: Concurrency and Design; item 0 evidences Concurrency,
    // item 1 both, item 2 none.
    qint64 mappedPlan()
    {
        const qint64 plan = m_ws->plans().create(QStringLiteral("Backend"), QString(),
                                                 vocabulary::Level::Senior, 45);
        QList<qint64> items;
        for (int n = 1; n <= 3; ++n)
            items << m_ws->plans().addItem(plan, m_ws->bank().addQuestion(sampleQuestion(n)));
        m_ws->plans().setCompetencies(
            plan, named({QStringLiteral("Concurrency"), QStringLiteral("Design")}),
            {{items.at(0), {0}}, {items.at(1), {1, 0}}});
        return plan;
    }

    qint64 startFrom(qint64 planId, const QString &interviewer = QStringLiteral("Grace"))
    {
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Ada Lovelace");
        details.interviewer = interviewer;
        return interviewstart::fromPlan(m_ws->interviews(), m_ws->plans(), m_ws->bank(), planId,
                                        details);
    }

    QString messageOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const PanelistError &e) {
            return e.message();
        }
        return {};
    }

    int count(const QString &query, const QVariantList &values = {})
    {
        return sql::scalar(m_ws->connection(), query, values, 0).toInt();
    }

private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void competenciesAndMappingRoundTrip()
    {
        const qint64 id = mappedPlan();
        const Plan plan = *m_ws->plans().plan(id);
        QCOMPARE(plan.competencies.size(), 2);
        QCOMPARE(plan.competencies.at(0).name, QStringLiteral("Concurrency"));
        QCOMPARE(plan.competencies.at(1).description, QStringLiteral("About Design"));
        QVERIFY(plan.competencies.at(0).id > 0);
        QCOMPARE(plan.items.at(0).competencies, QList<int>{0});
        QCOMPARE(plan.items.at(1).competencies, (QList<int>{0, 1}));
        QCOMPARE(plan.items.at(2).competencies, QList<int>{});

        // Per item; moving items keeps each item's mapping.
        m_ws->plans().setItemCompetencies(plan.items.at(2).id, {1});
        m_ws->plans().moveItem(id, 2, 0);
        Plan again = *m_ws->plans().plan(id);
        QCOMPARE(again.items.at(0).competencies, QList<int>{1});
        QCOMPARE(again.items.at(1).competencies, QList<int>{0});

        // Reordered and renamed: the mapping follows the competency, not the position.
        QList<PlanCompetency> reordered = {again.competencies.at(1), again.competencies.at(0)};
        reordered[0].name = QStringLiteral("System design");
        QHash<qint64, QList<int>> mapping;
        for (PlanItem item : again.items) {
            QList<int> moved;
            for (int p : item.competencies)
                moved << 1 - p;
            mapping.insert(item.id, moved);
        }
        m_ws->plans().setCompetencies(id, reordered, mapping);
        again = *m_ws->plans().plan(id);
        QCOMPARE(again.competencies.at(0).name, QStringLiteral("System design"));
        QCOMPARE(again.items.at(0).competencies, QList<int>{0});
        QCOMPARE(again.items.at(1).competencies, QList<int>{1});
        QCOMPARE(again.items.at(2).competencies, (QList<int>{0, 1}));

        // Undo (replaceItems) restores the mapping with the items.
        const QList<PlanItem> before = again.items;
        m_ws->plans().removeItem(before.at(2).id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_item_competencies")), 2);
        m_ws->plans().replaceItems(id, before);
        again = *m_ws->plans().plan(id);
        QCOMPARE(again.items.size(), 3);
        QCOMPARE(again.items.at(2).competencies, (QList<int>{0, 1}));

        // A duplicate has its own copy of both.
        const qint64 copy = m_ws->plans().duplicate(id);
        const Plan duplicate = *m_ws->plans().plan(copy);
        QCOMPARE(duplicate.competencies.size(), 2);
        QVERIFY(duplicate.competencies.at(0).id != again.competencies.at(0).id);
        QCOMPARE(duplicate.items.at(2).competencies, (QList<int>{0, 1}));

        // Removing the plan removes its competencies and mappings; the copy's stay.
        m_ws->plans().remove(id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_competencies")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_item_competencies")), 4);
    }

    void invalidCompetenciesAreRefusedWithReasons()
    {
        const qint64 id = mappedPlan();
        const Plan plan = *m_ws->plans().plan(id);
        QString message = messageOf([&] {
            m_ws->plans().setCompetencies(
                id,
                named({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                       QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"),
                       QStringLiteral("G")}),
                {});
        });
        QVERIFY2(message.contains(QLatin1String("\"Backend\"")) &&
                     message.contains(QLatin1String("at most 6")),
                 qPrintable(message));
        message = messageOf([&] {
            m_ws->plans().setCompetencies(
                id, named({QStringLiteral("Design"), QStringLiteral("design")}), {});
        });
        QVERIFY2(message.contains(QLatin1String("twice")), qPrintable(message));
        message = messageOf([&] {
            m_ws->plans().setCompetencies(id, named({QStringLiteral("A"), QStringLiteral("B")}),
                                          {{plan.items.at(0).id, {2}}});
        });
        QVERIFY2(message.contains(QLatin1String("competency 3")), qPrintable(message));
        message = messageOf([&] { m_ws->plans().setItemCompetencies(plan.items.at(0).id, {5}); });
        QVERIFY2(message.contains(QLatin1String("no competency 6")), qPrintable(message));
        // Nothing of the refused writes landed.
        const Plan after = *m_ws->plans().plan(id);
        QCOMPARE(after.competencies.size(), 2);
        QCOMPARE(after.items.at(1).competencies, (QList<int>{0, 1}));
        // The database refuses a too long name on its own too.
        QVERIFY(!messageOf([&] {
                     sql::exec(m_ws->connection(),
                               QStringLiteral("UPDATE plan_competencies SET name = ?"),
                               {QString(limits::kCompetencyName + 1, QLatin1Char('x'))});
                 }).isEmpty());
    }

    void applyAndImportCarryCompetencies()
    {
        const Plan plan = *m_ws->plans().plan(mappedPlan());
        Plan incoming = plan;
        incoming.competencies[1].name = QStringLiteral("Architecture");
        incoming.items[2].competencies = {1};
        m_ws->plans().applyPlan(incoming);
        Plan applied = *m_ws->plans().plan(plan.id);
        QCOMPARE(applied.competencies.at(1).name, QStringLiteral("Architecture"));
        QCOMPARE(applied.items.at(2).competencies, QList<int>{1});

        PlanDocument document;
        document.plan = applied;
        document.plan.uuid.clear();
        document.plan.name = QStringLiteral("Imported");
        const auto result = m_ws->plans().importPlan(document, m_ws->bank());
        const Plan imported = *m_ws->plans().plan(result.planId);
        QCOMPARE(imported.competencies.size(), 2);
        QCOMPARE(imported.items.at(1).competencies, (QList<int>{0, 1}));
    }

    void interviewSnapshotsAndStoresTheScorecard()
    {
        const qint64 planId = mappedPlan();
        const qint64 id = startFrom(planId);
        // Changing the plan afterwards does not change the interview's scorecard.
        m_ws->plans().setCompetencies(planId, named({QStringLiteral("X"), QStringLiteral("Y")}),
                                      {});
        Interview interview = *m_ws->interviews().interview(id);
        QCOMPARE(interview.competencies.size(), 2);
        QCOMPARE(interview.competencies.at(0).name, QStringLiteral("Concurrency"));
        QCOMPARE(interview.competencies.at(0).description, QStringLiteral("About Concurrency"));
        QCOMPARE(interview.competencies.at(0).rating, 0);
        QCOMPARE(interview.items.at(1).competencies, (QList<int>{0, 1}));
        QCOMPARE(interview.items.at(2).competencies, QList<int>{});

        m_ws->interviews().setScore(interview.items.at(0).id, 4);
        m_ws->interviews().setScore(interview.items.at(1).id, 2);
        interview = *m_ws->interviews().interview(id);
        interview.competencies[0].rating = 3;
        interview.competencies[1].rating = 2;
        interview.takeaways = QStringLiteral("Solid on threads.");
        interview.pros = QStringLiteral("- clear");
        interview.cons = QStringLiteral("- slow on design");
        std::optional<Scorecard> card = m_ws->interviews().scorecard(id);
        QVERIFY(card && !card->submitted);
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("ok"),
                         m_ws->clock().now());
        m_ws->interviews().saveProgress(interview);

        m_ws->reopen();
        card = m_ws->interviews().scorecard(id);
        QVERIFY(card);
        QVERIFY(card->submitted);
        QVERIFY(card->submittedAt.isValid());
        QVERIFY(!card->amended);
        QVERIFY(card->candidateId > 0);
        QCOMPARE(card->candidate, QStringLiteral("Ada Lovelace"));
        QCOMPARE(card->interviewer, QStringLiteral("Grace"));
        QCOMPARE(card->recommendation, vocabulary::Recommendation::Yes);
        QCOMPARE(card->takeaways, QStringLiteral("Solid on threads."));
        QCOMPARE(card->pros, QStringLiteral("- clear"));
        QCOMPARE(card->cons, QStringLiteral("- slow on design"));
        QCOMPARE(card->competencies.size(), 2);
        QCOMPARE(card->competencies.at(0).rating, 3);
        QCOMPARE(card->competencies.at(0).suggested, 3); // 4 and 2
        QCOMPARE(card->competencies.at(0).evidence.size(), 2);
        QCOMPARE(card->competencies.at(1).rating, 2);
        QCOMPARE(card->competencies.at(1).suggested, 2); // 2
        QCOMPARE(card->competencies.at(1).evidence.at(0).score, 2);

        // Amended: reopened and finished again.
        Interview reopened = *m_ws->interviews().interview(id);
        reopened.reopen(m_ws->clock().now());
        m_ws->interviews().saveProgress(reopened);
        reopened.competencies[1].rating = 3;
        reopened.finish(vocabulary::Recommendation::Yes, QStringLiteral("ok"), m_ws->clock().now());
        m_ws->interviews().saveProgress(reopened);
        card = m_ws->interviews().scorecard(id);
        QVERIFY(card->amended);
        QVERIFY(card->submitted);
        QCOMPARE(card->competencies.at(1).rating, 3);

        // A rating outside 1–4 and a too long text are refused, naming what.
        reopened.competencies[0].rating = 5;
        QString message = messageOf([&] { m_ws->interviews().saveProgress(reopened); });
        QVERIFY2(message.contains(QLatin1String("\"Concurrency\"")), qPrintable(message));
        reopened.competencies[0].rating = 3;
        reopened.cons = QString(limits::kScorecardText + 1, QLatin1Char('x'));
        message = messageOf([&] { m_ws->interviews().saveProgress(reopened); });
        QVERIFY2(message.contains(QLatin1String("cons")), qPrintable(message));

        QVERIFY(!m_ws->interviews().scorecard(id + 100));
    }

    void scorecardsAreReadBatchedInOrder()
    {
        const qint64 planId = mappedPlan();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << startFrom(planId, QStringLiteral("Interviewer %1").arg(i));
        for (int i = 0; i < ids.size(); ++i) {
            Interview interview = *m_ws->interviews().interview(ids.at(i));
            interview.competencies[0].rating = 1 + i % 4;
            if (i % 2 == 0)
                interview.finish(vocabulary::Recommendation::No, QString(), m_ws->clock().now());
            m_ws->interviews().saveProgress(interview);
        }
        const QList<qint64> asked = {ids.at(3), ids.at(0), 999999, ids.at(4)};
        const QList<Scorecard> cards = m_ws->interviews().scorecards(asked);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards.at(0).interviewId, ids.at(3));
        QCOMPARE(cards.at(0).competencies.at(0).rating, 4);
        QVERIFY(!cards.at(0).submitted);
        QCOMPARE(cards.at(1).interviewer, QStringLiteral("Interviewer 0"));
        QVERIFY(cards.at(1).submitted);
        QCOMPARE(cards.at(2).competencies.at(0).rating, 1);

        const QList<Scorecard> ofCandidate =
            m_ws->interviews().scorecardsOfCandidate(cards.at(0).candidateId);
        QCOMPARE(ofCandidate.size(), 5);
        QCOMPARE(ofCandidate.at(0).interviewId, ids.at(0));
    }

    void applyInterviewCarriesTheScorecard()
    {
        const qint64 id = startFrom(mappedPlan());
        Interview interview = *m_ws->interviews().interview(id);
        interview.competencies[0].rating = 4;
        interview.takeaways = QStringLiteral("from the team");
        interview.items[2].competencies = {1};
        interview.finish(vocabulary::Recommendation::StrongYes, QString(), m_ws->clock().now());
        // Another laptop: a fresh database receiving the interview as it is.
        TestWorkspace other;
        Interview copy = interview;
        copy.id = 0;
        copy.planId = 0;
        copy.planUuid.clear();
        const qint64 applied = other.interviews().applyInterview(copy);
        Interview read = *other.interviews().interview(applied);
        QCOMPARE(read.competencies.size(), 2);
        QCOMPARE(read.competencies.at(0).rating, 4);
        QCOMPARE(read.takeaways, QStringLiteral("from the team"));
        QCOMPARE(read.items.at(1).competencies, (QList<int>{0, 1}));
        QCOMPARE(read.items.at(2).competencies, QList<int>{1});
        // Applied again with one competency fewer: replaced, not added to.
        copy.competencies.removeLast();
        for (InterviewItem &item : copy.items)
            item.competencies.removeAll(1);
        other.interviews().applyInterview(copy);
        read = *other.interviews().interview(applied);
        QCOMPARE(read.competencies.size(), 1);
        QCOMPARE(read.items.at(1).competencies, QList<int>{0});
        QCOMPARE(sql::scalar(other.connection(),
                             QStringLiteral("SELECT count(*) FROM interview_item_competencies"))
                     .toInt(),
                 2);
        // Removing the interview removes its scorecard rows.
        other.interviews().remove(applied);
        QCOMPARE(sql::scalar(other.connection(),
                             QStringLiteral("SELECT count(*) FROM interview_competencies"))
                     .toInt(),
                 0);
    }

    // A database as schema version 6 left it, with a plan and a finished interview:
    // version 7 adds the tables and columns, keeps every row, and gives none of them
    // competencies (their scorecards are empty and read back).
    void migrationFromVersionSix()
    {
        const QString file = m_ws->path(QStringLiteral("v6.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (int version = 1; version <= 6; ++version) {
                for (const QString &statement : schema::sqliteMigration(version))
                    sql::exec(db, statement);
            }
            sql::exec(db, QStringLiteral("PRAGMA user_version = 6"));
            sql::exec(db, QStringLiteral("INSERT INTO plans (uuid, name, created_at, updated_at) "
                                         "VALUES ('p1', 'Old plan', 'now', 'now')"));
            sql::exec(db, QStringLiteral("INSERT INTO candidates (uuid, name, created_at, "
                                         "updated_at) VALUES ('c1', 'Ada', 'now', 'now')"));
            sql::exec(db, QStringLiteral("INSERT INTO interviews (uuid, candidate, candidate_id, "
                                         "plan_id, status, recommendation, created_at, "
                                         "updated_at) VALUES ('i1', 'Ada', 1, 1, 'finished', "
                                         "'yes', 'now', 'now')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));

        Database database(file);
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion); // 7, and 10 with the debrief
        PlanRepository plans(database);
        InterviewRepository interviews(database);
        const Plan plan = *plans.planByUuid(QStringLiteral("p1"));
        QCOMPARE(plan.name, QStringLiteral("Old plan"));
        QVERIFY(plan.competencies.isEmpty());
        const Interview interview = *interviews.interviewByUuid(QStringLiteral("i1"));
        QVERIFY(interview.competencies.isEmpty());
        QVERIFY(interview.takeaways.isEmpty());
        const Scorecard card = *interviews.scorecard(interview.id);
        QVERIFY(card.submitted);
        QCOMPARE(card.recommendation, vocabulary::Recommendation::Yes);
        QVERIFY(card.competencies.isEmpty());
        QCOMPARE(card.candidateId, qint64(1));
        // The old plan takes competencies now.
        plans.setCompetencies(plan.id, named({QStringLiteral("A"), QStringLiteral("B")}), {});
        QCOMPARE(plans.plan(plan.id)->competencies.size(), 2);
    }
};

QTEST_GUILESS_MAIN(ScorecardsTest)
#include "tst_scorecards.moc"
