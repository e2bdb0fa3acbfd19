#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The bank's plain value types. Repositories fill them; models and exchange read them.

struct Category
{
    qint64 id = 0;
    QString name;
    int position = 0;
    // Who it is across a team: a rename keeps it. (Initialised, so {id, name, position}
    // still lists a category in full.)
    QString uuid = {};
};

struct Question
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString prompt; // Markdown
    QString category;
    QString categoryUuid; // where known (read from the database, a team payload); not content
    vocabulary::Level level = vocabulary::Level::Middle;
    vocabulary::Kind kind = vocabulary::Kind::Technical;
    int minutes = 5;         // limits::kMinMinutes to limits::kMaxMinutes
    QString referenceAnswer; // Markdown key points
    QStringList tags;
    QStringList followUps;
    QStringList criteria;
    QString anchorJunior;
    QString anchorMiddle;
    QString anchorSenior;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Equality of content, ignoring database identity and timestamps.
    bool sameContent(const Question &other) const;
};

// One row of a search result or list: what a list delegate shows.
struct QuestionSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString category;
    vocabulary::Level level = vocabulary::Level::Middle;
    vocabulary::Kind kind = vocabulary::Kind::Technical;
    int minutes = 0;
    bool archived = false;
};
