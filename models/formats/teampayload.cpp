#include "formats/teampayload.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "formats/bankdocument.h"
#include "formats/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using vocabulary::EntityKind;

namespace teampayload {

namespace {

struct TeamPayload
{
    Q_DECLARE_TR_FUNCTIONS(TeamPayload)
};

const QString kV = QStringLiteral("v");
const QString kJunior = vocabulary::key(vocabulary::Level::Junior);
const QString kMiddle = vocabulary::key(vocabulary::Level::Middle);
const QString kSenior = vocabulary::key(vocabulary::Level::Senior);

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject anchors(const QString &junior, const QString &middle, const QString &senior)
{
    return {{kJunior, junior}, {kMiddle, middle}, {kSenior, senior}};
}

// The fields of one payload object, every one required, each checked as it is read.
class Reader
{
public:
    // `optional`: fields that may be left out (added after version 1's first release:
    // the scorecard's), read only when has() them.
    Reader(const QJsonObject &object, const QString &where, const QStringList &known,
           const QStringList &optional = {})
        : m_object(object)
        , m_where(where)
        , m_fields(object, where, known + optional)
    {
        for (const QString &key : known) {
            if (!object.contains(key))
                fail(key, TeamPayload::tr("is missing"));
        }
    }

    [[noreturn]] void fail(const QString &key, const QString &reason) const
    {
        m_fields.fail(key, reason);
    }

    QString where() const { return m_where; }
    bool has(const QString &key) const { return m_object.contains(key); }

    // A list of whole numbers, each min–max.
    QList<int> numbers(const QString &key, int min, int max) const
    {
        const QJsonArray values = m_fields.array(key, true);
        QList<int> result;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double value = values.at(i).toDouble(-1);
            if (!values.at(i).isDouble() || value != int(value) || value < min || value > max)
                fail(key, TeamPayload::tr("item %1 must be a whole number between %2 and %3, "
                                          "not %4")
                              .arg(i + 1)
                              .arg(min)
                              .arg(max)
                              .arg(jsonfields::describeValue(values.at(i))));
            result << int(value);
        }
        return result;
    }

    QString text(const QString &key, int limit = -1) const
    {
        const QString value = m_fields.string(key, true);
        if (limit >= 0 && value.size() > limit)
            fail(key, TeamPayload::tr("is %1 characters long; the limit is %2")
                          .arg(bankcheck::number(value.size()), bankcheck::number(limit)));
        return value;
    }

    // null or a text.
    QString optionalText(const QString &key) const
    {
        if (m_object.value(key).isNull())
            return {};
        return text(key);
    }

    int number(const QString &key, int min, int max) const
    {
        const int value = m_fields.integer(key, true);
        if (value < min || value > max)
            fail(key,
                 TeamPayload::tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(value));
        return value;
    }

    bool flag(const QString &key) const
    {
        if (!m_object.value(key).isBool())
            fail(key, TeamPayload::tr("must be true or false, not %1")
                          .arg(jsonfields::describeValue(m_object.value(key))));
        return m_object.value(key).toBool();
    }

