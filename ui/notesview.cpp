#include "notesview.h"

#include "emptystate.h"
#include "markdowneditor.h"
#include "noteeditor.h"
#include "notelistmodel.h"
#include "notesubjectdialog.h"
#include "recordcommands.h"
#include "recordtable.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

constexpr int kEveryNote = -1;

QString areaKeyOf(NoteSubject subject)
{
    switch (subject) {
    case NoteSubject::Person: return QStringLiteral("people");
    case NoteSubject::Organization: return QStringLiteral("organizations");
    case NoteSubject::Interview: return QStringLiteral("interviews");
    case NoteSubject::Field: break;
    }
    return {};
}

} // namespace

NotesView::NotesView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new NoteListModel(workspace, this))
{
    m_subjectFilter = new QComboBox;
    m_subjectFilter->setObjectName(QStringLiteral("noteSubjectFilter"));
    m_subjectFilter->addItem(tr("All notes"), kEveryNote);
    m_subjectFilter->addItem(tr("About people"), int(NoteSubject::Person));
    m_subjectFilter->addItem(tr("About organizations"), int(NoteSubject::Organization));
    m_subjectFilter->addItem(tr("About career fields"), int(NoteSubject::Field));
    m_subjectFilter->addItem(tr("About interviews"), int(NoteSubject::Interview));
    auto *filterLabel = new QLabel(tr("S&how:"));
    filterLabel->setBuddy(m_subjectFilter);
    connect(m_subjectFilter, &QComboBox::currentIndexChanged, this, &NotesView::applySubjectFilter);
    auto *filterBar = new QWidget;
    auto *filterRow = new QHBoxLayout(filterBar);
    filterRow->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 4, 0, 2);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_subjectFilter);
    filterRow->addStretch();

    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("noteTable"));
    m_list->setAccessibleName(tr("Notes"));
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last)
            m_keepSelected = m_model->recordAt(current.row()).id;
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_keepSelected == 0)
            m_keepSelected = m_editor->noteId();
    });
    m_list->setModel(m_model);
    setUpRecordTable(m_list, -1, QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(false);
    m_list->horizontalHeader()->setSortIndicatorShown(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int charWidth = fontMetrics().averageCharWidth();
    // Wide enough for the longest date of the locale's short format.
    const QString longDate = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    m_list->setColumnWidth(NoteListModel::DateColumn, fontMetrics().horizontalAdvance(longDate) + charWidth * 3);
    m_list->setColumnWidth(NoteListModel::SubjectColumn, charWidth * 22);
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_empty = new EmptyState;
    m_empty->setObjectName(QStringLiteral("noNotesState"));
    connect(m_empty->addButton(tr("New Note")), &QPushButton::clicked, this, &NotesView::addNew);
    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_empty);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(filterBar);
    listLayout->addWidget(m_listPages, 1);

    m_editor = new NoteEditor(workspace, undoStack);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setSubjectShown(true);
    connect(m_editor, &NoteEditor::subjectActivated, this, [this](NoteSubject subject, qint64 id) {
        if (const QString key = areaKeyOf(subject); !key.isEmpty())
            emit recordRequested(key, id);
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_keepSelected = 0;
            m_editor->showNote(m_model->recordAt(current.row()).id);
        }
        emit canDeleteChanged();
    });
    const auto afterChange = [this] {
        if (m_keepSelected != 0) {
            const qint64 id = m_keepSelected;
            m_keepSelected = 0;
            if (m_model->rowOfId(id) >= 0)
                select(id);
        }
        updateState();
    };
    NoteRepository &notes = workspace.notes();
    connect(&notes, &NoteRepository::added, this, afterChange);
    connect(&notes, &NoteRepository::changed, this, afterChange);
    connect(&notes, &NoteRepository::removed, this, afterChange);
    connect(&notes, &NoteRepository::reloaded, this, afterChange);

    restoreListLayout(QStringLiteral("notes"), m_splitter, m_list, {460, 740});
    // The newest note is open from the start, ready to read on.
    if (m_model->rowCount() > 0)
        select(m_model->recordAt(0).id);
    updateState();
}

