#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// Comparing two laptops' files (the sync tests): every shared table's content keyed by
// uuids (local ids and row timestamps differ between laptops by design), the search
// index and the lists of questions and interview items too, as "ROWS DIGEST" per table.
namespace replicacheck {

QMap<QString, QByteArray> checksums(const QSqlDatabase &db);

} // namespace replicacheck