    QStringList texts(const QString &key, int maxCount, int maxLength) const
    {
        m_fields.array(key, true);
        const QStringList values = m_fields.strings(key);
        if (values.size() > maxCount)
            fail(key,
                 TeamPayload::tr("has %1 items; the limit is %2").arg(values.size()).arg(maxCount));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).size() > maxLength)
                fail(key, TeamPayload::tr("item %1 is %2 characters long; the limit is %3")
                              .arg(i + 1)
                              .arg(bankcheck::number(values.at(i).size()),
                                   bankcheck::number(maxLength)));
        }
        return values;
    }

    QDateTime time(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull())
            return {};
        const QDateTime time = QDateTime::fromString(text(key), Qt::ISODateWithMs);
        if (!time.isValid())
            fail(key, TeamPayload::tr("must be an ISO 8601 time such as "
                                      "2024-05-06T14:30:00.000Z, not %1")
                          .arg(jsonfields::describeValue(value)));
        return time.toUTC();
    }

    QJsonObject object(const QString &key) const
    {
        if (!m_object.value(key).isObject())
            fail(key, TeamPayload::tr("must be an object, not %1")
                          .arg(jsonfields::typeName(m_object.value(key))));
        return m_object.value(key).toObject();
    }

    QJsonArray array(const QString &key) const { return m_fields.array(key, true); }

    QString uuid(const QString &key) const
    {
        const QString value = text(key);
        if (bankcheck::canonicalUuid(value) != value)
            fail(key, TeamPayload::tr("is not a uuid in lower case without braces: %1")
                          .arg(jsonfields::describeValue(m_object.value(key))));
        return value;
    }

    // null or a uuid.
    QString optionalUuid(const QString &key) const
    {
        if (m_object.value(key).isNull())
            return {};
        return uuid(key);
    }

    template<typename Enum>
    Enum key(const QString &field, std::optional<Enum> (*parse)(QStringView),
             const QStringList &keys) const
    {
        const QString value = text(field);
        const std::optional<Enum> parsed = value.isEmpty() ? std::nullopt : parse(value);
        if (!parsed)
            fail(field, TeamPayload::tr("must be one of %1, not %2")
                            .arg(keys.join(QStringLiteral(", ")),
                                 jsonfields::describeValue(m_object.value(field))));
        return *parsed;
    }

    vocabulary::Level level(const QString &field) const
    {
        return key(field, &vocabulary::parseLevel, vocabulary::levelKeys());
    }
    vocabulary::Kind kind(const QString &field) const
    {
        return key(field, &vocabulary::parseKind, vocabulary::kindKeys());
    }

private:
    QJsonObject m_object;
    QString m_where;
    jsonfields::Fields m_fields;
};

QString placeOf(EntityKind kind, const QString &uuid)
{
    return TeamPayload::tr("team %1 %2").arg(vocabulary::key(kind), uuid);
}

// The payload's version and uuid: a newer version or another uuid is refused.
void checkHead(const Reader &reader, const QJsonObject &payload, const QString &uuid)
{
    const QJsonValue v = payload.value(kV);
    if (!v.isDouble() || v.toDouble() != kVersion)
        reader.fail(kV, v.isDouble() && v.toDouble() > kVersion
                            ? TeamPayload::tr("is %1, but this Panelist reads version %2; "
                                              "update Panelist")
                                  .arg(v.toDouble())
                                  .arg(kVersion)
                            : TeamPayload::tr("must be %1, not %2")
                                  .arg(kVersion)
                                  .arg(jsonfields::describeValue(v)));
    if (reader.uuid(QStringLiteral("uuid")) != uuid)
        reader.fail(QStringLiteral("uuid"),
                    TeamPayload::tr("names another entity (%1)")
                        .arg(payload.value(QStringLiteral("uuid")).toString().left(40)));
}

const QStringList kCategoryFields = {kV, QStringLiteral("uuid"), QStringLiteral("name"),
                                     QStringLiteral("position")};
const QStringList kQuestionFields = {
    kV,
    QStringLiteral("uuid"),
    QStringLiteral("title"),
    QStringLiteral("prompt"),
    QStringLiteral("category"),
    QStringLiteral("level"),
    QStringLiteral("kind"),
    QStringLiteral("minutes"),
    QStringLiteral("tags"),
    QStringLiteral("referenceAnswer"),
    QStringLiteral("followUps"),
    QStringLiteral("criteria"),
    QStringLiteral("anchors"),
    QStringLiteral("archived"),
};
const QStringList kCategoryRefFields = {QStringLiteral("uuid"), QStringLiteral("name")};
const QStringList kPlanFields = {
    kV,
    QStringLiteral("uuid"),
    QStringLiteral("name"),
    QStringLiteral("role"),
    QStringLiteral("level"),
    QStringLiteral("targetMinutes"),
    QStringLiteral("shipped"),
    QStringLiteral("items"),
};
const QStringList kPlanItemFields = {QStringLiteral("question"), QStringLiteral("minutes"),
                                     QStringLiteral("note")};
