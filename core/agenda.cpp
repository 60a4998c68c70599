#include "agenda.h"

#include "followuprules.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::Agenda", text);
}

QString followUpTitle(const FollowUp &f)
{
    switch (f.kind) {
    case FollowUpKind::ThankYou: return t("Send a thank-you note to %1").arg(f.personName);
    case FollowUpKind::KeepInTouch: return t("Keep in touch with %1").arg(f.personName);
    case FollowUpKind::SendUpdate: return t("Send an update to %1").arg(f.personName);
    case FollowUpKind::Other: return t("Follow up with %1").arg(f.personName);
    }
    return {};
}

QString kindKey(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::FollowUpDue: return QStringLiteral("follow-up");
    case AgendaItem::UpcomingInterview: return QStringLiteral("interview");
    case AgendaItem::NeedsReferrals: return QStringLiteral("referrals");
    case AgendaItem::WaitingForReply: return QStringLiteral("waiting");
    }
    return {};
}

} // namespace

QString AgendaItem::key() const
{
    return kindKey(kind) + QLatin1Char(':') + QString::number(recordId);
}

bool AgendaItem::operator==(const AgendaItem &o) const
{
    return kind == o.kind && recordId == o.recordId && personId == o.personId && interviewId == o.interviewId
        && when == o.when && overdue == o.overdue && title == o.title && detail == o.detail;
}

QList<AgendaItem> Agenda::compute(Workspace &workspace, const QDateTime &now, int days, const QTimeZone &zone)
{
    QList<AgendaItem> items;
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime startOfToday = QDateTime(today, QTime(0, 0), zone).toUTC();
    const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    const QSet<QString> hidden = workspace.dismissals().hiddenAt(now);

    for (const FollowUp &f : workspace.followUps().openDueBefore(endOfToday)) {
        AgendaItem item;
        item.kind = AgendaItem::FollowUpDue;
        item.recordId = f.id;
        item.personId = f.personId;
        item.interviewId = f.interviewId;
        item.when = f.effectiveDue();
        item.overdue = item.when < startOfToday;
        item.title = followUpTitle(f);
        item.detail = f.note;
        items << item;
    }

    const QDateTime horizon = QDateTime(today.addDays(qMax(1, days) + 1), QTime(0, 0), zone).toUTC();
    for (const Interview &i : workspace.interviews().startingBetween(startOfToday, horizon)) {
        if (i.status == InterviewStatus::Done || i.scheduledEnd() < now)
            continue;
        AgendaItem item;
        item.kind = AgendaItem::UpcomingInterview;
        item.recordId = i.id;
        item.personId = i.personId;
        item.interviewId = i.id;
        item.when = i.scheduledStart;
        item.title = t("Interview with %1").arg(i.personName);
        QStringList detail;
        if (!i.organizationName.isEmpty())
            detail << i.organizationName;
        detail << interviewModeName(i.mode);
        if (!i.location.isEmpty())
            detail << i.location;
        detail << QCoreApplication::translate("Inroad::Agenda", "%n minutes", nullptr, i.agreedMinutes);
        item.detail = detail.join(QStringLiteral(" · "));
        items << item;
    }

    for (const Interview &i :
         workspace.interviews().doneWithFewerReferrals(kReferralGoal, now.addDays(-kReferralReminderDays))) {
        AgendaItem item;
        item.kind = AgendaItem::NeedsReferrals;
        item.recordId = i.id;
        item.personId = i.personId;
        item.interviewId = i.id;
        item.when = i.scheduledStart;
        item.title = t("Ask %1 for referrals").arg(i.personName);
        item.detail = i.referralCount == 0 ? t("No names yet; the goal is at least two.")
                                           : t("One name so far; the goal is at least two.");
        items << item;
    }

    const QDateTime weekAgo = now.addDays(-FollowUpRules::kWaitingForReplyDays);
    for (const OutreachAttempt &a : workspace.outreach().waitingSince(weekAgo)) {
        AgendaItem item;
        item.kind = AgendaItem::WaitingForReply;
        item.recordId = a.id;
        item.personId = a.personId;
        item.interviewId = a.interviewId;
        item.when = a.attemptedAt;
        const qint64 waited = a.attemptedAt.toTimeZone(zone).date().daysTo(today);
        item.title = QCoreApplication::translate("Inroad::Agenda", "No reply from %1 for %n days", nullptr, int(waited)).arg(a.personName);
        item.detail = outreachChannelName(a.channel) + (a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note);
        items << item;
    }

    items.erase(std::remove_if(items.begin(), items.end(),
                               [&hidden](const AgendaItem &item) {
                                   return item.kind != AgendaItem::FollowUpDue && hidden.contains(item.key());
                               }),
                items.end());
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        // Referral reminders read latest first; everything else soonest first.
        return a.kind == AgendaItem::NeedsReferrals ? a.when > b.when : a.when < b.when;
    });
    return items;
}

QString Agenda::kindTitle(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::FollowUpDue: return t("Follow-ups due");
    case AgendaItem::UpcomingInterview: return t("Coming interviews");
    case AgendaItem::NeedsReferrals: return t("Ask for referrals");
    case AgendaItem::WaitingForReply: return t("Waiting for a reply");
    }
    return {};
}

QString Agenda::toText(const QList<AgendaItem> &items, const QDateTime &now, const QTimeZone &zone)
{
    const QLocale locale = QLocale::c();
    QString out;
    out += t("Today, %1").arg(locale.toString(now.toTimeZone(zone).date(), QStringLiteral("dddd d MMMM yyyy")))
        + QLatin1Char('\n');
    if (items.isEmpty()) {
        out += t("Nothing is due. A good day to find someone new to talk to.") + QLatin1Char('\n');
        return out;
    }
    for (int k = 0; k < AgendaItem::kKindCount; ++k) {
        const auto kind = AgendaItem::Kind(k);
        QStringList lines;
        for (const AgendaItem &item : items) {
            if (item.kind != kind)
                continue;
            const QDateTime local = item.when.toTimeZone(zone);
            QString when = local.isValid() ? locale.toString(local, QStringLiteral("ddd d MMM HH:mm")) : QStringLiteral("-");
            if (item.overdue)
                when += t(" (overdue)");
            QString line = QStringLiteral("  ") + when + QStringLiteral("  ") + item.title;
            // The number `inroad export sheet|letter|packet --interview` takes.
            if (item.interviewId > 0)
                line += t("  [interview %1]").arg(item.interviewId);
            if (!item.detail.isEmpty())
                line += QStringLiteral("\n      ") + item.detail.simplified();
            lines << line;
        }
        if (lines.isEmpty())
            continue;
        out += QLatin1Char('\n') + kindTitle(kind) + QStringLiteral(" (") + QString::number(lines.size())
            + QStringLiteral(")\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Inroad
