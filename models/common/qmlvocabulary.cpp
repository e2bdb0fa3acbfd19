#include "common/qmlvocabulary.h"

#include <QVariantMap>

#include <optional>

using namespace vocabulary;

namespace {

// The enum value `value` names, when the enum has it.
template<typename Enum> std::optional<Enum> valueOf(const QList<Enum> &values, int value)
{
    for (Enum candidate : values) {
        if (int(candidate) == value)
            return candidate;
    }
    return std::nullopt;
}

template<typename Enum> QVariantList entriesOf(const QList<Enum> &values)
{
    QVariantList entries;
    for (Enum value : values) {
        entries.append(QVariantMap{{QStringLiteral("value"), int(value)},
                                   {QStringLiteral("key"), key(value)},
                                   {QStringLiteral("label"), label(value)}});
    }
    return entries;
}

template<typename Enum> QString labelOf(const QList<Enum> &values, int value)
{
    const std::optional<Enum> known = valueOf(values, value);
    return known ? label(*known) : QString();
}

template<typename Enum> int intOf(const std::optional<Enum> &value)
{
    return value ? int(*value) : -1;
}

} // namespace

QVariantList QmlVocabulary::levels()
{
    return entriesOf(vocabulary::levels());
}

QVariantList QmlVocabulary::kinds()
{
    return entriesOf(vocabulary::kinds());
}

QVariantList QmlVocabulary::statuses()
{
    return entriesOf(vocabulary::statuses());
}

QVariantList QmlVocabulary::itemStates()
{
    return entriesOf(vocabulary::itemStates());
}

QVariantList QmlVocabulary::recommendations()
{
    return entriesOf(vocabulary::recommendations());
}

QVariantList QmlVocabulary::scores()
{
    QVariantList entries;
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        entries.append(QVariantMap{{QStringLiteral("value"), score},
                                   {QStringLiteral("name"), vocabulary::scoreName(score)},
                                   {QStringLiteral("label"), vocabulary::scoreLabel(score)}});
    }
    return entries;
}

QString QmlVocabulary::levelLabel(int level)
{
    return labelOf(vocabulary::levels(), level);
}

QString QmlVocabulary::kindLabel(int kind)
{
    return labelOf(vocabulary::kinds(), kind);
}

QString QmlVocabulary::statusLabel(int status)
{
    return labelOf(vocabulary::statuses(), status);
}

QString QmlVocabulary::itemStateLabel(int state)
{
    return labelOf(vocabulary::itemStates(), state);
}

QString QmlVocabulary::recommendationLabel(int recommendation)
{
    return labelOf(vocabulary::recommendations(), recommendation);
}

QString QmlVocabulary::scoreName(int score)
{
    return vocabulary::scoreName(score);
}

QString QmlVocabulary::scoreLabel(int score)
{
    return vocabulary::scoreLabel(score);
}

QString QmlVocabulary::ratingName(int rating)
{
    return vocabulary::ratingName(rating);
}

QString QmlVocabulary::ratingLabel(int rating)
{
    return vocabulary::ratingLabel(rating);
}

QString QmlVocabulary::anchorLabel(int level)
{
    const std::optional<Level> known = valueOf(vocabulary::levels(), level);
    if (!known)
        return {};
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        if (levelOfScore(score) == known)
            return tr("%1 · score %2").arg(label(*known)).arg(score);
    }
    return label(*known);
}

bool QmlVocabulary::isPositive(int recommendation)
{
    return recommendation == int(Recommendation::Yes) ||
           recommendation == int(Recommendation::StrongYes);
}

int QmlVocabulary::levelValue(const QString &key)
{
    return intOf(parseLevel(key));
}

int QmlVocabulary::kindValue(const QString &key)
{
    return intOf(parseKind(key));
}

int QmlVocabulary::statusValue(const QString &key)
{
    return intOf(parseStatus(key));
}

int QmlVocabulary::itemStateValue(const QString &key)
{
    return intOf(parseItemState(key));
}

int QmlVocabulary::recommendationValue(const QString &key)
{
    return intOf(parseRecommendation(key));
}

QString QmlVocabulary::recommendationKey(int recommendation)
{
    const std::optional<Recommendation> known =
        valueOf(vocabulary::recommendations(), recommendation);
    return known ? key(*known) : QString();
}
