#include "formats/planjson.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "formats/bankdocument.h"
#include "formats/bankjson.h"
#include "formats/jsonfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace planjson {

using jsonfields::Fields;
using jsonfields::typeName;

namespace {

struct PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

const QString kFormat = QStringLiteral("panelist-plan");
const QStringList kTopFields = {QStringLiteral("format"), QStringLiteral("version"),
                                QStringLiteral("plan"), QStringLiteral("questions")};
const QStringList kPlanFields = {QStringLiteral("uuid"),          QStringLiteral("name"),
                                 QStringLiteral("role"),          QStringLiteral("level"),
                                 QStringLiteral("targetMinutes"), QStringLiteral("items"),
                                 QStringLiteral("competencies")};
const QStringList kItemFields = {QStringLiteral("question"), QStringLiteral("minutes"),
                                 QStringLiteral("note"), QStringLiteral("competencies")};
const QStringList kCompetencyFields = {QStringLiteral("name"), QStringLiteral("description")};

QString normalizedUuid(const Fields &fields, const QString &key, const QString &value)
{
    const QString uuid = bankcheck::canonicalUuid(value);
    if (uuid.isEmpty())
        fields.fail(key,
                    PlanJson::tr("is not a valid UUID: \"%1\"; write it as 8-4-4-4-12 hexadecimal "
                                 "digits")
                        .arg(value.left(60)));
    return uuid;
}

} // namespace

QByteArray write(const Plan &plan, const QList<Question> &questions)
{
    QJsonArray competencies;
    for (const PlanCompetency &competency : plan.competencies)
        competencies.append(QJsonObject{{QStringLiteral("name"), competency.name},
                                        {QStringLiteral("description"), competency.description}});
    QJsonArray items;
    for (const PlanItem &item : plan.items) {
        QJsonObject object{{QStringLiteral("question"), item.questionUuid},
                           {QStringLiteral("minutes"), item.minutes},
                           {QStringLiteral("note"), item.note}};
        // By name, so a person reading the file sees what the question counts for.
        if (!plan.competencies.isEmpty()) {
            QJsonArray names;
            for (const int position : item.competencies) {
                if (position >= 0 && position < plan.competencies.size())
                    names.append(plan.competencies.at(position).name);
            }
            object.insert(QStringLiteral("competencies"), names);
        }
        items.append(object);
    }
    QJsonArray questionList;
    for (const Question &question : questions)
        questionList.append(bankjson::toJson(question));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), PlanDocument::kFormatVersion},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("uuid"), plan.uuid},
                                             {QStringLiteral("name"), plan.name},
                                             {QStringLiteral("role"), plan.role},
                                             {QStringLiteral("level"), vocabulary::key(plan.level)},
                                             {QStringLiteral("targetMinutes"), plan.targetMinutes},
                                             {QStringLiteral("competencies"), competencies},
                                             {QStringLiteral("items"), items}}},
        {QStringLiteral("questions"), questionList}};
    return jsonfields::escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

