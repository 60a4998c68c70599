#include "peopleview.h"

#include "emptystate.h"
#include "recordtable.h"
#include "personform.h"
#include "personlistmodel.h"
#include "recordcommands.h"
#include "stagedelegate.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Inroad {

namespace {

QString shortcutText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

PeopleView::PeopleView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new PersonListModel(workspace.people(), workspace.organizations(), &undoStack, this))
{
    m_listPane = new QWidget;
    m_stageFilter = new QComboBox;
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->addItem(tr("All stages"), -1);
    for (int stage = 0; stage < kPipelineStageCount; ++stage)
        m_stageFilter->addItem(pipelineStageName(PipelineStage(stage)), stage);
    auto *stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stageFilter);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setStageFilter(m_stageFilter->itemData(index).toInt()); });
    m_filterBar = new QWidget;
    auto *filterRow = new QHBoxLayout(m_filterBar);
    filterRow->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 4, 0, 2);
    filterRow->addWidget(stageLabel);
    filterRow->addWidget(m_stageFilter);
    filterRow->addStretch();

    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People"));
    // Connected before the list's selection model exists, so this runs before the selection
    // model moves the current index away from a row that an edit takes out of the list.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last && !m_form->isCreating()
            && idAt(current.row()) == m_form->personId())
            m_reselectId = m_form->personId();
    });
    m_list->setModel(m_model);
    m_list->setItemDelegateForColumn(PersonListModel::StageColumn, new StageDelegate(m_list));
    setUpRecordTable(m_list, PersonListModel::LastNameColumn, QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(PersonListModel::FirstNameColumn, charWidth * 13);
    m_list->setColumnWidth(PersonListModel::LastNameColumn, charWidth * 14);
    m_list->setColumnWidth(PersonListModel::OrganizationColumn, charWidth * 20);
    m_list->setColumnWidth(PersonListModel::TitleColumn, charWidth * 20);
    m_list->setColumnWidth(PersonListModel::StageColumn, charWidth * 17);
    m_list->setColumnWidth(PersonListModel::EmailColumn, charWidth * 26);

    m_noPeople = new EmptyState;
    m_noPeople->setObjectName(QStringLiteral("noPeopleState"));
    m_noPeople->setTitle(tr("No people yet"));
    m_noPeople->setText(tr("Add the first person you’d like to learn from (%1), or open the sample workspace to "
                           "look around.")
                            .arg(shortcutText(QKeySequence::New)));
    connect(m_noPeople->addButton(tr("Add Person")), &QPushButton::clicked, this, &PeopleView::addNew);
    connect(m_noPeople->addButton(tr("Open Sample Workspace")), &QPushButton::clicked, this,
            &PeopleView::openSampleRequested);
    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    connect(m_noMatch->addButton(tr("Clear Filter")), &QPushButton::clicked, this, &PeopleView::clearFilter);

    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_noPeople);
    m_listPages->addWidget(m_noMatch);
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listPages, 1);

    m_form = new PersonForm(workspace, undoStack);
    m_form->setObjectName(QStringLiteral("personForm"));
    connect(m_form, &PersonForm::organizationActivated, this, &PeopleView::organizationActivated);
    connect(m_form, &PersonForm::addRequested, this, &PeopleView::addNew);
    connect(m_form, &PersonForm::leaveRequested, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    connect(m_form, &PersonForm::creatingChanged, this, [this](bool creating) {
        m_listPane->setEnabled(!creating);
        updateState();
    });
    connect(m_form, &PersonForm::personCreated, this, [this](qint64 id) {
        selectPerson(id);
        if (const std::optional<Person> person = m_workspace.people().find(id))
            setMessage(tr("Added %1").arg(person->displayName()));
    });
    connect(m_form, &PersonForm::creationCancelled, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleView::currentRowChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        emit canDeleteChanged();
        emit statusTextChanged();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { m_form->focusFirstField(); });

    // Connected after the model's own connections: the list has been updated when these run.
    PersonRepository &people = workspace.people();
    connect(&people, &PersonRepository::added, this, &PeopleView::updateState);
    connect(&people, &PersonRepository::reloaded, this, [this] {
        if (m_form->personId() > 0)
            selectPerson(m_form->personId());
        updateState();
    });
    connect(&people, &PersonRepository::changed, this, &PeopleView::personChanged);
    connect(&people, &PersonRepository::removed, this, [this](qint64 id) {
        if (id == m_reselectId)
            m_reselectId = 0;
        updateState();
    });
    const auto organizationsChanged = [this] {
        // The list may have been reloaded (an organization's name is part of the search).
        if (m_form->personId() > 0 && m_model->rowOfId(m_form->personId()) < 0)
            selectPerson(m_form->personId());
        updateState();
    };
    OrganizationRepository &organizations = workspace.organizations();
    connect(&organizations, &OrganizationRepository::added, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::changed, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::removed, this, organizationsChanged);
    // Undo or redo makes a "Deleted …" message out of date.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { setMessage(QString()); });

    restoreListLayout(QStringLiteral("people"), m_splitter, m_list, {550, 450});
    updateState();
}

