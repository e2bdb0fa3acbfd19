#include "storage/shippedbank.h"
#include "storage/shippedplans.h"
#include "support/testworkspace.h"

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
