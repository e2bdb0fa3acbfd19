#pragma once

#include "bankdocument.h"

#include <QByteArray>

// The JSON form of the bank exchange format ("format": "panelist-bank").
namespace bankjson {

QByteArray write(const BankDocument &document);
// `fileName` only names the source in error messages. Throws PanelistError.
BankDocument read(const QByteArray &data, const QString &fileName);

} // namespace bankjson
