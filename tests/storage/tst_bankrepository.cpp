#include "domain/errors.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QTest>

using testsupport::sampleQuestion;

class BankRepositoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_workspace;
    Database *m_db = nullptr;
    BankRepository *m_bank = nullptr;

    QStringList searchTitles(const QString &text)
    {
        searchindex::Request request;
        request.text = text;
        QStringList titles;
        for (const QuestionSummary &row : m_bank->search(request))
            titles << row.title;
        return titles;
    }

private slots:
    void init()
    {
        m_workspace = std::make_unique<TestWorkspace>();
        m_db = &m_workspace->database();
        m_bank = &m_workspace->bank();
    }

    void addAndReadBackEveryField()
    {
        const Question original = sampleQuestion(1);
        const qint64 id = m_bank->addQuestion(original);
        QVERIFY(id > 0);
        const std::optional<Question> stored = m_bank->question(id);
        QVERIFY(stored);
        QVERIFY(stored->sameContent(original));
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(m_bank->questionCount(), 1);
        QCOMPARE(m_bank->categories().size(), 1);
        QCOMPARE(m_bank->categories().first().name, QStringLiteral("Internals"));
    }

    void addGeneratesUuidAndRefusesDuplicates()
    {
        Question q = sampleQuestion(2);
        q.uuid.clear();
        const qint64 id = m_bank->addQuestion(q);
        QVERIFY(!m_bank->question(id)->uuid.isEmpty());
        QVERIFY_THROWS_EXCEPTION(PanelistError, m_bank->addQuestion(*m_bank->question(id)));
        QCOMPARE(m_bank->questionCount(), 1);
    }

    void updateRewritesChildrenInOrderAndIndex()
    {
        const qint64 id = m_bank->addQuestion(sampleQuestion(3));
        Question q = *m_bank->question(id);
        q.title = QStringLiteral("Descriptors and properties");
        q.followUps = {QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("second")};
        q.criteria = {QStringLiteral("only one")};
        q.tags = {QStringLiteral("descriptors")};
        m_bank->updateQuestion(q);
        const Question stored = *m_bank->question(id);
        QCOMPARE(stored.followUps, q.followUps);
        QCOMPARE(stored.criteria, q.criteria);
        QCOMPARE(stored.tags, q.tags);
        QCOMPARE(searchTitles(QStringLiteral("descrip")), QStringList{q.title});
        QVERIFY(searchTitles(QStringLiteral("\"Sample question 3\"")).isEmpty());
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT user_edited FROM questions WHERE id = ?"), {id})
                     .toInt(),
                 1);
    }

    void archiveHidesFromListAndSearch()
    {
        const qint64 id = m_bank->addQuestion(sampleQuestion(4));
        m_bank->addQuestion(sampleQuestion(5));
        m_bank->setArchived(id, true);
        QCOMPARE(m_bank->questionCount(), 1);
        QCOMPARE(m_bank->questionCount(true), 2);
        QCOMPARE(m_bank->search({}).size(), 1);
        QCOMPARE(searchTitles(QStringLiteral("sample")),
                 QStringList{QStringLiteral("Sample question 5")});
        searchindex::Request all;
        all.text = QStringLiteral("sample");
        all.includeArchived = true;
        QCOMPARE(m_bank->search(all).size(), 2);
        m_bank->setArchived(id, false);
        QCOMPARE(m_bank->questionCount(), 2);
    }

    void removeDeletesChildrenAndIndexRow()
    {
        const qint64 id = m_bank->addQuestion(sampleQuestion(6));
        m_bank->removeQuestion(id);
        QVERIFY(!m_bank->question(id));
        const QSqlDatabase c = m_db->connection();
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM question_follow_ups")).toInt(),
                 0);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM question_search")).toInt(), 0);
    }

    void listIsPagedInCategoryOrder()
    {
        QList<Question> questions;
        for (int i = 0; i < 25; ++i)
            questions << sampleQuestion(100 + i, i % 2 ? QStringLiteral("Memory")
                                                       : QStringLiteral("Internals"));
        m_bank->importQuestions(
            {{0, QStringLiteral("Internals"), 0}, {0, QStringLiteral("Memory"), 1}}, questions);
        searchindex::Request page;
        page.limit = 10;
        const QList<QuestionSummary> first = m_bank->search(page);
        page.limit = 100;
        page.offset = 10;
        const QList<QuestionSummary> rest = m_bank->search(page);
        QCOMPARE(first.size(), 10);
        QCOMPARE(rest.size(), 15);
        QCOMPARE(first.first().category, QStringLiteral("Internals"));
        QCOMPARE(rest.last().category, QStringLiteral("Memory"));
    }

    void importUpdatesByUuidInsteadOfDuplicating()
    {
        const BankRepository::ImportResult first =
            m_bank->importQuestions({}, {sampleQuestion(7), sampleQuestion(8)});
        QCOMPARE(first.added, 2);
        Question changed = sampleQuestion(7);
        changed.title = QStringLiteral("Renamed by the import");
        const BankRepository::ImportResult second =
            m_bank->importQuestions({}, {changed, sampleQuestion(8), sampleQuestion(9)});
        QCOMPARE(second.added, 1);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.unchanged, 1);
        QCOMPARE(m_bank->questionCount(), 3);
        QCOMPARE(m_bank->questionByUuid(changed.uuid)->title, changed.title);
    }

    void failedImportWritesNothing()
    {
        m_bank->importQuestions({}, {sampleQuestion(10)});
        Question broken = sampleQuestion(11);
        broken.minutes = 500; // violates the table's CHECK constraint
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 m_bank->importQuestions({}, {sampleQuestion(12), broken}));
        QCOMPARE(m_bank->questionCount(), 1);
        QVERIFY(!m_bank->questionByUuid(sampleQuestion(12).uuid));
        QVERIFY(searchTitles(QStringLiteral("\"Sample question 12\"")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(BankRepositoryTest)
#include "tst_bankrepository.moc"