// The scorecard's fields (issue 16), written only when there is something in them, so a
// plan or interview without competencies has the payload it always had.
const QString kCompetencies = QStringLiteral("competencies");
const QStringList kPlanOptionalFields = {kCompetencies};
const QStringList kPlanItemOptionalFields = {kCompetencies};
const QStringList kPlanCompetencyFields = {QStringLiteral("name"), QStringLiteral("description")};
const QStringList kInterviewOptionalFields = {kCompetencies, QStringLiteral("takeaways"),
                                              QStringLiteral("pros"), QStringLiteral("cons")};
const QStringList kItemOptionalFields = {kCompetencies};
const QStringList kInterviewCompetencyFields = {
    QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("rating")};
const QStringList kInterviewFields = {
    kV,
    QStringLiteral("uuid"),
    QStringLiteral("owner"),
    QStringLiteral("candidate"),
    QStringLiteral("role"),
    QStringLiteral("interviewer"),
    QStringLiteral("plan"),
    QStringLiteral("planName"),
    QStringLiteral("targetMinutes"),
    QStringLiteral("scheduledAt"),
    QStringLiteral("startedAt"),
    QStringLiteral("endedAt"),
    QStringLiteral("status"),
    QStringLiteral("pausedAt"),
    QStringLiteral("pausedSeconds"),
    QStringLiteral("currentItem"),
    QStringLiteral("currentSince"),
    QStringLiteral("recommendation"),
    QStringLiteral("summary"),
    QStringLiteral("amended"),
    QStringLiteral("items"),
};
const QStringList kItemFields = {
    QStringLiteral("questionUuid"),    QStringLiteral("title"),    QStringLiteral("prompt"),
    QStringLiteral("category"),        QStringLiteral("level"),    QStringLiteral("kind"),
    QStringLiteral("referenceAnswer"), QStringLiteral("anchors"),  QStringLiteral("minutesBudget"),
    QStringLiteral("planNote"),        QStringLiteral("state"),    QStringLiteral("secondsSpent"),
    QStringLiteral("score"),           QStringLiteral("flags"),    QStringLiteral("notes"),
    QStringLiteral("followUps"),       QStringLiteral("criteria"),
};
const QStringList kFlagFields = {QStringLiteral("strong"), QStringLiteral("concern")};
const QStringList kFollowUpFields = {QStringLiteral("text"), QStringLiteral("adHoc"),
                                     QStringLiteral("asked")};
const QStringList kCriterionFields = {QStringLiteral("text"), QStringLiteral("met")};

constexpr int kMaxInt = std::numeric_limits<int>::max();

// The object at `index` of `array`, or a message naming the list and the item.
QJsonObject itemObject(const Reader &reader, const QString &key, const QJsonArray &array, int index)
{
    if (!array.at(index).isObject())
        reader.fail(key, TeamPayload::tr("item %1 must be an object, not %2")
                             .arg(index + 1)
                             .arg(jsonfields::typeName(array.at(index))));
    return array.at(index).toObject();
}

} // namespace

QJsonObject fromCategory(const Category &category)
{
    return {{kV, kVersion},
            {QStringLiteral("uuid"), category.uuid},
            {QStringLiteral("name"), category.name},
            {QStringLiteral("position"), category.position}};
}

QJsonObject fromQuestion(const Question &q)
{
    return {{kV, kVersion},
            {QStringLiteral("uuid"), q.uuid},
            {QStringLiteral("title"), q.title},
            {QStringLiteral("prompt"), q.prompt},
            {QStringLiteral("category"), QJsonObject{{QStringLiteral("uuid"), q.categoryUuid},
                                                     {QStringLiteral("name"), q.category}}},
            {QStringLiteral("level"), vocabulary::key(q.level)},
            {QStringLiteral("kind"), vocabulary::key(q.kind)},
            {QStringLiteral("minutes"), q.minutes},
            {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
            {QStringLiteral("referenceAnswer"), q.referenceAnswer},
            {QStringLiteral("followUps"), QJsonArray::fromStringList(q.followUps)},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(q.criteria)},
            {QStringLiteral("anchors"), anchors(q.anchorJunior, q.anchorMiddle, q.anchorSenior)},
            {QStringLiteral("archived"), q.archived}};
}

