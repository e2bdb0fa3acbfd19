#include "bank/categorylistmodel.h"
#include "domain/errors.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using testsupport::sampleQuestion;

// Categories as a person edits them: names, order, merging and removing, both through
// the repository and through the model the QML pages bind to.
class CategoriesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

    CategoryRepository &categories() { return m_ws->categories(); }

    QStringList names() const
    {
        QStringList result;
        for (const Category &category : m_ws->bank().categories())
            result << category.name;
        return result;
    }

    qint64 idOf(const QString &name) const
    {
        for (const Category &category : m_ws->bank().categories()) {
            if (category.name == name)
                return category.id;
        }
        return 0;
    }

    // Adds question `n` in `category` as if the shipped bank had installed it, so that
    // a later user_edited = 1 can only come from the category edit under test.
    qint64 addPristine(int n, const QString &category, bool archived = false)
    {
        Question q = sampleQuestion(n, category);
        q.archived = archived;
        const qint64 id = m_ws->bank().addQuestion(q);
        sql::exec(m_ws->connection(),
                  QStringLiteral("UPDATE questions SET user_edited = 0 WHERE id = ?"), {id});
        return id;
    }

    int userEdited(qint64 questionId) const
    {
        return sql::scalar(m_ws->connection(),
                           QStringLiteral("SELECT user_edited FROM questions WHERE id = ?"),
                           {questionId})
            .toInt();
    }

    int countIn(const QString &name) const
    {
        for (const CategoryRepository::Row &row :
             m_ws->bank().categoryRepository().categoriesWithCounts()) {
            if (row.category.name == name)
                return row.questionCount;
        }
        return -1;
    }

    void verifyPositionsAreDense()
    {
        const QList<Category> all = m_ws->bank().categories();
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).position, i);
    }

