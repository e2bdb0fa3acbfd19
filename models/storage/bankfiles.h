#pragma once

#include "storage/bankrepository.h"
#include "formats/bankdocument.h"

#include <QString>

// Moves banks between files and the database. The format follows the file's
// extension: .json, or .md / .markdown.
namespace bankfiles {

// Reads and checks a whole file before anything is written. Throws PanelistError.
BankDocument read(const QString &path);
// Writes atomically: the old file stays intact until the new one is complete.
void write(const QString &path, const BankDocument &document);

// The whole bank, archived questions included, in a stable order.
BankDocument snapshot(const BankRepository &repository);

// All or nothing: on any error the database is unchanged.
BankRepository::ImportResult importFile(BankRepository &repository, const QString &path);
void exportFile(const BankRepository &repository, const QString &path);

} // namespace bankfiles
