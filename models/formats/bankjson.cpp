#include "formats/bankjson.h"

#include "domain/errors.h"
#include "formats/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bankjson {

using jsonfields::Fields;
using jsonfields::position;
using jsonfields::typeName;

namespace {

struct BankJson
{
    Q_DECLARE_TR_FUNCTIONS(BankJson)
};

const QStringList kTopFields = {QStringLiteral("format"), QStringLiteral("version"),
                                QStringLiteral("bankVersion"), QStringLiteral("categories"),
                                QStringLiteral("questions")};
const QStringList kQuestionFields = {
    QStringLiteral("uuid"),      QStringLiteral("title"),    QStringLiteral("prompt"),
    QStringLiteral("category"),  QStringLiteral("level"),    QStringLiteral("kind"),
    QStringLiteral("minutes"),   QStringLiteral("tags"),     QStringLiteral("referenceAnswer"),
    QStringLiteral("followUps"), QStringLiteral("criteria"), QStringLiteral("anchors"),
    QStringLiteral("archived")};
// The anchors object names each anchor by its level's key.
const QString kJunior = vocabulary::key(vocabulary::Level::Junior);
const QString kMiddle = vocabulary::key(vocabulary::Level::Middle);
const QString kSenior = vocabulary::key(vocabulary::Level::Senior);
const QStringList kAnchorFields = vocabulary::levelKeys();

} // namespace

Question readQuestion(const QJsonValue &value, int index, const QString &fileName)
{
    const QString fallbackWhere =
        fileName + QStringLiteral(", ") + bankcheck::describeQuestion(index, {});
    if (!value.isObject())
        throw PanelistError(
            BankJson::tr("%1: must be an object, not %2.").arg(fallbackWhere, typeName(value)));
    const QJsonObject object = value.toObject();
    const QString where =
        fileName + QStringLiteral(", ") +
        bankcheck::describeQuestion(index, object.value(QStringLiteral("title")).toString());
    const Fields fields(object, where, kQuestionFields);

    Question q;
    q.uuid = fields.string(QStringLiteral("uuid"), true);
    q.title = fields.string(QStringLiteral("title"), true);
    q.prompt = fields.string(QStringLiteral("prompt"), false);
    q.category = fields.string(QStringLiteral("category"), true);
    bankcheck::QuestionKeys keys;
    keys.level = fields.string(QStringLiteral("level"), true);
    keys.kind = fields.string(QStringLiteral("kind"), true);
    q.minutes = fields.integer(QStringLiteral("minutes"), true);
    q.tags = fields.strings(QStringLiteral("tags"));
    q.referenceAnswer = fields.string(QStringLiteral("referenceAnswer"), false);
    q.followUps = fields.strings(QStringLiteral("followUps"));
    q.criteria = fields.strings(QStringLiteral("criteria"));
    q.archived = fields.boolean(QStringLiteral("archived"));
    const Fields anchors(fields.object(QStringLiteral("anchors")),
                         where + QStringLiteral(", anchors"), kAnchorFields);
    q.anchorJunior = anchors.string(kJunior, false);
    q.anchorMiddle = anchors.string(kMiddle, false);
    q.anchorSenior = anchors.string(kSenior, false);
    bankcheck::normalizeQuestion(q, keys, where);
    return q;
}

QJsonObject toJson(const Question &q)
{
    return {{QStringLiteral("uuid"), q.uuid},
            {QStringLiteral("title"), q.title},
            {QStringLiteral("prompt"), q.prompt},
            {QStringLiteral("category"), q.category},
            {QStringLiteral("level"), vocabulary::key(q.level)},
            {QStringLiteral("kind"), vocabulary::key(q.kind)},
            {QStringLiteral("minutes"), q.minutes},
            {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
            {QStringLiteral("referenceAnswer"), q.referenceAnswer},
            {QStringLiteral("followUps"), QJsonArray::fromStringList(q.followUps)},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(q.criteria)},
            {QStringLiteral("anchors"), QJsonObject{{kJunior, q.anchorJunior},
                                                    {kMiddle, q.anchorMiddle},
                                                    {kSenior, q.anchorSenior}}},
            {QStringLiteral("archived"), q.archived}};
}

QByteArray write(const BankDocument &document)
{
    QJsonArray categories;
    for (const Category &category : document.categories)
        categories.append(QJsonObject{{QStringLiteral("name"), category.name},
                                      {QStringLiteral("position"), category.position}});
    QJsonArray questions;
    for (const Question &q : document.questions)
        questions.append(toJson(q));
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("panelist-bank")},
                     {QStringLiteral("version"), BankDocument::kFormatVersion},
                     {QStringLiteral("categories"), categories},
                     {QStringLiteral("questions"), questions}};
    if (document.bankVersion > 0)
        root.insert(QStringLiteral("bankVersion"), document.bankVersion);
    return jsonfields::escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

BankDocument read(const QByteArray &input, const QString &fileName)
{
    const QByteArray data = jsonfields::escapeByteOrderMarks(input);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        throw PanelistError(BankJson::tr("%1, %2: not valid JSON: %3.")
                                .arg(fileName, position(data, error.offset), error.errorString()));
    }
    if (!json.isObject())
        throw PanelistError(
            BankJson::tr("%1: the top level must be an object with \"format\": \"panelist-bank\".")
                .arg(fileName));
    const QJsonObject root = json.object();
    const Fields top(root, fileName, kTopFields);
    if (top.string(QStringLiteral("format"), true) != QLatin1String("panelist-bank"))
        top.fail(QStringLiteral("format"), BankJson::tr("must be \"panelist-bank\""));
    const int version = top.integer(QStringLiteral("version"), true);
    if (version > BankDocument::kFormatVersion || version < 1) {
        top.fail(QStringLiteral("version"),
                 BankJson::tr("is %1, but this Panelist reads format version %2; update Panelist")
                     .arg(version)
                     .arg(BankDocument::kFormatVersion));
    }

    BankDocument document;
    document.bankVersion = top.integer(QStringLiteral("bankVersion"), false, 0);
    const QJsonArray categories = top.array(QStringLiteral("categories"), false);
    for (int i = 0; i < categories.size(); ++i) {
        const QString where = BankJson::tr("%1, category %2").arg(fileName).arg(i + 1);
        if (!categories.at(i).isObject())
            throw PanelistError(BankJson::tr("%1: must be an object, not %2.")
                                    .arg(where, typeName(categories.at(i))));
        const Fields fields(categories.at(i).toObject(), where,
                            {QStringLiteral("name"), QStringLiteral("position")});
        Category category;
        category.name =
            bankcheck::normalizeCategoryName(fields.string(QStringLiteral("name"), true), where);
        category.position = fields.integer(QStringLiteral("position"), false, i);
        document.categories.append(category);
    }
    std::stable_sort(document.categories.begin(), document.categories.end(),
                     [](const Category &a, const Category &b) { return a.position < b.position; });

    const QJsonArray questions = top.array(QStringLiteral("questions"), true);
    for (int i = 0; i < questions.size(); ++i)
        document.questions.append(readQuestion(questions.at(i), i, fileName));
    bankcheck::normalizeDocument(document, fileName);
    return document;
}

} // namespace bankjson
