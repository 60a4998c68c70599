#pragma once

#include "note.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTabWidget;
class QStackedWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class NoteEditor;
class Workspace;

/// The notes about one person, organization, career field or interview, newest first, with the
/// editor of the selected one: the Notes tab of the record forms.
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    NotesPanel(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Shows the notes about @p id (0: none).
    void setSubject(NoteSubject subject, qint64 id);
    NoteSubject subject() const { return m_subject; }
    qint64 subjectId() const { return m_subjectId; }
    int noteCount() const;

    /// Starts a new note dated today, as one undo step, and puts the cursor in it; with
    /// @p postInterview, the note starts with the post-interview headings.
    void addNote(bool postInterview = false);
    /// Deletes the selected note (undoable).
    void deleteSelectedNote();
    /// Selects the note @p id if it is one of these.
    void selectNote(qint64 id);

    /// Adds the panel to @p tabs as its "Notes" tab, whose title then counts the notes and which is
    /// disabled while there is no record (a new one not yet saved).
    void addAsTab(QTabWidget *tabs);

    QListWidget *list() const { return m_list; }
    NoteEditor *editor() const { return m_editor; }

signals:
    void noteCountChanged(int count);

private:
    void reload();
    void scheduleReload(qint64 id);
    void updateButtons();
    void updateTab();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    NoteSubject m_subject = NoteSubject::Person;
    qint64 m_subjectId = 0;
    bool m_reloadPending = false;
    QTabWidget *m_tabs = nullptr;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    NoteEditor *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addReflection = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Inroad
