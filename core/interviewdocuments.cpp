#include "interviewdocuments.h"

#include "documentwriter.h"
#include "notelistmodel.h"
#include "timebudget.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>

#include <cmath>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::InterviewDocuments", text);
}

QString resourceText(const QString &name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Markdown written by the user, as the HTML of a fragment (what is inside <body>).
QString markdownToHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    const QString html = document.toHtml();
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return markdown.toHtmlEscaped();
    return html.mid(start + 1, end - start - 1).trimmed();
}

// The first sentence of the user's own reflection, without Markdown marks: what a thank-you cites.
QString firstThought(const QString &markdown)
{
    static const QRegularExpression marks(QStringLiteral(R"(^\s*(#{1,6}\s+|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*))"));
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        line.remove(marks);
        line.remove(QLatin1Char('*'));
        line.remove(QLatin1Char('_'));
        line = line.simplified();
        if (line.isEmpty())
            continue;
        static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?](\s|$))"));
        const QRegularExpressionMatch end = sentenceEnd.match(line);
        QString sentence = end.hasMatch() ? line.left(end.capturedStart() + 1) : line;
        if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('!')) && !sentence.endsWith(QLatin1Char('?')))
            sentence += QLatin1Char('.');
        return sentence;
    }
    return {};
}

// "environmental engineering" for "Environmental engineering", but "UX research" stays.
QString inSentence(const QString &name)
{
    if (name.size() > 1 && name.at(0).isUpper() && !name.at(1).isUpper())
        return name.at(0).toLower() + name.mid(1);
    return name;
}

QString minutesText(double minutes)
{
    const double rounded = std::round(minutes * 2) / 2;
    return QLocale().toString(rounded, 'g', 3);
}

QString keyFor(InterviewDocument document)
{
    switch (document) {
    case InterviewDocument::Sheet: return QStringLiteral("interview-sheet");
    case InterviewDocument::ResearchSummary: return QStringLiteral("research-summary");
    case InterviewDocument::ReflectionForm: return QStringLiteral("reflection-form");
    case InterviewDocument::ThankYouLetter: return QStringLiteral("thank-you-letter");
    }
    return {};
}

QString keyFor(InterviewMessage message)
{
    switch (message) {
    case InterviewMessage::OutreachEmail: return QStringLiteral("outreach-email");
    case InterviewMessage::OutreachEmailWithReferrer: return QStringLiteral("outreach-email-referral");
    case InterviewMessage::PhoneScript: return QStringLiteral("phone-script");
    case InterviewMessage::ThankYouEmail: return QStringLiteral("thank-you-email");
    }
    return {};
}

// A fragment that starts on a new page. Qt honours page-break-before on block elements.
QString onNewPage(const QString &html, bool first)
{
    return first ? html : QStringLiteral("<div style=\"page-break-before: always\">") + html + QStringLiteral("</div>");
}

} // namespace