QJsonArray positionList(const QList<int> &positions)
{
    QJsonArray list;
    for (const int position : positions)
        list.append(position);
    return list;
}

QJsonObject fromPlan(const Plan &plan)
{
    QJsonArray items;
    for (const PlanItem &item : plan.items) {
        QJsonObject object{{QStringLiteral("question"), item.questionUuid},
                           {QStringLiteral("minutes"), item.minutes},
                           {QStringLiteral("note"), item.note}};
        if (!item.competencies.isEmpty())
            object.insert(kCompetencies, positionList(item.competencies));
        items.append(object);
    }
    QJsonObject payload{{kV, kVersion},
                        {QStringLiteral("uuid"), plan.uuid},
                        {QStringLiteral("name"), plan.name},
                        {QStringLiteral("role"), plan.role},
                        {QStringLiteral("level"), vocabulary::key(plan.level)},
                        {QStringLiteral("targetMinutes"), plan.targetMinutes},
                        {QStringLiteral("shipped"), plan.shipped},
                        {QStringLiteral("items"), items}};
    if (!plan.competencies.isEmpty()) {
        QJsonArray competencies;
        for (const PlanCompetency &competency : plan.competencies)
            competencies.append(
                QJsonObject{{QStringLiteral("name"), competency.name},
                            {QStringLiteral("description"), competency.description}});
        payload.insert(kCompetencies, competencies);
    }
    return payload;
}

QJsonObject fromInterview(const Interview &interview)
{
    QJsonArray items;
    for (const InterviewItem &item : interview.items) {
        QJsonArray followUps;
        for (const InterviewFollowUp &followUp : item.followUps)
            followUps.append(QJsonObject{{QStringLiteral("text"), followUp.text},
                                         {QStringLiteral("adHoc"), followUp.adHoc},
                                         {QStringLiteral("asked"), followUp.asked}});
        QJsonArray criteria;
        for (const InterviewCriterion &criterion : item.criteria)
            criteria.append(QJsonObject{{QStringLiteral("text"), criterion.text},
                                        {QStringLiteral("met"), criterion.met}});
        QJsonObject object{
            {QStringLiteral("questionUuid"), item.questionUuid},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("prompt"), item.prompt},
            {QStringLiteral("category"), item.category},
            {QStringLiteral("level"), vocabulary::key(item.level)},
            {QStringLiteral("kind"), vocabulary::key(item.kind)},
            {QStringLiteral("referenceAnswer"), item.referenceAnswer},
            {QStringLiteral("anchors"),
             anchors(item.anchorJunior, item.anchorMiddle, item.anchorSenior)},
            {QStringLiteral("minutesBudget"), item.minutesBudget},
            {QStringLiteral("planNote"), item.planNote},
            {QStringLiteral("state"), vocabulary::key(item.state)},
            {QStringLiteral("secondsSpent"), item.secondsSpent},
            {QStringLiteral("score"), item.score},
            {QStringLiteral("flags"), QJsonObject{{QStringLiteral("strong"), item.flagStrong},
                                                  {QStringLiteral("concern"), item.flagConcern}}},
            {QStringLiteral("notes"), item.notes},
            {QStringLiteral("followUps"), followUps},
            {QStringLiteral("criteria"), criteria}};
        if (!item.competencies.isEmpty())
            object.insert(kCompetencies, positionList(item.competencies));
        items.append(object);
    }
    QJsonObject payload{
        {kV, kVersion},
        {QStringLiteral("uuid"), interview.uuid},
        {QStringLiteral("owner"), interview.owner},
        {QStringLiteral("candidate"), interview.candidate},
        {QStringLiteral("role"), interview.role},
        {QStringLiteral("interviewer"), interview.interviewer},
        {QStringLiteral("plan"), textOrNull(interview.planUuid)},
        {QStringLiteral("planName"), interview.planName},
        {QStringLiteral("targetMinutes"), interview.targetMinutes},
        {QStringLiteral("scheduledAt"), timeValue(interview.scheduledAt)},
        {QStringLiteral("startedAt"), timeValue(interview.startedAt)},
        {QStringLiteral("endedAt"), timeValue(interview.endedAt)},
        {QStringLiteral("status"), vocabulary::key(interview.status)},
        {QStringLiteral("pausedAt"), timeValue(interview.pausedAt)},
        {QStringLiteral("pausedSeconds"), interview.pausedSeconds},
        {QStringLiteral("currentItem"), interview.currentItem},
        {QStringLiteral("currentSince"), interview.currentSince},
        {QStringLiteral("recommendation"), textOrNull(vocabulary::key(interview.recommendation))},
        {QStringLiteral("summary"), interview.summary},
        {QStringLiteral("amended"), interview.amended},
        {QStringLiteral("items"), items}};
    if (!interview.competencies.isEmpty()) {
        QJsonArray competencies;
        for (const InterviewCompetency &competency : interview.competencies)
            competencies.append(QJsonObject{{QStringLiteral("name"), competency.name},
                                            {QStringLiteral("description"), competency.description},
                                            {QStringLiteral("rating"), competency.rating}});
        payload.insert(kCompetencies, competencies);
    }
    const struct
    {
        const char *key;
        const QString &text;
    } texts[] = {
        {"takeaways", interview.takeaways}, {"pros", interview.pros}, {"cons", interview.cons}};
    for (const auto &text : texts) {
        if (!text.text.isEmpty())
            payload.insert(QLatin1String(text.key), text.text);
    }
    return payload;
}

