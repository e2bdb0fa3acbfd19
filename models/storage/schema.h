#pragma once

#include <QStringList>

// The numbered schema migrations. Migration N moves a database from version N-1 to N;
// each runs inside one transaction together with the version bump.
namespace schema {

// Statements of migration `version` (1-based) for SQLite.
QStringList sqliteMigration(int version);

} // namespace schema