PeopleView::~PeopleView()
{
    saveListLayout(QStringLiteral("people"), m_splitter, m_list);
}

QString PeopleView::title() const
{
    return tr("People");
}

void PeopleView::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    m_model->setFilterText(simplified);
    setMessage(QString());
    if (m_form->personId() > 0)
        selectPerson(m_form->personId());
    updateState();
}

void PeopleView::setStageFilter(int stage)
{
    const int index = m_stageFilter->findData(stage);
    if (index >= 0 && index != m_stageFilter->currentIndex()) {
        m_stageFilter->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    if (m_model->query().stage == stage)
        return;
    m_model->setStageFilter(stage);
    setMessage(QString());
    if (m_form->personId() > 0)
        selectPerson(m_form->personId());
    updateState();
}

void PeopleView::clearFilter()
{
    m_stageFilter->setCurrentIndex(0);
    if (!m_filterText.isEmpty()) {
        setFilterText(QString());
        emit filterClearRequested();
    }
}

void PeopleView::addNew()
{
    setMessage(QString());
    m_form->startNewPerson();
}

void PeopleView::deleteSelected()
{
    if (m_form->isCreating())
        return;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QPair<qint64, QString>> targets;
    for (const QModelIndex &index : std::as_const(rows)) {
        const Person &person = m_model->recordAt(index.row());
        const QString name = person.displayName();
        targets.append({person.id, name.isEmpty() ? tr("an unnamed person") : name});
    }
    if (targets.isEmpty())
        return;

    const QString what = targets.size() == 1 ? targets.first().second : tr("%n people", nullptr, int(targets.size()));
    PersonRepository &people = m_workspace.people();
    m_undoStack.beginMacro(tr("Delete %1").arg(what));
    for (const auto &[id, name] : std::as_const(targets))
        m_undoStack.push(new RemoveRecordCommand<PersonRepository>(people, id, tr("Delete %1").arg(name)));
    m_undoStack.endMacro();

    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    setMessage(tr("Deleted %1 (Undo: %2)").arg(what, shortcutText(QKeySequence::Undo)));
}

bool PeopleView::canDelete() const
{
    return !m_form->isCreating() && m_list->selectionModel()->hasSelection();
}

QString PeopleView::statusText() const
{
    QString counts;
    if (m_totalCount == 0)
        counts = tr("No people yet");
    else if (!isFiltered())
        counts = m_totalCount == 1 ? tr("1 person") : tr("%n people", nullptr, m_totalCount);
    else if (m_totalCount == 1)
        counts = tr("%1 of 1 person shown").arg(m_shownCount);
    else
        counts = tr("%1 of %n people shown", nullptr, m_totalCount).arg(m_shownCount);
    const int selected = selectedCount();
    if (selected > 1)
        counts = tr("%1, %2 selected").arg(counts).arg(selected);
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void PeopleView::showRecord(qint64 id)
{
    if (m_form->isCreating())
        m_form->cancelNewPerson();
    if (!m_workspace.people().find(id))
        return;
    if (m_model->ensureLoaded(id) < 0 && isFiltered())
        clearFilter();
    const QScopedValueRollback<bool> showing(m_showingRecord, true);
    selectPerson(id);
    if (m_form->personId() != id)
        m_form->showPerson(id);
}

QAbstractItemView *PeopleView::listView() const
{
    return m_list;
}

qint64 PeopleView::currentPersonId() const
{
    return m_form->personId();
}

void PeopleView::selectPerson(qint64 id)
{
    const int row = m_model->ensureLoaded(id);
    QItemSelectionModel *selection = m_list->selectionModel();
    if (row < 0) {
        // Not in the list as it is filtered; the form keeps showing them.
        selection->clear();
        return;
    }
    const int column = m_list->currentIndex().isValid() ? m_list->currentIndex().column() : 0;
    const QModelIndex index = m_model->index(row, column);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void PeopleView::currentRowChanged(const QModelIndex &current)
{
    if (m_reselectId != 0) {
        // The shown person's row is only leaving because an edit moved it; personChanged()
        // puts the selection back on them.
        if (m_workspace.people().find(m_reselectId))
            return;
        m_reselectId = 0;
    }
    if (!current.isValid() || m_form->isCreating())
        return;
    const qint64 id = idAt(current.row());
    if (id != m_form->personId()) {
        m_form->showPerson(id);
        if (!m_showingRecord)
            emit personSelected(id);
    }
}

void PeopleView::personChanged(qint64 id)
{
    if (id == m_reselectId) {
        m_reselectId = 0;
        selectPerson(id);
    } else if (id == m_form->personId()) {
        // The edit may have moved the row: keep it in sight.
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && idAt(current.row()) == id)
            m_list->scrollTo(current);
    }
    updateState();
}

void PeopleView::updateState()
{
    PersonRepository &people = m_workspace.people();
    m_totalCount = people.count();
    m_shownCount = isFiltered() ? people.count(m_model->query()) : m_totalCount;

    m_filterBar->setVisible(m_totalCount > 0);
    if (m_totalCount == 0) {
        m_listPages->setCurrentWidget(m_noPeople);
    } else if (m_shownCount == 0) {
        const QString text = m_filterText;
        const int stage = m_model->query().stage;
        const QString stageName = stage >= 0 ? pipelineStageName(PipelineStage(stage)) : QString();
        if (stage < 0) {
            m_noMatch->setTitle(tr("No one matches “%1”").arg(text));
            m_noMatch->setText(tr("Check the spelling, or search for part of a name, an organization, a job title "
                                  "or a tag."));
        } else if (text.isEmpty()) {
            m_noMatch->setTitle(tr("No one is at the “%1” stage").arg(stageName));
            m_noMatch->setText(tr("Choose another stage, or clear the filter to see everyone."));
        } else {
            m_noMatch->setTitle(tr("No one at the “%1” stage matches “%2”").arg(stageName, text));
            m_noMatch->setText(tr("Clear the filter to see everyone."));
        }
        m_listPages->setCurrentWidget(m_noMatch);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    // In an empty workspace the "No people yet" message says it all; the form appears for a new person.
    m_form->setVisible(m_totalCount > 0 || m_form->isCreating());
    emit statusTextChanged();
    emit canDeleteChanged();
}

void PeopleView::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

qint64 PeopleView::idAt(int row) const
{
    return row >= 0 && row < m_model->rowCount() ? m_model->recordAt(row).id : 0;
}

bool PeopleView::isFiltered() const
{
    return !m_model->query().text.isEmpty() || m_model->query().stage >= 0;
}

int PeopleView::selectedCount() const
{
    return int(m_list->selectionModel()->selectedRows().size());
}

} // namespace Inroad
