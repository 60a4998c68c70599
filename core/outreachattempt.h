#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Inroad {

/// How the user reached out. The stored numbers are part of the file format.
enum class OutreachChannel { Email = 0, LinkedIn = 1, Phone = 2, Voicemail = 3, InPerson = 4, Introduction = 5 };
inline constexpr int kOutreachChannelCount = 6;

/// What came of it.
enum class OutreachResult { Waiting = 0, Positive = 1, Declined = 2, NoAnswer = 3, Other = 4 };
inline constexpr int kOutreachResultCount = 5;

QString outreachChannelName(OutreachChannel channel);
QString outreachResultName(OutreachResult result);
OutreachChannel outreachChannelFromInt(int value);
OutreachResult outreachResultFromInt(int value);

/// One entry of a person's outreach log: a message sent, a call made, a check-in.
struct OutreachAttempt
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 interviewId = 0;      ///< the interview it was about; 0: none
    QDateTime attemptedAt;       ///< UTC
    OutreachChannel channel = OutreachChannel::Email;
    OutreachResult result = OutreachResult::Waiting;
    QString note;

    QString personName;          ///< read-only, filled in by the repository
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::OutreachAttempt)
