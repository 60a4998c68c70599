#include "organizationsview.h"

#include "emptystate.h"
#include "recordtable.h"
#include "organizationform.h"
#include "organizationlistmodel.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
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

OrganizationsView::OrganizationsView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new OrganizationListModel(workspace.organizations(), workspace.people(), &undoStack, this))
{
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("organizationsList"));
    m_list->setAccessibleName(tr("Organizations"));
    // Connected before the list's selection model exists, so this runs before the selection
    // model moves the current index away from a row that an edit takes out of the list.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last && !m_form->isCreating()
            && idAt(current.row()) == m_form->organizationId())
            m_reselectId = m_form->organizationId();
    });
    m_list->setModel(m_model);
    setUpRecordTable(m_list, OrganizationListModel::NameColumn, QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrganizationListModel::WebsiteColumn, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(OrganizationListModel::NameColumn, charWidth * 28);
    m_list->setColumnWidth(OrganizationListModel::IndustryColumn, charWidth * 22);
    m_list->setColumnWidth(OrganizationListModel::PeopleColumn, charWidth * 9);

    m_noOrganizations = new EmptyState;
    m_noOrganizations->setObjectName(QStringLiteral("noOrganizationsState"));
    m_noOrganizations->setTitle(tr("No organizations yet"));
    m_noOrganizations->setText(
        tr("Add a place you want to learn about (%1) and keep what you find out about it here. Organizations "
           "you type in a person’s form appear here too.")
            .arg(shortcutText(QKeySequence::New)));
    connect(m_noOrganizations->addButton(tr("Add Organization")), &QPushButton::clicked, this,
            &OrganizationsView::addNew);
    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setText(tr("Check the spelling, or search for a word from the name, industry, website or your notes."));
    connect(m_noMatch->addButton(tr("Clear Filter")), &QPushButton::clicked, this, &OrganizationsView::clearFilter);

    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_noOrganizations);
    m_listPages->addWidget(m_noMatch);

    m_form = new OrganizationForm(workspace, undoStack);
    m_form->setObjectName(QStringLiteral("organizationForm"));
    connect(m_form, &OrganizationForm::personActivated, this, &OrganizationsView::personActivated);
    connect(m_form, &OrganizationForm::addRequested, this, &OrganizationsView::addNew);
    connect(m_form, &OrganizationForm::leaveRequested, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    connect(m_form, &OrganizationForm::creatingChanged, this, [this](bool creating) {
        m_listPages->setEnabled(!creating);
        updateState();
    });
    connect(m_form, &OrganizationForm::organizationCreated, this, [this](qint64 id) {
        selectOrganization(id);
        if (const std::optional<Organization> organization = m_workspace.organizations().find(id))
            setMessage(tr("Added %1").arg(organization->name));
    });
    connect(m_form, &OrganizationForm::creationCancelled, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listPages);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationsView::currentRowChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        emit canDeleteChanged();
        emit statusTextChanged();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { m_form->focusFirstField(); });

    // Connected after the model's own connections: the list has been updated when these run.
    OrganizationRepository &organizations = workspace.organizations();
    connect(&organizations, &OrganizationRepository::added, this, &OrganizationsView::updateState);
    connect(&organizations, &OrganizationRepository::reloaded, this, [this] {
        if (m_form->organizationId() > 0)
            selectOrganization(m_form->organizationId());
        updateState();
    });
    connect(&organizations, &OrganizationRepository::changed, this, &OrganizationsView::organizationChanged);
    connect(&organizations, &OrganizationRepository::removed, this, [this](qint64 id) {
        if (id == m_reselectId)
            m_reselectId = 0;
        updateState();
    });
    // Sorting by the number of people reloads the list when people join or leave.
    const auto peopleChanged = [this] {
        if (m_form->organizationId() > 0 && m_model->rowOfId(m_form->organizationId()) < 0)
            selectOrganization(m_form->organizationId());
    };
    PersonRepository &people = workspace.people();
    connect(&people, &PersonRepository::added, this, peopleChanged);
    connect(&people, &PersonRepository::changed, this, peopleChanged);
    connect(&people, &PersonRepository::removed, this, peopleChanged);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { setMessage(QString()); });

    restoreListLayout(QStringLiteral("organizations"), m_splitter, m_list, {550, 450});
    updateState();
}

OrganizationsView::~OrganizationsView()
{
    saveListLayout(QStringLiteral("organizations"), m_splitter, m_list);
}

QString OrganizationsView::title() const
{
    return tr("Organizations");
}

void OrganizationsView::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    m_model->setFilterText(simplified);
    setMessage(QString());
    if (m_form->organizationId() > 0)
        selectOrganization(m_form->organizationId());
    updateState();
}

