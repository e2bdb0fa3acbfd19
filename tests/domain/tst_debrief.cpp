#include "domain/debrief.h"
#include "domain/scoring.h"

#include <QTest>

using vocabulary::Recommendation;

// The debrief's rules on plain values: competencies joined by name across scorecards,
// the spread of a competency, what counts as a disagreement and as mixed
// recommendations, and the decision vocabulary.
class DebriefTest : public QObject
{
    Q_OBJECT

    static DebriefScorecard card(const QString &who, Recommendation recommendation)
    {
        DebriefScorecard card;
        card.interviewer = who;
        card.recommendation = recommendation;
        return card;
    }
    static debrief::NamedRating rated(const QString &name, int rating)
    {
        return {name, DebriefRating{rating, {{QStringLiteral("Q about ") + name, rating}}}};
    }

private slots:
    void competenciesJoinByNameAcrossScorecards()
    {
        Debrief d;
        debrief::addScorecard(
            d, card(QStringLiteral("Anna"), Recommendation::Yes),
            {rated(QStringLiteral("Python depth"), 3), rated(QStringLiteral("Design"), 2)});
        // Another plan: one competency in other letter case, one new, one missing.
        debrief::addScorecard(
            d, card(QStringLiteral("Ben"), Recommendation::No),
            {rated(QStringLiteral(" design "), 4), rated(QStringLiteral("Communication"), 1)});
        QCOMPARE(d.competencies,
                 (QStringList{QStringLiteral("Python depth"), QStringLiteral("Design"),
                              QStringLiteral("Communication")}));
        QCOMPARE(d.scorecards.size(), 2);
        for (const DebriefScorecard &c : d.scorecards)
            QCOMPARE(c.ratings.size(), 3);
        QCOMPARE(d.scorecards.at(0).ratings.at(0).rating, 3);
        QCOMPARE(d.scorecards.at(0).ratings.at(1).rating, 2);
        QVERIFY(!d.scorecards.at(0).ratings.at(2).rated());
        QVERIFY(!d.scorecards.at(1).ratings.at(0).rated());
        QCOMPARE(d.scorecards.at(1).ratings.at(1).rating, 4);
        QCOMPARE(d.scorecards.at(1).ratings.at(1).evidence.size(), 1);
        QCOMPARE(d.scorecards.at(1).ratings.at(2).rating, 1);
    }

    void spreadAndDisagreements()
    {
        Debrief d;
        debrief::addScorecard(d, card(QStringLiteral("Anna"), Recommendation::Yes),
                              {rated(QStringLiteral("A"), 2), rated(QStringLiteral("B"), 3),
                               rated(QStringLiteral("C"), 4)});
        debrief::addScorecard(d, card(QStringLiteral("Ben"), Recommendation::Yes),
                              {rated(QStringLiteral("A"), 4), rated(QStringLiteral("B"), 4)});
        debrief::addScorecard(d, card(QStringLiteral("Cleo"), Recommendation::StrongYes),
                              {rated(QStringLiteral("A"), 3), rated(QStringLiteral("B"), 3)});
        QCOMPARE(debrief::spread(d, 0).spread(), 2); // 2, 4, 3
        QCOMPARE(debrief::spread(d, 0).rated, 3);
        QVERIFY(debrief::spread(d, 0).disagrees());
        QCOMPARE(debrief::spread(d, 1).spread(), 1); // 3, 4, 3: close enough
        QVERIFY(!debrief::spread(d, 1).disagrees());
        // One rating alone is no disagreement, whatever it is.
        QCOMPARE(debrief::spread(d, 2).rated, 1);
        QVERIFY(!debrief::spread(d, 2).disagrees());
        QCOMPARE(debrief::disagreements(d), QList<int>{0});
        QCOMPARE(debrief::meanRating(d, 0), 3.0);
        QCOMPARE(debrief::meanRating(d, 2), 4.0);
        QCOMPARE(scoring::Spread::kDisagreement, 2);
        // Yes and strong yes are one side: not mixed.
        QVERIFY(!debrief::mixedRecommendations(d.scorecards));
    }

    void mixedRecommendations_data()
    {
        QTest::addColumn<QList<Recommendation>>("recommendations");
        QTest::addColumn<bool>("mixed");
        QTest::newRow("yes and no") << QList{Recommendation::Yes, Recommendation::No} << true;
        QTest::newRow("strong yes and strong no")
            << QList{Recommendation::StrongYes, Recommendation::StrongNo} << true;
        QTest::newRow("yes, strong yes")
            << QList{Recommendation::Yes, Recommendation::StrongYes} << false;
        QTest::newRow("no, strong no")
            << QList{Recommendation::No, Recommendation::StrongNo} << false;
        QTest::newRow("none counts on neither side")
            << QList{Recommendation::None, Recommendation::No} << false;
        QTest::newRow("one alone") << QList{Recommendation::Yes} << false;
        QTest::newRow("nobody") << QList<Recommendation>{} << false;
    }
    void mixedRecommendations()
    {
        QFETCH(QList<Recommendation>, recommendations);
        QFETCH(bool, mixed);
        QList<DebriefScorecard> cards;
        for (const Recommendation r : recommendations)
            cards.append(card(QStringLiteral("x"), r));
        QCOMPARE(debrief::mixedRecommendations(cards), mixed);
    }

    void decisionVocabulary()
    {
        using vocabulary::Decision;
        QCOMPARE(vocabulary::decisionKeys(),
                 (QStringList{QStringLiteral("advance"), QStringLiteral("hire"),
                              QStringLiteral("reject")}));
        for (const Decision d : vocabulary::decisions()) {
            QCOMPARE(vocabulary::parseDecision(vocabulary::key(d)), d);
            QVERIFY(!vocabulary::label(d).isEmpty());
        }
        QVERIFY(!vocabulary::parseDecision(u"hired"));
        QCOMPARE(vocabulary::statusOfDecision(Decision::Hire), vocabulary::CandidateStatus::Hired);
        QCOMPARE(vocabulary::statusOfDecision(Decision::Reject),
                 vocabulary::CandidateStatus::Rejected);
        QCOMPARE(vocabulary::statusOfDecision(Decision::Advance),
                 vocabulary::CandidateStatus::Active);
    }
};

QTEST_GUILESS_MAIN(DebriefTest)
#include "tst_debrief.moc"