Category toCategory(const QJsonObject &payload, const QString &uuid)
{
    const Reader reader(payload, placeOf(EntityKind::Category, uuid), kCategoryFields);
    checkHead(reader, payload, uuid);
    Category category;
    category.uuid = uuid;
    category.name = reader.text(QStringLiteral("name"), limits::kCategoryName);
    if (category.name.trimmed().isEmpty())
        reader.fail(QStringLiteral("name"), TeamPayload::tr("is empty"));
    category.position = reader.number(QStringLiteral("position"), 0, kMaxInt);
    return category;
}

Question toQuestion(const QJsonObject &payload, const QString &uuid)
{
    using namespace limits;
    const Reader reader(payload, placeOf(EntityKind::Question, uuid), kQuestionFields);
    checkHead(reader, payload, uuid);
    Question q;
    q.uuid = uuid;
    q.title = reader.text(QStringLiteral("title"), kTitle);
    if (q.title.trimmed().isEmpty())
        reader.fail(QStringLiteral("title"), TeamPayload::tr("is empty"));
    q.prompt = reader.text(QStringLiteral("prompt"), kLongText);
    {
        const Reader category(reader.object(QStringLiteral("category")),
                              reader.where() + TeamPayload::tr(", category"), kCategoryRefFields);
        q.categoryUuid = category.uuid(QStringLiteral("uuid"));
        q.category = category.text(QStringLiteral("name"), kCategoryName);
        if (q.category.trimmed().isEmpty())
            category.fail(QStringLiteral("name"), TeamPayload::tr("is empty"));
    }
    q.level = reader.level(QStringLiteral("level"));
    q.kind = reader.kind(QStringLiteral("kind"));
    q.minutes = reader.number(QStringLiteral("minutes"), kMinMinutes, kMaxMinutes);
    q.tags = reader.texts(QStringLiteral("tags"), kTags, kTag);
    q.referenceAnswer = reader.text(QStringLiteral("referenceAnswer"), kLongText);
    q.followUps = reader.texts(QStringLiteral("followUps"), kFollowUps, kListText);
    q.criteria = reader.texts(QStringLiteral("criteria"), kCriteria, kListText);
    const Reader anchorReader(reader.object(QStringLiteral("anchors")),
                              reader.where() + TeamPayload::tr(", anchors"),
                              vocabulary::levelKeys());
    q.anchorJunior = anchorReader.text(kJunior, kLongText);
    q.anchorMiddle = anchorReader.text(kMiddle, kLongText);
    q.anchorSenior = anchorReader.text(kSenior, kLongText);
    q.archived = reader.flag(QStringLiteral("archived"));
    return q;
}

