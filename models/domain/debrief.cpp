#include "domain/debrief.h"

#include "domain/scoring.h"

#include <algorithm>

namespace debrief {

void addScorecard(Debrief &debrief, DebriefScorecard card, const QList<NamedRating> &ratings)
{
    const auto rowOf = [&debrief](const QString &name) {
        for (int i = 0; i < debrief.competencies.size(); ++i) {
            if (debrief.competencies.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    card.ratings = QList<DebriefRating>(debrief.competencies.size());
    for (const NamedRating &named : ratings) {
        const QString name = named.competency.trimmed();
        if (name.isEmpty())
            continue;
        int row = rowOf(name);
        if (row < 0) {
            debrief.competencies.append(name);
            for (DebriefScorecard &other : debrief.scorecards)
                other.ratings.append(DebriefRating{});
            card.ratings.append(DebriefRating{});
            row = int(debrief.competencies.size()) - 1;
        }
        card.ratings[row] = named.rating;
    }
    debrief.scorecards.append(std::move(card));
}

bool Spread::disagrees() const
{
    return rated >= 2 && spread() >= scoring::Spread::kDisagreement;
}

Spread spread(const Debrief &debrief, int index)
{
    Spread result;
    for (const DebriefScorecard &card : debrief.scorecards) {
        if (index < 0 || index >= card.ratings.size() || !card.ratings.at(index).rated())
            continue;
        const int rating = card.ratings.at(index).rating;
        result.lowest = result.rated == 0 ? rating : std::min(result.lowest, rating);
        result.highest = result.rated == 0 ? rating : std::max(result.highest, rating);
        ++result.rated;
    }
    return result;
}

QList<int> disagreements(const Debrief &debrief)
{
    QList<int> result;
    for (int i = 0; i < debrief.competencies.size(); ++i) {
        if (spread(debrief, i).disagrees())
            result.append(i);
    }
    return result;
}

bool mixedRecommendations(const QList<DebriefScorecard> &scorecards)
{
    using vocabulary::Recommendation;
    bool yes = false;
    bool no = false;
    for (const DebriefScorecard &card : scorecards) {
        yes = yes || card.recommendation == Recommendation::Yes ||
              card.recommendation == Recommendation::StrongYes;
        no = no || card.recommendation == Recommendation::No ||
             card.recommendation == Recommendation::StrongNo;
    }
    return yes && no;
}

double meanRating(const Debrief &debrief, int index)
{
    int count = 0;
    int sum = 0;
    for (const DebriefScorecard &card : debrief.scorecards) {
        if (index >= 0 && index < card.ratings.size() && card.ratings.at(index).rated()) {
            sum += card.ratings.at(index).rating;
            ++count;
        }
    }
    return count == 0 ? 0.0 : double(sum) / count;
}

QString ratingLabel(int rating)
{
    return vocabulary::ratingName(rating);
}

} // namespace debrief
