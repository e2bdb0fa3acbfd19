#include "jsonfields.h"

#include "storage/errors.h"

#include <QCoreApplication>

namespace jsonfields {

namespace {

QString tr(const char *text)
{
    // The context these messages had before they were shared, so translations carry over.
    return QCoreApplication::translate("BankJson", text);
}

} // namespace

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

Fields::Fields(const QJsonObject &object, QString where, const QStringList &known)
    : m_object(object)
    , m_where(std::move(where))
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), tr("is not a field of this format (known: %1)")
                               .arg(known.join(QStringLiteral(", "))));
    }
}

void Fields::fail(const QString &key, const QString &reason) const
{
    throw PanelistError(tr("%1: field \"%2\" %3.").arg(m_where, key, reason));
}

QString Fields::string(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString())
        fail(key, value.isUndefined() ? tr("is missing")
                                      : tr("must be a string, not %1").arg(typeName(value)));
    return value.toString();
}

int Fields::integer(const QString &key, bool required, int fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return fallback;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number)))
        fail(key, value.isUndefined() ? tr("is missing")
                                      : tr("must be a whole number, not %1").arg(typeName(value)));
    return static_cast<int>(number);
}

bool Fields::boolean(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        fail(key, tr("must be true or false, not %1").arg(typeName(value)));
    return value.toBool();
}

QStringList Fields::strings(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(key, tr("must be a list of strings, not %1").arg(typeName(value)));
    QStringList result;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(key, tr("item %1 must be a string, not %2").arg(i + 1).arg(typeName(array.at(i))));
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
        fail(key, tr("must be an object, not %1").arg(typeName(value)));
    return value.toObject();
}

QJsonArray Fields::array(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isArray())
        fail(key, value.isUndefined() ? tr("is missing")
                                      : tr("must be a list, not %1").arg(typeName(value)));
    return value.toArray();
}

} // namespace jsonfields
