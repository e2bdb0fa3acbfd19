#include "domain/scoring.h"
#include "domain/vocabulary.h"
#include "interviews/comparemodel.h"
#include "interviews/interviewdesk.h"
#include "interviews/interviewlistmodel.h"
#include "interviews/interviewrecordmodel.h"
#include "storage/interviewstart.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using testsupport::sampleQuestion;

// The history: the interviews list with its filters, one interview read-only
// (InterviewRecordModel) and the candidates of a plan side by side (CompareModel, with
// sorting and CSV), all under QAbstractItemModelTester; the desk's PDF helpers.
class HistoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_workspace;
    QString m_path;
    BankRepository *m_bank = nullptr;
    PlanRepository *m_plans = nullptr;
    InterviewRepository *m_interviews = nullptr;
    SettingsStore *m_settings = nullptr;
    qint64 m_backend = 0;  // questions 1 (Internals), 2 (Concurrency), 3 (Internals)
    qint64 m_frontend = 0; // questions 5, 6
    QList<qint64> m_backendItems;
    qint64 m_ada = 0, m_bob = 0, m_grace = 0;

    static const QDateTime &t0()
    {
        static const QDateTime time(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        return time;
    }

    qint64 start(qint64 plan, const QString &candidate, const QString &interviewer,
                 const QDateTime &startedAt)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Senior Python developer");
        details.interviewer = interviewer;
        details.startedAt = startedAt;
        return interviewstart::fromPlan(*m_interviews, *m_plans, *m_bank, plan, details);
    }

    // Scores item by item (0 leaves it unscored); each item takes `seconds`, then the
    // interview finishes with `recommendation` (None: stays live), its competencies rated
    // `ratings` (stored with the progress either way).
    void run(qint64 id, const QList<int> &scores, int seconds,
             vocabulary::Recommendation recommendation, const QList<int> &ratings = {})
    {
        Interview interview = *m_interviews->interview(id);
        for (int i = 0; i < ratings.size() && i < interview.competencies.size(); ++i)
            interview.competencies[i].rating = ratings.at(i);
        const QDateTime begin = interview.startedAt;
        for (int i = 0; i < interview.items.size(); ++i) {
            if (i < scores.size() && scores.at(i) > 0)
                m_interviews->setScore(interview.items.at(i).id, scores.at(i));
            const QDateTime now = begin.addSecs(qint64(seconds) * (i + 1));
            if (i + 1 < interview.items.size())
                interview.moveTo(i + 1, vocabulary::ItemState::Done, now);
            else if (recommendation != vocabulary::Recommendation::None)
                interview.finish(recommendation,
                                 QStringLiteral("Summary of ") + interview.candidate, now);
        }
        m_interviews->saveProgress(interview);
    }

    static QStringList column(const QAbstractItemModel &model, int column,
                              int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, column), role).toString();
        return values;
    }

    static QStringList candidates(const InterviewListModel &model)
    {
        return column(model, 0, InterviewListModel::CandidateRole);
    }

