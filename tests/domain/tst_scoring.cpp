#include "domain/scoring.h"

#include <QTest>

// Category averages and the overall tally (domain/scoring), which the PDF summary's
// chart and the comparison table's category columns both show.
class ScoringTest : public QObject
{
    Q_OBJECT

    static InterviewItem item(const QString &category, int score)
    {
        InterviewItem value;
        value.category = category;
        value.score = score;
        return value;
    }

private slots:
    void categoriesInOrderOfFirstAppearance()
    {
        const QList<InterviewItem> items = {
            item(QStringLiteral("Memory"), 4),      item(QStringLiteral("Concurrency"), 2),
            item(QStringLiteral("Memory"), 3),      item(QStringLiteral("Testing"), 0),
            item(QStringLiteral("Concurrency"), 3), item(QStringLiteral("Memory"), 0)};
        const QList<scoring::Tally> tallies = scoring::byCategory(items);
        QCOMPARE(tallies.size(), 3);
        QCOMPARE(tallies.at(0).category, QStringLiteral("Memory"));
        QCOMPARE(tallies.at(1).category, QStringLiteral("Concurrency"));
        QCOMPARE(tallies.at(2).category, QStringLiteral("Testing"));

        // Memory: three questions, two scored (4 and 3).
        QCOMPARE(tallies.at(0).questions, 3);
        QCOMPARE(tallies.at(0).scored, 2);
        QCOMPARE(tallies.at(0).total, 7);
        QVERIFY(tallies.at(0).hasScore());
        QCOMPARE(tallies.at(0).average(), 3.5);
        QCOMPARE(tallies.at(1).average(), 2.5);
        // A category none of whose questions was scored has no average.
        QCOMPARE(tallies.at(2).questions, 1);
        QVERIFY(!tallies.at(2).hasScore());
        QCOMPARE(tallies.at(2).average(), 0.0);
    }

    void categoryIsTrimmedAndEmptyIsOneCategory()
    {
        const QList<InterviewItem> items = {item(QStringLiteral("  Memory "), 2),
                                            item(QStringLiteral("Memory"), 4), item(QString(), 1),
                                            item(QStringLiteral("   "), 3)};
        QCOMPARE(scoring::categoryOf(items.at(0)), QStringLiteral("Memory"));
        const QList<scoring::Tally> tallies = scoring::byCategory(items);
        QCOMPARE(tallies.size(), 2);
        QCOMPARE(tallies.at(0).category, QStringLiteral("Memory"));
        QCOMPARE(tallies.at(0).average(), 3.0);
        QCOMPARE(tallies.at(1).category, QString());
        QCOMPARE(tallies.at(1).questions, 2);
        QCOMPARE(tallies.at(1).average(), 2.0);
    }

    void onlyScoresOneToFourCount()
    {
        QVERIFY(!scoring::isScored(0));
        QVERIFY(scoring::isScored(1));
        QVERIFY(scoring::isScored(4));
        QVERIFY(!scoring::isScored(5));
        QVERIFY(!scoring::isScored(-1));
        const QList<InterviewItem> items = {item(QStringLiteral("A"), 5),
                                            item(QStringLiteral("A"), 1),
                                            item(QStringLiteral("A"), -2)};
        const scoring::Tally tally = scoring::byCategory(items).at(0);
        QCOMPARE(tally.questions, 3);
        QCOMPARE(tally.scored, 1);
        QCOMPARE(tally.average(), 1.0);
    }

    void overallCountsEveryQuestion()
    {
        const QList<InterviewItem> items = {
            item(QStringLiteral("A"), 4), item(QStringLiteral("B"), 1),
            item(QStringLiteral("B"), 0), item(QStringLiteral("C"), 2)};
        const scoring::Tally overall = scoring::overall(items);
        QCOMPARE(overall.category, QString());
        QCOMPARE(overall.questions, 4);
        QCOMPARE(overall.scored, 3);
        QCOMPARE(overall.total, 7);
        QCOMPARE(overall.average(), 7.0 / 3);

        QVERIFY(scoring::byCategory({}).isEmpty());
        const scoring::Tally none = scoring::overall({});
        QCOMPARE(none.questions, 0);
        QVERIFY(!none.hasScore());
    }
};

QTEST_GUILESS_MAIN(ScoringTest)
#include "tst_scoring.moc"
