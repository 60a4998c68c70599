#pragma once

#include <QList>

namespace Inroad {

/// How an interview's agreed minutes are spent: a few minutes to introduce yourself at the start,
/// a few to close (thanks, referrals, may I keep in touch) at the end, and the questions between.
struct TimeBudget
{
    int agreedMinutes = 0;
    double introMinutes = 0;     ///< reserved at the start
    double closingMinutes = 0;   ///< reserved at the end
    double questionMinutes = 0;  ///< the questions' estimates added up

    /// Minutes left for questions once the reserves are taken off; never negative.
    double available() const;
    /// available() - questionMinutes; negative when the questions do not fit.
    double remaining() const;
    bool isOver() const { return remaining() < 0; }
    /// Share of the agreed time the plan takes (reserves plus questions), e.g. 1.25 when over.
    double load() const;
};

/// The reserve for the introduction and again for the closing: a tenth of the agreed time,
/// rounded up to a whole minute, at least 2 minutes each — but each at most a quarter of the
/// agreed time, so both together never take more than half of a very short interview.
double reservedMinutes(int agreedMinutes);

/// The budget of @p agreedMinutes for questions estimated at @p questionMinutes each.
TimeBudget timeBudget(int agreedMinutes, const QList<double> &questionMinutes);

} // namespace Inroad
