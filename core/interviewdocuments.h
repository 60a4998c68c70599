#pragma once

#include "documenttemplate.h"
#include "sendahead.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QTextDocument;

namespace Inroad {

class Workspace;

/// The documents Inroad prints for an interview, each made from a template.
enum class InterviewDocument { Sheet, ResearchSummary, ReflectionForm, ThankYouLetter };
/// The messages it drafts for the user to send or say, from plain-text templates.
enum class InterviewMessage { OutreachEmail, OutreachEmailWithReferrer, PhoneScript, ThankYouEmail };

/// What goes into the documents.
struct DocumentOptions
{
    /// The interviewee's own e-mail, phone and address, and the notes about them and their
    /// interview. Left out unless asked for: packets are often printed for someone else.
    bool includePrivate = false;
    /// The day letters are dated and "yesterday" is counted from; invalid: the current date.
    QDate today;
};

/// Fills the templates of printed documents and messages from a workspace.
///
/// data() gathers everything a template may name (the user's profile, the person, the
/// organization, the interview with its time plan, questions, referrals and notes); html() and
/// message() fill one template; buildDocument() and buildPacket() lay several out for printing,
/// each interview starting on a new page.
class InterviewDocuments final
{
public:
    explicit InterviewDocuments(Workspace &workspace);

    /// The values for interview @p interviewId; nothing (and @p error says why) when it does not exist.
    std::optional<QVariantMap> data(qint64 interviewId, const DocumentOptions &options, QString *error = nullptr) const;
    /// Every name data() offers, dotted ("person.name"); list items as "questions.text".
    static QStringList placeholderNames();

    /// The shipped template of a document or message.
    static QString defaultTemplate(InterviewDocument document);
    static QString defaultTemplate(InterviewMessage message);
    /// A stable key for settings and file names ("interview-sheet").
    static QString key(InterviewDocument document);
    static QString key(InterviewMessage message);
    /// The document's or message's name for people ("Interview sheet").
    static QString title(InterviewDocument document);
    static QString title(InterviewMessage message);

    /// One document for one interview, as an HTML fragment; a null string and @p error on failure.
    QString html(InterviewDocument document, qint64 interviewId, const DocumentOptions &options,
                 TemplateError *error = nullptr) const;
    /// One message for one interview as plain text; its first line is "Subject: …" for e-mails.
    QString message(InterviewMessage message, qint64 interviewId, const DocumentOptions &options,
                    TemplateError *error = nullptr) const;

    /// An e-mail message ready for the mail program: its "Subject:" line becomes the subject, and it
    /// is addressed to the person's e-mail (the user's own mail program sends it).
    std::optional<SendAheadMail> mail(InterviewMessage message, qint64 interviewId, const DocumentOptions &options,
                                      TemplateError *error = nullptr) const;

    /// Lays out @p document for each of @p interviewIds, each starting on a new page. False with
    /// @p error (naming the interview or the template's line) on failure.
    bool buildDocument(QTextDocument &out, InterviewDocument document, const QList<qint64> &interviewIds,
                       const DocumentOptions &options, QString *error = nullptr) const;
    /// The counselor packet: a cover page listing the interviews, then for each one its sheet,
    /// research summary, reflection form and thank-you letter draft, each on new pages.
    bool buildPacket(QTextDocument &out, const QList<qint64> &interviewIds, const DocumentOptions &options,
                     QString *error = nullptr) const;

    /// The interviews scheduled from @p from to @p to (both included), soonest first.
    QList<qint64> interviewsBetween(QDate from, QDate to) const;

    /// The template in use: the workspace's own copy (saved with saveTemplate()) or the shipped one.
    QString templateText(InterviewDocument document) const;
    QString templateText(InterviewMessage message) const;
    /// Whether the workspace has its own copy of the template.
    bool isCustomized(const QString &key) const;
    /// Keeps @p text as the workspace's own copy of the template named @p key ("interview-sheet");
    /// an empty text goes back to the shipped one. False (the database says why) on failure.
    bool saveTemplate(const QString &key, const QString &text);
    /// The setting that holds the workspace's copy of the template named @p key.
    static QString settingKey(const QString &key);

    /// Uses @p text for this object only, without saving it (the template editor's preview); an
    /// empty text goes back to the template in use.
    void setTemplate(InterviewDocument document, const QString &text);
    void setTemplate(InterviewMessage message, const QString &text);

private:
    QString fill(const QString &templateText, qint64 interviewId, const DocumentOptions &options,
                 TemplateEscaping escaping, TemplateError *error) const;

    Workspace &m_workspace;
    QMap<QString, QString> m_previewTemplates; ///< by key
};

} // namespace Inroad