NotesView::~NotesView()
{
    saveListLayout(QStringLiteral("notes"), m_splitter, m_list);
}

QString NotesView::title() const
{
    return tr("Notes");
}

void NotesView::setFilterText(const QString &text)
{
    m_filterText = text.simplified();
    m_model->setFilterText(m_filterText);
    if (m_editor->noteId() > 0)
        select(m_editor->noteId());
    updateState();
}

void NotesView::applySubjectFilter()
{
    const int value = m_subjectFilter->currentData().toInt();
    m_model->setSubjectFilter(value == kEveryNote ? std::nullopt : std::optional<NoteSubject>(NoteSubject(value)));
    if (m_editor->noteId() > 0)
        select(m_editor->noteId());
    updateState();
}

void NotesView::addNew()
{
    NoteSubjectDialog dialog(m_workspace, this);
    const int filter = m_subjectFilter->currentData().toInt();
    if (filter != kEveryNote)
        dialog.setSubject(NoteSubject(filter));
    if (dialog.exec() != QDialog::Accepted || dialog.subjectId() <= 0)
        return;
    addNote(dialog.subject(), dialog.subjectId());
}

qint64 NotesView::addNote(NoteSubject subject, qint64 id)
{
    m_editor->flush();
    Note note;
    note.setSubject(subject, id);
    note.notedOn = QDate::currentDate();
    auto *command = new AddRecordCommand<NoteRepository, Note>(m_workspace.notes(), note, tr("New Note"));
    m_undoStack.push(command);
    const qint64 noteId = command->recordId();
    if (noteId <= 0)
        return 0;
    showRecord(noteId);
    m_editor->markdown()->setFocus(Qt::OtherFocusReason);
    return noteId;
}

void NotesView::deleteSelected()
{
    m_editor->flush();
    const std::optional<Note> note = m_workspace.notes().find(m_editor->noteId());
    if (!note)
        return;
    m_undoStack.push(new RemoveRecordCommand<NoteRepository>(
        m_workspace.notes(), note->id, tr("Delete Note “%1”").arg(NoteListModel::displayTitle(*note))));
}

bool NotesView::canDelete() const
{
    // Delete in the text deletes text: only the list's selection is deleted as a whole.
    return m_editor->noteId() > 0 && m_list->selectionModel()->hasSelection();
}

QString NotesView::statusText() const
{
    const int total = m_workspace.notes().count();
    const int shown = m_model->totalCount();
    if (total == 0)
        return tr("No notes yet");
    if (shown == total)
        return tr("%n note(s)", nullptr, total);
    return tr("%1 of %n note(s) shown", nullptr, total).arg(shown);
}

void NotesView::showRecord(qint64 id)
{
    if (!m_workspace.notes().find(id))
        return;
    if (m_model->ensureLoaded(id) < 0) {
        // Not in the current view of the list: show every note, unfiltered.
        m_subjectFilter->setCurrentIndex(0);
        if (!m_filterText.isEmpty()) {
            emit filterClearRequested();
            setFilterText(QString());
        }
    }
    select(id);
    m_editor->showNote(id);
    updateState();
}

void NotesView::select(qint64 id)
{
    selectRecordRow(m_list, m_model, id);
}

void NotesView::updateState()
{
    const int total = m_workspace.notes().count();
    if (total == 0) {
        m_empty->setTitle(tr("No notes yet"));
        m_empty->setText(tr("Take brief notes during a conversation and finish them right after. Notes can be about a "
                            "person, an organization, a career field or an interview; the Notes tab of each has its "
                            "own."));
        m_listPages->setCurrentWidget(m_empty);
    } else if (m_model->totalCount() == 0) {
        m_empty->setTitle(m_filterText.isEmpty() ? tr("Nothing here") : tr("No note matches “%1”").arg(m_filterText));
        m_empty->setText(tr("Choose another view in “Show”, or clear the search field."));
        m_listPages->setCurrentWidget(m_empty);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    emit statusTextChanged();
    emit canDeleteChanged();
}

} // namespace Inroad
