#pragma once

#include "interview.h"
#include "person.h"
#include "profile.h"
#include "question.h"

#include <QList>
#include <QUrl>

namespace Inroad {

/// The e-mail that sends an interview's questions ahead, so the interviewee can think about them:
/// a subject naming the day, a short greeting (the person's salutation, or their first name), the
/// date, time and agreed length, the numbered questions, and the user's name as signature.
struct SendAheadMail
{
    QString to;
    QString subject;
    QString body;

    /// A mailto: URL with subject and body percent-encoded (RFC 6068; line breaks as %0D%0A).
    QUrl url() const;
};

SendAheadMail sendAheadMail(const Profile &profile, const Person &person, const Interview &interview,
                            const QList<InterviewQuestion> &questions);

} // namespace Inroad
