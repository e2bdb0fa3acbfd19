#pragma once

#include "domain/limits.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The stated limits (fieldlimits.h) for QML, so fields stop where the editor's checks do:
// Limits.title, Limits.longText, …; and the clipboard cut to what a field has room for.
class QmlLimits : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Limits)
    QML_SINGLETON
    Q_PROPERTY(int title READ title CONSTANT)
    Q_PROPERTY(int categoryName READ categoryName CONSTANT)
    Q_PROPERTY(int tag READ tag CONSTANT)
    Q_PROPERTY(int shortText READ shortText CONSTANT)
    Q_PROPERTY(int longText READ longText CONSTANT)
    Q_PROPERTY(int listText READ listText CONSTANT)
    Q_PROPERTY(int notes READ notes CONSTANT)
    Q_PROPERTY(int tags READ tags CONSTANT)
    // The tags field holds every tag with a comma and a space between them.
    Q_PROPERTY(int tagsText READ tagsText CONSTANT)
    Q_PROPERTY(int followUps READ followUps CONSTANT)
    Q_PROPERTY(int criteria READ criteria CONSTANT)
    Q_PROPERTY(int queryLength READ queryLength CONSTANT)
    // Minutes of a question or plan item, and of a plan's target.
    Q_PROPERTY(int minMinutes READ minMinutes CONSTANT)
    Q_PROPERTY(int maxMinutes READ maxMinutes CONSTANT)
    Q_PROPERTY(int maxTargetMinutes READ maxTargetMinutes CONSTANT)
    // A plan's scorecard competencies: how many, how long a name.
    Q_PROPERTY(int maxCompetencies READ maxCompetencies CONSTANT)
    Q_PROPERTY(int competencyName READ competencyName CONSTANT)

public:
    explicit QmlLimits(QObject *parent = nullptr)
        : QObject(parent)
    {}

    static int title() { return limits::kTitle; }
    static int categoryName() { return limits::kCategoryName; }
    static int tag() { return limits::kTag; }
    static int shortText() { return limits::kShortText; }
    static int longText() { return limits::kLongText; }
    static int listText() { return limits::kListText; }
    static int notes() { return limits::kNotes; }
    static int tags() { return limits::kTags; }
    static int tagsText() { return limits::kTags * (limits::kTag + 2); }
    static int followUps() { return limits::kFollowUps; }
    static int criteria() { return limits::kCriteria; }
    static int queryLength() { return limits::kQueryLength; }
    static int minMinutes() { return limits::kMinMinutes; }
    static int maxMinutes() { return limits::kMaxMinutes; }
    static int maxTargetMinutes() { return limits::kMaxTargetMinutes; }
    static int maxCompetencies() { return limits::kMaxCompetencies; }
    static int competencyName() { return limits::kCompetencyName; }

    // At most `room` characters of the clipboard's text (of the selection, as a middle
    // click pastes it, when `selection`; empty where there is none): what a limited text
    // area pastes, so a pasted megabyte never reaches its layout.
    Q_INVOKABLE static QString clipboard(int room, bool selection = false);
};
