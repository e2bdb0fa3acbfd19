#include "domain/question.h"

bool Question::sameContent(const Question &other) const
{
    return uuid == other.uuid && title == other.title && prompt == other.prompt &&
           category == other.category && level == other.level && kind == other.kind &&
           minutes == other.minutes && referenceAnswer == other.referenceAnswer &&
           tags == other.tags && followUps == other.followUps && criteria == other.criteria &&
           anchorJunior == other.anchorJunior && anchorMiddle == other.anchorMiddle &&
           anchorSenior == other.anchorSenior && archived == other.archived;
}