void OrganizationsView::clearFilter()
{
    if (m_filterText.isEmpty())
        return;
    setFilterText(QString());
    emit filterClearRequested();
}

void OrganizationsView::addNew()
{
    setMessage(QString());
    m_form->startNewOrganization();
}

void OrganizationsView::deleteSelected()
{
    if (m_form->isCreating())
        return;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QPair<qint64, QString>> targets;
    for (const QModelIndex &index : std::as_const(rows)) {
        const Organization &organization = m_model->recordAt(index.row());
        targets.append({organization.id, organization.name});
    }
    if (targets.isEmpty())
        return;

    const QString what =
        targets.size() == 1 ? targets.first().second : tr("%n organizations", nullptr, int(targets.size()));
    OrganizationRepository &organizations = m_workspace.organizations();
    m_undoStack.beginMacro(tr("Delete %1").arg(what));
    for (const auto &[id, name] : std::as_const(targets))
        m_undoStack.push(new RemoveRecordCommand<OrganizationRepository>(organizations, id, tr("Delete %1").arg(name)));
    m_undoStack.endMacro();

    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_list->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    setMessage(tr("Deleted %1 (Undo: %2)").arg(what, shortcutText(QKeySequence::Undo)));
}

bool OrganizationsView::canDelete() const
{
    return !m_form->isCreating() && m_list->selectionModel()->hasSelection();
}

QString OrganizationsView::statusText() const
{
    QString counts;
    if (m_totalCount == 0)
        counts = tr("No organizations yet");
    else if (m_filterText.isEmpty())
        counts = m_totalCount == 1 ? tr("1 organization") : tr("%n organizations", nullptr, m_totalCount);
    else if (m_totalCount == 1)
        counts = tr("%1 of 1 organization shown").arg(m_shownCount);
    else
        counts = tr("%1 of %n organizations shown", nullptr, m_totalCount).arg(m_shownCount);
    const int selected = selectedCount();
    if (selected > 1)
        counts = tr("%1, %2 selected").arg(counts).arg(selected);
    return m_message.isEmpty() ? counts : tr("%1 · %2").arg(m_message, counts);
}

void OrganizationsView::showRecord(qint64 id)
{
    if (m_form->isCreating())
        m_form->cancelNewOrganization();
    if (!m_workspace.organizations().find(id))
        return;
    if (m_model->ensureLoaded(id) < 0 && !m_filterText.isEmpty())
        clearFilter();
    selectOrganization(id);
    if (m_form->organizationId() != id)
        m_form->showOrganization(id);
}

QAbstractItemView *OrganizationsView::listView() const
{
    return m_list;
}

qint64 OrganizationsView::currentOrganizationId() const
{
    return m_form->organizationId();
}

void OrganizationsView::selectOrganization(qint64 id)
{
    const int row = m_model->ensureLoaded(id);
    QItemSelectionModel *selection = m_list->selectionModel();
    if (row < 0) {
        selection->clear();
        return;
    }
    const int column = m_list->currentIndex().isValid() ? m_list->currentIndex().column() : 0;
    const QModelIndex index = m_model->index(row, column);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void OrganizationsView::currentRowChanged(const QModelIndex &current)
{
    if (m_reselectId != 0) {
        if (m_workspace.organizations().find(m_reselectId))
            return;
        m_reselectId = 0;
    }
    if (!current.isValid() || m_form->isCreating())
        return;
    const qint64 id = idAt(current.row());
    if (id != m_form->organizationId())
        m_form->showOrganization(id);
}

void OrganizationsView::organizationChanged(qint64 id)
{
    if (id == m_reselectId) {
        m_reselectId = 0;
        selectOrganization(id);
    } else if (id == m_form->organizationId()) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && idAt(current.row()) == id)
            m_list->scrollTo(current);
    }
    updateState();
}

void OrganizationsView::updateState()
{
    OrganizationRepository &organizations = m_workspace.organizations();
    m_totalCount = organizations.count();
    m_shownCount = m_filterText.isEmpty() ? m_totalCount : organizations.count(m_model->query());
    if (m_totalCount == 0) {
        m_listPages->setCurrentWidget(m_noOrganizations);
    } else if (m_shownCount == 0) {
        m_noMatch->setTitle(tr("No organization matches “%1”").arg(m_filterText));
        m_listPages->setCurrentWidget(m_noMatch);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    m_form->setVisible(m_totalCount > 0 || m_form->isCreating());
    emit statusTextChanged();
    emit canDeleteChanged();
}

void OrganizationsView::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit statusTextChanged();
}

qint64 OrganizationsView::idAt(int row) const
{
    return row >= 0 && row < m_model->rowCount() ? m_model->recordAt(row).id : 0;
}

int OrganizationsView::selectedCount() const
{
    return int(m_list->selectionModel()->selectedRows().size());
}

} // namespace Inroad
