#pragma once

#include "domain/question.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Interview plans: an ordered, time-boxed list of bank questions, reused for every
// candidate of a role. Plain value types; PlanRepository fills them.

struct PlanItem
{
    qint64 id = 0;
    qint64 questionId = 0;
    // Read from the bank for display; not stored with the item.
    QString questionUuid;
    QString title;
    QString category;
    vocabulary::Level level = vocabulary::Level::Middle;
    bool archived = false;
    // The item's own fields.
    int minutes = 5; // limits::kMinMinutes–kMaxMinutes; defaults to the question's minutes
    QString note;    // private note for the interviewer
};

struct Plan
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
    vocabulary::Level level = vocabulary::Level::Senior; // the level the plan hires for
    int targetMinutes = 60; // limits::kMinTargetMinutes–kMaxTargetMinutes
    bool shipped = false;   // created from a template that ships with the app
    QList<PlanItem> items;
    QDateTime createdAt;
    QDateTime updatedAt;

    int totalMinutes() const;
};

// One row of the plans list.
struct PlanSummary
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
    vocabulary::Level level = vocabulary::Level::Senior;
    int targetMinutes = 0;
    int totalMinutes = 0;
    int questionCount = 0;
};

// A plan as it travels in a plan file (README, "Plan exchange format"): the plan, its
// items naming their questions by `questionUuid` (with minutes and note), and every
// question the items use, so the plan can be imported into a bank that lacks them.
struct PlanDocument
{
    static constexpr int kFormatVersion = 1;

    Plan plan;
    QList<Question> questions;
};
