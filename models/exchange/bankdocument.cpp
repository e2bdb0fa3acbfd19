#include "bankdocument.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace bankcheck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BankDocument", text);
}

} // namespace

QString describeQuestion(int index, const QString &title)
{
    if (title.trimmed().isEmpty())
        return tr("question %1").arg(index + 1);
    return tr("question %1 (\"%2\")").arg(index + 1).arg(title.trimmed().left(60));
}

void normalizeQuestion(Question &q, const QString &where)
{
    q.uuid = q.uuid.trimmed().toLower();
    q.title = q.title.simplified();
    q.prompt = q.prompt.trimmed();
    q.category = q.category.simplified();
    q.referenceAnswer = q.referenceAnswer.trimmed();
    q.anchorJunior = q.anchorJunior.trimmed();
    q.anchorMiddle = q.anchorMiddle.trimmed();
    q.anchorSenior = q.anchorSenior.trimmed();
    for (QString &text : q.followUps)
        text = text.trimmed();
    for (QString &text : q.criteria)
        text = text.trimmed();
    for (QString &tag : q.tags)
        tag = tag.simplified().toLower();
    q.followUps.removeAll(QString());
    q.criteria.removeAll(QString());
    q.tags.removeAll(QString());

    if (q.uuid.isEmpty())
        throw PanelistError(tr("%1: field \"uuid\" is missing.").arg(where));
    if (QUuid::fromString(q.uuid).isNull())
        throw PanelistError(
            tr("%1: field \"uuid\" is not a valid UUID: \"%2\".").arg(where, q.uuid));
    if (q.title.isEmpty())
        throw PanelistError(tr("%1: field \"title\" is missing or empty.").arg(where));
    if (q.category.isEmpty())
        throw PanelistError(tr("%1: field \"category\" is missing or empty.").arg(where));
    if (!bankvalues::levels().contains(q.level))
        throw PanelistError(
            tr("%1: field \"level\" must be one of %2, not \"%3\".")
                .arg(where, bankvalues::levels().join(QStringLiteral(", ")), q.level));
    if (!bankvalues::kinds().contains(q.kind))
        throw PanelistError(
            tr("%1: field \"kind\" must be one of %2, not \"%3\".")
                .arg(where, bankvalues::kinds().join(QStringLiteral(", ")), q.kind));
    if (q.minutes < 1 || q.minutes > 90)
        throw PanelistError(tr("%1: field \"minutes\" must be between 1 and 90, not %2.")
                                .arg(where)
                                .arg(q.minutes));
    for (const QString &tag : q.tags) {
        if (tag.contains(QLatin1Char(',')))
            throw PanelistError(tr("%1: tag \"%2\" must not contain a comma.").arg(where, tag));
    }
}

void checkDocument(const BankDocument &document, const QString &fileName)
{
    QSet<QString> categoryNames;
    for (const Category &category : document.categories) {
        if (category.name.trimmed().isEmpty())
            throw PanelistError(tr("%1: a category has an empty name.").arg(fileName));
        if (categoryNames.contains(category.name))
            throw PanelistError(
                tr("%1: category \"%2\" is listed twice.").arg(fileName, category.name));
        categoryNames.insert(category.name);
    }
    QHash<QString, int> firstIndexOfUuid;
    for (int i = 0; i < document.questions.size(); ++i) {
        const Question &q = document.questions.at(i);
        const auto previous = firstIndexOfUuid.constFind(q.uuid);
        if (previous != firstIndexOfUuid.constEnd()) {
            throw PanelistError(
                tr("%1, %2: field \"uuid\" repeats the uuid %3 of %4; each question needs its own.")
                    .arg(fileName, describeQuestion(i, q.title), q.uuid,
                         describeQuestion(*previous, document.questions.at(*previous).title)));
        }
        firstIndexOfUuid.insert(q.uuid, i);
    }
}

} // namespace bankcheck
