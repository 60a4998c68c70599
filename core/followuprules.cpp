#include "followuprules.h"

#include "interview.h"

namespace Inroad {

PipelineStage derivedStage(const PersonActivity &a)
{
    if (a.thanked && a.keptInTouch)
        return PipelineStage::KeepingInTouch;
    if (a.thanked)
        return PipelineStage::Thanked;
    if (a.interviewed)
        return PipelineStage::Interviewed;
    if (a.scheduled)
        return PipelineStage::Scheduled;
    if (a.contacted)
        return PipelineStage::Contacted;
    return PipelineStage::Identified;
}

StageDecision decideStage(PipelineStage current, bool setByHand, PipelineStage derived)
{
    if (setByHand && int(derived) <= int(current))
        return {current, true};
    return {derived, false};
}

namespace FollowUpRules {

QDateTime thankYouDue(const Interview &interview, const QDateTime &now)
{
    const QDateTime end = interview.scheduledEnd();
    return (end.isValid() ? end : now).toUTC().addSecs(qint64(kThankYouHours) * 3600);
}

QDateTime morningOf(const QDate &day, const QTimeZone &zone)
{
    QDateTime local(day, QTime(kMorningHour, 0), zone);
    // A zone may skip the hour (a gap at 09:00 is rare but exists): take the first valid time after.
    for (int minutes = 0; !local.isValid() && minutes < 180; minutes += 30)
        local = QDateTime(day, QTime(kMorningHour, 0).addSecs(minutes * 60), zone);
    return local.toUTC();
}

QDateTime keepInTouchDue(const QDateTime &lastInteraction, int weeks, const QTimeZone &zone)
{
    const QDate day = lastInteraction.toTimeZone(zone).date();
    return morningOf(day.addDays(qint64(cadenceWeeks(weeks)) * 7), zone);
}

QDateTime snoozedUntil(const QDateTime &now, int days, const QTimeZone &zone)
{
    return morningOf(now.toTimeZone(zone).date().addDays(qMax(1, days)), zone);
}

int cadenceWeeks(int weeks)
{
    return weeks >= kMinKeepInTouchWeeks && weeks <= kMaxKeepInTouchWeeks ? weeks : kDefaultKeepInTouchWeeks;
}

} // namespace FollowUpRules

} // namespace Inroad
