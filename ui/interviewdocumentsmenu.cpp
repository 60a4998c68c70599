#include "interviewdocumentsmenu.h"

#include "documentoutput.h"
#include "interviewdocuments.h"
#include "workspace.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextDocument>
#include <QUndoStack>

namespace Inroad {

InterviewDocumentsMenu::InterviewDocumentsMenu(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QMenu(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("interviewDocumentsMenu"));
    addAction(tr("Print Interview &Sheet…"), this, [this] { printOrSave(int(InterviewDocument::Sheet), false); });
    addAction(tr("Save Interview Sheet &As…"), this, [this] { printOrSave(int(InterviewDocument::Sheet), true); });
    addSeparator();
    addAction(tr("Print Thank-you &Letter…"), this, [this] { printOrSave(int(InterviewDocument::ThankYouLetter), false); });
    addAction(tr("Save Thank-you Letter As…"), this, [this] { printOrSave(int(InterviewDocument::ThankYouLetter), true); });
    QAction *mail = addAction(tr("&E-mail Thank-you…"), this, &InterviewDocumentsMenu::emailThanks);
    mail->setObjectName(QStringLiteral("actionEmailThanks"));
    addSeparator();
    addAction(tr("Copy &Outreach E-mail"), this, [this] { copyMessage(int(InterviewMessage::OutreachEmail)); });
    addAction(tr("Copy Outreach E-mail Naming &Who Sent You"), this,
              [this] { copyMessage(int(InterviewMessage::OutreachEmailWithReferrer)); });
    addAction(tr("Copy &Phone Script"), this, [this] { copyMessage(int(InterviewMessage::PhoneScript)); });
}

void InterviewDocumentsMenu::printOrSave(int which, bool save)
{
    const auto document = InterviewDocument(which);
    InterviewDocuments documents(m_workspace);
    QTextDocument text;
    QString error;
    if (!documents.buildDocument(text, document, {m_interviewId}, DocumentOptions(), &error)) {
        QMessageBox::warning(parentWidget(), tr("Cannot Make the Document"), error);
        return;
    }
    const QString personName = m_workspace.interviews().find(m_interviewId).value_or(Interview()).personName;
    const QString title = tr("%1 — %2").arg(InterviewDocuments::title(document), personName);
    if (save)
        saveDocumentAs(parentWidget(), text, title, title + QStringLiteral(".pdf"));
    else
        previewAndPrint(parentWidget(), text, title);
}

void InterviewDocumentsMenu::copyMessage(int which)
{
    InterviewDocuments documents(m_workspace);
    TemplateError error;
    const QString text = documents.message(InterviewMessage(which), m_interviewId, DocumentOptions(), &error);
    if (text.isNull()) {
        QMessageBox::warning(parentWidget(), tr("Cannot Write the Message"), error.toString());
        return;
    }
    QGuiApplication::clipboard()->setText(text);
}

void InterviewDocumentsMenu::emailThanks()
{
    InterviewDocuments documents(m_workspace);
    TemplateError error;
    const std::optional<SendAheadMail> mail =
        documents.mail(InterviewMessage::ThankYouEmail, m_interviewId, DocumentOptions(), &error);
    if (!mail) {
        QMessageBox::warning(parentWidget(), tr("Cannot Write the Message"), error.toString());
        return;
    }
    if (!QDesktopServices::openUrl(mail->url())) {
        QMessageBox::warning(parentWidget(), tr("No Mail Program"),
                             tr("Inroad could not open a mail program. Set one up as the default for e-mail links and "
                                "try again."));
        return;
    }
    const std::optional<Interview> interview = m_workspace.interviews().find(m_interviewId);
    if (!interview || interview->thanked())
        return;
    const auto answer = QMessageBox::question(parentWidget(), tr("Record the Thank-you?"),
                                              tr("Once you have sent it, Inroad can record the thank-you as sent "
                                                 "today, which closes its follow-up."),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        recordThanksSent();
}

void InterviewDocumentsMenu::recordThanksSent()
{
    const std::optional<Interview> before = m_workspace.interviews().find(m_interviewId);
    if (!before || before->thanked())
        return;
    Interview after = *before;
    after.thanksSentOn = QDate::currentDate();
    after.thanksChannel = ThanksChannel::Email;
    m_undoStack.push(m_workspace.workflow().editInterview(*before, after));
}

} // namespace Inroad
