#include "interviews/debriefmodel.h"

#include <QLocale>

DebriefModel::DebriefModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DebriefModel::setDebrief(const Debrief &debrief)
{
    const int before = rowCount();
    beginResetModel();
    m_debrief = debrief;
    endResetModel();
    if (rowCount() != before)
        emit countChanged();
}

int DebriefModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_debrief.competencies.size());
}

QVariant DebriefModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m_debrief.competencies.at(row);
    case RatingsRole: {
        QVariantList ratings;
        for (const DebriefScorecard &card : m_debrief.scorecards)
            ratings.append(card.ratings.value(row).rating);
        return ratings;
    }
    case RatingTextsRole: {
        QStringList texts;
        for (const DebriefScorecard &card : m_debrief.scorecards) {
            const DebriefRating cell = card.ratings.value(row);
            texts << (cell.rated() ? QString::number(cell.rating) : QStringLiteral("–"));
        }
        return texts;
    }
    case EvidenceRole: {
        QStringList texts;
        for (const DebriefScorecard &card : m_debrief.scorecards) {
            QStringList lines;
            for (const DebriefEvidence &evidence : card.ratings.value(row).evidence)
                lines << QStringLiteral("%1 — %2").arg(evidence.question,
                                                       vocabulary::scoreLabel(evidence.score));
            texts << lines.join(QLatin1Char('\n'));
        }
        return texts;
    }
    case MeanRole:
        return debrief::meanRating(m_debrief, row);
    case MeanTextRole: {
        const double mean = debrief::meanRating(m_debrief, row);
        return mean > 0 ? QLocale().toString(mean, 'f', 1) : QStringLiteral("–");
    }
    case SpreadRole:
        return debrief::spread(m_debrief, row).spread();
    case DisagreesRole:
        return debrief::spread(m_debrief, row).disagrees();
    default:
        return {};
    }
}

QHash<int, QByteArray> DebriefModel::roleNames() const
{
    return {
        {NameRole, "name"},         {RatingsRole, "ratings"},    {RatingTextsRole, "ratingTexts"},
        {EvidenceRole, "evidence"}, {MeanRole, "mean"},          {MeanTextRole, "meanText"},
        {SpreadRole, "spread"},     {DisagreesRole, "disagrees"}};
}
