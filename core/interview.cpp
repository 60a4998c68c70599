#include "interview.h"

#include <QCoreApplication>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::Interview", text);
}

template<class Enum>
Enum enumFromInt(int value, int count, Enum fallback)
{
    return value >= 0 && value < count ? static_cast<Enum>(value) : fallback;
}

} // namespace

QString interviewStatusName(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Idea: return t("Idea");
    case InterviewStatus::Requested: return t("Requested");
    case InterviewStatus::Scheduled: return t("Scheduled");
    case InterviewStatus::Done: return t("Done");
    case InterviewStatus::Cancelled: return t("Cancelled");
    }
    return {};
}

QString interviewModeName(InterviewMode mode)
{
    switch (mode) {
    case InterviewMode::InPerson: return t("In person");
    case InterviewMode::Phone: return t("Phone");
    case InterviewMode::Video: return t("Video call");
    }
    return {};
}

QString thanksChannelName(ThanksChannel channel)
{
    switch (channel) {
    case ThanksChannel::Email: return t("E-mail");
    case ThanksChannel::Card: return t("Card");
    case ThanksChannel::Letter: return t("Letter");
    }
    return {};
}

InterviewStatus interviewStatusFromInt(int value)
{
    return enumFromInt(value, kInterviewStatusCount, InterviewStatus::Idea);
}

InterviewMode interviewModeFromInt(int value)
{
    return enumFromInt(value, kInterviewModeCount, InterviewMode::Video);
}

ThanksChannel thanksChannelFromInt(int value)
{
    return enumFromInt(value, kThanksChannelCount, ThanksChannel::Email);
}

QDateTime Interview::scheduledEnd() const
{
    return scheduledStart.isValid() ? scheduledStart.addSecs(qint64(agreedMinutes) * 60) : QDateTime();
}

QVariant Interview::value(Field field) const
{
    switch (field) {
    case PersonId: return personId;
    case OrganizationId: return organizationId;
    case FieldId: return fieldId;
    case Purpose: return purpose;
    case ScheduledStart: return scheduledStart;
    case AgreedMinutes: return agreedMinutes;
    case Mode: return int(mode);
    case Location: return location;
    case Status: return int(status);
    case Learned: return learned;
    case StillWant: return stillWant;
    case NextSteps: return nextSteps;
    case Impressions: return impressions;
    case ThanksSentOn: return thanksSentOn;
    case ThanksChannelField: return int(thanksChannel);
    case FieldCount: break;
    }
    return {};
}

void Interview::setValue(Field field, const QVariant &v)
{
    switch (field) {
    case PersonId: personId = v.toLongLong(); break;
    case OrganizationId: organizationId = v.toLongLong(); break;
    case FieldId: fieldId = v.toLongLong(); break;
    case Purpose: purpose = v.toString(); break;
    case ScheduledStart: scheduledStart = v.toDateTime().toUTC(); break;
    case AgreedMinutes: agreedMinutes = qBound(1, v.toInt(), kMaxMinutes); break;
    case Mode: mode = interviewModeFromInt(v.toInt()); break;
    case Location: location = v.toString(); break;
    case Status: status = interviewStatusFromInt(v.toInt()); break;
    case Learned: learned = v.toString(); break;
    case StillWant: stillWant = v.toString(); break;
    case NextSteps: nextSteps = v.toString(); break;
    case Impressions: impressions = v.toString(); break;
    case ThanksSentOn: thanksSentOn = v.toDate(); break;
    case ThanksChannelField: thanksChannel = thanksChannelFromInt(v.toInt()); break;
    case FieldCount: break;
    }
}

QString Interview::fieldLabel(Field field)
{
    switch (field) {
    case PersonId: return t("Person");
    case OrganizationId: return t("Organization");
    case FieldId: return t("Career field");
    case Purpose: return t("Purpose");
    case ScheduledStart: return t("Start");
    case AgreedMinutes: return t("Agreed length");
    case Mode: return t("Mode");
    case Location: return t("Place or link");
    case Status: return t("Status");
    case Learned: return t("What I learned");
    case StillWant: return t("What I still want to know");
    case NextSteps: return t("Next steps");
    case Impressions: return t("Impressions");
    case ThanksSentOn: return t("Thank-you sent");
    case ThanksChannelField: return t("Sent by");
    case FieldCount: break;
    }
    return {};
}

bool Interview::sameContent(const Interview &other) const
{
    if (timeZone != other.timeZone)
        return false;
    for (int f = 0; f < FieldCount; ++f) {
        if (value(Field(f)) != other.value(Field(f)))
            return false;
    }
    return true;
}

} // namespace Inroad
