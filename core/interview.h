#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Inroad {

/// Where an interview stands. The stored numbers are part of the file format.
enum class InterviewStatus { Idea = 0, Requested = 1, Scheduled = 2, Done = 3, Cancelled = 4 };
inline constexpr int kInterviewStatusCount = 5;

/// How the conversation is held.
enum class InterviewMode { InPerson = 0, Phone = 1, Video = 2 };
inline constexpr int kInterviewModeCount = 3;

/// How the thank-you note went out.
enum class ThanksChannel { Email = 0, Card = 1, Letter = 2 };
inline constexpr int kThanksChannelCount = 3;

QString interviewStatusName(InterviewStatus status);
QString interviewModeName(InterviewMode mode);
QString thanksChannelName(ThanksChannel channel);
InterviewStatus interviewStatusFromInt(int value);
InterviewMode interviewModeFromInt(int value);
ThanksChannel thanksChannelFromInt(int value);

/// One informational interview: who, when, how long, how, and what came of it.
struct Interview
{
    enum Field {
        PersonId,
        OrganizationId,
        FieldId,
        Purpose,
        ScheduledStart,
        AgreedMinutes,
        Mode,
        Location,
        Status,
        Learned,
        StillWant,
        NextSteps,
        Impressions,
        ThanksSentOn,
        ThanksChannelField,
        FieldCount
    };

    static constexpr int kDefaultMinutes = 20;
    static constexpr int kMaxMinutes = 240;

    qint64 id = 0;
    qint64 personId = 0;
    qint64 organizationId = 0;      ///< 0: none
    qint64 fieldId = 0;             ///< career field; 0: none
    QString purpose;
    QDateTime scheduledStart;       ///< UTC; invalid while not scheduled
    QString timeZone;               ///< IANA id the time was agreed in; empty: the system's
    int agreedMinutes = kDefaultMinutes;
    InterviewMode mode = InterviewMode::Video;
    QString location;               ///< the place, the number to call or the meeting link
    InterviewStatus status = InterviewStatus::Idea;
    QString learned;                ///< reflection: what I learned
    QString stillWant;              ///< reflection: what I still want to know
    QString nextSteps;              ///< reflection: next steps
    QString impressions;            ///< reflection: impressions
    QDate thanksSentOn;             ///< invalid: no thank-you yet
    ThanksChannel thanksChannel = ThanksChannel::Email;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Read-only, filled in by the repository.
    QString personName;
    QString organizationName;
    QString fieldName;
    int referralCount = 0;

    /// When the agreed time runs out (invalid when not scheduled).
    QDateTime scheduledEnd() const;
    bool isScheduled() const { return scheduledStart.isValid(); }
    bool thanked() const { return thanksSentOn.isValid(); }

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    static QString fieldLabel(Field field);
    bool sameContent(const Interview &other) const;
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Interview)
