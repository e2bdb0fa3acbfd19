#pragma once

#include "storage/bankrepository.h"
#include "domain/plan.h"

#include <QString>

// Moves plans between .json files (the plan exchange format) and the database.
namespace planfiles {

// Reads and checks a whole file before anything is written. Throws PanelistError.
PlanDocument read(const QString &path);
// Writes atomically: the old file stays intact until the new one is complete.
void write(const QString &path, const Plan &plan, const QList<Question> &questions);

// The questions `plan` uses, each once, in the order its items first use them.
QList<Question> questionsOf(const Plan &plan, const BankRepository &bank);

} // namespace planfiles
