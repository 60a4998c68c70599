#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace Inroad {

class Workspace;

/// File ▸ Edit Document Templates…: the workspace's own copy of each template of a printed
/// document or a message, with the placeholders highlighted, a list of the placeholders to insert,
/// a live preview for a chosen interview, and Reset to Default. Saving is one undo step.
class TemplateEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Shows the template named @p key ("interview-sheet").
    void showTemplate(const QString &key);
    QString currentKey() const;
    /// Keeps every changed template in the workspace, as one undo step.
    bool saveChanges();
    bool hasUnsavedChanges() const;
    /// Puts the shipped text of the current template back in the editor (saved with the rest).
    void resetToDefault();
    /// Inserts {{name}} at the cursor, or a section pair for a list.
    void insertPlaceholder(const QString &name);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *problem() const { return m_problem; }
    QListWidget *templates() const { return m_templates; }
    QListWidget *placeholders() const { return m_placeholders; }
    QComboBox *interviewChoice() const { return m_interview; }

protected:
    void done(int result) override;

private:
    QString shippedText(const QString &key) const;
    QString storedText(const QString &key) const;
    void updatePreview();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QHash<QString, QString> m_drafts; ///< by key: the text as edited here
    QString m_current;
    bool m_loading = false;

    QListWidget *m_templates = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QListWidget *m_placeholders = nullptr;
    QComboBox *m_interview = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Inroad
