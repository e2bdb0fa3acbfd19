#include "typedtext.h"

#include <QRandomGenerator>

#include <algorithm>

namespace typedtext {

namespace {

const char16_t *const kWords[] = {
    u"candidate",   u"explained", u"the",    u"GIL",     u"clearly",   u"but",     u"missed",
    u"that",        u"asyncio",   u"tasks",  u"share",   u"one",       u"thread;", u"good",
    u"follow-up",   u"on",        u"memory", u"leaks",   u"(weakref)", u"naïve",   u"at",
    u"first,",      u"then",      u"fixed",  u"it",      u"—",         u"strong",  u"signal",
    u"for",         u"senior",    u"level.", u"Asked",   u"about",     u"slots",   u"and",
    u"decorators:", u"память",    u"and",    u"кэш",     u"came",      u"up",      u"too.",
    u"Score",       u"3/4?",      u"café",   u"example", u"was",       u"off",     u"by",
    u"one",         u"{x: 1}",    u"#42",    u"ok",
};

QRandomGenerator generatorFor(quint32 seed, int position)
{
    // Distinct, stable streams per question.
    return QRandomGenerator(seed * 2654435761u + quint32(position) * 40503u + 1u);
}

} // namespace

QString notes(quint32 seed, int position, int length)
{
    QRandomGenerator random = generatorFor(seed, position);
    QString text;
    text.reserve(length + 32);
    const int wordCount = int(sizeof kWords / sizeof *kWords);
    while (text.size() < length) {
        text += QString::fromUtf16(kWords[random.bounded(wordCount)]);
        text += random.bounded(9) == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    text.truncate(length);
    return text;
}

int charsForQuestion(quint32 seed, int position, int meanChars)
{
    QRandomGenerator random = generatorFor(seed ^ 0x5bd1e995u, position);
    const int low = std::max(1, meanChars / 2);
    return low + random.bounded(std::max(1, meanChars));
}

} // namespace typedtext