Plan toPlan(const QJsonObject &payload, const QString &uuid)
{
    using namespace limits;
    const Reader reader(payload, placeOf(EntityKind::Plan, uuid), kPlanFields, kPlanOptionalFields);
    checkHead(reader, payload, uuid);
    Plan plan;
    plan.uuid = uuid;
    plan.name = reader.text(QStringLiteral("name"), kTitle);
    if (plan.name.trimmed().isEmpty())
        reader.fail(QStringLiteral("name"), TeamPayload::tr("is empty"));
    plan.role = reader.text(QStringLiteral("role"), kShortText);
    plan.level = reader.level(QStringLiteral("level"));
    plan.targetMinutes =
        reader.number(QStringLiteral("targetMinutes"), kMinTargetMinutes, kMaxTargetMinutes);
    plan.shipped = reader.flag(QStringLiteral("shipped"));
    if (reader.has(kCompetencies)) {
        const QJsonArray competencies = reader.array(kCompetencies);
        if (competencies.size() > kMaxCompetencies)
            reader.fail(kCompetencies, TeamPayload::tr("has %1 items; the limit is %2")
                                           .arg(competencies.size())
                                           .arg(kMaxCompetencies));
        for (int c = 0; c < competencies.size(); ++c) {
            const Reader competency(itemObject(reader, kCompetencies, competencies, c),
                                    reader.where() + TeamPayload::tr(", competency %1").arg(c + 1),
                                    kPlanCompetencyFields);
            PlanCompetency value;
            value.name = competency.text(QStringLiteral("name"), kCompetencyName);
            if (value.name.trimmed().isEmpty())
                competency.fail(QStringLiteral("name"), TeamPayload::tr("is empty"));
            value.description =
                competency.text(QStringLiteral("description"), kCompetencyDescription);
            plan.competencies.append(value);
        }
    }
    const QJsonArray items = reader.array(QStringLiteral("items"));
    for (int i = 0; i < items.size(); ++i) {
        const Reader item(itemObject(reader, QStringLiteral("items"), items, i),
                          reader.where() + TeamPayload::tr(", item %1").arg(i + 1), kPlanItemFields,
                          kPlanItemOptionalFields);
        PlanItem value;
        value.questionUuid = item.uuid(QStringLiteral("question"));
        value.minutes = item.number(QStringLiteral("minutes"), kMinMinutes, kMaxMinutes);
        value.note = item.text(QStringLiteral("note"), kListText);
        if (item.has(kCompetencies))
            value.competencies =
                item.numbers(kCompetencies, 0, std::max(0, int(plan.competencies.size()) - 1));
        if (!plan.competencies.isEmpty() || value.competencies.isEmpty())
            plan.items.append(value);
        else
            item.fail(kCompetencies, TeamPayload::tr("names competencies the plan lacks"));
    }
    const QStringList problems = plancompetencies::problems(plan);
    if (!problems.isEmpty())
        reader.fail(kCompetencies, problems.first());
    return plan;
}

