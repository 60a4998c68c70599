#include "mainwindow.h"

#include "areaview.h"
#include "documentoutput.h"
#include "highlighting.h"
#include "interviewform.h"
#include "interviewsview.h"
#include "mergepeopledialog.h"
#include "notesview.h"
#include "packetdialog.h"
#include "templateeditordialog.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "questionbankpage.h"
#include "questionhandout.h"
#include "questionsarea.h"
#include "referralgraphview.h"
#include "statisticsarea.h"
#include "todayview.h"
#include "organizationsview.h"
#include "peopleview.h"
#include "profiledialog.h"
#include "sampleworkspace.h"
#include "welcomedialog.h"
#include "workspace.h"

#include "calendarexport.h"
#include "contactexport.h"
#include "contactimportdialog.h"
#include "workspacearchive.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace Inroad {

namespace {

constexpr int kFilterDelayMs = 150;
constexpr int kSidebarWidth = 190;
const QSize kDefaultSize(1200, 760);

QString settingsKey(const char *name)
{
    return QStringLiteral("MainWindow/") + QLatin1String(name);
}

// A sidebar icon, drawn in white on the selection colour.
QIcon areaIcon(const QString &name)
{
    QIcon icon(QStringLiteral(":/icons/area-%1.svg").arg(name));
    icon.addFile(QStringLiteral(":/icons/area-%1-selected.svg").arg(name), QSize(), QIcon::Selected);
    return icon;
}

QIcon themedIcon(const char *themeName, const QString &fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName), QIcon(fallback));
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_workspace && m_workspace->database().isOpen());
    setObjectName(QStringLiteral("MainWindow"));

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    // Created in the order keyboard focus should travel: search field, sidebar, area.
    createActions();
    createToolBar();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(m_splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setMinimumWidth(130);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("areas"));
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    createAreas();
    createMenus();
    connectAreas();

    m_areaStatus = new QLabel(this);
    m_areaStatus->setObjectName(QStringLiteral("areaStatus"));
    statusBar()->addWidget(m_areaStatus, 1);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("workspaceFile"));
    statusBar()->addPermanentWidget(m_fileLabel);

    connect(&m_workspace->database(), &Database::writeFailed, this, &MainWindow::reportWriteFailure,
            Qt::QueuedConnection);
    // After a large import the search index is rebuilt on another thread; search reads the
    // tables meanwhile and finds the same records.
    SearchIndexBuilder *builder = &m_workspace->searchIndexBuilder();
    connect(builder, &SearchIndexBuilder::started, this, [this] {
        statusBar()->showMessage(tr("Updating the search index…"));
    });
    connect(builder, &SearchIndexBuilder::finished, this, [this](const QString &error) {
        if (error.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("The search index could not be updated (%1); search reads the tables instead.").arg(error), 15000);
    });

    updateTitle();
    restoreSettings();
    focusCurrentArea();
}

MainWindow::~MainWindow()
{
    // The areas hold references to the workspace's repositories: they go first.
    delete takeCentralWidget();
    m_splitter = nullptr;
}

