#include "formats/jsonfields.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace jsonfields {

namespace {

struct JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
};

} // namespace

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return JsonFields::tr("a boolean");
    case QJsonValue::Double:
        return JsonFields::tr("a number");
    case QJsonValue::String:
        return JsonFields::tr("a string");
    case QJsonValue::Array:
        return JsonFields::tr("a list");
    case QJsonValue::Object:
        return JsonFields::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFields::tr("missing");
}

QString describeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        QString text = value.toString();
        const bool cut = text.size() > 40;
        text = text.left(40);
        for (QChar &c : text) {
            if (c.unicode() < 0x20 || c.isSurrogate() ||
                (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                c = QChar(QChar::ReplacementCharacter);
        }
        return JsonFields::tr("text (\"%1%2\")").arg(text, cut ? QStringLiteral("…") : QString());
    }
    default:
        return typeName(value);
    }
}

QByteArray escapeByteOrderMarks(const QByteArray &json)
{
    static const QByteArray mark("\xef\xbb\xbf");
    const qsizetype from = json.startsWith(mark) ? mark.size() : 0;
    if (json.indexOf(mark, from) < 0)
        return json;
    return json.left(from) + json.mid(from).replace(mark, QByteArrayLiteral("\\ufeff"));
}

QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return JsonFields::tr("line %1, column %2").arg(line).arg(column);
}

Fields::Fields(const QJsonObject &object, QString where, const QStringList &known)
    : m_object(object)
    , m_where(std::move(where))
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), JsonFields::tr("is not a field of this format (known: %1)")
                               .arg(known.join(QStringLiteral(", "))));
    }
}

void Fields::fail(const QString &key, const QString &reason) const
{
    throw PanelistError(JsonFields::tr("%1: field \"%2\" %3.").arg(m_where, key, reason));
}

QString Fields::string(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString())
        fail(key, value.isUndefined()
                      ? JsonFields::tr("is missing")
                      : JsonFields::tr("must be a string, not %1").arg(typeName(value)));
    return value.toString();
}

int Fields::integer(const QString &key, bool required, int fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return fallback;
    if (value.isUndefined())
        fail(key, JsonFields::tr("is missing"));
    const double number = value.toDouble();
    // Checked before the conversion, which is undefined for a double out of int's range.
    const bool whole = value.isDouble() && std::floor(number) == number &&
                       number >= std::numeric_limits<int>::min() &&
                       number <= std::numeric_limits<int>::max();
    if (!whole)
        fail(key, JsonFields::tr("must be a whole number, not %1").arg(describeValue(value)));
    return static_cast<int>(number);
}

bool Fields::boolean(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        fail(key, JsonFields::tr("must be true or false, not %1").arg(describeValue(value)));
    return value.toBool();
}

QStringList Fields::strings(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(key, JsonFields::tr("must be a list of strings, not %1").arg(typeName(value)));
    QStringList result;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(key, JsonFields::tr("item %1 must be a string, not %2")
                          .arg(i + 1)
                          .arg(typeName(array.at(i))));
        result << array.at(i).toString();
    }
    return result;
}

QJsonObject Fields::object(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        fail(key, JsonFields::tr("must be an object, not %1").arg(typeName(value)));
    return value.toObject();
}

QJsonArray Fields::array(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isArray())
        fail(key, value.isUndefined()
                      ? JsonFields::tr("is missing")
                      : JsonFields::tr("must be a list, not %1").arg(typeName(value)));
    return value.toArray();
}

} // namespace jsonfields