InterviewDocuments::InterviewDocuments(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString InterviewDocuments::key(InterviewDocument document)
{
    return keyFor(document);
}

QString InterviewDocuments::key(InterviewMessage message)
{
    return keyFor(message);
}

QString InterviewDocuments::title(InterviewDocument document)
{
    switch (document) {
    case InterviewDocument::Sheet: return tr("Interview sheet");
    case InterviewDocument::ResearchSummary: return tr("Research summary");
    case InterviewDocument::ReflectionForm: return tr("Reflection form");
    case InterviewDocument::ThankYouLetter: return tr("Thank-you letter");
    }
    return {};
}

QString InterviewDocuments::title(InterviewMessage message)
{
    switch (message) {
    case InterviewMessage::OutreachEmail: return tr("Outreach e-mail");
    case InterviewMessage::OutreachEmailWithReferrer: return tr("Outreach e-mail, with who sent you");
    case InterviewMessage::PhoneScript: return tr("Phone call script");
    case InterviewMessage::ThankYouEmail: return tr("Thank-you e-mail");
    }
    return {};
}

QString InterviewDocuments::defaultTemplate(InterviewDocument document)
{
    return resourceText(keyFor(document) + QStringLiteral(".html"));
}

QString InterviewDocuments::defaultTemplate(InterviewMessage message)
{
    return resourceText(keyFor(message) + QStringLiteral(".txt"));
}

QString InterviewDocuments::settingKey(const QString &key)
{
    return QStringLiteral("template:") + key;
}

bool InterviewDocuments::isCustomized(const QString &key) const
{
    return !m_workspace.database().setting(settingKey(key)).isEmpty();
}

bool InterviewDocuments::saveTemplate(const QString &key, const QString &text)
{
    return m_workspace.database().setSetting(settingKey(key), text);
}

void InterviewDocuments::setTemplate(InterviewDocument document, const QString &text)
{
    if (text.isEmpty())
        m_previewTemplates.remove(keyFor(document));
    else
        m_previewTemplates.insert(keyFor(document), text);
}

void InterviewDocuments::setTemplate(InterviewMessage message, const QString &text)
{
    if (text.isEmpty())
        m_previewTemplates.remove(keyFor(message));
    else
        m_previewTemplates.insert(keyFor(message), text);
}

QString InterviewDocuments::templateText(InterviewDocument document) const
{
    const QString key = keyFor(document);
    if (m_previewTemplates.contains(key))
        return m_previewTemplates.value(key);
    const QString own = m_workspace.database().setting(settingKey(key));
    return own.isEmpty() ? defaultTemplate(document) : own;
}

QString InterviewDocuments::templateText(InterviewMessage message) const
{
    const QString key = keyFor(message);
    if (m_previewTemplates.contains(key))
        return m_previewTemplates.value(key);
    const QString own = m_workspace.database().setting(settingKey(key));
    return own.isEmpty() ? defaultTemplate(message) : own;
}

QStringList InterviewDocuments::placeholderNames()
{
    return {
        QStringLiteral("today"),
        QStringLiteral("profile.name"), QStringLiteral("profile.email"), QStringLiteral("profile.phone"),
        QStringLiteral("profile.address"), QStringLiteral("profile.linkedin"), QStringLiteral("profile.website"),
        QStringLiteral("profile.introduction"), QStringLiteral("profile.fields"),
        QStringLiteral("person.name"), QStringLiteral("person.first_name"), QStringLiteral("person.last_name"),
        QStringLiteral("person.salutation"), QStringLiteral("person.greeting"), QStringLiteral("person.pronunciation"),
        QStringLiteral("person.title"), QStringLiteral("person.contact_shown"), QStringLiteral("person.email"),
        QStringLiteral("person.phone"), QStringLiteral("person.address"), QStringLiteral("person.linkedin"),
        QStringLiteral("organization.name"), QStringLiteral("organization.industry"),
        QStringLiteral("organization.website"), QStringLiteral("organization.address"),
        QStringLiteral("organization.products"), QStringLiteral("organization.services"),
        QStringLiteral("organization.competitors"), QStringLiteral("organization.news"),
        QStringLiteral("organization.sources"), QStringLiteral("organization.has_research"),
        QStringLiteral("interview.id"), QStringLiteral("interview.when"), QStringLiteral("interview.date"),
        QStringLiteral("interview.time"), QStringLiteral("interview.day_phrase"), QStringLiteral("interview.minutes"),
        QStringLiteral("interview.mode"), QStringLiteral("interview.location"), QStringLiteral("interview.purpose"),
        QStringLiteral("interview.field"), QStringLiteral("interview.field_or_work"),
        QStringLiteral("interview.learned"), QStringLiteral("interview.still_want"),
        QStringLiteral("interview.next_steps"), QStringLiteral("interview.impressions"),
        QStringLiteral("referrer.known"), QStringLiteral("referrer.name"), QStringLiteral("referrer.may_mention"),
        QStringLiteral("thanks.specific"),
        QStringLiteral("plan"), QStringLiteral("plan.minutes"), QStringLiteral("plan.label"),
        QStringLiteral("questions"), QStringLiteral("questions.text"), QStringLiteral("questions.minutes"),
        QStringLiteral("questions.answer"), QStringLiteral("questions.answer_html"),
        QStringLiteral("referrals"), QStringLiteral("referrals.name"), QStringLiteral("referrals.may_mention"),
        QStringLiteral("notes_shown"), QStringLiteral("notes"), QStringLiteral("notes.date"),
        QStringLiteral("notes.title"), QStringLiteral("notes.html"),
    };
}

std::optional<QVariantMap> InterviewDocuments::data(qint64 interviewId, const DocumentOptions &options,
                                                     QString *error) const
{
    const std::optional<Interview> found = m_workspace.interviews().find(interviewId);
    if (!found) {
        if (error)
            *error = tr("There is no interview %1 in this workspace.").arg(interviewId);
        return std::nullopt;
    }
    const Interview &i = *found;
    const QLocale locale;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const std::optional<Person> person = m_workspace.people().find(i.personId);
    const std::optional<Organization> organization =
        i.organizationId > 0 ? m_workspace.organizations().find(i.organizationId)
        : person && person->organizationId > 0 ? m_workspace.organizations().find(person->organizationId)
                                               : std::nullopt;
    const Profile profile = m_workspace.profile().get();

    QVariantMap root;
    root.insert(QStringLiteral("today"), locale.toString(today, QLocale::LongFormat));
    root.insert(QStringLiteral("profile"),
                QVariantMap{{QStringLiteral("name"), profile.fullName},
                            {QStringLiteral("email"), profile.email},
                            {QStringLiteral("phone"), profile.phone},
                            {QStringLiteral("address"), profile.address},
                            {QStringLiteral("linkedin"), profile.linkedInUrl},
                            {QStringLiteral("website"), profile.website},
                            {QStringLiteral("introduction"), profile.selfIntroduction.trimmed()},
                            {QStringLiteral("fields"), profile.fieldsOfInterest}});

    const Person p = person.value_or(Person());
    const QString greeting = !p.salutation.trimmed().isEmpty() && !p.lastName.isEmpty()
        ? tr("Dear %1 %2").arg(p.salutation.trimmed(), p.lastName)
        : !p.firstName.isEmpty() ? tr("Dear %1").arg(p.firstName)
                                 : tr("Hello");
    const bool showContact = options.includePrivate;
    root.insert(QStringLiteral("person"),
                QVariantMap{{QStringLiteral("name"), p.displayName()},
                            {QStringLiteral("first_name"), p.firstName.isEmpty() ? p.displayName() : p.firstName},
                            {QStringLiteral("last_name"), p.lastName},
                            {QStringLiteral("salutation"), p.salutation},
                            {QStringLiteral("greeting"), greeting},
                            {QStringLiteral("pronunciation"), p.pronunciation},
                            {QStringLiteral("title"), p.title},
                            {QStringLiteral("contact_shown"), showContact},
                            {QStringLiteral("email"), showContact ? p.email : QString()},
                            {QStringLiteral("phone"), showContact ? p.phone : QString()},
                            {QStringLiteral("address"), showContact ? p.address : QString()},
                            {QStringLiteral("linkedin"), p.linkedInUrl}});

    const Organization o = organization.value_or(Organization());
    const bool hasResearch = !(o.products.trimmed().isEmpty() && o.services.trimmed().isEmpty()
                               && o.competitors.trimmed().isEmpty() && o.news.trimmed().isEmpty());
    root.insert(QStringLiteral("organization"),
                QVariantMap{{QStringLiteral("name"), o.name},
                            {QStringLiteral("industry"), o.industry},
                            {QStringLiteral("website"), o.website},
                            {QStringLiteral("address"), o.address},
                            {QStringLiteral("products"), o.products},
                            {QStringLiteral("services"), o.services},
                            {QStringLiteral("competitors"), o.competitors},
                            {QStringLiteral("news"), o.news},
                            {QStringLiteral("sources"), o.sources},
                            {QStringLiteral("has_research"), hasResearch}});

    const QDateTime start = i.isScheduled() ? i.scheduledStart.toLocalTime() : QDateTime();
    QString dayPhrase;
    if (start.isValid()) {
        const qint64 daysAgo = start.date().daysTo(today);
        if (daysAgo == 0)
            dayPhrase = tr("today");
        else if (daysAgo == 1)
            dayPhrase = tr("yesterday");
        else if (daysAgo > 1 && daysAgo < 7)
            dayPhrase = tr("on %1").arg(locale.dayName(start.date().dayOfWeek()));
        else
            dayPhrase = tr("on %1").arg(locale.toString(start.date(), QLocale::LongFormat));
    }
    root.insert(QStringLiteral("interview"),
                QVariantMap{{QStringLiteral("id"), QString::number(i.id)},
                            {QStringLiteral("when"), start.isValid() ? locale.toString(start, QStringLiteral("dddd d MMMM yyyy, HH:mm"))
                                                                     : tr("date not agreed yet")},
                            {QStringLiteral("date"), start.isValid() ? locale.toString(start.date(), QLocale::LongFormat) : QString()},
                            {QStringLiteral("time"), start.isValid() ? locale.toString(start.time(), QLocale::ShortFormat) : QString()},
                            {QStringLiteral("day_phrase"), dayPhrase},
                            {QStringLiteral("minutes"), QString::number(i.agreedMinutes)},
                            {QStringLiteral("mode"), interviewModeName(i.mode)},
                            {QStringLiteral("location"), i.location},
                            {QStringLiteral("purpose"), i.purpose},
                            {QStringLiteral("field"), i.fieldName},
                            {QStringLiteral("field_or_work"), i.fieldName.isEmpty() ? tr("this line of work")
                                                                                    : inSentence(i.fieldName)},
                            {QStringLiteral("learned"), i.learned},
                            {QStringLiteral("still_want"), i.stillWant},
                            {QStringLiteral("next_steps"), i.nextSteps},
                            {QStringLiteral("impressions"), i.impressions}});

    // Who sent the user to this person: the first introducer on record.
    QVariantMap referrer{{QStringLiteral("known"), false},
                         {QStringLiteral("name"), QString()},
                         {QStringLiteral("may_mention"), false}};
    for (const Referral &r : m_workspace.referrals().introducersOf(i.personId)) {
        if (r.referrerId <= 0)
            continue;
        if (const std::optional<Person> by = m_workspace.people().find(r.referrerId)) {
            referrer = {{QStringLiteral("known"), true},
                        {QStringLiteral("name"), by->displayName()},
                        {QStringLiteral("may_mention"), r.mayMention}};
            break;
        }
    }
    root.insert(QStringLiteral("referrer"), referrer);
    root.insert(QStringLiteral("thanks"), QVariantMap{{QStringLiteral("specific"), firstThought(i.learned)}});

    const QList<InterviewQuestion> items = m_workspace.interviewQuestions().forInterview(i.id);
    QVariantList questions;
    QList<double> estimates;
    for (const InterviewQuestion &q : items) {
        estimates << q.minutes;
        questions << QVariantMap{{QStringLiteral("text"), q.text},
                                 {QStringLiteral("minutes"), minutesText(q.minutes)},
                                 {QStringLiteral("answer"), q.answer},
                                 {QStringLiteral("answer_html"), q.answer.trimmed().isEmpty() ? QString() : markdownToHtml(q.answer)}};
    }
    root.insert(QStringLiteral("questions"), questions);
    const TimeBudget budget = timeBudget(i.agreedMinutes, estimates);
    QString questionsLabel = tr("Your questions (%1)").arg(items.size());
    if (budget.isOver())
        questionsLabel += tr(" — %1 minutes more than there is time for: mark which to skip").arg(minutesText(-budget.remaining()));
    root.insert(QStringLiteral("plan"),
                QVariantList{QVariantMap{{QStringLiteral("minutes"), minutesText(budget.introMinutes)},
                                         {QStringLiteral("label"), tr("Introduce yourself and say why you asked them")}},
                             QVariantMap{{QStringLiteral("minutes"), minutesText(budget.available())},
                                         {QStringLiteral("label"), questionsLabel}},
                             QVariantMap{{QStringLiteral("minutes"), minutesText(budget.closingMinutes)},
                                         {QStringLiteral("label"), tr("Close: two more names, may I keep in touch, thanks")}}});

    QVariantList referrals;
    for (const Referral &r : m_workspace.referrals().forInterview(i.id))
        referrals << QVariantMap{{QStringLiteral("name"), r.referredName}, {QStringLiteral("may_mention"), r.mayMention}};
    root.insert(QStringLiteral("referrals"), referrals);

    // Notes about the person and this interview are private.
    QVariantList notes;
    if (options.includePrivate) {
        QList<Note> all = m_workspace.notes().forInterview(i.id);
        all += m_workspace.notes().forPerson(i.personId);
        for (const Note &n : std::as_const(all))
            notes << QVariantMap{{QStringLiteral("date"), locale.toString(n.notedOn, QLocale::LongFormat)},
                                 {QStringLiteral("title"), NoteListModel::displayTitle(n)},
                                 {QStringLiteral("html"), markdownToHtml(n.body)}};
    }
    root.insert(QStringLiteral("notes_shown"), options.includePrivate && !notes.isEmpty());
    root.insert(QStringLiteral("notes"), notes);
    return root;
}

QString InterviewDocuments::fill(const QString &text, qint64 interviewId, const DocumentOptions &options,
                                 TemplateEscaping escaping, TemplateError *error) const
{
    QString problem;
    const std::optional<QVariantMap> values = data(interviewId, options, &problem);
    if (!values) {
        if (error)
            *error = TemplateError{problem, 0, 0, QString()};
        return {};
    }
    return renderTemplate(text, *values, escaping, error);
}

QString InterviewDocuments::html(InterviewDocument document, qint64 interviewId, const DocumentOptions &options,
                                 TemplateError *error) const
{
    return fill(templateText(document), interviewId, options, TemplateEscaping::Html, error);
}

QString InterviewDocuments::message(InterviewMessage kind, qint64 interviewId, const DocumentOptions &options,
                                    TemplateError *error) const
{
    return fill(templateText(kind), interviewId, options, TemplateEscaping::PlainText, error);
}

std::optional<SendAheadMail> InterviewDocuments::mail(InterviewMessage kind, qint64 interviewId,
                                                      const DocumentOptions &options, TemplateError *error) const
{
    const QString text = message(kind, interviewId, options, error);
    if (text.isNull())
        return std::nullopt;
    SendAheadMail mail;
    QString body = text;
    static const QRegularExpression subjectLine(QStringLiteral(R"(^Subject:[ \t]*([^\n]*)\n\n?)"));
    if (const QRegularExpressionMatch m = subjectLine.match(body); m.hasMatch()) {
        mail.subject = m.captured(1).trimmed();
        body.remove(0, m.capturedLength());
    }
    mail.body = body.trimmed() + QLatin1Char('\n');
    if (const std::optional<Interview> i = m_workspace.interviews().find(interviewId))
        mail.to = m_workspace.people().find(i->personId).value_or(Person()).email;
    return mail;
}

bool InterviewDocuments::buildDocument(QTextDocument &out, InterviewDocument document, const QList<qint64> &interviewIds,
                                       const DocumentOptions &options, QString *error) const
{
    QString body;
    for (int n = 0; n < interviewIds.size(); ++n) {
        TemplateError problem;
        const QString fragment = html(document, interviewIds.at(n), options, &problem);
        if (fragment.isNull()) {
            if (error)
                *error = tr("%1 for interview %2: %3").arg(title(document)).arg(interviewIds.at(n)).arg(problem.toString());
            return false;
        }
        body += onNewPage(fragment, n == 0);
    }
    out.clear();
    out.setHtml(body);
    // After setHtml(), which clears the meta information: the PDF's title.
    out.setMetaInformation(QTextDocument::DocumentTitle, title(document));
    return true;
}

bool InterviewDocuments::buildPacket(QTextDocument &out, const QList<qint64> &interviewIds, const DocumentOptions &options,
                                     QString *error) const
{
    const QLocale locale;
    const Profile profile = m_workspace.profile().get();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QString cover = QStringLiteral("<h1>") + tr("Informational interviews").toHtmlEscaped() + QStringLiteral("</h1>");
    if (!profile.fullName.isEmpty())
        cover += QStringLiteral("<p><b>") + profile.fullName.toHtmlEscaped() + QStringLiteral("</b></p>");
    cover += QStringLiteral("<p>") + QCoreApplication::translate("Inroad::InterviewDocuments", "Prepared on %1 · %n interview(s)", nullptr,
                                                                int(interviewIds.size()))
                                         .arg(locale.toString(today, QLocale::LongFormat))
                                         .toHtmlEscaped()
        + QStringLiteral("</p><table cellpadding=\"4\" width=\"100%\"><tr><th align=\"left\">") + tr("When").toHtmlEscaped()
        + QStringLiteral("</th><th align=\"left\">") + tr("With").toHtmlEscaped() + QStringLiteral("</th><th align=\"left\">")
        + tr("Organization").toHtmlEscaped() + QStringLiteral("</th></tr>");
    for (const qint64 id : interviewIds) {
        const std::optional<Interview> i = m_workspace.interviews().find(id);
        if (!i) {
            if (error)
                *error = tr("There is no interview %1 in this workspace.").arg(id);
            return false;
        }
        const QString when = i->isScheduled()
            ? locale.toString(i->scheduledStart.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"))
            : tr("not scheduled");
        cover += QStringLiteral("<tr><td>") + when.toHtmlEscaped() + QStringLiteral("</td><td>")
            + i->personName.toHtmlEscaped() + QStringLiteral("</td><td>") + i->organizationName.toHtmlEscaped()
            + QStringLiteral("</td></tr>");
    }
    cover += QStringLiteral("</table><p style=\"color:#555555\">")
        + (options.includePrivate
               ? tr("This packet includes the personal e-mail addresses, phone numbers and notes of the people "
                    "interviewed. Keep it private.")
               : tr("Personal e-mail addresses, phone numbers and notes of the people interviewed are left out."))
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    QString body = cover;
    const InterviewDocument parts[] = {InterviewDocument::Sheet, InterviewDocument::ResearchSummary,
                                       InterviewDocument::ReflectionForm, InterviewDocument::ThankYouLetter};
    for (const qint64 id : interviewIds) {
        for (const InterviewDocument part : parts) {
            TemplateError problem;
            const QString fragment = html(part, id, options, &problem);
            if (fragment.isNull()) {
                if (error)
                    *error = tr("%1 for interview %2: %3").arg(title(part)).arg(id).arg(problem.toString());
                return false;
            }
            body += onNewPage(fragment, false);
        }
    }
    out.clear();
    out.setProperty(kRunningHeaderProperty,
                    profile.fullName.isEmpty() ? tr("Interview packet") : tr("Interview packet · %1").arg(profile.fullName));
    out.setHtml(body);
    out.setMetaInformation(QTextDocument::DocumentTitle, tr("Interview packet"));
    return true;
}

QList<qint64> InterviewDocuments::interviewsBetween(QDate from, QDate to) const
{
    QList<qint64> ids;
    const QDateTime start(from, QTime(0, 0));
    const QDateTime end(to.addDays(1), QTime(0, 0));
    for (const Interview &i : m_workspace.interviews().startingBetween(start.toUTC(), end.toUTC()))
        ids << i.id;
    return ids;
}

} // namespace Inroad
