#include "storage/planfiles.h"

#include "domain/errors.h"
#include "formats/planjson.h"
#include "formats/textfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace planfiles {

namespace {

struct PlanFiles
{
    Q_DECLARE_TR_FUNCTIONS(PlanFiles)
};

void checkSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json"))
        throw PanelistError(
            PlanFiles::tr("%1: unknown file type \"%2\"; plan files are .json files.")
                .arg(path, suffix));
}

} // namespace

PlanDocument read(const QString &path)
{
    checkSuffix(path);
    const QByteArray data = textfile::read(path, PlanFiles::tr("a plan"));
    return planjson::read(data, QFileInfo(path).fileName());
}

void write(const QString &path, const Plan &plan, const QList<Question> &questions)
{
    checkSuffix(path);
    textfile::write(path, planjson::write(plan, questions));
}

QList<Question> questionsOf(const Plan &plan, const BankRepository &bank)
{
    QList<qint64> ids;
    for (const PlanItem &item : plan.items)
        ids.append(item.questionId);
    const QHash<qint64, Question> found = bank.questions(ids);
    QList<Question> questions;
    QSet<qint64> seen;
    for (const PlanItem &item : plan.items) {
        if (seen.contains(item.questionId))
            continue;
        seen.insert(item.questionId);
        const auto question = found.constFind(item.questionId);
        if (question == found.constEnd())
            throw PanelistError(
                PlanFiles::tr("Plan \"%1\": question \"%2\" is no longer in the bank.")
                    .arg(plan.name, item.title));
        questions.append(*question);
    }
    return questions;
}

} // namespace planfiles
