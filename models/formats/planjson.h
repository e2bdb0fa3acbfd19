#pragma once

#include "domain/plan.h"

#include <QByteArray>

// The plan exchange format ("format": "panelist-plan"), JSON only: the plan with its
// items, and its questions in the bank exchange format (bankjson::toJson).
namespace planjson {

// `plan.items` name their questions by questionUuid; `questions` are written in the
// order the items first use them, each once.
QByteArray write(const Plan &plan, const QList<Question> &questions);
// Checks everything before anything is written: unknown or missing fields, wrong types,
// a newer version, values out of range, and an item whose question is not in
// "questions". `fileName` only names the source in error messages. Throws PanelistError.
PlanDocument read(const QByteArray &data, const QString &fileName);

} // namespace planjson
