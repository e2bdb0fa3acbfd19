#include "domain/limits.h"
#include "domain/vocabulary.h"
#include "plans/planbook.h"
#include "plans/planeditor.h"
#include "plans/planitemmodel.h"
#include "plans/planlistmodel.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using testsupport::sampleQuestion;

// The plan models QML binds to: the plans list, one plan's items, and the editor that
// saves every change at once and undoes them.
class PlanModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_workspace;
    Database *m_db = nullptr;
    BankRepository *m_bank = nullptr;
    PlanRepository *m_plans = nullptr;
    QList<qint64> m_questions; // sample questions 1..5, minutes 6..10

    // The plan as stored, read through a repository of its own.
    Plan stored(qint64 id)
    {
        PlanRepository fresh(*m_db);
        const std::optional<Plan> plan = fresh.plan(id);
        return plan ? *plan : Plan{};
    }

    static QList<qint64> questionIdsOf(const Plan &plan)
    {
        QList<qint64> ids;
        for (const PlanItem &item : plan.items)
            ids << item.questionId;
        return ids;
    }

    static QList<qint64> questionIdsOf(const PlanItemModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.data(model.index(row), PlanItemModel::QuestionIdRole).toLongLong();
        return ids;
    }

    qint64 newPlan(const QString &name = QStringLiteral("Backend"), int target = 30)
    {
        return m_plans->create(name, QStringLiteral("Python developer"), vocabulary::Level::Senior,
                               target);
    }