AreaView *MainWindow::area(int index) const
{
    return index >= 0 && index < m_areas.size() ? m_areas.at(index).view : nullptr;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon("list-add", QStringLiteral(":/icons/action-new.svg")), tr("&New…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (AreaView *view = currentArea())
            view->addNew();
    });

    m_openAction = new QAction(tr("&Open Workspace…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);

    m_openSampleAction = new QAction(tr("Open &Sample Workspace"), this);
    m_openSampleAction->setObjectName(QStringLiteral("actionOpenSample"));
    m_openSampleAction->setStatusTip(tr("Open a fictional workspace full of example people and organizations"));
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSampleWorkspace);

    m_importContactsAction = new QAction(tr("&Import Contacts…"), this);
    m_importContactsAction->setObjectName(QStringLiteral("actionImportContacts"));
    m_importContactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importContactsAction->setStatusTip(tr("Bring in people from LinkedIn, Google Contacts, vCard or CSV files, or "
                                            "an Inroad export"));
    connect(m_importContactsAction, &QAction::triggered, this, [this] { importContacts(); });

    m_exportContactsAction = new QAction(tr("Export Co&ntacts…"), this);
    m_exportContactsAction->setObjectName(QStringLiteral("actionExportContacts"));
    m_exportContactsAction->setStatusTip(tr("Save your people as vCards or a spreadsheet, or the whole workspace as JSON"));
    connect(m_exportContactsAction, &QAction::triggered, this, &MainWindow::exportContacts);

    m_exportCalendarAction = new QAction(tr("Export &Calendar…"), this);
    m_exportCalendarAction->setObjectName(QStringLiteral("actionExportCalendar"));
    m_exportCalendarAction->setStatusTip(tr("Save scheduled interviews and open follow-ups for your calendar program"));
    connect(m_exportCalendarAction, &QAction::triggered, this, &MainWindow::chooseCalendarExport);

    m_exportGraphAction = new QAction(tr("Export &Graph…"), this);
    m_exportGraphAction->setObjectName(QStringLiteral("actionExportGraph"));
    m_exportGraphAction->setStatusTip(tr("Save the referral graph as a picture, a drawing or a one-page PDF"));
    m_exportGraphAction->setEnabled(false);
    m_printBankAction = new QAction(tr("&Print Question Bank…"), this);
    m_printBankAction->setObjectName(QStringLiteral("actionPrintQuestionBank"));
    m_printBankAction->setStatusTip(tr("Print every question of the bank by category, as a handout"));
    connect(m_printBankAction, &QAction::triggered, this, [this] { printQuestionBank(false); });
    m_exportBankAction = new QAction(tr("Export Question &Bank…"), this);
    m_exportBankAction->setObjectName(QStringLiteral("actionExportQuestionBank"));
    m_exportBankAction->setStatusTip(tr("Save the question bank handout as PDF, OpenDocument text or a web page"));
    connect(m_exportBankAction, &QAction::triggered, this, [this] { printQuestionBank(true); });

    m_printPacketAction = new QAction(tr("Print Interview Pac&ket…"), this);
    m_printPacketAction->setObjectName(QStringLiteral("actionPrintPacket"));
    m_printPacketAction->setStatusTip(tr("Print or save interview sheets, research, reflection forms and thank-you "
                                         "letters for one interview or a range of days"));
    connect(m_printPacketAction, &QAction::triggered, this, &MainWindow::printPacket);

    m_templatesAction = new QAction(tr("Edit Document &Templates…"), this);
    m_templatesAction->setObjectName(QStringLiteral("actionEditTemplates"));
    m_templatesAction->setStatusTip(tr("Change the wording of interview sheets, letters and drafted messages"));
    connect(m_templatesAction, &QAction::triggered, this, [this] {
        TemplateEditorDialog dialog(*m_workspace, *m_undoStack, this);
        dialog.exec();
    });

    m_profileAction = new QAction(tr("Edit &Profile…"), this);
    m_profileAction->setObjectName(QStringLiteral("actionProfile"));
    connect(m_profileAction, &QAction::triggered, this, &MainWindow::editProfile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(themedIcon("edit-undo", QStringLiteral(":/icons/action-undo.svg")));

    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(themedIcon("edit-redo", QStringLiteral(":/icons/action-redo.svg")));

    m_deleteAction = new QAction(themedIcon("edit-delete", QStringLiteral(":/icons/action-delete.svg")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (AreaView *view = currentArea(); view && view->canDelete())
            view->deleteSelected();
    });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_searchEverywhereAction = new QAction(tr("&Search Everywhere…"), this);
    m_searchEverywhereAction->setObjectName(QStringLiteral("actionSearchEverywhere"));
    m_searchEverywhereAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchEverywhereAction->setStatusTip(tr("Find people, organizations, interviews, answers and notes by words"));
    connect(m_searchEverywhereAction, &QAction::triggered, this, &MainWindow::searchEverywhere);

    m_sidebarAction = new QAction(tr("Show &Sidebar"), this);
    m_sidebarAction->setObjectName(QStringLiteral("actionSidebar"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    connect(m_sidebarAction, &QAction::toggled, this, [this](bool visible) { m_sidebar->setVisible(visible); });

    m_areaGroup = new QActionGroup(this);
    m_areaGroup->setExclusive(true);

    m_aboutAction = new QAction(tr("&About Inroad"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_newAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_newAction)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Filter"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(340);
    m_search->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_search->setToolTip(tr("Filter the list by words in it (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    toolBar->addWidget(m_search);

    connect(m_search, &QLineEdit::textEdited, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        focusCurrentArea();
    });
    // Esc clears the filter; a second Esc goes back to the list.
    auto *clear = new QAction(m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        if (m_search->text().isEmpty()) {
            focusCurrentArea();
            return;
        }
        m_search->clear();
        applyFilter();
    });
    m_search->addAction(clear);
}

void MainWindow::createAreas()
{
    const int todayIndex = int(m_areas.size());
    auto *today = new TodayView(*m_workspace, *m_undoStack, m_stack);
    addArea(today, QStringLiteral("today"), areaIcon(QStringLiteral("today")), tr("Filter today’s list…"),
            tr("&New Follow-up…"), tr("New Follow-up"));
    connect(today, &TodayView::filterClearRequested, this, [this, todayIndex] { clearFilterOf(todayIndex); });
    const int peopleIndex = int(m_areas.size());
    auto *people = new PeopleView(*m_workspace, *m_undoStack, m_stack);
    addArea(people, QStringLiteral("people"), areaIcon(QStringLiteral("people")), tr("Filter people…"),
            tr("&New Person…"), tr("New Person"));
    const int organizationsIndex = int(m_areas.size());
    auto *organizations = new OrganizationsView(*m_workspace, *m_undoStack, m_stack);
    addArea(organizations, QStringLiteral("organizations"), areaIcon(QStringLiteral("organizations")),
            tr("Filter organizations…"), tr("&New Organization…"), tr("New Organization"));

    auto *interviews = new InterviewsView(*m_workspace, *m_undoStack, m_stack);
    addArea(interviews, QStringLiteral("interviews"), areaIcon(QStringLiteral("interviews")), tr("Filter interviews…"),
            tr("&New Interview…"), tr("New Interview"));
    const int questionsIndex = int(m_areas.size());
    auto *questions = new QuestionsArea(*m_workspace, *m_undoStack, m_stack);
    addArea(questions, QStringLiteral("questions"), areaIcon(QStringLiteral("questions")), tr("Filter questions…"),
            tr("&New Question…"), tr("New Question"));
    connect(questions->bankPage(), &QuestionBankPage::printRequested, this, [this] { printQuestionBank(false); });
    connect(questions, &QuestionsArea::filterClearRequested, this,
            [this, questionsIndex] { clearFilterOf(questionsIndex); });
    const int notesIndex = int(m_areas.size());
    auto *notes = new NotesView(*m_workspace, *m_undoStack, m_stack);
    addArea(notes, QStringLiteral("notes"), areaIcon(QStringLiteral("notes")), tr("Filter notes…"), tr("&New Note…"),
            tr("New Note"));
    connect(notes, &NotesView::filterClearRequested, this, [this, notesIndex] { clearFilterOf(notesIndex); });
    auto *graph = new ReferralGraphView(*m_workspace, *m_undoStack, m_stack);
    addArea(graph, QStringLiteral("graph"), areaIcon(QStringLiteral("graph")), tr("Find a person in the graph…"),
            QString(), QString());
    m_exportGraphAction->setEnabled(true);
    connect(m_exportGraphAction, &QAction::triggered, this, [this, graph] {
        setCurrentArea(indexOfArea(QStringLiteral("graph")));
        graph->chooseExport();
    });
    // The same person is selected in People and in the graph.
    connect(people, &PeopleView::personSelected, graph, &ReferralGraphView::showRecord);
    connect(graph, &ReferralGraphView::personSelected, people, [people](qint64 id) {
        if (id > 0)
            people->showRecord(id);
    });
    auto *statistics = new StatisticsArea(*m_workspace, m_stack);
    addArea(statistics, QStringLiteral("statistics"), areaIcon(QStringLiteral("statistics")), QString(), QString(),
            QString());
    connect(statistics, &StatisticsArea::openSampleRequested, this, &MainWindow::openSampleWorkspace);

    connect(people, &PeopleView::organizationActivated, this,
            [this, organizationsIndex](qint64 id) { showRecordIn(organizationsIndex, id); });
    connect(people, &PeopleView::openSampleRequested, this, &MainWindow::openSampleWorkspace);
    connect(people, &PeopleView::filterClearRequested, this, [this, peopleIndex] { clearFilterOf(peopleIndex); });
    connect(organizations, &OrganizationsView::filterClearRequested, this,
            [this, organizationsIndex] { clearFilterOf(organizationsIndex); });
    connect(organizations, &OrganizationsView::personActivated, this,
            [this, peopleIndex](qint64 id) { showRecordIn(peopleIndex, id); });
}

void MainWindow::addArea(AreaView *view, const QString &key, const QIcon &icon, const QString &filterPlaceholder,
                         const QString &newActionText, const QString &newButtonText)
{
    const int index = int(m_areas.size());
    Area area;
    area.view = view;
    area.key = key;
    area.filterPlaceholder = filterPlaceholder;
    area.newActionText = newActionText;
    area.newButtonText = newButtonText;

    m_stack->addWidget(view);
    auto *item = new QListWidgetItem(icon, view->title(), m_sidebar);
    item->setToolTip(index < 9 ? tr("%1 (%2)").arg(view->title(),
                                                   QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index))
                                                       .toString(QKeySequence::NativeText))
                               : view->title());

    QString actionText = view->title();
    actionText.replace(QLatin1Char('&'), QStringLiteral("&&"));
    area.action = new QAction(icon, QLatin1Char('&') + actionText, m_areaGroup);
    area.action->setObjectName(QStringLiteral("actionArea_") + key);
    area.action->setCheckable(true);
    if (index < 9)
        area.action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(area.action, &QAction::triggered, this, [this, index] {
        setCurrentArea(index);
        focusCurrentArea();
    });
    m_areas.append(area);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_openSampleAction);
    file->addSeparator();
    file->addAction(m_importContactsAction);
    file->addAction(m_exportContactsAction);
    file->addAction(m_exportCalendarAction);
    file->addAction(m_exportGraphAction);
    file->addAction(m_exportBankAction);
    file->addSeparator();
    file->addAction(m_printBankAction);
    file->addAction(m_printPacketAction);
    file->addSeparator();
    file->addAction(m_templatesAction);
    file->addAction(m_profileAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    QAction *findDuplicates = edit->addAction(tr("Find &Duplicate People…"));
    findDuplicates->setObjectName(QStringLiteral("actionFindDuplicatePeople"));
    findDuplicates->setStatusTip(tr("List people entered more than once and merge them"));
    connect(findDuplicates, &QAction::triggered, this, [this] {
        MergePeopleDialog dialog(*m_workspace, *m_undoStack, this);
        dialog.exec();
    });
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_searchEverywhereAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const Area &area : std::as_const(m_areas))
        view->addAction(area.action);
    view->addSeparator();
    view->addAction(m_sidebarAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::connectAreas()
{
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentArea);
    for (const Area &area : std::as_const(m_areas)) {
        AreaView *view = area.view;
        connect(view, &AreaView::statusTextChanged, this, [this, view] {
            if (view == currentArea())
                updateAreaStatus();
        });
        connect(view, &AreaView::badgeCountChanged, this, [this, view] { updateBadge(view); });
        connect(view, &AreaView::recordRequested, this, [this](const QString &key, qint64 id) {
            if (const int index = indexOfArea(key); index >= 0)
                showRecordIn(index, id);
        });
        updateBadge(view);
        connect(view, &AreaView::canDeleteChanged, this, [this, view] {
            if (view == currentArea())
                updateDeleteAction();
        });
    }
}

void MainWindow::setCurrentArea(int index)
{
    if (index < 0 || index >= m_areas.size() || index == m_current)
        return;
    // A filter typed a moment ago still belongs to the area being left.
    if (m_filterTimer->isActive())
        applyFilter();

    m_current = index;
    const Area &area = m_areas.at(index);
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(index);
    }
    area.action->setChecked(true);
    // An area without a list to filter, or nothing to add, leaves those controls disabled.
    m_search->setPlaceholderText(area.filterPlaceholder);
    m_search->setText(area.filterText);
    m_search->setEnabled(!area.filterPlaceholder.isEmpty());
    m_newAction->setEnabled(!area.newActionText.isEmpty());
    m_newAction->setText(area.newActionText.isEmpty() ? tr("&New…") : area.newActionText);
    m_newAction->setIconText(area.newButtonText.isEmpty() ? tr("New") : area.newButtonText);
    updateAreaStatus();
    updateDeleteAction();
}

void MainWindow::clearFilterOf(int index)
{
    Area &area = m_areas[index];
    if (index == m_current) {
        m_filterTimer->stop();
        m_search->clear();
    }
    if (!area.filterText.isEmpty()) {
        area.filterText.clear();
        area.view->setFilterText(QString());
    }
}

void MainWindow::showRecordIn(int index, qint64 id)
{
    // The record must be visible in the list it is shown in.
    clearFilterOf(index);
    setCurrentArea(index);
    m_areas.at(index).view->showRecord(id);
}

void MainWindow::applyFilter()
{
    m_filterTimer->stop();
    if (m_current < 0)
        return;
    Area &area = m_areas[m_current];
    const QString text = m_search->text();
    if (text == area.filterText)
        return;
    area.filterText = text;
    area.view->setFilterText(text);
}

void MainWindow::focusCurrentArea()
{
    AreaView *view = currentArea();
    if (!view)
        return;
    if (view->focusProxy()) {
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget *w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && w->isEnabled() && w->isVisibleTo(view) && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::updateAreaStatus()
{
    AreaView *view = currentArea();
    m_areaStatus->setText(view ? view->statusText() : QString());
}

int MainWindow::indexOfArea(const QString &key) const
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).key == key)
            return i;
    }
    return -1;
}

