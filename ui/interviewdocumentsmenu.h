#pragma once

#include <QMenu>

class QUndoStack;

namespace Inroad {

class Workspace;

/// The interview form's Documents menu: print or save the interview sheet and the thank-you
/// letter, send the thank-you e-mail through the mail program (and record it as sent), and copy
/// the outreach e-mail or the phone script to paste elsewhere.
class InterviewDocumentsMenu final : public QMenu
{
    Q_OBJECT

public:
    InterviewDocumentsMenu(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setInterviewId(qint64 id) { m_interviewId = id; }
    qint64 interviewId() const { return m_interviewId; }

    /// Opens the thank-you e-mail in the mail program, then offers to record it as sent today.
    void emailThanks();
    /// Records the thank-you as sent by e-mail today (undoable), unless one is recorded already.
    void recordThanksSent();

private:
    void printOrSave(int document, bool save);
    void copyMessage(int message);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_interviewId = 0;
};

} // namespace Inroad
