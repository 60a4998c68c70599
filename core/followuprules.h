#pragma once

#include "pipelinestage.h"

#include <QDateTime>
#include <QTimeZone>

namespace Inroad {

struct Interview;

/// What a person's records say has happened, for deriving their pipeline stage.
struct PersonActivity
{
    bool contacted = false;      ///< an outreach attempt, or an interview requested or later
    bool scheduled = false;      ///< an interview is scheduled
    bool interviewed = false;    ///< an interview is done
    bool thanked = false;        ///< a thank-you note was sent
    bool keptInTouch = false;    ///< an interaction after the first thank-you note
    QDateTime lastInteraction;   ///< UTC; the latest logged contact of any kind; invalid: none
};

/// The stage a person's records put them in.
PipelineStage derivedStage(const PersonActivity &activity);

/// The stage to store after something was logged. A stage set by hand stays until the log moves the
/// person past it; then the log takes over again.
struct StageDecision
{
    PipelineStage stage = PipelineStage::Identified;
    bool byHand = false;
    bool operator==(const StageDecision &o) const { return stage == o.stage && byHand == o.byHand; }
};
StageDecision decideStage(PipelineStage current, bool setByHand, PipelineStage derived);

/// The dates of the method: a thank-you within 48 hours, keeping in touch every few weeks.
///
/// Instants are UTC. Where a rule speaks of days (keeping in touch, snoozing) it counts calendar
/// days in @p zone and lands at kMorningHour there, so a reminder stays at nine in the morning
/// across a change to or from daylight saving time. The 48 hours of a thank-you are real hours.
namespace FollowUpRules {

inline constexpr int kThankYouHours = 48;
inline constexpr int kDefaultKeepInTouchWeeks = 6;
inline constexpr int kMinKeepInTouchWeeks = 1;
inline constexpr int kMaxKeepInTouchWeeks = 52;
inline constexpr int kMorningHour = 9;
inline constexpr int kWaitingForReplyDays = 7;

/// When the thank-you note for @p interview is due: 48 hours after the agreed end, or 48 hours
/// after @p now when the interview never had a time.
QDateTime thankYouDue(const Interview &interview, const QDateTime &now);

/// The next keep-in-touch date: @p weeks after the day of @p lastInteraction, in the morning.
QDateTime keepInTouchDue(const QDateTime &lastInteraction, int weeks, const QTimeZone &zone = QTimeZone::systemTimeZone());

/// Snoozing for @p days: the morning of the day @p days after @p now's day.
QDateTime snoozedUntil(const QDateTime &now, int days, const QTimeZone &zone = QTimeZone::systemTimeZone());

/// The morning of @p day in @p zone, as UTC (the first valid time after a gap).
QDateTime morningOf(const QDate &day, const QTimeZone &zone = QTimeZone::systemTimeZone());

/// A cadence in range: @p weeks if it is one, else the default.
int cadenceWeeks(int weeks);

} // namespace FollowUpRules

} // namespace Inroad
