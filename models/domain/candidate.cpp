#include "domain/candidate.h"

#include <QStringList>

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

} // namespace candidates
