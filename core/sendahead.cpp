#include "sendahead.h"

#include "timetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::SendAhead", text, disambiguation, n);
}

// The start as the two people agreed on it: in the interview's time zone when it has one.
QDateTime agreedStart(const Interview &interview)
{
    if (!interview.timeZone.isEmpty()) {
        const QTimeZone zone(interview.timeZone.toUtf8());
        if (zone.isValid())
            return interview.scheduledStart.toTimeZone(zone);
    }
    return interview.scheduledStart.toLocalTime();
}

QString greeting(const Person &person)
{
    const QString salutation = person.salutation.trimmed();
    const QString last = person.lastName.trimmed();
    if (!salutation.isEmpty() && !last.isEmpty())
        return tr("Dear %1 %2,").arg(salutation, last);
    const QString first = person.firstName.trimmed();
    return first.isEmpty() ? tr("Hello,") : tr("Dear %1,").arg(first);
}

// RFC 6068: every character outside the unreserved set is percent-encoded as UTF-8, so a space
// is %20 (never '+', which mail programs would show as it is) and "&" cannot end the field.
QString mailtoField(const QString &text)
{
    QString crlf = text;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QString::fromLatin1(QUrl::toPercentEncoding(crlf));
}

} // namespace

QUrl SendAheadMail::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to.trimmed());
    url.setQuery(QStringLiteral("subject=") + mailtoField(subject) + QStringLiteral("&body=") + mailtoField(body),
                 QUrl::StrictMode);
    return url;
}

SendAheadMail sendAheadMail(const Profile &profile, const Person &person, const Interview &interview,
                            const QList<InterviewQuestion> &questions)
{
    const QLocale locale;
    SendAheadMail mail;
    mail.to = person.email.trimmed();

    QString when;
    if (interview.isScheduled()) {
        const QDateTime start = agreedStart(interview);
        const QString day = locale.toString(start.date(), QLocale::LongFormat);
        mail.subject = tr("Questions for our conversation on %1").arg(day);
        when = tr("on %1 at %2").arg(day, shortTimeText(locale, start.time()));
    } else {
        mail.subject = tr("Questions for our conversation");
    }

    QList<InterviewQuestion> ordered = questions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const InterviewQuestion &a, const InterviewQuestion &b) { return a.position < b.position; });
    QStringList lines;
    int number = 0;
    for (const InterviewQuestion &question : std::as_const(ordered)) {
        const QString text = question.text.simplified();
        if (!text.isEmpty())
            lines << QStringLiteral("%1. %2").arg(++number).arg(text);
    }

    const QString length = tr("%n minutes", nullptr, interview.agreedMinutes);
    QString body = greeting(person) + QStringLiteral("\n\n");
    body += when.isEmpty() ? tr("Thank you again for making time to talk with me for %1.").arg(length)
                           : tr("Thank you again for making time to talk with me %1, for %2.").arg(when, length);
    body += QLatin1Char(' ');
    if (lines.isEmpty()) {
        body += tr("I am looking forward to learning about your work.");
    } else {
        body += tr("In case it helps to see them beforehand, these are the questions I would like to ask. There is "
                   "no need to prepare or to reply, and we can skip any that do not suit.");
        body += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    body += QStringLiteral("\n\n") + tr("With thanks and best regards,");
    const QString name = profile.fullName.trimmed();
    if (!name.isEmpty())
        body += QLatin1Char('\n') + name;
    body += QLatin1Char('\n');
    mail.body = body;
    return mail;
}

} // namespace Inroad
