#include "storage/shippedplans.h"

#include "domain/errors.h"
#include "storage/bankrepository.h"
#include "storage/planrepository.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QHash>
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

// The template's competencies, and each item's (by name) as positions in them.
QList<PlanCompetency> competenciesOf(const QJsonObject &object)
{
    QList<PlanCompetency> competencies;
    for (const QJsonValue &value : object.value(QStringLiteral("competencies")).toArray()) {
        const QJsonObject competency = value.toObject();
        competencies.append({0, competency.value(QStringLiteral("name")).toString(),
                             competency.value(QStringLiteral("description")).toString()});
    }
    return competencies;
}

QList<int> itemCompetencies(const QJsonObject &item, const QList<PlanCompetency> &competencies,
                            const QString &planUuid)
{
    QList<int> positions;
    for (const QJsonValue &value : item.value(QStringLiteral("competencies")).toArray()) {
        const QString name = value.toString();
        int found = -1;
        for (int c = 0; c < competencies.size(); ++c) {
            if (competencies.at(c).name == name)
                found = c;
        }
        if (found < 0)
            throw PanelistError(QStringLiteral("The plan template %1 of this build maps a "
                                               "question to \"%2\", which is none of its "
                                               "competencies.")
                                    .arg(planUuid, name));
        positions << found;
    }
    return plancompetencies::normalized(positions);
}

// Gives a template installed before templates had competencies its competencies, when
// the user has not edited it and it has none: each item by its question, in order.
bool upgrade(PlanRepository &plans, const Plan &installed, const QJsonObject &object)
{
    const QList<PlanCompetency> competencies = competenciesOf(object);
    if (competencies.isEmpty() || !installed.competencies.isEmpty() ||
        !plans.untouchedTemplate(installed.id))
        return false;
    QList<QPair<QString, QList<int>>> byQuestion; // in template order, used once each
    for (const QJsonValue &itemValue : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = itemValue.toObject();
        byQuestion.append({item.value(QStringLiteral("question")).toString(),
                           itemCompetencies(item, competencies, installed.uuid)});
    }
    QHash<qint64, QList<int>> mapping;
    for (const PlanItem &item : installed.items) {
        for (qsizetype i = 0; i < byQuestion.size(); ++i) {
            if (byQuestion.at(i).first == item.questionUuid) {
                mapping.insert(item.id, byQuestion.at(i).second);
                byQuestion.removeAt(i);
                break;
            }
        }
    }
    plans.upgradeTemplateCompetencies(installed.id, competencies, mapping);
    return true;
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
        if (const std::optional<Plan> installed = plans.planByUuid(plan.uuid)) {
            // Installed by an earlier release (or a start that ended half-way).
            upgrade(plans, *installed, object);
            if (!seen.contains(plan.uuid))
                seen << plan.uuid;
            continue;
        }
        if (seen.contains(plan.uuid))
            continue; // the user deleted it
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
        plan.competencies = competenciesOf(object);
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
            planItem.competencies = itemCompetencies(item, plan.competencies, plan.uuid);
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
