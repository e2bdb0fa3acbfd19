#include "bank/questionlistmodel.h"
#include "domain/vocabulary.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class QuestionListModelTest : public QObject
{
    Q_OBJECT

    TestWorkspace m_workspace;
    BankRepository *m_bank = &m_workspace.bank();

private slots:
    void initTestCase()
    {
        QList<Question> questions;
        // More than two pages, so paging is exercised.
        for (int i = 0; i < QuestionListModel::kPageSize * 2 + 30; ++i)
            questions << testsupport::sampleQuestion(i, i < 10 ? QStringLiteral("Concurrency")
                                                               : QStringLiteral("Internals"));
        questions[5].title = QStringLiteral("Generators and coroutines");
        m_bank->importQuestions({}, questions);
    }

    void conformsToQtModelRules()
    {
        QuestionListModel model(*m_bank);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("gener"));
        model.setQuery(QStringLiteral("sample"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        model.setQuery({});
    }

    void fetchesPagesOnDemand()
    {
        QuestionListModel model(*m_bank);
        QCOMPARE(model.rowCount(), QuestionListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), QuestionListModel::kPageSize * 2);
        QCOMPARE(inserted.count(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), QuestionListModel::kPageSize * 2 + 30);
        QVERIFY(!model.canFetchMore({}));
    }

    // A refresh (the data changed under the list) reads as many rows as were loaded and
    // keeps the current question's row; a reload (a new query) starts at the first row.
    void refreshKeepsTheLoadedRows()
    {
        QuestionListModel model(*m_bank);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const int current = QuestionListModel::kPageSize + 20;
        const qint64 id = model.idAt(current);
        const int loaded = model.rowCount(); // the tester may have fetched more
        QVERIFY(loaded > current);
        model.refresh();
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.rowAfterReset(id), current);
        model.reload();
        QCOMPARE(model.rowAfterReset(id), 0);
        model.setQuery(QStringLiteral("no question has this word zqxj"));
        QCOMPARE(model.rowAfterReset(id), -1);
    }

    void rolesCarryTheSummary()
    {
        QuestionListModel model(*m_bank);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(QuestionListModel::CategoryRole).toString(),
                 QStringLiteral("Concurrency"));
        QCOMPARE(first.data(QuestionListModel::LevelRole).toInt(), int(vocabulary::Level::Senior));
        QCOMPARE(first.data(QuestionListModel::LevelLabelRole).toString(),
                 QStringLiteral("Senior"));
        QVERIFY(first.data(QuestionListModel::IdRole).toLongLong() > 0);
        QCOMPARE(model.idAt(0), first.data(QuestionListModel::IdRole).toLongLong());
        QCOMPARE(model.idAt(-1), 0);
        QVERIFY(model.roleNames().values().contains("title"));
    }

    void queryFiltersAndSignals()
    {
        QuestionListModel model(*m_bank);
        QSignalSpy queryChanged(&model, &QuestionListModel::queryChanged);
        QSignalSpy countChanged(&model, &QuestionListModel::countChanged);
        model.setQuery(QStringLiteral("gener"));
        QCOMPARE(queryChanged.count(), 1);
        QVERIFY(countChanged.count() >= 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(QuestionListModel::TitleRole).toString(),
                 QStringLiteral("Generators and coroutines"));
        model.setQuery(QStringLiteral("gener"));
        QCOMPARE(queryChanged.count(), 1); // unchanged text: no reload
        model.setQuery(QStringLiteral("\"*"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(QuestionListModelTest)
#include "tst_questionlistmodel.moc"
