#pragma once

#include "formats/bankdocument.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON form of the bank exchange format ("format": "panelist-bank").
namespace bankjson {

QByteArray write(const BankDocument &document);
// One question as the format writes it (no id: ids belong to a database).
QJsonObject toJson(const Question &question);
// One question object of the format, checked and normalized; `index` (0-based) and
// `fileName` name it in errors ("bank.json, question 3 (\"GIL\")"). Throws PanelistError.
Question readQuestion(const QJsonValue &value, int index, const QString &fileName);
// `fileName` only names the source in error messages. Throws PanelistError.
BankDocument read(const QByteArray &data, const QString &fileName);

} // namespace bankjson