PlanDocument read(const QByteArray &input, const QString &fileName)
{
    const QByteArray data = jsonfields::escapeByteOrderMarks(input);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        throw PanelistError(
            PlanJson::tr("%1, %2: not valid JSON: %3.")
                .arg(fileName, jsonfields::position(data, error.offset), error.errorString()));
    }
    if (!json.isObject())
        throw PanelistError(
            PlanJson::tr("%1: the top level must be an object with \"format\": \"panelist-plan\".")
                .arg(fileName));
    const Fields top(json.object(), fileName, kTopFields);
    if (top.string(QStringLiteral("format"), true) != kFormat)
        top.fail(QStringLiteral("format"), PlanJson::tr("must be \"panelist-plan\""));
    const int version = top.integer(QStringLiteral("version"), true);
    if (version > PlanDocument::kFormatVersion || version < 1) {
        top.fail(
            QStringLiteral("version"),
            PlanJson::tr("is %1, but this Panelist reads plan format version %2; update Panelist")
                .arg(version)
                .arg(PlanDocument::kFormatVersion));
    }
    if (!json.object().contains(QStringLiteral("plan")))
        top.fail(QStringLiteral("plan"), PlanJson::tr("is missing"));

    PlanDocument document;
    // The questions first, so items can be checked against them.
    const QJsonArray questions = top.array(QStringLiteral("questions"), true);
    BankDocument bank;
    for (int i = 0; i < questions.size(); ++i)
        bank.questions.append(bankjson::readQuestion(questions.at(i), i, fileName));
    bankcheck::normalizeDocument(bank, fileName);
    document.questions = bank.questions;
    QHash<QString, int> questionIndex;
    for (int i = 0; i < document.questions.size(); ++i)
        questionIndex.insert(document.questions.at(i).uuid, i);

    const QString planWhere = PlanJson::tr("%1, plan").arg(fileName);
    const Fields plan(top.object(QStringLiteral("plan")), planWhere, kPlanFields);
    Plan &p = document.plan;
    p.uuid =
        normalizedUuid(plan, QStringLiteral("uuid"), plan.string(QStringLiteral("uuid"), true));
    p.name = bankcheck::normalizeSingleLine(plan.string(QStringLiteral("name"), true), planWhere,
                                            "name", limits::kTitle);
    if (p.name.isEmpty())
        plan.fail(QStringLiteral("name"), PlanJson::tr("is empty; a plan needs a name"));
    p.role = bankcheck::normalizeSingleLine(plan.string(QStringLiteral("role"), false), planWhere,
                                            "role", limits::kShortText);
    const QString level = plan.string(QStringLiteral("level"), true);
    const std::optional<vocabulary::Level> parsed = vocabulary::parseLevel(level);
    if (!parsed)
        plan.fail(QStringLiteral("level"),
                  PlanJson::tr("must be one of %1, not \"%2\"")
                      .arg(vocabulary::levelKeys().join(QStringLiteral(", ")), level));
    p.level = *parsed;
    p.targetMinutes = plan.integer(QStringLiteral("targetMinutes"), true);
    if (p.targetMinutes < limits::kMinTargetMinutes || p.targetMinutes > limits::kMaxTargetMinutes)
        plan.fail(QStringLiteral("targetMinutes"), PlanJson::tr("must be between %1 and %2, not %3")
                                                       .arg(limits::kMinTargetMinutes)
                                                       .arg(limits::kMaxTargetMinutes)
                                                       .arg(p.targetMinutes));

    // Version 2: the competencies, in order (a version 1 file has none).
    const QJsonArray competencies = plan.array(QStringLiteral("competencies"), false);
    QHash<QString, int> competencyIndex; // case-folded name -> position
    for (int i = 0; i < competencies.size(); ++i) {
        const QString where = PlanJson::tr("%1, plan, competency %2").arg(fileName).arg(i + 1);
        if (!competencies.at(i).isObject())
            throw PanelistError(PlanJson::tr("%1: must be an object, not %2.")
                                    .arg(where, typeName(competencies.at(i))));
        const Fields fields(competencies.at(i).toObject(), where, kCompetencyFields);
        PlanCompetency competency;
        competency.name = bankcheck::normalizeSingleLine(
            fields.string(QStringLiteral("name"), true), where, "name", limits::kCompetencyName);
        if (competency.name.isEmpty())
            fields.fail(QStringLiteral("name"),
                        PlanJson::tr("is empty; a competency needs a name"));
        competency.description =
            bankcheck::normalizeSingleLine(fields.string(QStringLiteral("description"), false),
                                           where, "description", limits::kCompetencyDescription);
        const QString folded = competency.name.toCaseFolded();
        if (competencyIndex.contains(folded))
            fields.fail(QStringLiteral("name"),
                        PlanJson::tr("\"%1\" is competency %2 already; give each its own name")
                            .arg(competency.name)
                            .arg(competencyIndex.value(folded) + 1));
        competencyIndex.insert(folded, i);
        p.competencies.append(competency);
    }
    if (p.competencies.size() > limits::kMaxCompetencies)
        plan.fail(QStringLiteral("competencies"), PlanJson::tr("lists %1; a plan names at most %2")
                                                      .arg(p.competencies.size())
                                                      .arg(limits::kMaxCompetencies));

    const QJsonArray items = plan.array(QStringLiteral("items"), true);
    QSet<QString> used;
    for (int i = 0; i < items.size(); ++i) {
        const QString where = PlanJson::tr("%1, plan, item %2").arg(fileName).arg(i + 1);
        if (!items.at(i).isObject())
            throw PanelistError(
                PlanJson::tr("%1: must be an object, not %2.").arg(where, typeName(items.at(i))));
        const Fields fields(items.at(i).toObject(), where, kItemFields);
        PlanItem item;
        item.questionUuid = normalizedUuid(fields, QStringLiteral("question"),
                                           fields.string(QStringLiteral("question"), true));
        const auto found = questionIndex.constFind(item.questionUuid);
        if (found == questionIndex.constEnd())
            fields.fail(
                QStringLiteral("question"),
                PlanJson::tr("names %1, which is not in \"questions\"").arg(item.questionUuid));
        const Question &question = document.questions.at(*found);
        item.title = question.title;
        item.category = question.category;
        item.level = question.level;
        item.archived = question.archived;
        item.minutes = fields.integer(QStringLiteral("minutes"), true);
        if (item.minutes < limits::kMinMinutes || item.minutes > limits::kMaxMinutes)
            fields.fail(QStringLiteral("minutes"), PlanJson::tr("must be between %1 and %2, not %3")
                                                       .arg(limits::kMinMinutes)
                                                       .arg(limits::kMaxMinutes)
                                                       .arg(item.minutes));
        item.note = bankcheck::normalizeLineEndings(fields.string(QStringLiteral("note"), false));
        bankcheck::checkCharacters(item.note, where, {"note"});
        bankcheck::checkStart(item.note, where, {"note"});
        bankcheck::checkLength(item.note, limits::kListText, where, {"note"});
        const QStringList names = fields.strings(QStringLiteral("competencies"));
        for (const QString &name : names) {
            const auto position = competencyIndex.constFind(name.simplified().toCaseFolded());
            if (position == competencyIndex.constEnd())
                fields.fail(QStringLiteral("competencies"),
                            PlanJson::tr("names \"%1\", which is not one of the plan's "
                                         "\"competencies\"")
                                .arg(name.left(limits::kCompetencyName)));
            item.competencies << *position;
        }
        item.competencies = plancompetencies::normalized(item.competencies);
        used.insert(item.questionUuid);
        p.items.append(item);
    }
    // A question no item uses would be imported into the bank for no visible reason.
    for (int i = 0; i < document.questions.size(); ++i) {
        const Question &question = document.questions.at(i);
        if (!used.contains(question.uuid))
            throw PanelistError(PlanJson::tr("%1, %2: no item of the plan uses this question.")
                                    .arg(fileName, bankcheck::describeQuestion(i, question.title)));
    }
    return document;
}

} // namespace planjson
