#pragma once

#include "pipelinestage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace Inroad {

class Database;

/// One calendar month (local time) of the statistics window.
struct MonthStatistics
{
    QDate month;         ///< the first day of the month
    int done = 0;        ///< interviews marked done whose scheduled start falls in the month
    int scheduled = 0;   ///< interviews still marked scheduled whose start falls in the month
    int referrals = 0;   ///< referrals recorded for the month's done interviews
    int reachedGoal = 0; ///< the month's done interviews that brought at least two referrals

    /// Referrals per done interview in the month; 0 when none was done.
    double averageReferrals() const { return done > 0 ? double(referrals) / done : 0.0; }
};

/// When the thank-you notes of done interviews were sent.
struct ThankYouStatistics
{
    int withinTwoDays = 0; ///< sent on the day the interview ended or on one of the two days after
    int late = 0;          ///< sent later than that
    int notYet = 0;        ///< no thank-you recorded

    int total() const { return withinTwoDays + late + notYet; }
    /// The share of done interviews thanked within 48 hours, 0 to 1; 0 when there are none.
    double shareWithinTwoDays() const { return total() > 0 ? double(withinTwoDays) / total() : 0.0; }
};

/// A snapshot of how the user's interviewing is going, computed by StatisticsRepository.
///
/// The per-month figures cover the window of months; every other figure covers the whole
/// workspace. Only interviews marked done (status 3) or scheduled (status 2) are counted;
/// ideas, requests and cancelled interviews are not.
struct Statistics
{
    static constexpr int kReferralGoal = 2; ///< referrals the method asks for at every interview

    QDateTime now;                 ///< the moment the statistics were computed for
    QList<MonthStatistics> months; ///< oldest first; the last one is the month of `now`

    int interviewsDone = 0;          ///< all interviews marked done
    int interviewsScheduled = 0;     ///< all interviews marked scheduled, past or upcoming
    int referralsFromInterviews = 0; ///< referrals recorded for done interviews
    int interviewsReachingGoal = 0;  ///< done interviews that brought kReferralGoal referrals or more
    ThankYouStatistics thanks;       ///< covers every done interview

    std::array<int, kPipelineStageCount> peopleByStage{}; ///< indexed by PipelineStage
    int people = 0;                                       ///< everyone in the notebook

    QString error; ///< why the figures could not be read; empty when they were

    /// Referrals per done interview; 0 when none was done.
    double averageReferrals() const
    {
        return interviewsDone > 0 ? double(referralsFromInterviews) / interviewsDone : 0.0;
    }
    /// Whether there is anything to plot: at least one interview done or scheduled.
    bool hasInterviews() const { return interviewsDone + interviewsScheduled > 0; }
};

/// Read-only figures over a workspace for the Statistics dashboard.
///
/// Interviews are placed by their scheduled start, converted from UTC to the local time zone.
/// A thank-you counts as sent within 48 hours when its day (`thanks_sent_on`) is no later than
/// two days after the local day on which the interview ended (scheduled start plus agreed
/// minutes): an interview that ended on Monday afternoon is thanked in time until the end of
/// Wednesday. The day is compared, not the hour, because only the day of a thank-you is kept. A
/// thank-you whose interview has no start, or whose day cannot be read, is counted as in time.
class StatisticsRepository final
{
    Q_DISABLE_COPY_MOVE(StatisticsRepository)

public:
    explicit StatisticsRepository(Database &db);

    /// The statistics at @p now (never the clock, so that results can be reproduced) over the
    /// last @p months calendar months including the month of @p now (1 to 120). On a read error
    /// the figures read so far are returned and Statistics::error says what failed.
    Statistics compute(const QDateTime &now, int months = 12) const;

private:
    Database &m_db;
};

} // namespace Inroad
