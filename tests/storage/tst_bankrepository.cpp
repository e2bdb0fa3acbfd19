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

    // Every field of two reads of one question, the database's own ones included.
    static void verifySame(const Question &read, const Question &expected)
    {
        const QByteArray where = expected.title.toUtf8();
        QVERIFY2(read.sameContent(expected), where);
        QCOMPARE(read.id, expected.id);
        QCOMPARE(read.tags, expected.tags);
        QCOMPARE(read.followUps, expected.followUps);
        QCOMPARE(read.criteria, expected.criteria);
        QCOMPARE(read.createdAt, expected.createdAt);
        QCOMPARE(read.updatedAt, expected.updatedAt);
    }

    // The bank is read with one query per child table, grouped in memory: each question
    // must get its own tags, follow-ups and criteria, in their order, exactly as reading
    // it alone gives them. Ids run across categories, so bank order is not id order, and
    // the lists differ in length (some empty) from question to question.
    void bankLoadEqualsOneByOne()
    {
        const QStringList categories = {QStringLiteral("Zeta"), QStringLiteral("Alpha"),
                                        QStringLiteral("Mu")};
        QList<Category> order;
        for (int i = 0; i < categories.size(); ++i)
            order.append({0, categories.at(i), i});
        QList<Question> questions;
        for (int n = 1; n <= 60; ++n) {
            Question q = sampleQuestion(n, categories.at(n % categories.size()));
            q.title = QStringLiteral("Question %1").arg(61 - n); // titles sort against ids
            q.tags.clear();
            for (int t = 0; t < n % 4; ++t)
                q.tags << QStringLiteral("tag%1-%2").arg(n).arg(t);
            q.followUps.clear();
            for (int f = 0; f < n % 3; ++f)
                q.followUps << QStringLiteral("Follow-up %1 of question %2").arg(f).arg(n);
            q.criteria.clear();
            for (int c = 0; c < (n * 7) % 5; ++c)
                q.criteria << QStringLiteral("Criterion %1 of question %2").arg(c).arg(n);
            q.level = vocabulary::levels().at(n % 3);
            q.kind = vocabulary::kinds().at(n % 5);
            q.archived = n % 11 == 0;
            questions << q;
        }
        m_bank->importQuestions(order, questions);
        // A later edit gives one question children in another order than its id.
        Question edited = *m_bank->questionByUuid(questions.at(4).uuid);
        edited.tags = {QStringLiteral("zz"), QStringLiteral("aa"), QStringLiteral("mm")};
        edited.criteria = {QStringLiteral("Second written, first listed")};
        m_bank->updateQuestion(edited);

        const QList<Question> all = m_bank->allQuestions();
        QCOMPARE(all.size(), questions.size());
        QCOMPARE(m_bank->questionCount(true), int(all.size()));
        QList<qint64> ids;
        for (const Question &q : all) {
            const std::optional<Question> alone = m_bank->question(q.id);
            QVERIFY(alone);
            verifySame(q, *alone);
            verifySame(q, *m_bank->questionByUuid(q.uuid));
            ids << q.id;
        }
        QCOMPARE(m_bank->questionByUuid(edited.uuid)->tags, edited.tags);
        // Bank order: category position, then title.
        QCOMPARE(all.first().category, QStringLiteral("Zeta"));
        QCOMPARE(all.last().category, QStringLiteral("Mu"));
        for (int i = 1; i < all.size(); ++i) {
            if (all.at(i).category == all.at(i - 1).category)
                QVERIFY(all.at(i - 1).title < all.at(i).title);
        }

        // The same for a chosen set of ids, with one that is not in the bank.
        const QList<qint64> chosen = {ids.at(7), ids.at(0), ids.at(31), 999999};
        const QHash<qint64, Question> some = m_bank->questions(chosen);
        QCOMPARE(some.size(), 3);
        QVERIFY(!some.contains(999999));
        for (const qint64 id : chosen.first(3))
            verifySame(some.value(id), *m_bank->question(id));
        QVERIFY(m_bank->questions({}).isEmpty());
    }

    // A level this Panelist does not know (a newer one wrote it, or another program) is
    // refused when read, naming the file, the column and the value.
    void unknownStoredLevelNamesColumnAndValue()
    {
        const qint64 id = m_bank->addQuestion(sampleQuestion(20));
        const QSqlDatabase db = m_db->connection();
        // The columns' CHECK constraints know only this version's keys.
        sql::exec(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        sql::exec(db, QStringLiteral("UPDATE questions SET level = 'principal' WHERE id = ?"),
                  {id});
        const auto verifyNamed = [&db](const std::function<void()> &read) {
            try {
                read();
                QFAIL("an unknown level was read");
            } catch (const PanelistError &error) {
                const QString message = error.message();
                QVERIFY2(message.contains(db.databaseName()), qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("questions.level")), qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("\"principal\"")), qPrintable(message));
            }
        };
        verifyNamed([&] { m_bank->question(id); });
        verifyNamed([&] { m_bank->allQuestions(); });
        verifyNamed([&] { m_bank->search({}); });
        verifyNamed([&] { m_bank->facets({}); });

        sql::exec(db, QStringLiteral("UPDATE questions SET level = 'junior', kind = 'quiz'"));
        try {
            m_bank->question(id);
            QFAIL("an unknown kind was read");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("questions.kind")) &&
                         error.message().contains(QStringLiteral("\"quiz\"")),
                     qPrintable(error.message()));
        }
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
