#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Inroad {

/// What a follow-up is for. The stored numbers are part of the file format.
enum class FollowUpKind { ThankYou = 0, KeepInTouch = 1, SendUpdate = 2, Other = 3 };
inline constexpr int kFollowUpKindCount = 4;

QString followUpKindName(FollowUpKind kind);
FollowUpKind followUpKindFromInt(int value);

/// Something to do for a person by a date: a thank-you note, a check-in, an update to send.
struct FollowUp
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 interviewId = 0;      ///< 0: not tied to an interview
    FollowUpKind kind = FollowUpKind::Other;
    QDateTime dueAt;             ///< UTC
    QDateTime snoozedUntil;      ///< UTC; invalid: not snoozed
    QDateTime doneAt;            ///< UTC; invalid: still open
    QString note;
    QDateTime createdAt;

    QString personName;          ///< read-only, filled in by the repository

    bool isDone() const { return doneAt.isValid(); }
    /// When it shows up as due: the snooze date if snoozed past the due date, else the due date.
    QDateTime effectiveDue() const
    {
        return snoozedUntil.isValid() && snoozedUntil > dueAt ? snoozedUntil : dueAt;
    }
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::FollowUp)