private slots:
    void init()
    {
        m_workspace = std::make_unique<TestWorkspace>();
        m_path = m_workspace->location();
        m_bank = &m_workspace->bank();
        m_plans = &m_workspace->plans();
        m_interviews = &m_workspace->interviews();
        m_settings = &m_workspace->settings();

        m_backend = m_plans->create(QStringLiteral("Backend"), QStringLiteral("Python developer"),
                                    vocabulary::Level::Senior, 30);
        m_backendItems.clear();
        const QStringList categories{QStringLiteral("Internals"), QStringLiteral("Concurrency"),
                                     QStringLiteral("Internals"), QStringLiteral("Memory")};
        QList<qint64> questions;
        for (int n = 1; n <= 4; ++n)
            questions << m_bank->addQuestion(sampleQuestion(n, categories.at(n - 1)));
        for (int n = 0; n < 3; ++n)
            m_backendItems << m_plans->addItem(m_backend, questions.at(n));
        m_frontend = m_plans->create(QStringLiteral("Architecture"), QStringLiteral("Architect"),
                                     vocabulary::Level::Senior, 30);
        for (int n = 5; n <= 6; ++n)
            m_plans->addItem(m_frontend, m_bank->addQuestion(sampleQuestion(n)));

        m_ada = start(m_backend, QStringLiteral("Ada Lovelace"), QStringLiteral("Ivy Ives"), t0());
        run(m_ada, {4, 2, 3}, 400, vocabulary::Recommendation::StrongYes);
        m_bob = start(m_backend, QStringLiteral("Bob \"the Builder\", Jr"),
                      QStringLiteral("Ivy Ives"), t0().addDays(1));
        run(m_bob, {2, 0, 1}, 300, vocabulary::Recommendation::No);
        m_grace = start(m_frontend, QStringLiteral("Grace Hopper"), QStringLiteral("Zed Zorn"),
                        t0().addDays(2));
    }

    void cleanup() { m_workspace.reset(); }

    void listFilters()
    {
        InterviewListModel model(*m_interviews);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &InterviewListModel::countChanged);
        QCOMPARE(candidates(model), (QStringList{QStringLiteral("Grace Hopper"),
                                                 QStringLiteral("Bob \"the Builder\", Jr"),
                                                 QStringLiteral("Ada Lovelace")}));
        QCOMPARE(model.totalCount(), 3);

        QSignalSpy search(&model, &InterviewListModel::searchChanged);
        model.setSearch(QStringLiteral("ADA"));
        QCOMPARE(search.count(), 1);
        QCOMPARE(candidates(model), QStringList{QStringLiteral("Ada Lovelace")});
        QCOMPARE(count.count(), 1);
        model.setSearch(QStringLiteral("ada")); // same rows: count unchanged
        QCOMPARE(count.count(), 1);
        model.setSearch(QStringLiteral("zorn")); // interviewer
        QCOMPARE(candidates(model), QStringList{QStringLiteral("Grace Hopper")});
        model.setSearch(QStringLiteral("backend")); // plan name
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(QStringLiteral("python dev")); // role
        QCOMPARE(model.rowCount(), 3);
        model.setSearch(QStringLiteral("\"the builder\","));
        QCOMPARE(model.rowCount(), 1);
        // Whatever is typed is text: no pattern or query syntax.
        for (const QString &odd :
             {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral(".*"), QStringLiteral("("),
              QStringLiteral("'; DROP TABLE interviews; --"), QStringLiteral("\\"),
              QStringLiteral("*"), QStringLiteral("日本")}) {
            model.setSearch(odd);
            QCOMPARE(model.rowCount(), 0);
        }
        model.setSearch(QStringLiteral("  "));
        QCOMPARE(model.rowCount(), 3);

        // The filter's choices are what the history page offers, as stored keys.
        const QVariantList choices = InterviewListModel::statusChoices();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0).toMap().value("key").toString(), QString());
        QCOMPARE(choices.at(0).toMap().value("label").toString(), QStringLiteral("All interviews"));
        QCOMPARE(choices.at(1).toMap().value("label").toString(), QStringLiteral("Live"));
        QCOMPARE(choices.at(2).toMap().value("label").toString(), QStringLiteral("Finished"));
        model.setStatus(choices.at(1).toMap().value("key").toString());
        QCOMPARE(candidates(model), QStringList{QStringLiteral("Grace Hopper")});
        QCOMPARE(model.data(model.index(0), InterviewListModel::StatusRole).toInt(),
                 int(vocabulary::InterviewStatus::Live));
        model.setStatus(choices.at(2).toMap().value("key").toString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), InterviewListModel::StatusRole).toInt(),
                 int(vocabulary::InterviewStatus::Finished));
        QSignalSpy plan(&model, &InterviewListModel::planIdChanged);
        model.setPlanId(int(m_frontend));
        QCOMPARE(plan.count(), 1);
        QCOMPARE(model.rowCount(), 0); // finished and on the architecture plan: none
        model.setStatus(QString());
        QCOMPARE(candidates(model), QStringList{QStringLiteral("Grace Hopper")});
        model.setPlanId(int(m_backend));
        model.setSearch(QStringLiteral("bob"));
        QCOMPARE(model.rowCount(), 1);
        model.setPlanId(0);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 3);

        // The plans of the filter menu, by name.
        const QVariantList plans = model.plans();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(0).toMap().value(QStringLiteral("planName")).toString(),
                 QStringLiteral("Architecture"));
        QCOMPARE(plans.at(0).toMap().value(QStringLiteral("planId")).toInt(), int(m_frontend));
        QCOMPARE(plans.at(1).toMap().value(QStringLiteral("planName")).toString(),
                 QStringLiteral("Backend"));

        // A new interview appears when refreshed, if it passes the filters.
        model.setSearch(QStringLiteral("lovelace"));
        const qint64 again = start(m_backend, QStringLiteral("Ada Lovelace"), QString(), t0());
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 4);
        QVERIFY(model.rowOf(int(again)) >= 0);
        QCOMPARE(model.rowOf(int(m_grace)), -1);
    }

    void listRoles()
    {
        InterviewListModel model(*m_interviews);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<int, QByteArray> names = model.roleNames();
        for (const char *name : {"interviewId", "candidate", "role", "planName", "status",
                                 "started", "recommendation", "recommendationLabel", "amended",
                                 "interviewer", "planId", "durationText", "dateText"})
            QVERIFY2(names.values().contains(name), name);
        const QModelIndex ada = model.index(2);
        QCOMPARE(model.data(ada, InterviewListModel::InterviewerRole).toString(),
                 QStringLiteral("Ivy Ives"));
        QCOMPARE(model.data(ada, InterviewListModel::PlanIdRole).toLongLong(), m_backend);
        QCOMPARE(model.data(ada, InterviewListModel::DurationTextRole).toString(),
                 QStringLiteral("20 min")); // three items of 400 s
        QCOMPARE(model.data(ada, InterviewListModel::DateTextRole).toString(),
                 QLocale().toString(t0().toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(model.data(ada, InterviewListModel::RecommendationLabelRole).toString(),
                 QStringLiteral("Strong yes"));
    }

    void recordModel()
    {
        // Ada's first question: criteria, an ad-hoc follow-up, flags and notes.
        const Interview ada = *m_interviews->interview(m_ada);
        const qint64 first = ada.items.at(0).id;
        m_interviews->setCriterionMet(first, 1, true);
        m_interviews->setFollowUpAsked(first, 0, true);
        m_interviews->addFollowUp(first, QStringLiteral("What about PyPy?"));
        m_interviews->setFlags(first, true, false);
        m_interviews->setNotes(first, QStringLiteral("[00:10] knows refcounting"));

        InterviewRecordModel model(*m_interviews);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.active());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy loaded(&model, &InterviewRecordModel::loaded);
        QVERIFY(model.load(int(m_ada)));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(model.active());
        QCOMPARE(model.interviewId(), int(m_ada));
        QCOMPARE(model.candidate(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(model.role(), QStringLiteral("Senior Python developer"));
        QCOMPARE(model.interviewer(), QStringLiteral("Ivy Ives"));
        QCOMPARE(model.planId(), int(m_backend));
        QCOMPARE(model.planName(), QStringLiteral("Backend"));
        QCOMPARE(model.status(), int(vocabulary::InterviewStatus::Finished));
        QCOMPARE(model.statusLabel(), QStringLiteral("Finished"));
        QCOMPARE(model.recommendation(), int(vocabulary::Recommendation::StrongYes));
        QCOMPARE(model.recommendationLabel(), QStringLiteral("Strong yes"));
        QCOMPARE(model.summary(), QStringLiteral("Summary of Ada Lovelace"));
        QCOMPARE(model.durationText(), QStringLiteral("20 min"));
        QVERIFY(!model.dateText().isEmpty());
        QVERIFY(!model.amended());
        QCOMPARE(model.rowCount(), 3);

        const QHash<int, QByteArray> names = model.roleNames();
        for (const char *name :
             {"title", "category", "level", "levelLabel", "itemState", "itemStateLabel", "timeText",
              "overBudget", "score", "scoreLabel", "anchorText", "criteriaMet", "criteriaMissed",
              "followUpsAsked", "flagStrong", "flagConcern", "notes"})
            QVERIFY2(names.values().contains(name), name);

        const QModelIndex row = model.index(0);
        QCOMPARE(model.data(row, InterviewRecordModel::TitleRole).toString(),
                 QStringLiteral("Sample question 1"));
        QCOMPARE(model.data(row, InterviewRecordModel::CategoryRole).toString(),
                 QStringLiteral("Internals"));
        QCOMPARE(model.data(row, InterviewRecordModel::LevelRole).toInt(),
                 int(vocabulary::Level::Senior));
        QCOMPARE(model.data(row, InterviewRecordModel::LevelLabelRole).toString(),
                 QStringLiteral("Senior"));
        QCOMPARE(model.data(row, InterviewRecordModel::StateRole).toInt(),
                 int(vocabulary::ItemState::Done));
        QCOMPARE(model.data(row, InterviewRecordModel::StateLabelRole).toString(),
                 QStringLiteral("Done"));
        // Question 1 has a budget of 6 minutes; 400 s were spent on it.
        QCOMPARE(model.data(row, InterviewRecordModel::TimeTextRole).toString(),
                 QStringLiteral("6:40 of 6 min"));
        QCOMPARE(model.data(row, InterviewRecordModel::OverBudgetRole).toBool(), true);
        QCOMPARE(model.data(row, InterviewRecordModel::ScoreRole).toInt(), 4);
        QCOMPARE(model.data(row, InterviewRecordModel::ScoreLabelRole).toString(),
                 QStringLiteral("4 — Senior"));
        QCOMPARE(model.data(row, InterviewRecordModel::AnchorTextRole).toString(),
                 QStringLiteral("Relates it to production trade-offs."));
        QCOMPARE(model.data(row, InterviewRecordModel::CriteriaMetRole).toStringList(),
                 QStringList{QStringLiteral("Gives an example")});
        QCOMPARE(model.data(row, InterviewRecordModel::CriteriaMissedRole).toStringList(),
                 (QStringList{QStringLiteral("Names the first point"),
                              QStringLiteral("Mentions the trade-off")}));
        QCOMPARE(model.data(row, InterviewRecordModel::FollowUpsAskedRole).toStringList(),
                 (QStringList{QStringLiteral("Follow-up one of 1"),
                              QStringLiteral("What about PyPy? (added)")}));
        QCOMPARE(model.data(row, InterviewRecordModel::FlagStrongRole).toBool(), true);
        QCOMPARE(model.data(row, InterviewRecordModel::FlagConcernRole).toBool(), false);
        QCOMPARE(model.data(row, InterviewRecordModel::NotesRole).toString(),
                 QStringLiteral("[00:10] knows refcounting"));
        const QModelIndex second = model.index(1);
        QCOMPARE(model.data(second, InterviewRecordModel::ScoreLabelRole).toString(),
                 QStringLiteral("2 — Junior"));
        QCOMPARE(model.data(second, InterviewRecordModel::AnchorTextRole).toString(),
                 QStringLiteral("Knows the word."));
        QCOMPARE(model.data(second, InterviewRecordModel::TimeTextRole).toString(),
                 QStringLiteral("6:40 of 7 min"));
        QCOMPARE(model.data(second, InterviewRecordModel::OverBudgetRole).toBool(), false);

        // Bob's second question was not scored.
        QVERIFY(model.load(int(m_bob)));
        QCOMPARE(model.data(model.index(1), InterviewRecordModel::ScoreLabelRole).toString(),
                 QStringLiteral("Not scored"));
        QCOMPARE(model.data(model.index(1), InterviewRecordModel::AnchorTextRole).toString(),
                 QString());
        QCOMPARE(model.data(model.index(2), InterviewRecordModel::ScoreLabelRole).toString(),
                 QStringLiteral("1 — No signal"));
        // A live one, and one that does not exist.
        QVERIFY(model.load(int(m_grace)));
        QCOMPARE(model.status(), int(vocabulary::InterviewStatus::Live));
        QCOMPARE(model.recommendation(), int(vocabulary::Recommendation::None));
        QCOMPARE(model.recommendationLabel(), QString());
        QVERIFY(!model.load(9999));
        QVERIFY(!model.active());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.candidate(), QString());
    }

    void compareModel()
    {
        // The plan changes after Bob: question 2 goes, question 4 (Memory) comes first.
        m_plans->removeItem(m_backendItems.at(1));
        const qint64 memory = m_bank->addQuestion(sampleQuestion(7, QStringLiteral("Memory")));
        m_plans->addItem(m_backend, memory, 0);
        const qint64 cy = start(m_backend, QStringLiteral("=Cy Young"), QString(), t0().addDays(3));
        run(cy, {3, 4, 0}, 200, vocabulary::Recommendation::Yes);
        const qint64 live =
            start(m_backend, QStringLiteral("Dee Live"), QString(), t0().addDays(4));
        run(live, {1}, 100, vocabulary::Recommendation::None);

        CompareModel model(*m_interviews);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QVariantList plans = model.plans();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(0).toMap(),
                 (QVariantMap{{QStringLiteral("planId"), int(m_frontend)},
                              {QStringLiteral("planName"), QStringLiteral("Architecture")},
                              {QStringLiteral("count"), 1}}));
        QCOMPARE(plans.at(1).toMap().value(QStringLiteral("count")).toInt(), 4);

        QSignalSpy planChanged(&model, &CompareModel::planChanged);
        model.setPlan(int(m_backend));
        QCOMPARE(planChanged.count(), 1);
        QCOMPARE(model.planName(), QStringLiteral("Backend"));
        // Union in plan order of first appearance: 1, 2, 3 from Ada; Memory's question
        // before question 1 where Cy met it. The overall score after the recommendation.
        QCOMPARE(
            model.headers(),
            (QStringList{QStringLiteral("Candidate"), QStringLiteral("Started"),
                         QStringLiteral("Recommendation"), QStringLiteral("Overall"),
                         QStringLiteral("Memory"), QStringLiteral("Internals"),
                         QStringLiteral("Concurrency"), QStringLiteral("Sample question 7"),
                         QStringLiteral("Sample question 1"), QStringLiteral("Sample question 2"),
                         QStringLiteral("Sample question 3")}));
        QCOMPARE(model.columnCount(), 11);
        QCOMPARE(model.firstCategoryColumn(), 4);
        QCOMPARE(model.firstQuestionColumn(), 7);
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Internals"));
        QCOMPARE(model.rowCount(), 4);
        // By date, oldest first.
        QCOMPARE(
            column(model, 0),
            (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Bob \"the Builder\", Jr"),
                         QStringLiteral("=Cy Young"), QStringLiteral("Dee Live (live)")}));
        QCOMPARE(column(model, 2), (QStringList{QStringLiteral("Strong yes"), QStringLiteral("No"),
                                                QStringLiteral("Yes"), QString()}));
        // The start with its time, in the locale's short format.
        QCOMPARE(column(model, 1).first(),
                 QLocale().toString(t0().toLocalTime(), QLocale::ShortFormat));
        QVERIFY(column(model, 1).first().contains(
            QLocale().toString(t0().toLocalTime().time(), QLocale::ShortFormat)));
        // Overall: the mean of the scores given, as the PDF summary computes it (Ada 4, 2,
        // 3; Bob 2, –, 1; Cy 3, 4, –; Dee 1 so far).
        QCOMPARE(column(model, 3), (QStringList{QStringLiteral("3.0"), QStringLiteral("1.5"),
                                                QStringLiteral("3.5"), QStringLiteral("1.0")}));
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id =
                model.data(model.index(row, 0), CompareModel::InterviewIdRole).toLongLong();
            QCOMPARE(model.data(model.index(row, 3), CompareModel::ValueRole).toDouble(),
                     scoring::overall(m_interviews->interview(id)->items).average());
        }
        QCOMPARE(column(model, 5), (QStringList{QStringLiteral("3.5"), QStringLiteral("1.5"),
                                                QStringLiteral("4.0"), QStringLiteral("–")}));
        QCOMPARE(column(model, 6), (QStringList{QStringLiteral("2.0"), QStringLiteral("–"),
                                                QStringLiteral("–"), QStringLiteral("–")}));
        QCOMPARE(column(model, 7), (QStringList{QStringLiteral("–"), QStringLiteral("–"),
                                                QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(column(model, 8), (QStringList{QStringLiteral("4"), QStringLiteral("2"),
                                                QStringLiteral("4"), QStringLiteral("–")}));
        QCOMPARE(model.data(model.index(0, 5), CompareModel::ValueRole).toDouble(), 3.5);
        QVERIFY(model.data(model.index(1, 6), CompareModel::ValueRole).isNull());
        QCOMPARE(model.data(model.index(0, 2), CompareModel::ValueRole).toInt(), 4);
        QCOMPARE(model.data(model.index(0, 3), CompareModel::IsScoreRole).toBool(), true);
        QCOMPARE(model.data(model.index(0, 5), CompareModel::IsScoreRole).toBool(), true);
        QCOMPARE(model.data(model.index(0, 1), CompareModel::IsScoreRole).toBool(), false);
        QCOMPARE(model.data(model.index(3, 0), CompareModel::LiveRole).toBool(), true);
        QCOMPARE(model.roleNames().value(Qt::DisplayRole), QByteArray("display"));
        QCOMPARE(model.roleNames().value(CompareModel::ValueRole), QByteArray("value"));
        QCOMPARE(model.roleNames().value(CompareModel::IsScoreRole), QByteArray("isScore"));

        // Sorting: numbers as numbers, empty cells last both ways.
        QSignalSpy sortChanged(&model, &CompareModel::sortChanged);
        model.sortBy(5, false);
        QCOMPARE(sortChanged.count(), 1);
        QCOMPARE(model.sortColumn(), 5);
        QVERIFY(!model.sortAscending());
        QCOMPARE(column(model, 5), (QStringList{QStringLiteral("4.0"), QStringLiteral("3.5"),
                                                QStringLiteral("1.5"), QStringLiteral("–")}));
        model.sortBy(5, true);
        QCOMPARE(column(model, 5), (QStringList{QStringLiteral("1.5"), QStringLiteral("3.5"),
                                                QStringLiteral("4.0"), QStringLiteral("–")}));
        model.sortBy(CompareModel::OverallColumn, false); // best overall first
        QCOMPARE(column(model, 0),
                 (QStringList{QStringLiteral("=Cy Young"), QStringLiteral("Ada Lovelace"),
                              QStringLiteral("Bob \"the Builder\", Jr"),
                              QStringLiteral("Dee Live (live)")}));
        model.sortBy(CompareModel::OverallColumn, true);
        QCOMPARE(column(model, 3), (QStringList{QStringLiteral("1.0"), QStringLiteral("1.5"),
                                                QStringLiteral("3.0"), QStringLiteral("3.5")}));
        model.sortBy(2, true); // recommendation: strong no … strong yes
        QCOMPARE(column(model, 2), (QStringList{QStringLiteral("No"), QStringLiteral("Yes"),
                                                QStringLiteral("Strong yes"), QString()}));
        model.sortBy(0, false);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Dee Live (live)"));
        model.sortBy(1, false);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Dee Live (live)"));
        QCOMPARE(column(model, 0).last(), QStringLiteral("Ada Lovelace"));
        model.sortBy(99, true); // ignored
        QCOMPARE(model.sortColumn(), 1);
        model.sortBy(1, true);

        // CSV: the table as shown, RFC 4180 quoting, empty cells for no score, a formula
        // kept as text.
        const QString date = QLocale().toString(t0().toLocalTime(), QLocale::ShortFormat);
        const QStringList lines = model.csv().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 6); // header, four rows, the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QStringLiteral("Candidate,Started,Recommendation,Overall,Memory,"
                                             "Internals,Concurrency,Sample question 7,Sample "
                                             "question 1,Sample question 2,Sample question 3"));
        QCOMPARE(lines.at(1), QStringLiteral("Ada Lovelace,%1,Strong yes,3.0,,3.5,2.0,,4,2,3")
                                  .arg(date.contains(QLatin1Char(','))
                                           ? QLatin1Char('"') + date + QLatin1Char('"')
                                           : date));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("\"Bob \"\"the Builder\"\", Jr\",")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).endsWith(QStringLiteral(",No,1.5,,1.5,,,2,,1")));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("'=Cy Young,")), qPrintable(lines.at(3)));
        QCOMPARE(lines.at(5), QString());

        const QString file = m_dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY(model.exportCsv(QUrl::fromLocalFile(file)));
        QCOMPARE(testsupport::readFile(file), model.csv().toUtf8());
        QCOMPARE(model.error(), QString());
        QSignalSpy error(&model, &CompareModel::errorChanged);
        QVERIFY(!model.exportCsv(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("no/x.csv")))));
        QCOMPARE(error.count(), 1);
        QVERIFY(model.error().contains(QStringLiteral("no/x.csv")));
        QCOMPARE(testsupport::readFile(file), model.csv().toUtf8()); // left alone

        // Another plan, then none.
        model.setPlan(int(m_frontend));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 4 + 1 + 2);
        model.setPlan(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);
    }

    // Issue 16, item 7: one row per candidate however many interviewers saw them, the
    // plan's competencies (by name) before the questions with the mean rating and its
    // range, a spread of 2 or more flagged; scores are means over the interviews; a live
    // interview adds its scores but not its (unsubmitted) ratings; CSV carries it all.
    void compareScorecards()
    {
        // Ada and Bob were interviewed before the plan named competencies.
        m_plans->setCompetencies(
            m_backend,
            {PlanCompetency{0, QStringLiteral("Python internals"), QString()},
             PlanCompetency{0, QStringLiteral("Async and threads"), QString()}},
            {{m_backendItems.at(0), {0}},
             {m_backendItems.at(1), {1}},
             {m_backendItems.at(2), {0}}});
        const qint64 eve1 = start(m_backend, QStringLiteral("Eve Exact"),
                                  QStringLiteral("Ivy Ives"), t0().addDays(2));
        run(eve1, {4, 2, 3}, 300, vocabulary::Recommendation::Yes, {3, 1});
        const qint64 eve2 = start(m_backend, QStringLiteral("Eve Exact"),
                                  QStringLiteral("Jon Jones"), t0().addDays(2).addSecs(3600));
        run(eve2, {2, 0, 3}, 300, vocabulary::Recommendation::StrongYes, {4, 3});
        const qint64 fay = start(m_backend, QStringLiteral("Fay Live"), QStringLiteral("Ivy Ives"),
                                 t0().addDays(3));
        run(fay, {1}, 100, vocabulary::Recommendation::None, {4, 4});
        // Fay's ratings are stored, only not submitted: the table must leave them out.
        QCOMPARE(m_interviews->scorecard(fay)->ratingOf(QStringLiteral("python INTERNALS")), 4);
        QVERIFY(!m_interviews->scorecard(fay)->submitted);
        QCOMPARE(m_interviews->scorecard(eve1)->candidateId,
                 m_interviews->scorecard(eve2)->candidateId);

        CompareModel model(*m_interviews);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(int(m_backend));
        QCOMPARE(
            model.headers(),
            (QStringList{QStringLiteral("Candidate"), QStringLiteral("Started"),
                         QStringLiteral("Recommendation"), QStringLiteral("Overall"),
                         QStringLiteral("Python internals"), QStringLiteral("Async and threads"),
                         QStringLiteral("Internals"), QStringLiteral("Concurrency"),
                         QStringLiteral("Sample question 1"), QStringLiteral("Sample question 2"),
                         QStringLiteral("Sample question 3")}));
        QCOMPARE(model.firstCompetencyColumn(), 4);
        QCOMPARE(model.firstCategoryColumn(), 6);
        QCOMPARE(model.firstQuestionColumn(), 8);
        // Five interviews, four candidates: Eve's two interviewers make one row.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(
            column(model, 0),
            (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Bob \"the Builder\", Jr"),
                         QStringLiteral("Eve Exact"), QStringLiteral("Fay Live (live)")}));
        const int eve = 2;
        QCOMPARE(model.data(model.index(eve, 0), CompareModel::InterviewIdsRole).toList(),
                 (QVariantList{eve1, eve2}));
        QCOMPARE(model.data(model.index(eve, 0), CompareModel::InterviewIdRole).toLongLong(), eve2);
        QCOMPARE(model.data(model.index(eve, 0), CompareModel::CandidateIdRole).toLongLong(),
                 m_interviews->scorecard(eve1)->candidateId);
        QCOMPARE(column(model, 1).at(eve),
                 QLocale().toString(t0().addDays(2).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(column(model, 2).at(eve), QStringLiteral("Yes, Strong yes"));
        QCOMPARE(model.data(model.index(eve, 2), CompareModel::ValueRole).toDouble(), 3.5);
        // Overall over both: 4, 2, 3 and 2, 3.
        QCOMPARE(column(model, 3).at(eve), QStringLiteral("2.8"));
        // Competencies: mean and range; ratings 1 and 3 disagree.
        QCOMPARE(column(model, 4), (QStringList{QStringLiteral("–"), QStringLiteral("–"),
                                                QStringLiteral("3.5 (3–4)"), QStringLiteral("–")}));
        QCOMPARE(column(model, 5), (QStringList{QStringLiteral("–"), QStringLiteral("–"),
                                                QStringLiteral("2.0 (1–3)"), QStringLiteral("–")}));
        QCOMPARE(model.data(model.index(eve, 4), CompareModel::ValueRole).toDouble(), 3.5);
        QVERIFY(model.data(model.index(3, 4), CompareModel::ValueRole).isNull()); // Fay: live
        QCOMPARE(model.data(model.index(eve, 4), CompareModel::DisagreementRole).toBool(), false);
        QCOMPARE(model.data(model.index(eve, 5), CompareModel::DisagreementRole).toBool(), true);
        QCOMPARE(model.data(model.index(eve, 6), CompareModel::DisagreementRole).toBool(), false);
        QCOMPARE(model.data(model.index(eve, 5), CompareModel::RatingsRole).toList(),
                 (QVariantList{1, 3}));
        QCOMPARE(model.data(model.index(eve, 4), CompareModel::IsScoreRole).toBool(), true);
        QCOMPARE(model.roleNames().value(CompareModel::DisagreementRole),
                 QByteArray("disagreement"));
        // Categories and questions: means over the interviews (Fay's live score counts).
        QCOMPARE(column(model, 6).at(eve), QStringLiteral("3.0"));
        QCOMPARE(column(model, 7).at(eve), QStringLiteral("2.0"));
        QCOMPARE(column(model, 8), (QStringList{QStringLiteral("4"), QStringLiteral("2"),
                                                QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(column(model, 9).at(eve), QStringLiteral("2"));
        QCOMPARE(model.data(model.index(eve, 8), CompareModel::ValueRole).toDouble(), 3.0);
        QCOMPARE(model.data(model.index(3, 0), CompareModel::LiveRole).toBool(), true);

        // A question whose mean is not whole shows one decimal.
        const qint64 eve3 = start(m_backend, QStringLiteral("Eve Exact"), QStringLiteral("Kim Kay"),
                                  t0().addDays(2).addSecs(7200));
        run(eve3, {3, 4, 4}, 300, vocabulary::Recommendation::Yes, {2, 0});
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, 8).at(eve), QStringLiteral("3")); // 4, 2, 3
        QCOMPARE(column(model, 9).at(eve), QStringLiteral("3")); // 2, 4
        QCOMPARE(column(model, 10).at(eve), QStringLiteral("3.3"));
        QCOMPARE(column(model, 4).at(eve), QStringLiteral("3.0 (2–4)")); // 3, 4, 2
        QCOMPARE(model.data(model.index(eve, 4), CompareModel::DisagreementRole).toBool(), true);
        QCOMPARE(column(model, 5).at(eve), QStringLiteral("2.0 (1–3)")); // not rated by Kim
        QCOMPARE(column(model, 2).at(eve), QStringLiteral("Yes, Strong yes, Yes"));

        // Sorting a competency: numbers as numbers, empty last both ways.
        model.sortBy(5, false);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Eve Exact"));
        QCOMPARE(column(model, 5).last(), QStringLiteral("–"));
        model.sortBy(5, true);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Eve Exact"));
        model.sortBy(CompareModel::OverallColumn, true);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Fay Live (live)"));
        model.sortBy(CompareModel::DateColumn, true);

        // CSV: the competency columns with their range, a disagreement said in words.
        const QStringList lines = model.csv().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Candidate,Started,Recommendation,Overall,Python internals,"
                                "Async and threads,Internals,Concurrency,Sample question 1,"
                                "Sample question 2,Sample question 3"));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(",Strong yes,3.0,,,3.5,2.0,4,2,3")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("Eve Exact,")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).endsWith(QStringLiteral(
                     ",\"Yes, Strong yes, Yes\",3.1,3.0 (2–4) disagreement,2.0 (1–3) disagreement,"
                     "3.2,3.0,3,3,3.3")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("Fay Live (live),")),
                 qPrintable(lines.at(4)));
        QVERIFY2(lines.at(4).endsWith(QStringLiteral(",,1.0,,,1.0,,1,,")), qPrintable(lines.at(4)));
        const QString file = m_dir.filePath(QStringLiteral("scorecards.csv"));
        QVERIFY(model.exportCsv(QUrl::fromLocalFile(file)));
        QCOMPARE(testsupport::readFile(file), model.csv().toUtf8());
    }

    // Issue 14, item 7: the history's record and row of the interview being run follow
    // the call — scores and notes as they are stored, minutes and times as the clock runs
    // — without selecting another interview and coming back.
    void historyFollowsTheLiveInterview()
    {
        InterviewDesk desk(*m_interviews, *m_plans, *m_bank, *m_settings, m_path);
        TestClock &clock = m_workspace->clock();
        const qint64 id =
            start(m_backend, QStringLiteral("Live Larry"), QStringLiteral("Ivy Ives"), clock.now());
        desk.interviews()->refresh();
        QVERIFY(desk.open(int(id)));
        InterviewRecordModel &record = *desk.record();
        QVERIFY(record.load(int(id)));
        QCOMPARE(record.data(record.index(0), InterviewRecordModel::ScoreRole).toInt(), 0);

        desk.live()->setScore(3);
        QCOMPARE(record.data(record.index(0), InterviewRecordModel::ScoreRole).toInt(), 3);
        desk.live()->toggleCriterion(0);
        QCOMPARE(record.data(record.index(0), InterviewRecordModel::CriteriaMetRole)
                     .toStringList()
                     .size(),
                 1);
        desk.live()->setNotes(QStringLiteral("[00:10] knows the GIL"));
        QTRY_COMPARE(record.data(record.index(0), InterviewRecordModel::NotesRole).toString(),
                     QStringLiteral("[00:10] knows the GIL"));

        // The clock: the list's row and the record are told their times moved.
        InterviewListModel &list = *desk.interviews();
        const int row = list.rowOf(int(id));
        QVERIFY(row >= 0);
        clock.advanceSeconds(10 * 60 + 5);
        QSignalSpy rowChanged(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy recordClock(&record, &InterviewRecordModel::clockChanged);
        QSignalSpy recordTimes(&record, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!rowChanged.isEmpty() && !recordClock.isEmpty(), 3000);
        const auto touches = [](const QSignalSpy &spy, int wantRow, int role) {
            for (const QList<QVariant> &args : spy) {
                const QModelIndex from = args.at(0).toModelIndex();
                const QModelIndex to = args.at(1).toModelIndex();
                const auto roles = args.at(2).value<QList<int>>();
                if (from.row() <= wantRow && wantRow <= to.row() && roles.contains(role))
                    return true;
            }
            return false;
        };
        QVERIFY(touches(rowChanged, row, InterviewListModel::DurationTextRole));
        QVERIFY(touches(recordTimes, 0, InterviewRecordModel::TimeTextRole));
        QCOMPARE(list.data(list.index(row), InterviewListModel::DurationTextRole).toString(),
                 QStringLiteral("10 min"));
        QCOMPARE(record.durationText(), QStringLiteral("10 min"));
    }

    void deskWiring()
    {
        InterviewDesk desk(*m_interviews, *m_plans, *m_bank, *m_settings, m_path);
        QVERIFY(desk.record());
        QVERIFY(desk.compare());
        desk.record()->load(int(m_bob));
        desk.compare()->setPlan(int(m_backend));
        QCOMPARE(desk.compare()->rowCount(), 2);
        QVERIFY(desk.removeInterview(int(m_bob)));
        QVERIFY(!desk.record()->active());
        QCOMPARE(desk.compare()->rowCount(), 1);
        QCOMPARE(desk.interviews()->rowCount(), 2);

        // Page size and PDF names.
        QCOMPARE(desk.pageSize(), QStringLiteral("A4"));
        QSignalSpy pageSize(&desk, &InterviewDesk::pageSizeChanged);
        desk.setPageSize(QStringLiteral("letter"));
        QCOMPARE(desk.pageSize(), QStringLiteral("Letter"));
        QCOMPARE(m_settings->value(QStringLiteral("pdf_page_size")), QStringLiteral("Letter"));
        desk.setPageSize(QStringLiteral("A5"));
        QCOMPARE(desk.pageSize(), QStringLiteral("Letter"));
        QVERIFY(!desk.error().isEmpty());
        QCOMPARE(pageSize.count(), 1);

        const QString day = t0().toLocalTime().date().toString(Qt::ISODate);
        QCOMPARE(desk.suggestedPdfName(int(m_ada)),
                 QStringLiteral("Interview - Ada Lovelace - %1.pdf").arg(day));
        const qint64 odd =
            start(m_backend, QStringLiteral("../A/B:C*D?\"E\"<F>|G"), QString(), t0());
        QCOMPARE(desk.suggestedPdfName(int(odd)),
                 QStringLiteral("Interview - _A_B_C_D__E__F__G - %1.pdf").arg(day));

        const QString pdf = m_dir.filePath(QStringLiteral("ada.pdf"));
        QVERIFY2(desk.exportPdf(int(m_ada), QUrl::fromLocalFile(pdf)), qPrintable(desk.error()));
        QVERIFY(testsupport::readFile(pdf).startsWith("%PDF"));
        QVERIFY(!desk.exportPdf(9999, QUrl::fromLocalFile(pdf)));
        QVERIFY(!desk.error().isEmpty());
        // Previews are shown from memory (tst_previews checks nothing reaches the disk).
        QPdfDocument document;
        QVERIFY2(desk.showPreview(&document, int(m_ada)), qPrintable(desk.error()));
        QVERIFY(document.metaData(QPdfDocument::MetaDataField::Title)
                    .toString()
                    .contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(desk.showPreview(&document, int(m_grace)));
        QVERIFY(document.metaData(QPdfDocument::MetaDataField::Title)
                    .toString()
                    .contains(QStringLiteral("Grace")));
        QVERIFY(document.pageCount() >= 1);
        QVERIFY(!desk.showPreview(&document, 9999));
        QVERIFY(!desk.error().isEmpty());
    }
};

QTEST_MAIN(HistoryTest)
#include "tst_history.moc"