void MainWindow::updateBadge(AreaView *view)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).view != view)
            continue;
        const int count = view->badgeCount();
        QListWidgetItem *item = m_sidebar->item(i);
        item->setText(count > 0 ? tr("%1 (%2)").arg(view->title()).arg(count) : view->title());
        item->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1, %n due", nullptr, count).arg(view->title()) : view->title());
        return;
    }
}

void MainWindow::updateDeleteAction()
{
    AreaView *view = currentArea();
    m_deleteAction->setEnabled(view && view->canDelete());
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->database().path();
    const QFileInfo info(path);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — %2").arg(info.completeBaseName(), QGuiApplication::applicationDisplayName()));
    m_fileLabel->setText(info.fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
}

void MainWindow::chooseWorkspace()
{
    const QString current = m_workspace->database().path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(current).absolutePath(),
                                                      tr("Inroad workspaces (*.inroad);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::isCurrentWorkspace(const QString &path) const
{
    const QFileInfo wanted(path);
    const QFileInfo current(m_workspace->database().path());
    if (wanted.exists() && current.exists())
        return wanted.canonicalFilePath() == current.canonicalFilePath();
    return wanted.absoluteFilePath() == current.absoluteFilePath();
}

MainWindow *MainWindow::openWorkspace(const QString &path)
{
    if (isCurrentWorkspace(path))
        return this;
    auto workspace = std::make_unique<Workspace>();
    const DatabaseReport report = workspace->open(path);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Cannot Open Workspace"), openFailureText(report));
        return nullptr;
    }
    return replaceBy(std::move(workspace));
}

MainWindow *MainWindow::openSampleWorkspace()
{
    const QString path = Database::defaultSamplePath();
    if (isCurrentWorkspace(path))
        return this;
    auto workspace = std::make_unique<Workspace>();
    const DatabaseReport report = workspace->open(path);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Cannot Open the Sample"), openFailureText(report));
        return nullptr;
    }
    if (workspace->isEmpty()) {
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool written = SampleWorkspace::write(workspace->database(), SampleOptions(), &error);
        QApplication::restoreOverrideCursor();
        if (!written) {
            QMessageBox::warning(this, tr("Cannot Open the Sample"),
                                 tr("The sample workspace “%1” could not be written: %2")
                                     .arg(QDir::toNativeSeparators(path), error));
            return nullptr;
        }
    }
    return replaceBy(std::move(workspace));
}

MainWindow *MainWindow::replaceBy(std::unique_ptr<Workspace> workspace)
{
    saveSettings();
    auto *next = new MainWindow(std::move(workspace));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    QTimer::singleShot(0, next, &MainWindow::offerWelcome);
    close();
    return next;
}

QString MainWindow::openFailureText(const DatabaseReport &report)
{
    QString text = report.message;
    if (report.problem == DatabaseProblem::Locked || report.path.isEmpty())
        return text;
    const QFileInfo info(report.path);
    const QDir folder = info.absoluteDir();
    const QStringList backups = folder.entryList({info.fileName() + QStringLiteral(".*.bak")}, QDir::Files, QDir::Time);
    if (!backups.isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("Backups of this workspace, made before earlier upgrades, are in “%1”: %2. Open one of them, or "
                 "copy it over the damaged file once Inroad is closed.")
                  .arg(QDir::toNativeSeparators(folder.absolutePath()), backups.join(QStringLiteral(", ")));
    }
    return text;
}

void MainWindow::offerWelcome()
{
    if (!WelcomeDialog::isWanted(m_workspace->profile()))
        return;
    WelcomeDialog dialog(m_workspace->profile(), *m_undoStack, this);
    dialog.exec();
}

bool MainWindow::exportCalendar(const QString &path, bool followUpsAsTodos, QString *error)
{
    CalendarExport source(m_workspace->database());
    CalendarExport::Options options;
    options.followUpsAsTodos = followUpsAsTodos;
    const std::optional<QList<CalendarEntry>> entries = source.entries(options);
    QString problem;
    if (!entries) {
        problem = tr("The workspace could not be read: %1").arg(source.lastError());
    } else {
        ICalendarOptions calendar;
        calendar.calendarName = CalendarExport::calendarName();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ICalendarWriter(calendar).write(*entries)) < 0 || !file.commit())
            problem = tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        else
            statusBar()->showMessage(tr("Saved %n calendar entries to %1", nullptr, int(entries->size()))
                                         .arg(QFileInfo(path).fileName()),
                                     5000);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void MainWindow::chooseCalendarExport()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Calendar"));
    auto *text = new QLabel(tr("Saves your scheduled interviews, with a reminder half an hour before each, and your "
                               "open follow-ups as an iCalendar file that calendar programs can import. Importing "
                               "a newer export again updates the entries instead of doubling them."));
    text->setWordWrap(true);
    auto *todos = new QCheckBox(tr("Save follow-ups as &to-dos instead of events"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(todos);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("interviews.ics"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), suggested,
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCalendar(path, todos->isChecked(), &error))
        QMessageBox::warning(this, tr("Calendar Not Saved"), error);
}

void MainWindow::importContacts(const QString &path)
{
    ContactImportDialog dialog(*m_workspace, *m_undoStack, this);
    if (!path.isEmpty())
        dialog.loadFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.restoredWorkspace()) {
        statusBar()->showMessage(dialog.resultText(), 10000);
        return;
    }
    // Every view reads the restored data afresh in a new window over the same file.
    const QString workspacePath = m_workspace->database().path();
    m_workspace->database().close();
    auto workspace = std::make_unique<Workspace>();
    const DatabaseReport report = workspace->open(workspacePath);
    if (!report.ok()) {
        workspace.reset();
        // This window gave the file up for the new one: it takes it back, so that it does not go
        // on over a closed workspace, and shows what the file now holds.
        const bool back = m_workspace->open(workspacePath).ok();
        QMessageBox::warning(this, tr("Cannot Open Workspace"), openFailureText(report));
        if (!back) {
            close();
            return;
        }
        m_workspace->organizations().notifyReloaded();
        m_workspace->people().notifyReloaded();
        m_workspace->notes().notifyReloaded();
        return;
    }
    MainWindow *next = replaceBy(std::move(workspace));
    next->statusBar()->showMessage(dialog.resultText(), 10000);
}

