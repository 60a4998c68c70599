#pragma once

#include "interview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class InterviewQuestionsEditor;
class InterviewDocumentsMenu;
class NotesPanel;
class PlainTextField;
class Workspace;

/// Everything about one interview: the plan (when, how long, how, where), the reflection after
/// it, the thank-you note and the referrals it brought. Each field is saved when its editing
/// finishes, as one undoable step that also keeps follow-ups and the person's stage up to date.
class InterviewForm final : public QWidget
{
    Q_OBJECT

public:
    InterviewForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    qint64 interviewId() const { return m_interviewId; }
    /// Shows the interview with @p id, or the "select an interview" message for 0.
    void showInterview(qint64 id);

    /// Opens the referral dialog for the shown interview and records what is entered.
    void addReferrals();
    /// Opens the countdown of the agreed minutes.
    void startTimer();
    /// Shows the Questions and Answers tab.
    void showQuestions();
    InterviewQuestionsEditor *questionsEditor() const { return m_questions; }
    /// Shows the Notes tab.
    void showNotes();
    NotesPanel *notesPanel() const { return m_notes; }
    InterviewDocumentsMenu *documentsMenu() const { return m_documents; }

signals:
    void personActivated(qint64 id);
    void addRequested();

private:
    QWidget *buildForm();
    void load(const Interview &interview);
    void reloadChoices();
    void commit(Interview::Field field, const QVariant &value);
    void commitStart();
    void commitThanks();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_interviewId = 0;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_nothingShown = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QPushButton *m_showPerson = nullptr;
    QComboBox *m_organization = nullptr;
    QComboBox *m_field = nullptr;
    PlainTextField *m_purpose = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_status = nullptr;
    PlainTextField *m_learned = nullptr;
    PlainTextField *m_stillWant = nullptr;
    PlainTextField *m_nextSteps = nullptr;
    PlainTextField *m_impressions = nullptr;
    QCheckBox *m_thanked = nullptr;
    QDateEdit *m_thanksDate = nullptr;
    QComboBox *m_thanksChannel = nullptr;
    QLabel *m_thanksHint = nullptr;
    QLabel *m_referrals = nullptr;
    QPushButton *m_timerButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    InterviewQuestionsEditor *m_questions = nullptr;
    NotesPanel *m_notes = nullptr;
    InterviewDocumentsMenu *m_documents = nullptr;
};

} // namespace Inroad
