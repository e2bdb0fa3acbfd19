#include "storage/shippedplans.h"

#include "domain/errors.h"
#include "storage/bankrepository.h"
#include "storage/planrepository.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shippedplans {

namespace {

const QString kResource = QStringLiteral(":/plans/templates.json");
const QString kVersionKey = QStringLiteral("shipped_plans_version");
const QString kSeenKey = QStringLiteral("shipped_plan_uuids");

QJsonObject templates()
{
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        throw PanelistError(QStringLiteral("The plan templates are missing from this build."));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

int shippedVersion()
{
    return templates().value(QStringLiteral("templatesVersion")).toInt();
}

int installedVersion(const SettingsStore &settings)
{
    return settings.value(kVersionKey, QStringLiteral("0")).toInt();
}

int installIfNewer(PlanRepository &plans, const BankRepository &bank, SettingsStore &settings)
{
    const QJsonObject file = templates();
    const int version = file.value(QStringLiteral("templatesVersion")).toInt();
    if (installedVersion(settings) >= version)
        return 0;
    QStringList seen = settings.value(kSeenKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int added = 0;
    for (const QJsonValue &value : file.value(QStringLiteral("plans")).toArray()) {
        const QJsonObject object = value.toObject();
        Plan plan;
        plan.uuid = object.value(QStringLiteral("uuid")).toString();
        if (seen.contains(plan.uuid))
            continue;
        if (plans.planByUuid(plan.uuid)) { // created by a start that ended half-way
            seen << plan.uuid;
            continue;
        }
        plan.name = object.value(QStringLiteral("name")).toString();
        plan.role = object.value(QStringLiteral("role")).toString();
        const QString level = object.value(QStringLiteral("level")).toString();
        const std::optional<vocabulary::Level> parsed = vocabulary::parseLevel(level);
        if (!parsed)
            throw PanelistError(
                QStringLiteral("The plan template \"%1\" of this build has the "
                               "level \"%2\", which is none of %3.")
                    .arg(plan.uuid, level, vocabulary::levelKeys().join(QStringLiteral(", "))));
        plan.level = *parsed;
        plan.targetMinutes = object.value(QStringLiteral("targetMinutes")).toInt(60);
        for (const QJsonValue &itemValue : object.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            const std::optional<Question> question =
                bank.questionByUuid(item.value(QStringLiteral("question")).toString());
            if (!question)
                continue;
            PlanItem planItem;
            planItem.questionId = question->id;
            planItem.minutes = item.value(QStringLiteral("minutes")).toInt(question->minutes);
            planItem.note = item.value(QStringLiteral("note")).toString();
            plan.items << planItem;
        }
        plans.insertPlan(plan, true);
        seen << plan.uuid;
        ++added;
    }
    settings.setValue(kSeenKey, seen.join(QLatin1Char(' ')));
    settings.setValue(kVersionKey, QString::number(version));
    return added;
}

} // namespace shippedplans
