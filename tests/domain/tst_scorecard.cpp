#include "domain/limits.h"
#include "domain/plan.h"
#include "domain/scorecard.h"
#include "domain/scoring.h"

#include <QTest>

// Competency scorecards in the domain: the suggested rating (scoring::suggestedRating),
// the spread of a panel's ratings, the evidence a scorecard shows, and the rules of a
// plan's competencies (plancompetencies).
class ScorecardTest : public QObject
{
    Q_OBJECT

    static InterviewItem item(const QString &title, int score, QList<int> competencies)
    {
        InterviewItem value;
        value.title = title;
        value.category = QStringLiteral("Cat ") + title;
        value.score = score;
        value.competencies = competencies;
        return value;
    }

    static Plan planWith(const QStringList &names)
    {
        Plan plan;
        plan.name = QStringLiteral("Backend");
        for (const QString &name : names)
            plan.competencies.append({0, name, QString()});
        return plan;
    }

private slots:
    void suggestionIsTheMeanRoundedTiesDown_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("suggested");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("only unscored") << QList<int>{0, 0} << 0;
        QTest::newRow("one 1") << QList<int>{1} << 1;
        QTest::newRow("one 4") << QList<int>{4} << 4;
        QTest::newRow("3 and 4 tie goes down") << QList<int>{3, 4} << 3;
        QTest::newRow("1 and 2 tie goes down") << QList<int>{1, 2} << 1;
        QTest::newRow("3 4 4 is 3.67") << QList<int>{3, 4, 4} << 4;
        QTest::newRow("2 2 3 is 2.33") << QList<int>{2, 2, 3} << 2;
        QTest::newRow("2 3 3 is 2.67") << QList<int>{2, 3, 3} << 3;
        QTest::newRow("unscored left out") << QList<int>{0, 4, 0, 4} << 4;
        QTest::newRow("out of range left out") << QList<int>{7, -1, 2} << 2;
        QTest::newRow("1 4 is 2.5") << QList<int>{1, 4} << 2;
        QTest::newRow("1 1 4 4 4 is 2.8") << QList<int>{1, 1, 4, 4, 4} << 3;
    }
    void suggestionIsTheMeanRoundedTiesDown()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, suggested);
        QCOMPARE(scoring::suggestedRating(scores), suggested);
    }

    void evidenceAndSuggestionPerCompetency()
    {
        Interview interview;
        interview.id = 7;
        interview.candidate = QStringLiteral("Ada");
        interview.status = vocabulary::InterviewStatus::Finished;
        interview.endedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        interview.recommendation = vocabulary::Recommendation::Yes;
        interview.takeaways = QStringLiteral("Knows threads.");
        interview.competencies = {{QStringLiteral("Concurrency"), QStringLiteral("Threads"), 3},
                                  {QStringLiteral("Design"), QString(), 0},
                                  {QStringLiteral("Testing"), QString(), 2}};
        interview.items = {item(QStringLiteral("A"), 4, {0}), item(QStringLiteral("B"), 3, {0, 1}),
                           item(QStringLiteral("C"), 0, {1}), item(QStringLiteral("D"), 2, {})};
        const Scorecard card = scorecards::of(interview);
        QCOMPARE(card.interviewId, qint64(7));
        QVERIFY(card.submitted);
        QCOMPARE(card.submittedAt, interview.endedAt);
        QCOMPARE(card.takeaways, QStringLiteral("Knows threads."));
        QCOMPARE(card.recommendation, vocabulary::Recommendation::Yes);
        QCOMPARE(card.competencies.size(), 3);
        QCOMPARE(card.rated(), 2);
        QCOMPARE(card.ratingOf(QStringLiteral("concurrency")), 3);
        QCOMPARE(card.ratingOf(QStringLiteral("Nothing")), 0);

        const ScorecardRating &concurrency = card.competencies.at(0);
        QCOMPARE(concurrency.evidence.size(), 2);
        QCOMPARE(concurrency.evidence.at(0).title, QStringLiteral("A"));
        QCOMPARE(concurrency.evidence.at(1).item, 1);
        QCOMPARE(concurrency.suggested, 3); // 4 and 3: a tie, down
        const ScorecardRating &design = card.competencies.at(1);
        QCOMPARE(design.evidence.size(), 2); // B scored, C not: both listed
        QCOMPARE(design.evidence.at(1).score, 0);
        QCOMPARE(design.suggested, 3); // only B's 3 counts
        // A competency no question maps to has no evidence and no suggestion.
        QVERIFY(card.competencies.at(2).evidence.isEmpty());
        QCOMPARE(card.competencies.at(2).suggested, 0);

        // Not finished: not submitted.
        interview.status = vocabulary::InterviewStatus::Live;
        QVERIFY(!scorecards::of(interview).submitted);
        QVERIFY(!scorecards::of(interview).submittedAt.isValid());
    }

    void spreadOfAPanel()
    {
        const scoring::Spread none = scoring::spreadOf({0, 0});
        QCOMPARE(none.count, 0);
        QCOMPARE(none.spread(), 0);
        QVERIFY(!none.disagreement());
        const scoring::Spread one = scoring::spreadOf({4});
        QCOMPARE(one.count, 1);
        QCOMPARE(one.spread(), 0);
        const scoring::Spread close = scoring::spreadOf({3, 0, 4});
        QCOMPARE(close.count, 2);
        QCOMPARE(close.mean, 3.5);
        QCOMPARE(close.spread(), 1);
        QVERIFY(!close.disagreement());
        const scoring::Spread apart = scoring::spreadOf({2, 4, 3});
        QCOMPARE(apart.low, 2);
        QCOMPARE(apart.high, 4);
        QCOMPARE(apart.mean, 3.0);
        QVERIFY(apart.disagreement());
    }

    void competencyRules()
    {
        QVERIFY(plancompetencies::problems(planWith({})).isEmpty());
        QVERIFY(plancompetencies::shortfall(planWith({})).isEmpty());
        const Plan two = planWith({QStringLiteral("Design"), QStringLiteral("Testing")});
        QVERIFY(plancompetencies::problems(two).isEmpty());
        QVERIFY(plancompetencies::shortfall(two).isEmpty());
        // One is a plan being edited: savable, with a shortfall to show.
        const Plan one = planWith({QStringLiteral("Design")});
        QVERIFY(plancompetencies::problems(one).isEmpty());
        QVERIFY(plancompetencies::shortfall(one).contains(QLatin1String("2 to 6")));

        QStringList seven;
        for (int i = 0; i < limits::kMaxCompetencies + 1; ++i)
            seven << QStringLiteral("C%1").arg(i);
        QStringList problems = plancompetencies::problems(planWith(seven));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("\"Backend\"")) &&
                     problems.first().contains(QLatin1String("7")),
                 qPrintable(problems.first()));

        problems = plancompetencies::problems(
            planWith({QStringLiteral("Design"), QStringLiteral(" design "), QStringLiteral("  "),
                      QString(limits::kCompetencyName + 1, QLatin1Char('x'))}));
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.join(QLatin1Char('|')).contains(QLatin1String("twice")),
                 qPrintable(problems.join(QLatin1Char('|'))));
        QVERIFY(
            problems.join(QLatin1Char('|')).contains(QLatin1String("competency 3 has no name")));
        QVERIFY(problems.join(QLatin1Char('|')).contains(QLatin1String("longer than 60")));

        Plan mapped = two;
        PlanItem item;
        item.title = QStringLiteral("Locks");
        item.competencies = {0, 2};
        mapped.items = {item};
        problems = plancompetencies::problems(mapped);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("\"Locks\"")) &&
                     problems.first().contains(QLatin1String("competency 3")),
                 qPrintable(problems.first()));
    }

    void removingAndMovingKeepTheMapping()
    {
        QList<PlanItem> items(3);
        items[0].competencies = {0, 2};
        items[1].competencies = {1};
        items[2].competencies = {2, 3};
        QList<PlanItem> removed = items;
        plancompetencies::removeFrom(removed, 1);
        QCOMPARE(removed.at(0).competencies, (QList<int>{0, 1}));
        QCOMPARE(removed.at(1).competencies, QList<int>{});
        QCOMPARE(removed.at(2).competencies, (QList<int>{1, 2}));

        // Competencies A B C D; D moves to the front: D A B C.
        QList<PlanItem> moved = items;
        plancompetencies::moveIn(moved, 3, 0);
        QCOMPARE(moved.at(0).competencies, (QList<int>{1, 3}));
        QCOMPARE(moved.at(1).competencies, QList<int>{2});
        QCOMPARE(moved.at(2).competencies, (QList<int>{0, 3}));
        // And back again.
        plancompetencies::moveIn(moved, 0, 3);
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(moved.at(i).competencies, items.at(i).competencies);

        QCOMPARE(plancompetencies::normalized({3, 1, 3, 0}), (QList<int>{0, 1, 3}));

        Plan plan;
        plan.items = items;
        QCOMPARE(plan.itemsOf(2), (QList<int>{0, 2}));
        QCOMPARE(plan.itemsOf(5), QList<int>{});
    }

    void ratingWords()
    {
        QCOMPARE(vocabulary::ratingName(1), QStringLiteral("Strong no"));
        QCOMPARE(vocabulary::ratingName(4), QStringLiteral("Strong yes"));
        QCOMPARE(vocabulary::ratingLabel(3), QStringLiteral("3 — Yes"));
        QCOMPARE(vocabulary::ratingLabel(0), QStringLiteral("Not rated"));
        QVERIFY(vocabulary::ratingName(5).isEmpty());
        QVERIFY(!vocabulary::isRating(0));
        QVERIFY(vocabulary::isRating(vocabulary::kMaxRating));
    }
};

QTEST_GUILESS_MAIN(ScorecardTest)
#include "tst_scorecard.moc"
