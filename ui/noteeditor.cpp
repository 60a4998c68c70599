#include "noteeditor.h"

#include "emptystate.h"
#include "markdowneditor.h"
#include "notelistmodel.h"
#include "notetemplate.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

bool sameContent(const Note &a, const Note &b)
{
    return a.title == b.title && a.body == b.body && a.notedOn == b.notedOn && a.personId == b.personId
        && a.organizationId == b.organizationId && a.fieldId == b.fieldId && a.interviewId == b.interviewId;
}

QString subjectKey(NoteSubject subject)
{
    switch (subject) {
    case NoteSubject::Person: return QStringLiteral("person");
    case NoteSubject::Organization: return QStringLiteral("organization");
    case NoteSubject::Field: return QStringLiteral("field");
    case NoteSubject::Interview: return QStringLiteral("interview");
    }
    return {};
}

} // namespace

NoteEditor::NoteEditor(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    m_empty = new EmptyState;
    m_empty->setObjectName(QStringLiteral("noNoteShown"));
    setEmptyText(tr("No note selected"), tr("Choose a note from the list, or start a new one."));

    m_subject = new QLabel;
    m_subject->setObjectName(QStringLiteral("noteSubject"));
    m_subject->setTextFormat(Qt::RichText);
    m_subject->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_subject->hide();
    connect(m_subject, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!m_saved)
            return;
        if (const std::optional<NoteSubject> subject = m_saved->subject(); subject && link == subjectKey(*subject))
            emit subjectActivated(*subject, m_saved->subjectId());
    });

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Title (optional)"));
    m_title->setMaxLength(300);
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::scheduleSave);
    connect(m_title, &QLineEdit::editingFinished, this, &NoteEditor::flush);

    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("noteDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day this note is about"));
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            flush();
    });

    m_markdown = new MarkdownEditor;
    m_markdown->setObjectName(QStringLiteral("noteText"));
    m_markdown->setPlaceholderText(tr("Write in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)"));
    connect(m_markdown, &MarkdownEditor::textEdited, this, &NoteEditor::scheduleSave);
    connect(m_markdown, &MarkdownEditor::editingFinished, this, &NoteEditor::flush);

    auto *templateAction = new QAction(tr("Post-interview Template"), this);
    templateAction->setObjectName(QStringLiteral("actionPostInterviewTemplate"));
    templateAction->setToolTip(tr("Insert headings for what you learned, what you still want to know, next steps, "
                                  "impressions and referrals (%1)")
                                   .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T).toString(QKeySequence::NativeText)));
    templateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    templateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(templateAction, &QAction::triggered, this, &NoteEditor::insertPostInterviewTemplate);
    QToolBar *toolBar = m_markdown->toolBar();
    toolBar->insertAction(m_markdown->previewAction(), templateAction);
    toolBar->insertSeparator(m_markdown->previewAction());
    addAction(templateAction);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kSavePauseMs);
    connect(m_pause, &QTimer::timeout, this, &NoteEditor::flush);

    auto *page = new QWidget;
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_date);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_subject);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_markdown, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_workspace.notes(), &NoteRepository::changed, this, &NoteEditor::storedNoteChanged);
    connect(&m_workspace.notes(), &NoteRepository::removed, this, [this](qint64 id) {
        if (id == noteId()) {
            m_pause->stop();
            m_saved.reset();
            m_pages->setCurrentWidget(m_empty);
        }
    });
}

NoteEditor::~NoteEditor()
{
    // Closing the window hides the editor first, which saves; this is for an editor deleted while
    // shown.
    if (hasPendingEdits())
        flush();
    // The fields signal as they are destroyed, after this editor is gone.
    m_markdown->disconnect(this);
    m_title->disconnect(this);
    m_date->disconnect(this);
}

void NoteEditor::setEmptyText(const QString &title, const QString &text)
{
    m_empty->setTitle(title);
    m_empty->setText(text);
}

void NoteEditor::setSubjectShown(bool shown)
{
    m_subjectShown = shown;
    updateSubjectLabel();
}

void NoteEditor::showNote(qint64 id)
{
    if (id == noteId() && m_saved)
        return;
    flush();
    const std::optional<Note> note = id > 0 ? m_workspace.notes().find(id) : std::nullopt;
    if (!note) {
        m_saved.reset();
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    load(*note);
    m_pages->setCurrentIndex(1);
}

void NoteEditor::load(const Note &note)
{
    m_loading = true;
    m_saved = note;
    if (m_title->text() != note.title)
        m_title->setText(note.title);
    m_date->setDate(note.notedOn.isValid() ? note.notedOn : QDate::currentDate());
    m_markdown->setText(note.body);
    m_loading = false;
    updateSubjectLabel();
}

void NoteEditor::updateSubjectLabel()
{
    const std::optional<NoteSubject> subject = m_saved ? m_saved->subject() : std::nullopt;
    m_subject->setVisible(m_subjectShown && subject);
    if (!m_subjectShown || !subject)
        return;
    // Career fields have no page of their own to open.
    const QString name = m_saved->subjectName.toHtmlEscaped();
    const QString shown = *subject == NoteSubject::Field
        ? name
        : QStringLiteral("<a href=\"%1\">%2</a>").arg(subjectKey(*subject), name);
    m_subject->setText(tr("About: %1").arg(shown));
}

Note NoteEditor::current() const
{
    Note note = *m_saved;
    note.title = m_title->text().trimmed();
    note.body = m_markdown->text();
    note.notedOn = m_date->date();
    return note;
}

bool NoteEditor::hasPendingEdits() const
{
    return m_saved && !sameContent(current(), *m_saved);
}

void NoteEditor::scheduleSave()
{
    if (!m_loading && m_saved)
        m_pause->start();
}

bool NoteEditor::flush()
{
    m_pause->stop();
    if (m_loading || !hasPendingEdits())
        return false;
    const Note before = *m_saved;
    const Note after = current();
    // The repository's change signal comes back to storedNoteChanged(): it finds nothing new.
    m_saved = after;
    const int countBefore = m_undoStack.count();
    m_undoStack.push(new EditRecordCommand<NoteRepository, Note>(m_workspace.notes(), before, after,
                                                                 tr("Edit Note “%1”").arg(NoteListModel::displayTitle(after))));
    if (m_undoStack.count() == countBefore) {
        // The write failed (the window says why); keep the text so the user can try again.
        m_saved = before;
        return false;
    }
    return true;
}

void NoteEditor::storedNoteChanged(qint64 id)
{
    if (id != noteId() || m_pause->isActive())
        return;
    const std::optional<Note> stored = m_workspace.notes().find(id);
    if (stored && !sameContent(*stored, *m_saved))
        load(*stored);
    else if (stored)
        m_saved->subjectName = stored->subjectName;
}

void NoteEditor::insertPostInterviewTemplate()
{
    if (!m_saved)
        return;
    QPlainTextEdit *text = m_markdown->textEdit();
    QString insert = postInterviewNoteTemplate();
    // The headings start on a line of their own, after a blank line.
    const QString before = text->toPlainText().left(text->textCursor().selectionStart());
    if (!before.isEmpty())
        insert.prepend(before.endsWith(QLatin1String("\n\n")) ? QString()
                       : before.endsWith(QLatin1Char('\n'))     ? QStringLiteral("\n")
                                                                : QStringLiteral("\n\n"));
    m_markdown->insertText(insert);
    m_markdown->setFocus(Qt::OtherFocusReason);
    flush();
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

} // namespace Inroad
