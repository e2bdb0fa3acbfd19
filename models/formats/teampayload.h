#pragma once

#include "domain/interview.h"
#include "domain/plan.h"
#include "domain/question.h"
#include "domain/vocabulary.h"

#include <QJsonObject>
#include <QString>

// What one shared entity is on the team's server: a JSON object (the payload of a row of
// panelist.entities), versioned ("v": 1). The content only: local ids, timestamps of the
// rows (created, updated) and the flags that steer a bank upgrade stay on each laptop, so
// two laptops that hold the same question (the shipped bank, a template) write the same
// payload and the server can adopt the second one instead of calling it a conflict.
//
// - category: uuid, name, position.
// - question: uuid, title, prompt, category {uuid, name}, level, kind, minutes, tags,
//   referenceAnswer, followUps, criteria, anchors {junior, middle, senior}, archived.
// - plan: uuid, name, role, level, targetMinutes, shipped, items [{question (uuid),
//   minutes, note}].
// - interview: uuid, owner (the team role that ran it), candidate, role, interviewer,
//   plan (uuid or null), planName, targetMinutes, scheduledAt, startedAt, endedAt,
//   status, pausedAt, pausedSeconds, currentItem, currentSince, recommendation (key or
//   null), summary, amended, items [the snapshot (questionUuid, title, prompt, category,
//   level, kind, referenceAnswer, anchors, minutesBudget, planNote) and the record
//   (state, secondsSpent, score, flags {strong, concern}, notes, followUps [{text,
//   adHoc, asked}], criteria [{text, met}])].
// The scorecard (issue 16) adds fields that are left out when empty, so an entity without
// it keeps the payload it had: plan competencies [{name, description}] and each plan
// item's competencies [positions]; interview competencies [{name, description, rating
// (0–4, 0 not rated)}], takeaways, pros, cons, and each item's competencies [positions].
// Times are ISO 8601 in UTC with milliseconds, or null.
//
// Reading is strict: a field missing, unknown or of the wrong type, a key the vocabulary
// does not know, a number out of range, a text over its limit (domain/limits.h) or a
// newer "v" is refused with PanelistError naming the kind, the uuid and the field:
// `team question 7a1b…: field "minutes" must be between 1 and 90, not 0.` Nothing is
// normalized: what one laptop stored is what the others store.
namespace teampayload {

constexpr int kVersion = 1;

QJsonObject fromCategory(const Category &category);
QJsonObject fromQuestion(const Question &question);
QJsonObject fromPlan(const Plan &plan);
QJsonObject fromInterview(const Interview &interview);

// `uuid` is the entity's on the server; the payload must name the same one. Ids are 0;
// a question's categoryUuid and category are set; a plan's items carry questionUuid
// (questionId 0); an interview's planId is 0 and planUuid set (or empty).
Category toCategory(const QJsonObject &payload, const QString &uuid);
Question toQuestion(const QJsonObject &payload, const QString &uuid);
Plan toPlan(const QJsonObject &payload, const QString &uuid);
Interview toInterview(const QJsonObject &payload, const QString &uuid);

// A payload as text (compact JSON) and back, as it is stored (the server's jsonb, the
// conflicts table). Qt's JSON reader drops a U+FEFF that starts a string, so it travels
// escaped (jsonfields::escapeByteOrderMarks); always go through these. fromJson throws
// PanelistError naming the kind and uuid when `json` is no JSON object.
QByteArray toJson(const QJsonObject &payload);
QJsonObject fromJson(const QByteArray &json, vocabulary::EntityKind kind, const QString &uuid);

// Checks `payload` as a `kind` entity (the to*() above) and throws as they do.
void check(vocabulary::EntityKind kind, const QJsonObject &payload, const QString &uuid);

} // namespace teampayload
