#pragma once

#include "areaview.h"
#include "note.h"

class QComboBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Inroad {

class EmptyState;
class NoteEditor;
class NoteListModel;
class Workspace;

/// The Notes area: every note, newest first, filtered by what it is about and by the window's
/// search field, with the selected note's editor beside the list.
class NotesView final : public AreaView
{
    Q_OBJECT

public:
    NotesView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~NotesView() override;

    QString title() const override;
    void setFilterText(const QString &text) override;
    /// Asks what the note is about, then starts it.
    void addNew() override;
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    void showRecord(qint64 id) override;

    /// Starts a note about @p id of @p subject without asking, as one undo step; returns its id.
    qint64 addNote(NoteSubject subject, qint64 id);

    NoteListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    NoteEditor *editor() const { return m_editor; }
    QComboBox *subjectFilter() const { return m_subjectFilter; }

signals:
    void filterClearRequested();

private:
    void applySubjectFilter();
    void select(qint64 id);
    void updateState();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    NoteListModel *m_model = nullptr;
    QString m_filterText;
    qint64 m_keepSelected = 0;

    QComboBox *m_subjectFilter = nullptr;
    QTableView *m_list = nullptr;
    QStackedWidget *m_listPages = nullptr;
    EmptyState *m_empty = nullptr;
    NoteEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Inroad
