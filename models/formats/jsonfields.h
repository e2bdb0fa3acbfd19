#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Strict reading of the exchange formats' JSON objects, shared by the bank and plan
// formats: every complaint names the place ("bank.json, question 3 (\"GIL\")"), the
// field and the reason, and throws PanelistError.
namespace jsonfields {

// "a string", "a number", "a list", ... or "missing": how errors name a JSON value.
QString typeName(const QJsonValue &value);
// A value as an error message quotes it after "not": 7.5, true, null, a list,
// text ("seven").
QString describeValue(const QJsonValue &value);
// Qt's JSON parser drops a U+FEFF that starts a string value. Written as the escape
// \ufeff it survives, so readers pass their input through this (a byte order mark that
// starts the file is kept) and writers their output. The bytes EF BB BF only ever
// encode U+FEFF, and outside strings it is no valid JSON either way.
QByteArray escapeByteOrderMarks(const QByteArray &json);
// Where in the text a parse error happened, as "line L, column C".
QString position(const QByteArray &data, int offset);

// Reads the fields of one JSON object; refuses fields not in `known`.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, const QStringList &known);

    [[noreturn]] void fail(const QString &key, const QString &reason) const;

    QString string(const QString &key, bool required) const;
    int integer(const QString &key, bool required, int fallback = 0) const;
    bool boolean(const QString &key) const;
    QStringList strings(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QJsonArray array(const QString &key, bool required) const;

private:
    QJsonObject m_object;
    QString m_where;
};

} // namespace jsonfields
