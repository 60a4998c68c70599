#pragma once

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QSplitter;
class QSyntaxHighlighter;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace Inroad {

/// Plain-text Markdown with syntax highlighting, a rendered preview beside it, and toolbar buttons
/// with shortcuts for bold, italic, heading, list and link. It edits text only; saving is up to
/// its owner (NoteEditor), which listens to textEdited().
class MarkdownEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    QString text() const;
    /// Replaces the text without emitting textEdited(); the editor's own undo history starts anew.
    /// Text equal to the current text leaves the cursor where it is.
    void setText(const QString &text);
    /// Types @p text at the cursor, as one step of the editor's undo.
    void insertText(const QString &text);

    bool isPreviewVisible() const;
    void setPreviewVisible(bool visible);
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);

    /// Wraps the selection in ** (or removes them); without a selection, puts the cursor between a new pair.
    void toggleBold();
    /// The same with *.
    void toggleItalic();
    /// Makes the lines of the selection "## " headings, or plain lines again.
    void toggleHeading();
    /// Makes the lines of the selection "- " list items, or plain lines again.
    void toggleList();
    /// Turns the selection into [text](address), selecting the part still to type.
    void insertLink();

    QPlainTextEdit *textEdit() const { return m_text; }
    QTextBrowser *preview() const { return m_preview; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *previewAction() const { return m_previewAction; }
    /// The highlighter made by createMarkdownHighlighter() for the text.
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

signals:
    /// The user changed the text (typing, a toolbar button, insertText()).
    void textEdited();
    /// The text field lost the keyboard focus.
    void editingFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addFormatAction(const QString &text, const QString &symbol, const QKeySequence &shortcut,
                             void (MarkdownEditor::*slot)());
    void wrapSelection(const QString &marker);
    void togglePrefix(const QString &prefix, const QString &pattern);
    void updatePreview();
    void createHighlighter();

    QToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_preview = nullptr;
    QAction *m_previewAction = nullptr;
    QTimer *m_previewTimer = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    bool m_settingText = false;
};

} // namespace Inroad
