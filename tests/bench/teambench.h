#pragma once

#include <QString>
#include <functional>

// panelist-bench --team: the sync figures on a PostgreSQL 15 the bench starts itself
// (tests/support/pgserver). `questions` is the bank a new laptop joins (100,000; --quick
// 10,000); `edits` the random edits each of five clients makes (200).
namespace teambench {

using Figure = std::function<void(const QString &name, const QString &value, const QString &unit)>;

// Throws PanelistError when the server cannot start or a step fails.
void run(int questions, int edits, const Figure &figure,
         const std::function<void(const QString &)> &progress);

} // namespace teambench