private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }

    void addRefusesDuplicatesAndEmptyNames()
    {
        const qint64 id = categories().add(QStringLiteral("  Memory   management "));
        QVERIFY(id > 0);
        // Stored the way it is shown: inner runs of spaces collapsed, ends trimmed.
        QCOMPARE(names(), QStringList{QStringLiteral("Memory management")});

        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 categories().add(QStringLiteral("memory MANAGEMENT")));
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 categories().add(QStringLiteral(" Memory  management")));
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().add(QString()));
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().add(QStringLiteral(" \t ")));
        QCOMPARE(names(), QStringList{QStringLiteral("Memory management")});

        categories().add(QStringLiteral("Concurrency"));
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("Memory management"), QStringLiteral("Concurrency")}));
        verifyPositionsAreDense();
    }

    void duplicateMessageNamesTheCategory()
    {
        categories().add(QStringLiteral("Memory"));
        try {
            categories().add(QStringLiteral("MEMORY"));
            QFAIL("a duplicate name was accepted");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("MEMORY")),
                     qPrintable(error.message()));
        }
    }

    void renameChangesNameAndRefusesClashes()
    {
        const qint64 memory = categories().add(QStringLiteral("Memory"));
        categories().add(QStringLiteral("Concurrency"));
        const qint64 question = addPristine(1, QStringLiteral("Memory"));

        categories().rename(memory, QStringLiteral("Memory and GC"));
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("Memory and GC"), QStringLiteral("Concurrency")}));
        QCOMPARE(m_ws->bank().question(question)->category, QStringLiteral("Memory and GC"));
        // The category is part of the question's content; a bank upgrade must keep it.
        QCOMPARE(userEdited(question), 1);

        // Changing only the case of its own name is not a clash with itself.
        categories().rename(memory, QStringLiteral("memory and gc"));
        QCOMPARE(names().first(), QStringLiteral("memory and gc"));

        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 categories().rename(memory, QStringLiteral("CONCURRENCY")));
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().rename(memory, QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(PanelistError,
                                 categories().rename(memory + 1000, QStringLiteral("Ghost")));
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("memory and gc"), QStringLiteral("Concurrency")}));
    }

    void moveRenumbersInTheNewOrder()
    {
        for (const char *name : {"A", "B", "C", "D"})
            categories().add(QString::fromLatin1(name));

        categories().move(idOf(QStringLiteral("D")), 0);
        QCOMPARE(names(), (QStringList{"D", "A", "B", "C"}));
        verifyPositionsAreDense();

        categories().move(idOf(QStringLiteral("A")), 2);
        QCOMPARE(names(), (QStringList{"D", "B", "A", "C"}));
        verifyPositionsAreDense();

        // Out-of-range positions clamp to the ends instead of leaving gaps.
        categories().move(idOf(QStringLiteral("D")), 99);
        QCOMPARE(names(), (QStringList{"B", "A", "C", "D"}));
        categories().move(idOf(QStringLiteral("C")), -5);
        QCOMPARE(names(), (QStringList{"C", "B", "A", "D"}));
        verifyPositionsAreDense();

        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().move(12345, 0));
    }

    void mergeMovesEveryQuestionAndDeletesTheSource()
    {
        categories().add(QStringLiteral("Old"));
        categories().add(QStringLiteral("Middle"));
        categories().add(QStringLiteral("New"));
        const qint64 live = addPristine(1, QStringLiteral("Old"));
        const qint64 archived = addPristine(2, QStringLiteral("Old"), true);
        const qint64 bystander = addPristine(3, QStringLiteral("New"));

        categories().merge(idOf(QStringLiteral("Old")), idOf(QStringLiteral("New")));

        QCOMPARE(names(), (QStringList{QStringLiteral("Middle"), QStringLiteral("New")}));
        verifyPositionsAreDense();
        QCOMPARE(m_ws->bank().question(live)->category, QStringLiteral("New"));
        QCOMPARE(m_ws->bank().question(archived)->category, QStringLiteral("New"));
        QVERIFY(m_ws->bank().question(archived)->archived);
        QCOMPARE(countIn(QStringLiteral("New")), 3);
        QCOMPARE(userEdited(live), 1);
        QCOMPARE(userEdited(archived), 1);
        // A question that did not move is not the user's edit.
        QCOMPARE(userEdited(bystander), 0);
    }

    void mergeIntoItselfIsRefused()
    {
        const qint64 id = categories().add(QStringLiteral("Solo"));
        addPristine(1, QStringLiteral("Solo"));
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().merge(id, id));
        QCOMPARE(countIn(QStringLiteral("Solo")), 1);
    }

    void removeEmptyCategory()
    {
        categories().add(QStringLiteral("A"));
        const qint64 empty = categories().add(QStringLiteral("Empty"));
        categories().add(QStringLiteral("C"));
        categories().remove(empty);
        QCOMPARE(names(), (QStringList{"A", "C"}));
        verifyPositionsAreDense();
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().remove(empty));
    }

    void removeUsedCategoryWithoutTargetChangesNothing()
    {
        const qint64 used = categories().add(QStringLiteral("Networking"));
        categories().add(QStringLiteral("Other"));
        const qint64 first = addPristine(1, QStringLiteral("Networking"));
        addPristine(2, QStringLiteral("Networking"), true); // archived ones count too

        for (const qint64 target : {qint64(0), used}) {
            try {
                categories().remove(used, target);
                QFAIL("a category holding questions was removed");
            } catch (const PanelistError &error) {
                // The message must let the person decide: which category, how many.
                QVERIFY2(error.message().contains(QStringLiteral("Networking")),
                         qPrintable(error.message()));
                QVERIFY2(error.message().contains(QStringLiteral("2 question")),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(names(), (QStringList{QStringLiteral("Networking"), QStringLiteral("Other")}));
        QCOMPARE(countIn(QStringLiteral("Networking")), 2);
        QCOMPARE(userEdited(first), 0);
    }

    void removeWithTargetMovesQuestions()
    {
        const qint64 removed = categories().add(QStringLiteral("Networking"));
        const qint64 target = categories().add(QStringLiteral("Other"));
        const qint64 a = addPristine(1, QStringLiteral("Networking"));
        const qint64 b = addPristine(2, QStringLiteral("Networking"), true);

        categories().remove(removed, target);

        QCOMPARE(names(), QStringList{QStringLiteral("Other")});
        verifyPositionsAreDense();
        QCOMPARE(m_ws->bank().question(a)->category, QStringLiteral("Other"));
        QCOMPARE(m_ws->bank().question(b)->category, QStringLiteral("Other"));
        QCOMPARE(userEdited(a), 1);
        QCOMPARE(countIn(QStringLiteral("Other")), 2);
    }

    void removeIntoMissingTargetChangesNothing()
    {
        const qint64 used = categories().add(QStringLiteral("Networking"));
        addPristine(1, QStringLiteral("Networking"));
        QVERIFY_THROWS_EXCEPTION(PanelistError, categories().remove(used, used + 1000));
        QCOMPARE(countIn(QStringLiteral("Networking")), 1);
    }

    void modelConformsWhileEditing()
    {
        CategoryListModel model(categories());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.add(QStringLiteral("A")));
        QVERIFY(model.add(QStringLiteral("B")));
        QVERIFY(model.add(QStringLiteral("C")));
        addPristine(1, QStringLiteral("A"));
        model.reload();
        QVERIFY(model.rename(1, QStringLiteral("Bee")));
        QVERIFY(model.move(0, 2));
        QCOMPARE(model.names(), (QStringList{"Bee", "C", "A"}));
        QVERIFY(model.merge(2, 0));
        QCOMPARE(model.names(), (QStringList{"Bee", "C"}));
        QVERIFY(model.remove(1));
        QCOMPARE(model.names(), QStringList{"Bee"});
    }

    void modelShowsCountsAndFollowsMerges()
    {
        categories().add(QStringLiteral("Source"));
        categories().add(QStringLiteral("Target"));
        addPristine(1, QStringLiteral("Source"));
        addPristine(2, QStringLiteral("Source"), true);
        addPristine(3, QStringLiteral("Target"));
        CategoryListModel model(categories());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(CategoryListModel::QuestionCountRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(CategoryListModel::NameRole).toString(),
                 QStringLiteral("Target"));
        QVERIFY(model.roleNames().values().contains("questionCount"));

        QSignalSpy countChanged(&model, &CategoryListModel::countChanged);
        QVERIFY(model.merge(0, 1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(CategoryListModel::QuestionCountRole).toInt(), 3);
        QVERIFY(countChanged.count() >= 1);
    }

    void modelErrorIsSetOnRefusalAndClearedOnSuccess()
    {
        CategoryListModel model(categories());
        QSignalSpy errorChanged(&model, &CategoryListModel::errorChanged);
        QSignalSpy edited(&model, &CategoryListModel::categoriesEdited);

        QVERIFY(model.add(QStringLiteral("Memory")));
        QCOMPARE(edited.count(), 1);
        QVERIFY(model.error().isEmpty());
        QCOMPARE(errorChanged.count(), 0);

        QVERIFY(!model.add(QStringLiteral("memory")));
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(errorChanged.count(), 1);
        QCOMPARE(edited.count(), 1); // a refused edit changes nothing, so no reload
        QCOMPARE(model.names(), QStringList{QStringLiteral("Memory")});

        QVERIFY(model.add(QStringLiteral("Concurrency")));
        QVERIFY(model.error().isEmpty());
        QCOMPARE(errorChanged.count(), 2);
        QCOMPARE(edited.count(), 2);
    }

    void modelRefusesRemovingUsedCategoryWithoutTarget()
    {
        categories().add(QStringLiteral("Networking"));
        categories().add(QStringLiteral("Other"));
        addPristine(1, QStringLiteral("Networking"));
        CategoryListModel model(categories());
        QSignalSpy edited(&model, &CategoryListModel::categoriesEdited);

        QVERIFY(!model.remove(0));
        QVERIFY2(model.error().contains(QStringLiteral("Networking")), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.count(), 0);

        // Moving the question into the other row makes the removal possible; the
        // signal tells question lists to reload, because a question changed category.
        QVERIFY(model.remove(0, 1));
        QVERIFY(model.error().isEmpty());
        QCOMPARE(model.names(), QStringList{QStringLiteral("Other")});
        QCOMPARE(model.index(0, 0).data(CategoryListModel::QuestionCountRole).toInt(), 1);
        QCOMPARE(edited.count(), 1);
    }

    void modelIgnoresRowsOutOfRange()
    {
        categories().add(QStringLiteral("Only"));
        CategoryListModel model(categories());
        QSignalSpy edited(&model, &CategoryListModel::categoriesEdited);
        QVERIFY(!model.rename(5, QStringLiteral("X")));
        QVERIFY(!model.move(0, 1));
        QVERIFY(!model.merge(-1, 0));
        QVERIFY(!model.remove(3));
        QCOMPARE(edited.count(), 0);
        QCOMPARE(model.names(), QStringList{QStringLiteral("Only")});
    }
};

QTEST_GUILESS_MAIN(CategoriesTest)
#include "tst_categories.moc"
