#pragma once

#include "note.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Inroad {

class EmptyState;
class MarkdownEditor;
class Workspace;

/// Edits one note: its title, its date and its Markdown text. What is typed is saved after a short
/// pause as one step of the window's undo, and at once when the editor loses the focus, shows
/// another note or is hidden or closed, so nothing typed is lost. An undo or redo of the note
/// shows here unless the user is typing.
class NoteEditor final : public QWidget
{
    Q_OBJECT

public:
    /// How long typing must pause before it is saved.
    static constexpr int kSavePauseMs = 700;

    NoteEditor(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// Shows the note @p id (after saving the one shown), or the empty state for 0.
    void showNote(qint64 id);
    qint64 noteId() const { return m_saved ? m_saved->id : 0; }
    /// Whether the editor holds typing that is not saved yet.
    bool hasPendingEdits() const;
    /// Saves what was typed now, as one undo step; false if there was nothing to save or it failed.
    bool flush();

    /// Inserts the post-interview headings at the cursor (Notes ▸ Post-interview Template).
    void insertPostInterviewTemplate();
    /// Whether to show the line "About: …" with a link to the record (the Notes area); the forms,
    /// which show one record's notes, leave it out.
    void setSubjectShown(bool shown);
    /// The text shown when no note is selected.
    void setEmptyText(const QString &title, const QString &text);

    MarkdownEditor *markdown() const { return m_markdown; }
    QLineEdit *titleField() const { return m_title; }
    QDateEdit *dateField() const { return m_date; }

signals:
    /// The user followed the "About" link of the note shown.
    void subjectActivated(Inroad::NoteSubject subject, qint64 id);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    Note current() const;
    void load(const Note &note);
    void scheduleSave();
    void storedNoteChanged(qint64 id);
    void updateSubjectLabel();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    std::optional<Note> m_saved; ///< the note as last loaded or saved
    bool m_loading = false;
    bool m_subjectShown = false;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_subject = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    MarkdownEditor *m_markdown = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace Inroad
