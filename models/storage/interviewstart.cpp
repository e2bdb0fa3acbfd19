#include "storage/interviewstart.h"

#include "domain/errors.h"
#include "storage/bankrepository.h"
#include "storage/planrepository.h"

#include <QCoreApplication>

namespace interviewstart {

qint64 fromPlan(InterviewRepository &interviews, const PlanRepository &plans,
                const BankRepository &bank, qint64 planId,
                const InterviewRepository::StartDetails &details)
{
    const std::optional<Plan> plan = plans.plan(planId);
    if (!plan)
        throw PanelistError(
            QCoreApplication::translate("InterviewStart", "There is no plan with id %1.")
                .arg(planId));
    QList<qint64> ids;
    for (const PlanItem &item : plan->items)
        ids.append(item.questionId);
    const QHash<qint64, Question> found = bank.questions(ids);
    QList<Question> questions;
    for (const PlanItem &item : plan->items) {
        const auto question = found.constFind(item.questionId);
        if (question == found.constEnd())
            throw PanelistError(QCoreApplication::translate(
                                    "InterviewStart", "The question \"%1\" is gone from the bank.")
                                    .arg(item.title));
        questions.append(*question);
    }
    return interviews.start(*plan, questions, details);
}

} // namespace interviewstart
