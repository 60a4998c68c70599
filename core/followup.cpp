#include "followup.h"
#include "outreachattempt.h"

#include <QCoreApplication>

namespace Inroad {

namespace {

QString t(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

QString followUpKindName(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::ThankYou: return t("Inroad::FollowUp", "Send a thank-you note");
    case FollowUpKind::KeepInTouch: return t("Inroad::FollowUp", "Keep in touch");
    case FollowUpKind::SendUpdate: return t("Inroad::FollowUp", "Send an update");
    case FollowUpKind::Other: return t("Inroad::FollowUp", "Follow up");
    }
    return {};
}

FollowUpKind followUpKindFromInt(int value)
{
    return value >= 0 && value < kFollowUpKindCount ? static_cast<FollowUpKind>(value) : FollowUpKind::Other;
}

QString outreachChannelName(OutreachChannel channel)
{
    switch (channel) {
    case OutreachChannel::Email: return t("Inroad::Outreach", "E-mail");
    case OutreachChannel::LinkedIn: return t("Inroad::Outreach", "LinkedIn message");
    case OutreachChannel::Phone: return t("Inroad::Outreach", "Phone call");
    case OutreachChannel::Voicemail: return t("Inroad::Outreach", "Voicemail");
    case OutreachChannel::InPerson: return t("Inroad::Outreach", "In person");
    case OutreachChannel::Introduction: return t("Inroad::Outreach", "Introduction");
    }
    return {};
}

QString outreachResultName(OutreachResult result)
{
    switch (result) {
    case OutreachResult::Waiting: return t("Inroad::Outreach", "Waiting for a reply");
    case OutreachResult::Positive: return t("Inroad::Outreach", "Said yes");
    case OutreachResult::Declined: return t("Inroad::Outreach", "Declined");
    case OutreachResult::NoAnswer: return t("Inroad::Outreach", "No answer");
    case OutreachResult::Other: return t("Inroad::Outreach", "Other");
    }
    return {};
}

OutreachChannel outreachChannelFromInt(int value)
{
    return value >= 0 && value < kOutreachChannelCount ? static_cast<OutreachChannel>(value) : OutreachChannel::Email;
}

OutreachResult outreachResultFromInt(int value)
{
    return value >= 0 && value < kOutreachResultCount ? static_cast<OutreachResult>(value) : OutreachResult::Other;
}

} // namespace Inroad
