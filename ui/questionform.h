#pragma once

#include "question.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class FieldMessage;
class PlainTextField;
class TagCompleter;
class Workspace;

/// One question of the bank: its text (with a live caution when it asks for the interviewee's
/// pay or for a job), category, estimated minutes, tags and whether it is retired. Each field is
/// saved when its editing finishes, as one undo step. In "new question" mode nothing exists until
/// Add, which needs some text.
class QuestionForm final : public QWidget
{
    Q_OBJECT

public:
    QuestionForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// The question shown; 0 when none is (or while a new one is being entered).
    qint64 questionId() const { return m_questionId; }
    /// Shows the question @p id, or the "select a question" message for 0.
    void showQuestion(qint64 id);

    bool isCreating() const { return m_creating; }
    /// Starts entering a new question in the category @p categoryId (0: the first category).
    void startNewQuestion(qint64 categoryId);
    /// Adds the question entered in "new" mode (one undo step); false, with the reason shown,
    /// when it has no text yet.
    bool saveNewQuestion();
    void cancelNewQuestion();

    void focusFirstField();
    /// The caution shown under the text, empty when the question is fine.
    QString cautionText() const;

signals:
    void questionCreated(qint64 id);
    void creationCancelled();
    void creatingChanged(bool creating);
    void addRequested();
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Field { Text, Minutes, Tags, Retired };

    QWidget *buildForm();
    void load(const Question &question);
    void reloadShown();
    void reloadCategories();
    void reloadTags();
    void updateCaution();
    void updateNotes(const Question &question);
    void commit(Field field);
    void commitCategory();
    void commitPendingEdits();
    Question draft(const Question &base) const;
    QString enteredText() const;
    QStringList enteredTags() const;
    void setCreating(bool creating);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_questionId = 0;
    qint64 m_idBeforeCreating = 0;
    qint64 m_lastAddedId = 0;
    bool m_creating = false;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_nothingShown = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_origin = nullptr;
    PlainTextField *m_text = nullptr;
    FieldMessage *m_textMessage = nullptr;
    FieldMessage *m_caution = nullptr;
    QComboBox *m_category = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    QLineEdit *m_tags = nullptr;
    TagCompleter *m_tagCompleter = nullptr;
    QCheckBox *m_retired = nullptr;
    QWidget *m_saveBar = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Inroad
