#include "interviewsview.h"

#include "emptystate.h"
#include "recordtable.h"
#include "interviewform.h"
#include "interviewlistmodel.h"
#include "newinterviewdialog.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// The scope combo box: three views of the list, then one per status.
constexpr int kOpenScope = 0;
constexpr int kPastScope = 1;
constexpr int kAllScope = 2;

} // namespace

InterviewsView::InterviewsView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new InterviewListModel(workspace, this))
{
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("Open and coming up"));
    m_scope->addItem(tr("Past"));
    m_scope->addItem(tr("All"));
    m_scope->insertSeparator(m_scope->count());
    for (int status = 0; status < kInterviewStatusCount; ++status)
        m_scope->addItem(interviewStatusName(InterviewStatus(status)), status);
    auto *scopeLabel = new QLabel(tr("S&how:"));
    scopeLabel->setBuddy(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &InterviewsView::applyScope);
    auto *filterBar = new QWidget;
    auto *filterRow = new QHBoxLayout(filterBar);
    filterRow->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 4, 0, 2);
    filterRow->addWidget(scopeLabel);
    filterRow->addWidget(m_scope);
    filterRow->addStretch();

    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setAccessibleName(tr("Interviews"));
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last)
            m_keepSelected = m_model->recordAt(current.row()).id;
    });
    m_list->setModel(m_model);
    setUpRecordTable(m_list, InterviewListModel::StartColumn, QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(InterviewListModel::StartColumn, charWidth * 22);
    m_list->setColumnWidth(InterviewListModel::PersonColumn, charWidth * 18);
    m_list->setColumnWidth(InterviewListModel::OrganizationColumn, charWidth * 18);
    m_list->setColumnWidth(InterviewListModel::FieldColumn, charWidth * 16);
    m_list->setColumnWidth(InterviewListModel::ModeColumn, charWidth * 11);
    m_list->setColumnWidth(InterviewListModel::StatusColumn, charWidth * 12);

    m_empty = new EmptyState;
    m_empty->setObjectName(QStringLiteral("noInterviewsState"));
    connect(m_empty->addButton(tr("Plan Interview")), &QPushButton::clicked, this, &InterviewsView::addNew);
    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_empty);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(filterBar);
    listLayout->addWidget(m_listPages, 1);

    m_form = new InterviewForm(workspace, undoStack);
    m_form->setObjectName(QStringLiteral("interviewForm"));
    connect(m_form, &InterviewForm::personActivated, this,
            [this](qint64 id) { emit recordRequested(QStringLiteral("people"), id); });
    connect(m_form, &InterviewForm::addRequested, this, &InterviewsView::addNew);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_keepSelected = 0;
            m_form->showInterview(m_model->recordAt(current.row()).id);
        }
        emit canDeleteChanged();
    });
    // After the model has handled a change: keep the shown interview selected if it moved.
    InterviewRepository &interviews = workspace.interviews();
    const auto afterChange = [this] {
        if (m_keepSelected != 0) {
            const qint64 id = m_keepSelected;
            m_keepSelected = 0;
            if (m_model->rowOfId(id) >= 0)
                select(id);
        }
        updateState();
    };
    connect(&interviews, &InterviewRepository::added, this, afterChange);
    connect(&interviews, &InterviewRepository::changed, this, afterChange);
    connect(&interviews, &InterviewRepository::removed, this, afterChange);

    restoreListLayout(QStringLiteral("interviews"), m_splitter, m_list, {480, 720});
    applyScope();
}

InterviewsView::~InterviewsView()
{
    saveListLayout(QStringLiteral("interviews"), m_splitter, m_list);
}

QString InterviewsView::title() const
{
    return tr("Interviews");
}

void InterviewsView::setFilterText(const QString &text)
{
    m_filterText = text.simplified();
    m_model->setFilterText(m_filterText);
    if (m_form->interviewId() > 0)
        select(m_form->interviewId());
    updateState();
}

void InterviewsView::setScopeIndex(int index)
{
    m_scope->setCurrentIndex(index);
}

void InterviewsView::applyScope()
{
    const int index = m_scope->currentIndex();
    switch (index) {
    case kOpenScope: m_model->setScope(InterviewQuery::Open); break;
    case kPastScope: m_model->setScope(InterviewQuery::Past); break;
    case kAllScope: m_model->setScope(InterviewQuery::All); break;
    default:
        m_model->setScope(InterviewQuery::WithStatus, interviewStatusFromInt(m_scope->itemData(index).toInt()));
        break;
    }
    if (m_form->interviewId() > 0)
        select(m_form->interviewId());
    updateState();
}

void InterviewsView::addNew()
{
    NewInterviewDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int before = m_workspace.interviews().count();
    m_undoStack.push(m_workspace.workflow().addInterview(dialog.interview()));
    if (m_workspace.interviews().count() == before)
        return; // the repository has told the user why
    // The newest interview of that person is the one just added.
    qint64 id = 0;
    for (const Interview &i : m_workspace.interviews().forPerson(dialog.interview().personId))
        id = qMax(id, i.id);
    showRecord(id);
}

void InterviewsView::deleteSelected()
{
    const std::optional<Interview> interview = m_workspace.interviews().find(m_form->interviewId());
    if (!interview)
        return;
    m_undoStack.push(m_workspace.workflow().removeInterview(*interview));
}

bool InterviewsView::canDelete() const
{
    return m_form->interviewId() > 0 && m_list->selectionModel()->hasSelection();
}

QString InterviewsView::statusText() const
{
    const int total = m_workspace.interviews().count();
    const int shown = m_model->totalCount();
    if (total == 0)
        return tr("No interviews yet");
    if (shown == total)
        return tr("%n interview(s)", nullptr, total);
    return tr("%1 of %n interview(s) shown", nullptr, total).arg(shown);
}

void InterviewsView::showRecord(qint64 id)
{
    if (!m_workspace.interviews().find(id))
        return;
    if (m_model->ensureLoaded(id) < 0) {
        // Not in the current view of the list: show everything, unfiltered.
        m_scope->setCurrentIndex(kAllScope);
        if (!m_filterText.isEmpty())
            setFilterText(QString());
    }
    select(id);
    m_form->showInterview(id);
}

void InterviewsView::select(qint64 id)
{
    selectRecordRow(m_list, m_model, id);
}

void InterviewsView::updateState()
{
    const int total = m_workspace.interviews().count();
    if (total == 0) {
        m_empty->setTitle(tr("No interviews yet"));
        m_empty->setText(tr("Plan your first conversation: pick someone from People and ask for 20 minutes to learn "
                            "about their work."));
        m_listPages->setCurrentWidget(m_empty);
    } else if (m_model->totalCount() == 0) {
        m_empty->setTitle(m_filterText.isEmpty() ? tr("Nothing here") : tr("No interview matches “%1”").arg(m_filterText));
        m_empty->setText(tr("Choose another view in “Show”, or clear the search field."));
        m_listPages->setCurrentWidget(m_empty);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    emit statusTextChanged();
    emit canDeleteChanged();
}

} // namespace Inroad
