#include "timebudget.h"

#include <algorithm>
#include <cmath>

namespace Inroad {

double TimeBudget::available() const
{
    return std::max(0.0, agreedMinutes - introMinutes - closingMinutes);
}

double TimeBudget::remaining() const
{
    return available() - questionMinutes;
}

double TimeBudget::load() const
{
    if (agreedMinutes <= 0)
        return 0;
    return (introMinutes + closingMinutes + questionMinutes) / agreedMinutes;
}

double reservedMinutes(int agreedMinutes)
{
    if (agreedMinutes <= 0)
        return 0;
    const double reserve = std::max(2.0, std::ceil(agreedMinutes / 10.0));
    // Both reserves together never take more than half of a very short conversation.
    return std::min(reserve, agreedMinutes / 4.0);
}

TimeBudget timeBudget(int agreedMinutes, const QList<double> &questionMinutes)
{
    TimeBudget budget;
    budget.agreedMinutes = std::max(0, agreedMinutes);
    budget.introMinutes = reservedMinutes(budget.agreedMinutes);
    budget.closingMinutes = budget.introMinutes;
    for (double minutes : questionMinutes)
        budget.questionMinutes += std::max(0.0, minutes);
    return budget;
}

} // namespace Inroad
