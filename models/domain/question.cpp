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

namespace bankvalues {

const QStringList &levels()
{
    static const QStringList values = {QStringLiteral("junior"), QStringLiteral("middle"),
                                       QStringLiteral("senior")};
    return values;
}

const QStringList &kinds()
{
    static const QStringList values = {QStringLiteral("technical"), QStringLiteral("coding"),
                                       QStringLiteral("behavioural"), QStringLiteral("situational"),
                                       QStringLiteral("discussion")};
    return values;
}

} // namespace bankvalues
