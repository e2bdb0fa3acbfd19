#pragma once

#include "storage/interviewrepository.h"

class BankRepository;
class PlanRepository;

namespace interviewstart {

// Starts a live interview from plan `planId`: reads the plan and each item's question
// from the bank and hands them to InterviewRepository::start for the snapshot. Throws
// PanelistError for a missing plan, a plan without questions or an empty candidate.
qint64 fromPlan(InterviewRepository &interviews, const PlanRepository &plans,
                const BankRepository &bank, qint64 planId,
                const InterviewRepository::StartDetails &details);

} // namespace interviewstart
