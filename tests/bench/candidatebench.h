#pragma once

#include <QString>
#include <functional>

// panelist-bench's candidate figures: a database with `candidates` candidates and four
// interviews each (10,000 and 40,000 by default), the candidate list opened and searched
// a keystroke at a time, as the Candidates page does.
namespace candidatebench {

using Figure = std::function<void(const QString &name, const QString &value, const QString &unit)>;

// Throws PanelistError when the database cannot be made.
void run(int candidates, const Figure &figure,
         const std::function<void(const QString &)> &progress);

} // namespace candidatebench
