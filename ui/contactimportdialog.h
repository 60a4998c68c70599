#pragma once

#include "contactimport.h"
#include "contactreaders.h"
#include "csvreader.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class ImportPlanModel;
class Workspace;
struct WorkspaceArchive;

/// File ▸ Import Contacts…: choose a file, check (or choose) its format and, for a CSV file of
/// unknown layout, what its columns hold; see what the import will create, update, leave out as a
/// duplicate or reject and why; then import it as one undoable step with a progress bar and a
/// Cancel button that leaves the workspace as it was.
///
/// An Inroad JSON export brought into a workspace that holds nothing yet restores the whole
/// workspace; restoredWorkspace() then tells the window to reopen it.
class ContactImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ContactImportDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~ContactImportDialog() override;

    /// Reads @p path and shows its preview; false (with the reason shown) when it cannot be read.
    bool loadFile(const QString &path);
    void setFormat(ContactFormat format);
    ContactFormat format() const;
    /// Sets what column @p column of a generic CSV file holds.
    void setColumn(int column, ContactColumn meaning);

    const ImportPlan &plan() const;
    /// The whole file's problem, or empty.
    QString problem() const { return m_problem; }
    /// Imports what the preview shows; true when it was written.
    bool importNow();
    bool restoredWorkspace() const { return m_restored; }
    /// What the import did, for the window's status bar.
    QString resultText() const { return m_result; }

    QComboBox *formatBox() const { return m_format; }
    QTableView *previewView() const { return m_preview; }
    QTableWidget *columnsTable() const { return m_columns; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void chooseFile();
    void rebuild();
    void fillColumnsTable();
    void updateSummary();
    bool restoreArchive();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QString m_path;
    QByteArray m_bytes;
    CsvDocument m_csv;
    ColumnMapping m_mapping;
    std::unique_ptr<WorkspaceArchive> m_archive;
    QString m_problem;
    bool m_restored = false;
    QString m_result;

    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_description = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_columnsBox = nullptr;
    QComboBox *m_delimiter = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_preview = nullptr;
    ImportPlanModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Inroad
