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

QList<ScorecardEvidence> evidenceOf(const Interview &interview, int competency)
{
    QList<ScorecardEvidence> evidence;
    for (int i = 0; i < interview.items.size(); ++i) {
        const InterviewItem &item = interview.items.at(i);
        if (!item.competencies.contains(competency))
            continue;
        evidence.append({i, item.title, categoryOf(item),
                         isScored(item.score) ? item.score : vocabulary::kNoScore, item.flagStrong,
                         item.flagConcern});
    }
    return evidence;
}

int suggestedRating(const QList<int> &scores)
{
    int count = 0;
    int total = 0;
    for (const int score : scores) {
        if (isScored(score)) {
            ++count;
            total += score;
        }
    }
    if (count == 0)
        return vocabulary::kNoRating;
    // Nearest whole rating, ties down: ceil(mean - 0.5) = ceil((2 * total - count) /
    // (2 * count)), in integers so that 3.5 is exactly a tie.
    const int rounded = (2 * total + count - 1) / (2 * count);
    return std::clamp(rounded, vocabulary::kMinRating, vocabulary::kMaxRating);
}

int suggestedRating(const QList<ScorecardEvidence> &evidence)
{
    QList<int> scores;
    for (const ScorecardEvidence &entry : evidence)
        scores << entry.score;
    return suggestedRating(scores);
}

Spread spreadOf(const QList<int> &ratings)
{
    Spread spread;
    int total = 0;
    for (const int rating : ratings) {
        if (!vocabulary::isRating(rating))
            continue;
        spread.low = spread.count == 0 ? rating : std::min(spread.low, rating);
        spread.high = spread.count == 0 ? rating : std::max(spread.high, rating);
        ++spread.count;
        total += rating;
    }
    spread.mean = spread.count > 0 ? double(total) / spread.count : 0;
    return spread;
}

} // namespace scoring