private slots:
    void init()
    {
        m_workspace = std::make_unique<TestWorkspace>();
        m_db = &m_workspace->database();
        m_bank = &m_workspace->bank();
        m_plans = &m_workspace->plans();
        m_questions.clear();
        for (int n = 1; n <= 5; ++n) {
            Question q = sampleQuestion(n, n % 2 ? QStringLiteral("Internals")
                                                 : QStringLiteral("Concurrency"));
            q.level = n == 1 ? vocabulary::Level::Junior : vocabulary::Level::Senior;
            m_questions << m_bank->addQuestion(q);
        }
    }

    void listModelShowsPlans()
    {
        const qint64 b = newPlan(QStringLiteral("Beta"), 45);
        const qint64 a = newPlan(QStringLiteral("Alpha"), 60);
        m_plans->addItem(a, m_questions[0]);
        m_plans->addItem(a, m_questions[1]);

        PlanListModel model(*m_plans);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.property("count").toInt(), 2);
        const QHash<int, QByteArray> roles = model.roleNames();
        for (const char *name : {"planId", "uuid", "name", "role", "level", "targetMinutes",
                                 "totalMinutes", "questionCount"})
            QVERIFY2(roles.values().contains(name), name);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, PlanListModel::NameRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.data(first, PlanListModel::IdRole).toLongLong(), a);
        QCOMPARE(model.data(first, PlanListModel::RoleRole).toString(),
                 QStringLiteral("Python developer"));
        QCOMPARE(model.data(first, PlanListModel::LevelRole).toInt(),
                 int(vocabulary::Level::Senior));
        QCOMPARE(model.data(first, PlanListModel::LevelLabelRole).toString(),
                 QStringLiteral("Senior"));
        QCOMPARE(model.data(first, PlanListModel::TargetMinutesRole).toInt(), 60);
        QCOMPARE(model.data(first, PlanListModel::TotalMinutesRole).toInt(), 13);
        QCOMPARE(model.data(first, PlanListModel::QuestionCountRole).toInt(), 2);
        QVERIFY(!model.data(first, PlanListModel::UuidRole).toString().isEmpty());
        QCOMPARE(model.idAt(1), int(b));
        QCOMPARE(model.rowOf(int(b)), 1);
        QCOMPARE(model.rowOf(9999), -1);
        QCOMPARE(model.idAt(5), 0);

        // A changed total is one dataChanged, not a reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_plans->addItem(b, m_questions[2]);
        model.refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), PlanListModel::TotalMinutesRole).toInt(), 8);

        QSignalSpy count(&model, &PlanListModel::countChanged);
        newPlan(QStringLiteral("Gamma"));
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(count.count(), 1);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
    }

    void itemModelFollowsEditsNarrowly()
    {
        const qint64 id = newPlan();
        for (int i = 0; i < 3; ++i)
            m_plans->addItem(id, m_questions[i]);
        PlanItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(*m_plans->plan(id));
        QCOMPARE(model.rowCount(), 3);
        const QHash<int, QByteArray> roles = model.roleNames();
        for (const char *name :
             {"itemId", "questionId", "title", "category", "level", "minutes", "note", "repeated"})
            QVERIFY2(roles.values().contains(name), name);
        QCOMPARE(model.data(model.index(0), PlanItemModel::TitleRole).toString(),
                 QStringLiteral("Sample question 1"));
        QCOMPARE(model.data(model.index(0), PlanItemModel::LevelRole).toInt(),
                 int(vocabulary::Level::Junior));
        QCOMPARE(model.data(model.index(0), PlanItemModel::LevelLabelRole).toString(),
                 QStringLiteral("Junior"));
        QCOMPARE(model.data(model.index(1), PlanItemModel::CategoryRole).toString(),
                 QStringLiteral("Concurrency"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const qint64 middle = model.items().at(1).id;
        m_plans->setItemNote(middle, QStringLiteral("note"));
        model.update(m_plans->plan(id)->items);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), PlanItemModel::NoteRole).toString(),
                 QStringLiteral("note"));

        // Down, then up.
        m_plans->moveItem(id, 0, 2);
        model.update(m_plans->plan(id)->items);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(questionIdsOf(model), questionIdsOf(*m_plans->plan(id)));
        m_plans->moveItem(id, 2, 0);
        model.update(m_plans->plan(id)->items);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(questionIdsOf(model), questionIdsOf(*m_plans->plan(id)));

        // A repeated question: one insert, and the flag on the later row only.
        m_plans->addItem(id, m_questions[0], 1);
        model.update(m_plans->plan(id)->items);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.data(model.index(0), PlanItemModel::RepeatedRole).toBool());
        QVERIFY(model.data(model.index(1), PlanItemModel::RepeatedRole).toBool());

        // Removing the first occurrence moves the flag off the other one.
        changed.clear();
        m_plans->removeItem(model.items().at(0).id);
        model.update(m_plans->plan(id)->items);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QVERIFY(!model.data(model.index(0), PlanItemModel::RepeatedRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // A wholesale change resets.
        m_plans->replaceItems(id, m_plans->plan(id)->items);
        model.update(m_plans->plan(id)->items);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(questionIdsOf(model), questionIdsOf(*m_plans->plan(id)));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void editorPersistsEveryChange()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QAbstractItemModelTester tester(editor.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!editor.open(int(id) + 100));
        QVERIFY(!editor.error().isEmpty());
        QVERIFY(editor.open(int(id)));
        QVERIFY(editor.error().isEmpty());
        QCOMPARE(editor.planId(), int(id));
        QCOMPARE(editor.name(), QStringLiteral("Backend"));
        QCOMPARE(editor.targetMinutes(), 30);
        QVERIFY(!editor.canUndo());

        QSignalSpy changed(&editor, &PlanEditor::changed);
        editor.setProperty("name", QStringLiteral("Backend, senior"));
        editor.setProperty("role", QStringLiteral("Platform"));
        editor.setProperty("level", QStringLiteral("middle"));
        editor.setProperty("targetMinutes", 20);
        QCOMPARE(changed.count(), 4);
        Plan plan = stored(id);
        QCOMPARE(plan.name, QStringLiteral("Backend, senior"));
        QCOMPARE(plan.role, QStringLiteral("Platform"));
        QCOMPARE(plan.level, vocabulary::Level::Middle);
        QCOMPARE(plan.targetMinutes, 20);

        QVERIFY(editor.addQuestion(int(m_questions[0]))); // 6 min
        QVERIFY(editor.addQuestion(int(m_questions[1]))); // 7 min
        QVERIFY(editor.addQuestion(int(m_questions[2]))); // 8 min
        QCOMPARE(questionIdsOf(stored(id)),
                 (QList<qint64>{m_questions[0], m_questions[1], m_questions[2]}));
        QCOMPARE(editor.totalMinutes(), 21);
        QVERIFY(editor.overBudget());
        QCOMPARE(editor.remainingMinutes(), -1);

        QSignalSpy totals(&editor, &PlanEditor::totalsChanged);
        editor.setMinutes(2, 3);
        QCOMPARE(stored(id).items.at(2).minutes, 3);
        QCOMPARE(editor.totalMinutes(), 16);
        QVERIFY(!editor.overBudget());
        QCOMPARE(editor.remainingMinutes(), 4);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(editor.property("remainingMinutes").toInt(), 4);

        editor.setNote(0, QStringLiteral("Warm-up"));
        QCOMPARE(stored(id).items.at(0).note, QStringLiteral("Warm-up"));
        QVERIFY(editor.moveItem(0, 2));
        QCOMPARE(questionIdsOf(stored(id)),
                 (QList<qint64>{m_questions[1], m_questions[2], m_questions[0]}));
        editor.removeItem(1);
        QCOMPARE(questionIdsOf(stored(id)), (QList<qint64>{m_questions[1], m_questions[0]}));
        QCOMPARE(editor.items()->rowCount(), 2);

        // Coverage for the chart: per category in bank order, per level.
        const QVariantList categories = editor.categoryCoverage();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories.at(0).toMap().value("name").toString(), QStringLiteral("Internals"));
        QCOMPARE(categories.at(0).toMap().value("minutes").toInt(), 6);
        QCOMPARE(categories.at(1).toMap().value("name").toString(), QStringLiteral("Concurrency"));
        QCOMPARE(categories.at(1).toMap().value("minutes").toInt(), 7);
        const QVariantList levels = editor.levelCoverage();
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels.at(0).toMap().value("name").toString(), QStringLiteral("junior"));
        QCOMPARE(levels.at(1).toMap().value("minutes").toInt(), 7);
    }

    void editorRefusesBadEdits()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QVERIFY(!editor.addQuestion(int(m_questions[0])));
        QVERIFY(!editor.error().isEmpty());
        QVERIFY(editor.open(int(id)));
        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QSignalSpy changed(&editor, &PlanEditor::changed);

        editor.setName(QStringLiteral("   "));
        QCOMPARE(editor.error(), QStringLiteral("A plan needs a name."));
        QCOMPARE(editor.name(), QStringLiteral("Backend"));
        editor.setMinutes(0, 91);
        QCOMPARE(editor.error(), QStringLiteral("Minutes must be between 1 and 90."));
        QCOMPARE(stored(id).items.at(0).minutes, 6);
        editor.setTargetMinutes(0);
        QVERIFY(!editor.error().isEmpty());
        QCOMPARE(stored(id).targetMinutes, 30);
        QVERIFY(!editor.moveItem(0, 3));
        editor.removeItem(7);
        QVERIFY(!editor.error().isEmpty());
        QVERIFY(!editor.addQuestion(99999));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stored(id).items.size(), 1);
        // The next saved change clears the error.
        editor.setNote(0, QStringLiteral("x"));
        QVERIFY(editor.error().isEmpty());
    }

    // Name, role and note have stated limits (bank/fieldlimits.h): up to the limit saves,
    // one character more is refused with an error naming the field, and nothing changes.
    void editorRefusesTextsOverTheirLimits()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QVERIFY(editor.open(int(id)));
        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QSignalSpy changed(&editor, &PlanEditor::changed);

        editor.setName(QString(limits::kTitle + 1, QLatin1Char('n')));
        QVERIFY2(editor.error().contains(QLatin1String("plan name")), qPrintable(editor.error()));
        QVERIFY(editor.error().contains(QString::number(limits::kTitle)));
        QCOMPARE(stored(id).name, QStringLiteral("Backend"));
        editor.setRole(QString(limits::kShortText + 1, QLatin1Char('r')));
        QVERIFY2(editor.error().contains(QLatin1String("role")), qPrintable(editor.error()));
        QCOMPARE(stored(id).role, QStringLiteral("Python developer"));
        editor.setNote(0, QString(limits::kListText + 1, QLatin1Char('o')));
        QVERIFY2(editor.error().contains(QLatin1String("note of question 1")),
                 qPrintable(editor.error()));
        QCOMPARE(stored(id).items.at(0).note, QString());
        QCOMPARE(changed.count(), 0);

        editor.setName(QString(limits::kTitle, QLatin1Char('n')));
        QVERIFY(editor.error().isEmpty());
        QCOMPARE(stored(id).name.size(), limits::kTitle);
        editor.setRole(QString(limits::kShortText, QLatin1Char('r')));
        QCOMPARE(stored(id).role.size(), limits::kShortText);
        editor.setNote(0, QString(limits::kListText, QLatin1Char('o')));
        QCOMPARE(stored(id).items.at(0).note.size(), limits::kListText);
        QCOMPARE(changed.count(), 3);
    }

    void duplicateWarnsAndIsMarkedRepeated()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QVERIFY(editor.open(int(id)));
        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QVERIFY(editor.addQuestion(int(m_questions[1])));
        QVERIFY(editor.warning().isEmpty());
        QSignalSpy warning(&editor, &PlanEditor::warningChanged);
        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QCOMPARE(editor.warning(), QStringLiteral("“Sample question 1” is already in this plan."));
        QCOMPARE(warning.count(), 1);
        // Added anyway.
        QCOMPARE(stored(id).items.size(), 3);
        const PlanItemModel *items = editor.items();
        QVERIFY(!items->data(items->index(0), PlanItemModel::RepeatedRole).toBool());
        QVERIFY(!items->data(items->index(1), PlanItemModel::RepeatedRole).toBool());
        QVERIFY(items->data(items->index(2), PlanItemModel::RepeatedRole).toBool());
        // Moving the copy first moves the flag to the other occurrence.
        QVERIFY(editor.moveItem(2, 0));
        QVERIFY(editor.warning().isEmpty());
        QVERIFY(!items->data(items->index(0), PlanItemModel::RepeatedRole).toBool());
        QVERIFY(items->data(items->index(1), PlanItemModel::RepeatedRole).toBool());
    }

    void movesAreRowsMovedNotResets()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QAbstractItemModelTester tester(editor.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.open(int(id)));
        for (int i = 0; i < 4; ++i)
            QVERIFY(editor.addQuestion(int(m_questions[i])));
        QSignalSpy reset(editor.items(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(editor.items(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(editor.items(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(editor.items(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(editor.items(), &QAbstractItemModel::rowsRemoved);

        QVERIFY(editor.moveItem(3, 1));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toInt(), 3); // start
        QCOMPARE(moved.first().at(4).toInt(), 1); // destination row
        QVERIFY(editor.moveItem(0, 3));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(questionIdsOf(*editor.items()), questionIdsOf(stored(id)));
        QCOMPARE(questionIdsOf(stored(id)),
                 (QList<qint64>{m_questions[3], m_questions[1], m_questions[2], m_questions[0]}));

        editor.setMinutes(1, 30);
        QCOMPARE(changed.count(), 1);
        editor.removeItem(2);
        QCOMPARE(removed.count(), 1);
        QVERIFY(editor.addQuestion(int(m_questions[4])));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
    }

    // The scorecard's competencies through the editor: add, rename, map questions,
    // move (the mapping follows), remove, the balance line, refusals with reasons, undo.
    void editorEditsCompetencies()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QAbstractItemModelTester tester(editor.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.open(int(id)));
        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QVERIFY(editor.addQuestion(int(m_questions[1])));
        QVERIFY(editor.competencyBalance().isEmpty());
        QSignalSpy changed(&editor, &PlanEditor::competenciesChanged);

        QVERIFY(editor.addCompetency(QStringLiteral("Concurrency")));
        QVERIFY(editor.competencyBalance().contains(QLatin1String("2 to 6")));
        QVERIFY(editor.addCompetency(QStringLiteral(" Design ")));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(stored(id).competencies.at(1).name, QStringLiteral("Design"));
        QVERIFY(!editor.competencyBalance().contains(QLatin1String("2 to 6")));

        QVERIFY(editor.toggleItemCompetency(0, 0));
        QVERIFY(editor.toggleItemCompetency(1, 0));
        QVERIFY(editor.toggleItemCompetency(1, 1));
        QCOMPARE(stored(id).items.at(1).competencies, (QList<int>{0, 1}));
        QCOMPARE(editor.items()
                     ->data(editor.items()->index(1), PlanItemModel::CompetenciesRole)
                     .toList()
                     .size(),
                 2);
        const QVariantMap first = editor.competencies().at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("questions")).toInt(), 2);
        QVERIFY2(editor.competencyBalance().startsWith(QLatin1String("Concurrency 2 questions")),
                 qPrintable(editor.competencyBalance()));

        // Refused: a repeated name, an empty one; nothing stored.
        QVERIFY(!editor.renameCompetency(1, QStringLiteral("concurrency")));
        QVERIFY2(editor.error().contains(QLatin1String("twice")), qPrintable(editor.error()));
        QVERIFY(!editor.addCompetency(QStringLiteral("  ")));
        QCOMPARE(stored(id).competencies.size(), 2);

        // Moved: Design first; the mapping follows the competencies.
        QVERIFY(editor.moveCompetency(1, 0));
        Plan plan = stored(id);
        QCOMPARE(plan.competencies.at(0).name, QStringLiteral("Design"));
        QCOMPARE(plan.items.at(0).competencies, QList<int>{1});
        QCOMPARE(plan.items.at(1).competencies, (QList<int>{0, 1}));
        // Removed: Design goes, Concurrency is position 0 again.
        QVERIFY(editor.removeCompetency(0));
        plan = stored(id);
        QCOMPARE(plan.competencies.size(), 1);
        QCOMPARE(plan.items.at(1).competencies, QList<int>{0});
        // Undo brings Design back with its mapping.
        QVERIFY(editor.undo());
        plan = stored(id);
        QCOMPARE(plan.competencies.size(), 2);
        QCOMPARE(plan.competencies.at(0).name, QStringLiteral("Design"));
        QCOMPARE(plan.items.at(1).competencies, (QList<int>{0, 1}));

        for (const QString &name :
             {QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")})
            QVERIFY(editor.addCompetency(name));
        QVERIFY(!editor.addCompetency(QStringLiteral("G")));
        QVERIFY(editor.error().contains(QLatin1String("at most 6")));
    }

    void undoRestoresEachEarlierState()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QAbstractItemModelTester tester(editor.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.open(int(id)));
        QSignalSpy canUndo(&editor, &PlanEditor::canUndoChanged);
        QVERIFY(!editor.undo());

        QVERIFY(editor.addQuestion(int(m_questions[0])));
        QVERIFY(editor.canUndo());
        QCOMPARE(canUndo.count(), 1);
        QVERIFY(editor.addQuestion(int(m_questions[1])));
        QVERIFY(editor.addQuestion(int(m_questions[2])));
        editor.setMinutes(0, 40);
        editor.setNote(1, QStringLiteral("Ask for an example"));
        QVERIFY(editor.moveItem(2, 0));
        editor.removeItem(1);
        editor.setName(QStringLiteral("Renamed"));
        editor.setTargetMinutes(90);
        const QList<qint64> afterAdds{m_questions[0], m_questions[1], m_questions[2]};

        QSignalSpy reset(editor.items(), &QAbstractItemModel::modelReset);
        // Target, then name.
        QVERIFY(editor.undo());
        QCOMPARE(stored(id).targetMinutes, 30);
        QCOMPARE(editor.targetMinutes(), 30);
        QCOMPARE(stored(id).name, QStringLiteral("Renamed"));
        QVERIFY(editor.undo());
        QCOMPARE(stored(id).name, QStringLiteral("Backend"));
        QCOMPARE(editor.name(), QStringLiteral("Backend"));
        // The removed item comes back, with its minutes.
        QVERIFY(editor.undo());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(questionIdsOf(stored(id)),
                 (QList<qint64>{m_questions[2], m_questions[0], m_questions[1]}));
        QCOMPARE(stored(id).items.at(1).minutes, 40);
        QCOMPARE(questionIdsOf(*editor.items()), questionIdsOf(stored(id)));
        // The earlier order.
        QVERIFY(editor.undo());
        QCOMPARE(questionIdsOf(stored(id)), afterAdds);
        QCOMPARE(stored(id).items.at(1).note, QStringLiteral("Ask for an example"));
        // The note.
        QVERIFY(editor.undo());
        QCOMPARE(stored(id).items.at(1).note, QString());
        QCOMPARE(editor.items()->data(editor.items()->index(1), PlanItemModel::NoteRole).toString(),
                 QString());
        // The minutes.
        QVERIFY(editor.undo());
        QCOMPARE(stored(id).items.at(0).minutes, 6);
        QCOMPARE(editor.totalMinutes(), 21);
        // The three additions, one by one.
        QVERIFY(editor.undo());
        QCOMPARE(questionIdsOf(stored(id)), (QList<qint64>{m_questions[0], m_questions[1]}));
        QVERIFY(editor.undo());
        QVERIFY(editor.undo());
        QVERIFY(stored(id).items.isEmpty());
        QVERIFY(!editor.canUndo());
        QCOMPARE(canUndo.count(), 2);
        QVERIFY(!editor.undo());
        QCOMPARE(editor.items()->rowCount(), 0);
    }

    void typingIsOneUndoStepAndTheStackIsBounded()
    {
        const qint64 id = newPlan();
        PlanEditor editor(*m_plans);
        QVERIFY(editor.open(int(id)));
        editor.setName(QStringLiteral("B"));
        editor.setName(QStringLiteral("Ba"));
        editor.setName(QStringLiteral("Bac"));
        QVERIFY(editor.undo());
        QCOMPARE(stored(id).name, QStringLiteral("Backend"));
        QVERIFY(!editor.canUndo());

        QVERIFY(editor.addQuestion(int(m_questions[0])));
        for (int minutes = 1; minutes <= PlanEditor::kUndoDepth + 10; ++minutes)
            editor.setMinutes(0, minutes);
        int steps = 0;
        while (editor.undo())
            ++steps;
        QCOMPARE(steps, PlanEditor::kUndoDepth);
        QVERIFY(!editor.canUndo());
        // The oldest states fell off: the item is still there, at 10 minutes.
        QCOMPARE(stored(id).items.size(), 1);
        QCOMPARE(stored(id).items.at(0).minutes, 10);
    }

    void bookCreatesCopiesRemovesAndFollowsTheEditor()
    {
        PlanBook book(*m_plans);
        PlanListModel *list = book.plans();
        QAbstractItemModelTester tester(list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(book.createPlan(QStringLiteral(" "), {}, QStringLiteral("senior"), 60), 0);
        QCOMPARE(book.error(), QStringLiteral("A plan needs a name."));
        // A level key the vocabulary does not know is refused with the keys there are.
        QCOMPARE(book.createPlan(QStringLiteral("P"), {}, QStringLiteral("guru"), 60), 0);
        QVERIFY2(book.error().contains(QStringLiteral("junior, middle, senior")) &&
                     book.error().contains(QStringLiteral("\"guru\"")),
                 qPrintable(book.error()));
        QCOMPARE(list->rowCount(), 0);
        const int id = book.createPlan(QStringLiteral("Backend"), QStringLiteral("Dev"),
                                       QStringLiteral("senior"), 60);
        QVERIFY(id > 0);
        QVERIFY(book.error().isEmpty());
        QCOMPARE(list->rowCount(), 1);

        QVERIFY(book.editor()->open(id));
        book.editor()->setLevel(QStringLiteral("lead"));
        QVERIFY2(book.editor()->error().contains(QStringLiteral("\"lead\"")),
                 qPrintable(book.editor()->error()));
        QCOMPARE(book.editor()->level(), QStringLiteral("senior"));
        QSignalSpy reset(list, &QAbstractItemModel::modelReset);
        QSignalSpy changed(list, &QAbstractItemModel::dataChanged);
        QVERIFY(book.editor()->addQuestion(int(m_questions[0])));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(list->data(list->index(0), PlanListModel::TotalMinutesRole).toInt(), 6);
        QCOMPARE(list->data(list->index(0), PlanListModel::QuestionCountRole).toInt(), 1);
        QCOMPARE(reset.count(), 0);

        const int copy = book.duplicatePlan(id);
        QVERIFY(copy > 0 && copy != id);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->data(list->index(1), PlanListModel::NameRole).toString(),
                 QStringLiteral("Backend (copy)"));
        QCOMPARE(book.duplicatePlan(9999), 0);
        QVERIFY(!book.error().isEmpty());

        QVERIFY(book.removePlan(id));
        QCOMPARE(book.editor()->planId(), 0);
        QCOMPARE(book.editor()->items()->rowCount(), 0);
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(!book.removePlan(id));

        // A question deleted from the bank leaves the open plan on reload.
        QVERIFY(book.editor()->open(copy));
        m_bank->removeQuestion(m_questions[0]);
        book.reload();
        QCOMPARE(book.editor()->items()->rowCount(), 0);
        QCOMPARE(list->data(list->index(0), PlanListModel::QuestionCountRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(PlanModelsTest)
#include "tst_planmodels.moc"
