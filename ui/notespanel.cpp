#include "notespanel.h"

#include "emptystate.h"
#include "markdowneditor.h"
#include "noteeditor.h"
#include "notelistmodel.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

bool isAbout(const Note &note, NoteSubject subject, qint64 id)
{
    return note.subject() == subject && note.subjectId() == id;
}

} // namespace

NotesPanel::NotesPanel(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    const QKeySequence newShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_add = new QPushButton(tr("New Note"));
    m_add->setObjectName(QStringLiteral("newNoteButton"));
    m_add->setToolTip(tr("Start a note dated today (%1)").arg(newShortcut.toString(QKeySequence::NativeText)));
    connect(m_add, &QPushButton::clicked, this, [this] { addNote(false); });
    auto *addAction = new QAction(this);
    addAction->setShortcut(newShortcut);
    addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addAction, &QAction::triggered, this, [this] { addNote(false); });
    this->addAction(addAction);

    m_addReflection = new QPushButton(tr("After the &Interview"));
    m_addReflection->setObjectName(QStringLiteral("newReflectionNoteButton"));
    m_addReflection->setToolTip(tr("Start a note with headings for what you learned, what you still want to know, "
                                   "next steps, impressions and referrals"));
    connect(m_addReflection, &QPushButton::clicked, this, [this] { addNote(true); });

    m_delete = new QPushButton(tr("&Delete Note"));
    m_delete->setObjectName(QStringLiteral("deleteNoteButton"));
    m_delete->setToolTip(tr("Delete the selected note; Edit ▸ Undo brings it back"));
    connect(m_delete, &QPushButton::clicked, this, &NotesPanel::deleteSelectedNote);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_editor->showNote(item ? item->data(Qt::UserRole).toLongLong() : 0);
        updateButtons();
    });
    auto *deleteKey = new QAction(m_list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &NotesPanel::deleteSelectedNote);
    m_list->addAction(deleteKey);

    m_editor = new NoteEditor(workspace, undoStack);
    m_editor->setObjectName(QStringLiteral("noteEditor"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_addReflection);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 28, fontMetrics().averageCharWidth() * 90});

    m_empty = new EmptyState;
    m_empty->setObjectName(QStringLiteral("noNotes"));
    m_empty->setTitle(tr("No notes yet"));
    m_empty->setText(tr("Jot down what you hear during a conversation and finish the notes right after. Notes are "
                        "Markdown, dated, and found again with Search Everywhere (Ctrl+K)."));
    connect(m_empty->addButton(tr("New Note")), &QPushButton::clicked, this, [this] { addNote(false); });

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(splitter);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(listPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_pages, 1);

    // Changes come from this panel, from the Notes area and from undo: the list follows all of them.
    NoteRepository &notes = m_workspace.notes();
    connect(&notes, &NoteRepository::added, this, &NotesPanel::scheduleReload);
    connect(&notes, &NoteRepository::changed, this, &NotesPanel::scheduleReload);
    connect(&notes, &NoteRepository::removed, this, [this](qint64) { scheduleReload(0); });
    connect(&notes, &NoteRepository::reloaded, this, [this] { scheduleReload(0); });
    updateButtons();
}

void NotesPanel::setSubject(NoteSubject subject, qint64 id)
{
    if (subject == m_subject && id == m_subjectId)
        return;
    m_editor->flush();
    m_subject = subject;
    m_subjectId = id;
    m_addReflection->setVisible(subject == NoteSubject::Interview);
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateTab();
}

void NotesPanel::addAsTab(QTabWidget *tabs)
{
    m_tabs = tabs;
    tabs->addTab(this, tr("&Notes"));
    connect(this, &NotesPanel::noteCountChanged, this, &NotesPanel::updateTab);
    updateTab();
}

void NotesPanel::updateTab()
{
    if (!m_tabs)
        return;
    const int index = m_tabs->indexOf(this);
    if (index < 0)
        return;
    const int count = m_subjectId > 0 ? m_list->count() : 0;
    m_tabs->setTabText(index, count > 0 ? tr("&Notes (%1)").arg(count) : tr("&Notes"));
    m_tabs->setTabEnabled(index, m_subjectId > 0);
}

int NotesPanel::noteCount() const
{
    return m_list->count();
}

void NotesPanel::scheduleReload(qint64 id)
{
    if (m_subjectId == 0 || m_reloadPending)
        return;
    // Only a note about this record, or a deleted one, can change the list.
    if (id > 0) {
        const std::optional<Note> note = m_workspace.notes().find(id);
        if (note && !isAbout(*note, m_subject, m_subjectId)) {
            bool listed = false;
            for (int row = 0; row < m_list->count() && !listed; ++row)
                listed = m_list->item(row)->data(Qt::UserRole).toLongLong() == id;
            if (!listed)
                return;
        }
    }
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void NotesPanel::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    QList<Note> notes;
    switch (m_subject) {
    case NoteSubject::Person: notes = m_workspace.notes().forPerson(m_subjectId); break;
    case NoteSubject::Organization: notes = m_workspace.notes().forOrganization(m_subjectId); break;
    case NoteSubject::Field: notes = m_workspace.notes().forField(m_subjectId); break;
    case NoteSubject::Interview: notes = m_workspace.notes().forInterview(m_subjectId); break;
    }
    if (m_subjectId == 0)
        notes.clear();
    const int before = m_list->count();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QLocale locale;
        for (const Note &note : std::as_const(notes)) {
            auto *item = new QListWidgetItem(tr("%1 · %2").arg(locale.toString(note.notedOn, QLocale::ShortFormat),
                                                                NoteListModel::displayTitle(note)),
                                             m_list);
            item->setData(Qt::UserRole, note.id);
            item->setToolTip(note.body.left(400));
            if (note.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0 && selected != 0)
        m_list->setCurrentRow(0);
    const qint64 shown = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    if (shown != m_editor->noteId())
        m_editor->showNote(shown);
    m_pages->setCurrentIndex(notes.isEmpty() ? 0 : 1);
    updateButtons();
    if (before != m_list->count())
        emit noteCountChanged(m_list->count());
}

void NotesPanel::selectNote(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void NotesPanel::addNote(bool postInterview)
{
    if (m_subjectId == 0)
        return;
    m_editor->flush();
    Note note;
    note.setSubject(m_subject, m_subjectId);
    note.notedOn = QDate::currentDate();
    auto *command = new AddRecordCommand<NoteRepository, Note>(m_workspace.notes(), note, tr("New Note"));
    m_undoStack.push(command);
    const qint64 id = command->recordId();
    if (id <= 0)
        return;
    reload();
    selectNote(id);
    if (postInterview)
        m_editor->insertPostInterviewTemplate();
    m_editor->markdown()->setFocus(Qt::OtherFocusReason);
}

void NotesPanel::deleteSelectedNote()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int row = m_list->row(item);
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    m_editor->flush();
    const std::optional<Note> note = m_workspace.notes().find(id);
    if (!note)
        return;
    m_undoStack.push(new RemoveRecordCommand<NoteRepository>(
        m_workspace.notes(), id, tr("Delete Note “%1”").arg(NoteListModel::displayTitle(*note))));
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void NotesPanel::updateButtons()
{
    // Without notes the empty state offers New Note itself: one such button, not two.
    const bool empty = m_pages->currentWidget() == m_empty;
    m_add->setVisible(!empty);
    m_delete->setVisible(!empty);
    m_add->setEnabled(m_subjectId > 0);
    m_addReflection->setEnabled(m_subjectId > 0);
    m_delete->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace Inroad
