#include "storage/interviewstart.h"

#include "storage/bankrepository.h"
#include "storage/planrepository.h"
#include "domain/errors.h"

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
    QList<Question> questions;
    for (const PlanItem &item : plan->items) {
        const std::optional<Question> question = bank.question(item.questionId);
        if (!question)
            throw PanelistError(QCoreApplication::translate(
                                    "InterviewStart", "The question \"%1\" is gone from the bank.")
                                    .arg(item.title));
        questions.append(*question);
    }
    return interviews.start(*plan, questions, details);
}

} // namespace interviewstart
