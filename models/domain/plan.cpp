#include "domain/plan.h"

int Plan::totalMinutes() const
{
    int total = 0;
    for (const PlanItem &item : items)
        total += item.minutes;
    return total;
}