void MainWindow::exportContacts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Contacts"));
    auto *text = new QLabel(tr("Saves your %n people for an address book or a spreadsheet, or everything in this "
                               "workspace for moving it to another computer.",
                               nullptr, ContactExport::peopleCount(m_workspace->database())));
    text->setWordWrap(true);
    auto *formats = new QComboBox;
    formats->addItem(tr("vCard 3.0 — address books and phones (.vcf)"), QStringLiteral("vcf3"));
    formats->addItem(tr("vCard 4.0 (.vcf)"), QStringLiteral("vcf4"));
    formats->addItem(tr("CSV — spreadsheets (.csv)"), QStringLiteral("csv"));
    formats->addItem(tr("CSV for Microsoft Excel (.csv, with a byte order mark)"), QStringLiteral("csvbom"));
    formats->addItem(tr("Inroad JSON — the whole workspace (.json)"), QStringLiteral("json"));
    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(formats);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(formatLabel);
    row->addWidget(formats, 1);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString kind = formats->currentData().toString();
    const bool vcard = kind.startsWith(QLatin1String("vcf"));
    const bool json = kind == QLatin1String("json");
    const QString name = vcard ? tr("contacts.vcf") : json ? tr("inroad workspace.json") : tr("contacts.csv");
    const QString filter = vcard ? tr("vCard files (*.vcf)") : json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"), suggested,
                                                      filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    Database &db = m_workspace->database();
    const QByteArray bytes = vcard ? ContactExport::vcard(db, kind == QLatin1String("vcf4"), &error)
                             : json ? exportWorkspaceJson(db, &error)
                                    : ContactExport::csv(db, kind == QLatin1String("csvbom"), &error);
    QSaveFile file(path);
    if (error.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()))
        error = file.errorString();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Contacts Not Saved"),
                             tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    statusBar()->showMessage(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printQuestionBank(bool toFile)
{
    QTextDocument document;
    buildQuestionHandout(document, m_workspace->questions().categories(), m_workspace->questions().all());
    if (toFile)
        saveDocumentAs(this, document, tr("Export Question Bank"), tr("interview questions.pdf"));
    else
        previewAndPrint(this, document, tr("Question Bank"));
}

void MainWindow::searchEverywhere()
{
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(*m_workspace, this);
        m_searchDialog->setObjectName(QStringLiteral("searchEverywhere"));
        connect(m_searchDialog, &SearchDialog::hitActivated, this, &MainWindow::openSearchHit);
    }
    // The last query stays, selected, so that typing replaces it and Enter repeats it.
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
    m_searchDialog->field()->setFocus(Qt::ShortcutFocusReason);
    m_searchDialog->field()->selectAll();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Person:
        showRecordIn(indexOfArea(QStringLiteral("people")), hit.recordId);
        break;
    case SearchHit::Kind::Organization:
        showRecordIn(indexOfArea(QStringLiteral("organizations")), hit.recordId);
        break;
    case SearchHit::Kind::Interview:
    case SearchHit::Kind::Answer: {
        const int index = indexOfArea(QStringLiteral("interviews"));
        const qint64 interviewId = hit.kind == SearchHit::Kind::Answer ? hit.interviewId : hit.recordId;
        showRecordIn(index, interviewId);
        if (auto *interviews = qobject_cast<InterviewsView *>(area(index)); interviews && hit.kind == SearchHit::Kind::Answer)
            interviews->form()->showQuestions();
        break;
    }
    case SearchHit::Kind::Note:
        showRecordIn(indexOfArea(QStringLiteral("notes")), hit.recordId);
        break;
    }
}

