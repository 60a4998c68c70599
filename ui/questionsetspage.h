#pragma once

#include "question.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class FieldMessage;
class PlainTextField;
class Workspace;

/// The saved question sets: a list of sets (name, number of questions, minutes) beside the
/// selected set's name, description and questions. Sets are exported to and imported from
/// ".inroad-questions" files that counselors hand out. Renaming, describing, importing and
/// deleting are undoable. Problems are shown in a window-modal message box and reported by
/// errorShown().
class QuestionSetsPage final : public QWidget
{
    Q_OBJECT

public:
    QuestionSetsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~QuestionSetsPage() override;

    /// Shows only the sets whose name contains every word of @p text.
    void setFilterText(const QString &text);
    void deleteSelected();
    bool canDelete() const;
    QString statusText() const;
    /// Selects the set @p id.
    void showSet(qint64 id);
    qint64 currentSetId() const;

    /// Asks for a file and imports it.
    void chooseImport();
    /// Asks where to save the selected set and exports it.
    void chooseExport();
    /// Imports the set in @p fileName as one undo step. When a set of that name exists, a
    /// window-modal dialog suggests another name first. Reports setImported() or errorShown().
    void importFile(const QString &fileName);
    /// Writes the set @p id to @p fileName; false, after errorShown(), when it cannot.
    bool exportSet(qint64 id, const QString &fileName);

    QTreeWidget *setList() const { return m_sets; }
    QTreeWidget *questionList() const { return m_questions; }

signals:
    void setImported(qint64 id);
    /// A problem was shown to the user (the text of the message box).
    void errorShown(const QString &message);
    /// The user pressed "Clear Filter": the window should empty its search field.
    void filterClearRequested();
    void statusTextChanged();
    void canDeleteChanged();

private:
    QWidget *buildList();
    QWidget *buildDetails();
    void reload();
    void applyFilter();
    void clearFilter();
    void currentSetChanged();
    void showDetails(const std::optional<QuestionSet> &set);
    void commitName();
    void commitDescription();
    void askImportName(QuestionSet set, const QString &suggestion);
    void addImported(QuestionSet set);
    void showError(const QString &text, const QString &details);
    QString uniqueName(const QString &name) const;
    void updateState();
    void setMessage(const QString &message);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QList<QuestionSet> m_all;
    QString m_filterText;
    QString m_message;
    qint64 m_shownId = 0;
    qint64 m_lastAddedId = 0;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_noSets = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTreeWidget *m_sets = nullptr;
    EmptyState *m_noMatch = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QStackedWidget *m_detailPages = nullptr;
    EmptyState *m_nothingShown = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    PlainTextField *m_description = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_questions = nullptr;
};

} // namespace Inroad
