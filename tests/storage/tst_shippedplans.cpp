#include "storage/shippedbank.h"
#include "storage/shippedplans.h"
#include "storage/sql.h"
#include "support/testworkspace.h"

#include "domain/limits.h"

#include <QTest>

// The plan templates that ship with the app: created on first run from the shipped
// bank, and never re-created or overwritten once the user has had them.
class ShippedPlansTest : public QObject
{
    Q_OBJECT

private slots:
    void firstRunCreatesTheTemplates()
    {
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        PlanRepository &plans = workspace.plans();
        SettingsStore &settings = workspace.settings();
        shippedbank::installIfNewer(bank);
        QCOMPARE(shippedplans::installIfNewer(plans, bank, settings), 3);
        const QList<PlanSummary> all = plans.plans();
        QCOMPARE(all.size(), 3);
        for (const PlanSummary &plan : all) {
            QVERIFY2(plan.questionCount >= 5, qPrintable(plan.name));
            // Each template fits its own time budget.
            QVERIFY2(plan.totalMinutes <= plan.targetMinutes, qPrintable(plan.name));
            QVERIFY2(plan.totalMinutes >= plan.targetMinutes - 5, qPrintable(plan.name));
        }
        QCOMPARE(shippedplans::installedVersion(settings), shippedplans::shippedVersion());
        QCOMPARE(shippedplans::installIfNewer(plans, bank, settings), 0);
    }

    // Every template names 2–6 competencies, and every one of its questions counts for
    // at least one, every competency has evidence: a scorecard can be filled from it.
    void templatesHaveSensibleCompetencies()
    {
        TestWorkspace workspace;
        shippedbank::installIfNewer(workspace.bank());
        shippedplans::installIfNewer(workspace.plans(), workspace.bank(), workspace.settings());
        const QList<PlanSummary> all = workspace.plans().plans();
        QCOMPARE(all.size(), 3);
        for (const PlanSummary &summary : all) {
            const Plan plan = *workspace.plans().plan(summary.id);
            QVERIFY2(plan.competencies.size() >= limits::kMinCompetencies &&
                         plan.competencies.size() <= limits::kMaxCompetencies,
                     qPrintable(plan.name));
            QVERIFY2(plancompetencies::problems(plan).isEmpty(), qPrintable(plan.name));
            for (const PlanItem &item : plan.items)
                QVERIFY2(!item.competencies.isEmpty(), qPrintable(plan.name + item.title));
            for (int c = 0; c < plan.competencies.size(); ++c) {
                QVERIFY2(!plan.itemsOf(c).isEmpty(),
                         qPrintable(plan.name + plan.competencies.at(c).name));
                QVERIFY(!plan.competencies.at(c).description.isEmpty());
            }
        }
        const Plan technical =
            *workspace.plans().planByUuid(QStringLiteral("7d1f4a52-3c2e-4b8a-9e61-5a0c2f8d1b01"));
        QCOMPARE(technical.competencies.at(1).name, QStringLiteral("Concurrency"));
        // The GIL question evidences Concurrency.
        QCOMPARE(technical.items.at(1).competencies, QList<int>{1});
    }

    // A database whose templates came from a release without competencies: the
    // untouched ones get them, with the mapping, and stay untouched; an edited one and
    // a deleted one are left alone.
    void upgradeGivesUntouchedTemplatesTheirCompetencies()
    {
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        PlanRepository &plans = workspace.plans();
        SettingsStore &settings = workspace.settings();
        shippedbank::installIfNewer(bank);
        shippedplans::installIfNewer(plans, bank, settings);
        // As release 1 left them: no competencies, templates version 1.
        sql::exec(workspace.connection(), QStringLiteral("DELETE FROM plan_competencies"));
        settings.setValue(QStringLiteral("shipped_plans_version"), QStringLiteral("1"));
        const QList<PlanSummary> all = plans.plans();
        plans.setItemNote(plans.plan(all.at(1).id)->items.at(0).id, QStringLiteral("mine"));
        plans.remove(all.at(2).id);

        QCOMPARE(shippedplans::installIfNewer(plans, bank, settings), 0);
        const Plan upgraded = *plans.plan(all.at(0).id);
        QVERIFY(upgraded.competencies.size() >= limits::kMinCompetencies);
        for (const PlanItem &item : upgraded.items)
            QVERIFY2(!item.competencies.isEmpty(), qPrintable(item.title));
        QVERIFY(plans.untouchedTemplate(upgraded.id));
        QVERIFY(plans.plan(all.at(1).id)->competencies.isEmpty());
        QVERIFY(!plans.planByUuid(all.at(2).uuid));
        QCOMPARE(plans.plans().size(), 2);
        // Run again: nothing changes.
        QCOMPARE(shippedplans::installIfNewer(plans, bank, settings), 0);
        QCOMPARE(plans.plan(all.at(0).id)->competencies.size(), upgraded.competencies.size());
    }

    void userChangesAreNeverUndone()
    {
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        PlanRepository &plans = workspace.plans();
        SettingsStore &settings = workspace.settings();
        shippedbank::installIfNewer(bank);
        shippedplans::installIfNewer(plans, bank, settings);
        const QList<PlanSummary> all = plans.plans();
        plans.remove(all.at(0).id);
        plans.updateDetails(all.at(1).id, QStringLiteral("My own loop"), all.at(1).role,
                            all.at(1).level, all.at(1).targetMinutes);

        // As if a later release shipped newer templates.
        settings.setValue(QStringLiteral("shipped_plans_version"), QStringLiteral("0"));
        QCOMPARE(shippedplans::installIfNewer(plans, bank, settings), 0);
        QCOMPARE(plans.plans().size(), 2);
        QVERIFY(!plans.planByUuid(all.at(0).uuid));
        QCOMPARE(plans.planByUuid(all.at(1).uuid)->name, QStringLiteral("My own loop"));
    }
};

QTEST_GUILESS_MAIN(ShippedPlansTest)
#include "tst_shippedplans.moc"