Interview toInterview(const QJsonObject &payload, const QString &uuid)
{
    using namespace limits;
    const Reader reader(payload, placeOf(EntityKind::Interview, uuid), kInterviewFields,
                        kInterviewOptionalFields);
    checkHead(reader, payload, uuid);
    Interview interview;
    interview.uuid = uuid;
    interview.owner = reader.text(QStringLiteral("owner"), kShortText);
    interview.candidate = reader.text(QStringLiteral("candidate"), kShortText);
    if (interview.candidate.trimmed().isEmpty())
        reader.fail(QStringLiteral("candidate"), TeamPayload::tr("is empty"));
    interview.role = reader.text(QStringLiteral("role"), kShortText);
    interview.interviewer = reader.text(QStringLiteral("interviewer"), kShortText);
    interview.planUuid = reader.optionalUuid(QStringLiteral("plan"));
    interview.planName = reader.text(QStringLiteral("planName"));
    interview.targetMinutes = reader.number(QStringLiteral("targetMinutes"), 0, kMaxInt);
    interview.scheduledAt = reader.time(QStringLiteral("scheduledAt"));
    interview.startedAt = reader.time(QStringLiteral("startedAt"));
    interview.endedAt = reader.time(QStringLiteral("endedAt"));
    interview.status =
        reader.key(QStringLiteral("status"), &vocabulary::parseStatus, vocabulary::statusKeys());
    interview.pausedAt = reader.time(QStringLiteral("pausedAt"));
    interview.pausedSeconds = reader.number(QStringLiteral("pausedSeconds"), 0, kMaxInt);
    interview.currentSince = reader.number(QStringLiteral("currentSince"), 0, kMaxInt);
    if (payload.value(QStringLiteral("recommendation")).isNull())
        interview.recommendation = vocabulary::Recommendation::None;
    else
        interview.recommendation =
            reader.key(QStringLiteral("recommendation"), &vocabulary::parseRecommendation,
                       vocabulary::recommendationKeys());
    interview.summary = reader.text(QStringLiteral("summary"), kLongText);
    interview.amended = reader.flag(QStringLiteral("amended"));
    if (reader.has(kCompetencies)) {
        const QJsonArray competencies = reader.array(kCompetencies);
        if (competencies.size() > kMaxCompetencies)
            reader.fail(kCompetencies, TeamPayload::tr("has %1 items; the limit is %2")
                                           .arg(competencies.size())
                                           .arg(kMaxCompetencies));
        for (int c = 0; c < competencies.size(); ++c) {
            const Reader competency(itemObject(reader, kCompetencies, competencies, c),
                                    reader.where() + TeamPayload::tr(", competency %1").arg(c + 1),
                                    kInterviewCompetencyFields);
            InterviewCompetency value;
            value.name = competency.text(QStringLiteral("name"), kCompetencyName);
            if (value.name.trimmed().isEmpty())
                competency.fail(QStringLiteral("name"), TeamPayload::tr("is empty"));
            value.description =
                competency.text(QStringLiteral("description"), kCompetencyDescription);
            value.rating = competency.number(QStringLiteral("rating"), vocabulary::kNoRating,
                                             vocabulary::kMaxRating);
            interview.competencies.append(value);
        }
    }
    for (const char *key : {"takeaways", "pros", "cons"}) {
        const QString field = QLatin1String(key);
        if (!reader.has(field))
            continue;
        const QString text = reader.text(field, kScorecardText);
        (field == QLatin1String("takeaways") ? interview.takeaways
         : field == QLatin1String("pros")    ? interview.pros
                                             : interview.cons) = text;
    }

    const QJsonArray items = reader.array(QStringLiteral("items"));
    interview.currentItem =
        reader.number(QStringLiteral("currentItem"), 0, std::max(0, int(items.size()) - 1));
    for (int i = 0; i < items.size(); ++i) {
        const QString where = reader.where() + TeamPayload::tr(", item %1").arg(i + 1);
        const Reader item(itemObject(reader, QStringLiteral("items"), items, i), where, kItemFields,
                          kItemOptionalFields);
        InterviewItem value;
        value.position = i;
        value.questionUuid = item.text(QStringLiteral("questionUuid"));
        value.title = item.text(QStringLiteral("title"));
        value.prompt = item.text(QStringLiteral("prompt"));
        value.category = item.text(QStringLiteral("category"));
        value.level = item.level(QStringLiteral("level"));
        value.kind = item.kind(QStringLiteral("kind"));
        value.referenceAnswer = item.text(QStringLiteral("referenceAnswer"));
        const Reader anchorReader(item.object(QStringLiteral("anchors")),
                                  where + TeamPayload::tr(", anchors"), vocabulary::levelKeys());
        value.anchorJunior = anchorReader.text(kJunior);
        value.anchorMiddle = anchorReader.text(kMiddle);
        value.anchorSenior = anchorReader.text(kSenior);
        value.minutesBudget = item.number(QStringLiteral("minutesBudget"), 0, kMaxInt);
        value.planNote = item.text(QStringLiteral("planNote"));
        value.state = item.key(QStringLiteral("state"), &vocabulary::parseItemState,
                               vocabulary::itemStateKeys());
        value.secondsSpent = item.number(QStringLiteral("secondsSpent"), 0, kMaxInt);
        const int score =
            item.number(QStringLiteral("score"), vocabulary::kNoScore, vocabulary::kMaxScore);
        value.score = score;
        const Reader flags(item.object(QStringLiteral("flags")), where + TeamPayload::tr(", flags"),
                           kFlagFields);
        value.flagStrong = flags.flag(QStringLiteral("strong"));
        value.flagConcern = flags.flag(QStringLiteral("concern"));
        value.notes = item.text(QStringLiteral("notes"), kNotes);
        const QJsonArray followUps = item.array(QStringLiteral("followUps"));
        for (int f = 0; f < followUps.size(); ++f) {
            const Reader followUp(itemObject(item, QStringLiteral("followUps"), followUps, f),
                                  where + TeamPayload::tr(", follow-up %1").arg(f + 1),
                                  kFollowUpFields);
            value.followUps.append({followUp.text(QStringLiteral("text")),
                                    followUp.flag(QStringLiteral("adHoc")),
                                    followUp.flag(QStringLiteral("asked"))});
        }
        const QJsonArray criteria = item.array(QStringLiteral("criteria"));
        for (int c = 0; c < criteria.size(); ++c) {
            const Reader criterion(itemObject(item, QStringLiteral("criteria"), criteria, c),
                                   where + TeamPayload::tr(", criterion %1").arg(c + 1),
                                   kCriterionFields);
            value.criteria.append(
                {criterion.text(QStringLiteral("text")), criterion.flag(QStringLiteral("met"))});
        }
        if (item.has(kCompetencies)) {
            if (interview.competencies.isEmpty())
                item.fail(kCompetencies, TeamPayload::tr("names competencies the interview lacks"));
            value.competencies =
                item.numbers(kCompetencies, 0, int(interview.competencies.size()) - 1);
        }
        interview.items.append(value);
    }
    return interview;
}

QByteArray toJson(const QJsonObject &payload)
{
    return jsonfields::escapeByteOrderMarks(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QByteArray &json, EntityKind kind, const QString &uuid)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(jsonfields::escapeByteOrderMarks(json), &error);
    if (error.error != QJsonParseError::NoError)
        throw PanelistError(TeamPayload::tr("%1: the payload is not valid JSON (%2).")
                                .arg(placeOf(kind, uuid), error.errorString()));
    if (!document.isObject())
        throw PanelistError(
            TeamPayload::tr("%1: the payload must be a JSON object.").arg(placeOf(kind, uuid)));
    return document.object();
}

void check(EntityKind kind, const QJsonObject &payload, const QString &uuid)
{
    switch (kind) {
    case EntityKind::Category:
        toCategory(payload, uuid);
        return;
    case EntityKind::Question:
        toQuestion(payload, uuid);
        return;
    case EntityKind::Plan:
        toPlan(payload, uuid);
        return;
    case EntityKind::Interview:
        toInterview(payload, uuid);
        return;
    }
}

} // namespace teampayload
