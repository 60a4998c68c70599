#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Inroad {

class Workspace;

/// One line of the Today list.
struct AgendaItem
{
    enum Kind {
        FollowUpDue,        ///< an open follow-up due today or earlier; recordId is the follow-up
        UpcomingInterview,  ///< an interview in the coming days; recordId is the interview
        NeedsReferrals,     ///< a recent done interview with fewer than two referrals; recordId is the interview
        WaitingForReply     ///< a message without an answer for over a week; recordId is the outreach attempt
    };
    static constexpr int kKindCount = 4;

    Kind kind = FollowUpDue;
    qint64 recordId = 0;
    qint64 personId = 0;
    qint64 interviewId = 0;
    QDateTime when;          ///< UTC: due, start, interview day, or when the message went out
    bool overdue = false;    ///< a follow-up due before today
    QString title;           ///< "Send a thank-you note to Ana Ruiz"
    QString detail;          ///< the note, the place, the organization

    /// A name for the item that stays the same while it is on the list ("referrals:12").
    QString key() const;
    bool operator==(const AgendaItem &other) const;
};

/// What the Today view and `inroad agenda` show, computed from the workspace at a given time.
class Agenda final
{
public:
    static constexpr int kReferralGoal = 2;
    static constexpr int kDefaultDays = 7;
    /// How long after an interview Today still reminds the user to ask for referrals.
    static constexpr int kReferralReminderDays = 30;

    /// The items at @p now: follow-ups due by the end of today, interviews in the next @p days,
    /// interviews of the last 30 days with fewer than two referrals, and people who have not
    /// replied for over a week. Items marked done or snoozed on the Today list are left out.
    /// Sorted by kind, then by time.
    static QList<AgendaItem> compute(Workspace &workspace, const QDateTime &now, int days = kDefaultDays,
                                     const QTimeZone &zone = QTimeZone::systemTimeZone());

    static QString kindTitle(AgendaItem::Kind kind);

    /// The items as plain text, one section per kind, with times in @p zone.
    static QString toText(const QList<AgendaItem> &items, const QDateTime &now,
                          const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace Inroad
