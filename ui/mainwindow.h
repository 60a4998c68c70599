#pragma once

#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Inroad {

class AreaView;
class SearchDialog;
struct SearchHit;
class Workspace;
struct DatabaseReport;

/// The window over one open workspace: a sidebar of areas, the current area, the search field that
/// filters it, and the menus. Every edit made in the window goes on its one undo stack.
///
/// Opening another workspace opens it in a new MainWindow that replaces this one; if the file
/// cannot be opened, the user is told why and this window stays as it is.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Takes over @p workspace, which must be open.
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() const { return *m_workspace; }
    QUndoStack &undoStack() const { return *m_undoStack; }

    int areaCount() const { return int(m_areas.size()); }
    AreaView *area(int index) const;
    int currentAreaIndex() const { return m_current; }
    AreaView *currentArea() const { return area(m_current); }
    void setCurrentArea(int index);

    /// Opens @p path and, if that works, replaces this window by a new one over it and returns the
    /// new window. Returns this window when @p path is the workspace already open here, and
    /// nullptr (after telling the user why) when the file cannot be opened.
    MainWindow *openWorkspace(const QString &path);
    /// Opens the sample workspace, writing it first if it does not exist yet or is empty.
    MainWindow *openSampleWorkspace();

    /// File ▸ Import Contacts…, on @p path when it is given (`inroad --import FILE`); reopens the
    /// workspace when a JSON export restored all of it.
    void importContacts(const QString &path = QString());

    /// Writes scheduled interviews and open follow-ups to @p path as iCalendar (File ▸ Export
    /// Calendar…); false, with @p error saying why, when it could not.
    bool exportCalendar(const QString &path, bool followUpsAsTodos, QString *error = nullptr);

    /// Edit ▸ Search Everywhere… (Ctrl+K).
    void searchEverywhere();
    /// Shows the record of a search hit in its area.
    void openSearchHit(const SearchHit &hit);

    /// Shows the first-run welcome if this workspace has not had it (see WelcomeDialog::isWanted()).
    void offerWelcome();

    /// The text to show when opening a workspace failed: the report's message, and where backups
    /// of that file are, if there are any.
    static QString openFailureText(const DatabaseReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Area
    {
        AreaView *view = nullptr;
        QString key;              ///< stable name for the settings
        QString filterPlaceholder;
        QString newActionText;
        QString newButtonText;     ///< the same without mnemonic and ellipsis, for the toolbar
        QString filterText;
        QAction *action = nullptr; ///< View ▸ area
    };

    void createAreas();
    void addArea(AreaView *view, const QString &key, const QIcon &icon, const QString &filterPlaceholder,
                 const QString &newActionText, const QString &newButtonText);
    void createActions();
    void createMenus();
    void createToolBar();
    void connectAreas();

    void showRecordIn(int index, qint64 id);
    void clearFilterOf(int index);
    void applyFilter();
    void focusCurrentArea();
    void updateAreaStatus();
    void updateDeleteAction();
    void updateBadge(AreaView *view);
    /// The index of the area with this key ("people"), or -1.
    int indexOfArea(const QString &key) const;
    void updateTitle();

    void chooseWorkspace();
    void chooseCalendarExport();
    /// File ▸ Export Contacts….
    void exportContacts();
    /// Prints the question bank handout after a preview, or saves it (@p toFile).
    void printQuestionBank(bool toFile);
    void editProfile();
    /// File ▸ Print Interview Packet….
    void printPacket();
    void showAbout();
    void reportWriteFailure(const QString &message);
    MainWindow *replaceBy(std::unique_ptr<Workspace> workspace);
    bool isCurrentWorkspace(const QString &path) const;

    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QList<Area> m_areas;
    int m_current = -1;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_areaStatus = nullptr;
    QLabel *m_fileLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_importContactsAction = nullptr;
    QAction *m_exportContactsAction = nullptr;
    QAction *m_exportGraphAction = nullptr;
    QAction *m_printBankAction = nullptr;
    QAction *m_exportBankAction = nullptr;
    QAction *m_printPacketAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_searchEverywhereAction = nullptr;
    SearchDialog *m_searchDialog = nullptr;
    QAction *m_sidebarAction = nullptr;
    QActionGroup *m_areaGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QStringList m_pendingFailures;
    bool m_reportingWriteFailure = false;
};

} // namespace Inroad
