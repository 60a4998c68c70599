#include "markdowneditor.h"

#include "highlighting.h"

#include <QAction>
#include <QEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Inroad {

namespace {

constexpr int kPreviewDelayMs = 150;

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("markdownToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("markdownText"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setFocusPolicy(Qt::ClickFocus);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    QAction *bold = addFormatAction(tr("Bold"), tr("B", "toolbar button for bold"), QKeySequence::Bold,
                                    &MarkdownEditor::toggleBold);
    QAction *italic = addFormatAction(tr("Italic"), tr("I", "toolbar button for italic"), QKeySequence::Italic,
                                      &MarkdownEditor::toggleItalic);
    addFormatAction(tr("Heading"), tr("H", "toolbar button for heading"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                    &MarkdownEditor::toggleHeading);
    addFormatAction(tr("List"), tr("• List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                    &MarkdownEditor::toggleList);
    addFormatAction(tr("Link"), tr("Link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                    &MarkdownEditor::insertLink);
    if (QWidget *button = m_toolBar->widgetForAction(bold)) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    if (QWidget *button = m_toolBar->widgetForAction(italic)) {
        QFont font = button->font();
        font.setItalic(true);
        button->setFont(font);
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_previewAction = new QAction(tr("Preview"), this);
    m_previewAction->setObjectName(QStringLiteral("actionPreview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previewAction->setToolTip(tr("Show the text as it will look (%1)")
                                    .arg(m_previewAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previewAction, &QAction::toggled, this, &MarkdownEditor::setPreviewVisible);
    m_toolBar->addAction(m_previewAction);
    addAction(m_previewAction);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &MarkdownEditor::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        if (!m_settingText)
            emit textEdited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_text);

    createHighlighter();
}

MarkdownEditor::~MarkdownEditor()
{
    // The text field loses the focus as it goes: that is not the user finishing an edit.
    m_text->removeEventFilter(this);
}

QAction *MarkdownEditor::addFormatAction(const QString &text, const QString &symbol, const QKeySequence &shortcut,
                                         void (MarkdownEditor::*slot)())
{
    auto *action = new QAction(symbol, this);
    action->setObjectName(QStringLiteral("action") + text.simplified().remove(QLatin1Char(' ')));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(text);
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    addAction(action);
    return action;
}

void MarkdownEditor::createHighlighter()
{
    delete m_highlighter;
    m_highlighter = createMarkdownHighlighter(m_text->document(), palette());
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    // The highlighter's colours follow the palette: a switch to a dark theme makes a new one.
    if (event->type() == QEvent::PaletteChange)
        createHighlighter();
    QWidget::changeEvent(event);
}

bool MarkdownEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        emit editingFinished();
    return QWidget::eventFilter(watched, event);
}

QString MarkdownEditor::text() const
{
    return m_text->toPlainText();
}

void MarkdownEditor::setText(const QString &text)
{
    if (text == m_text->toPlainText())
        return;
    m_settingText = true;
    const int position = m_text->textCursor().position();
    m_text->setPlainText(text);
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    m_text->setTextCursor(cursor);
    m_settingText = false;
    updatePreview();
}

void MarkdownEditor::insertText(const QString &text)
{
    m_text->textCursor().insertText(text);
    m_text->ensureCursorVisible();
}

bool MarkdownEditor::isPreviewVisible() const
{
    return !m_preview->isHidden();
}

void MarkdownEditor::setPreviewVisible(bool visible)
{
    m_preview->setVisible(visible);
    {
        const QSignalBlocker blocker(m_previewAction);
        m_previewAction->setChecked(visible);
    }
    if (visible)
        updatePreview();
}

void MarkdownEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_text->setPlaceholderText(text);
}

void MarkdownEditor::updatePreview()
{
    m_previewTimer->stop();
    if (m_preview->isHidden())
        return;
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->document()->setMarkdown(m_text->toPlainText());
    if (m_preview->verticalScrollBar())
        m_preview->verticalScrollBar()->setValue(scroll);
}

void MarkdownEditor::wrapSelection(const QString &marker)
{
    if (m_text->isReadOnly())
        return;
    QTextCursor cursor = m_text->textCursor();
    const int n = int(marker.size());
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, n);
        cursor.endEditBlock();
        m_text->setTextCursor(cursor);
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString all = m_text->toPlainText();
    const QString selected = all.mid(start, end - start);
    // Markers inside the selection, or just around it, come off again.
    if (selected.size() >= 2 * n && selected.startsWith(marker) && selected.endsWith(marker)) {
        cursor.insertText(selected.mid(n, selected.size() - 2 * n));
        cursor.setPosition(start);
        cursor.setPosition(end - 2 * n, QTextCursor::KeepAnchor);
    } else if (start >= n && all.mid(start - n, n) == marker && all.mid(end, n) == marker) {
        cursor.setPosition(end);
        cursor.setPosition(end + n, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start - n);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start - n);
        cursor.setPosition(end - n, QTextCursor::KeepAnchor);
    } else {
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + n);
        cursor.setPosition(end + n, QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
}

void MarkdownEditor::toggleBold()
{
    wrapSelection(QStringLiteral("**"));
}

void MarkdownEditor::toggleItalic()
{
    wrapSelection(QStringLiteral("*"));
}

void MarkdownEditor::togglePrefix(const QString &prefix, const QString &pattern)
{
    if (m_text->isReadOnly())
        return;
    const QRegularExpression existing(pattern);
    QTextCursor cursor = m_text->textCursor();
    QTextDocument *document = m_text->document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    // When every line has the mark, it comes off; otherwise every line gets it.
    bool allMarked = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (!existing.match(b.text()).hasMatch())
            allMarked = false;
        if (b == last)
            break;
    }
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor line(b);
        const QRegularExpressionMatch match = existing.match(b.text());
        if (match.hasMatch()) {
            line.setPosition(b.position() + int(match.capturedLength()), QTextCursor::KeepAnchor);
            line.insertText(allMarked ? QString() : prefix);
        } else if (!allMarked) {
            line.insertText(prefix);
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
}

void MarkdownEditor::toggleHeading()
{
    togglePrefix(QStringLiteral("## "), QStringLiteral("^#{1,6}\\s+"));
}

void MarkdownEditor::toggleList()
{
    togglePrefix(QStringLiteral("- "), QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s+"));
}

void MarkdownEditor::insertLink()
{
    if (m_text->isReadOnly())
        return;
    QTextCursor cursor = m_text->textCursor();
    const QString selected = cursor.selectedText().simplified();
    const bool isAddress = selected.startsWith(QLatin1String("http://")) || selected.startsWith(QLatin1String("https://"))
        || selected.startsWith(QLatin1String("mailto:"));
    const QString label = isAddress || selected.isEmpty() ? tr("text") : selected;
    const QString address = isAddress ? selected : QStringLiteral("https://");
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("[") + label + QStringLiteral("](") + address + QStringLiteral(")"));
    cursor.endEditBlock();
    // Select what is still to be typed: the label of an address, the address of a label.
    if (isAddress || selected.isEmpty()) {
        cursor.setPosition(start + 1);
        cursor.setPosition(start + 1 + int(label.size()), QTextCursor::KeepAnchor);
    } else {
        const int addressStart = start + int(label.size()) + 3;
        cursor.setPosition(addressStart);
        cursor.setPosition(addressStart + int(address.size()), QTextCursor::KeepAnchor);
    }
    m_text->setTextCursor(cursor);
}

} // namespace Inroad