void MainWindow::printPacket()
{
    qint64 selected = 0;
    if (auto *interviews = qobject_cast<InterviewsView *>(area(indexOfArea(QStringLiteral("interviews")))))
        selected = interviews->form()->interviewId();
    PacketDialog dialog(*m_workspace, selected, this);
    dialog.exec();
}

void MainWindow::editProfile()
{
    ProfileDialog dialog(*m_workspace, *m_undoStack, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Inroad %1</h3>"
           "<p>Inroad helps you learn a career field by talking to the people in it: it keeps track of whom "
           "to ask, who introduced you, what you asked and learned, and when to follow up.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Qt %2<br>SQLite %3<br>Markdown highlighting: %4<br>Search: %5</p>"
           "<p>Workspace: %6</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                 m_workspace->database().sqliteVersion().toHtmlEscaped(), markdownHighlighterName().toHtmlEscaped(),
                 m_workspace->search().usesFallback() ? tr("word matching (SQLite without FTS5)")
                                                      : tr("full-text index (SQLite FTS5)"),
                 QDir::toNativeSeparators(m_workspace->database().path()).toHtmlEscaped());
    QMessageBox::about(this, tr("About Inroad"), text);
}

void MainWindow::reportWriteFailure(const QString &message)
{
    m_pendingFailures.append(message);
    // Several failures in a row are shown together rather than as a cascade of boxes.
    if (m_reportingWriteFailure)
        return;
    m_reportingWriteFailure = true;
    while (!m_pendingFailures.isEmpty()) {
        const QString text = m_pendingFailures.join(QStringLiteral("\n\n"));
        m_pendingFailures.clear();
        QMessageBox::warning(this, tr("Not Saved"), text);
    }
    m_reportingWriteFailure = false;
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(kDefaultSize.boundedTo(available.size() * 0.95));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(settingsKey("state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray()))
        m_splitter->setSizes({kSidebarWidth, width() - kSidebarWidth});
    m_sidebarAction->setChecked(settings.value(settingsKey("sidebarVisible"), true).toBool());

    // Every session starts on Today: what is due is the first thing to see.
    setCurrentArea(0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("sidebarVisible"), m_sidebarAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace Inroad
