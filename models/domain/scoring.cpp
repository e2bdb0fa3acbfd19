#include "domain/scoring.h"

#include "domain/vocabulary.h"

#include <algorithm>

namespace scoring {

namespace {

void count(Tally &tally, const InterviewItem &item)
{
    ++tally.questions;
    if (isScored(item.score)) {
        ++tally.scored;
        tally.total += item.score;
    }
}

} // namespace

QString categoryOf(const InterviewItem &item)
{
    return item.category.trimmed();
}

bool isScored(int score)
{
    return score >= vocabulary::kMinScore && score <= vocabulary::kMaxScore;
}

QList<Tally> byCategory(const QList<InterviewItem> &items)
{
    QList<Tally> tallies;
    for (const InterviewItem &item : items) {
        const QString category = categoryOf(item);
        auto it = std::find_if(tallies.begin(), tallies.end(),
                               [&](const Tally &tally) { return tally.category == category; });
        if (it == tallies.end()) {
            tallies.append(Tally{category});
            it = tallies.end() - 1;
        }
        count(*it, item);
    }
    return tallies;
}

Tally overall(const QList<InterviewItem> &items)
{
    Tally tally;
    for (const InterviewItem &item : items)
        count(tally, item);
    return tally;
}

} // namespace scoring
