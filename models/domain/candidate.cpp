#include "domain/candidate.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
struct CandidateText
{
    Q_DECLARE_TR_FUNCTIONS(Candidate)
};
} // namespace

namespace candidates {

QString foldedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded().simplified();
}

QString searchText(const Candidate &candidate)
{
    return foldedName(candidate.name + QLatin1Char(' ') + candidate.email + QLatin1Char(' ') +
                      candidate.role);
}

QStringList searchWords(const QString &query)
{
    return foldedName(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesSearch(const QString &searchText, const QStringList &words)
{
    for (const QString &word : words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

vocabulary::CandidateStage stage(const CandidateOverview &overview)
{
    using vocabulary::CandidateStage;
    if (overview.candidate.status != vocabulary::CandidateStatus::Active)
        return CandidateStage::Decided;
    if (overview.interviews == 0)
        return CandidateStage::NoInterviews;
    if (overview.finished < overview.interviews)
        return CandidateStage::Interviewing;
    return CandidateStage::ScorecardsIn;
}

QString progressText(const CandidateOverview &overview)
{
    if (overview.interviews == 0)
        return CandidateText::tr("No interviews yet");
    return CandidateText::tr("%1 of %2 scorecards in")
        .arg(overview.finished)
        .arg(overview.interviews);
}

} // namespace candidates
