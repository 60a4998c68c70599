#pragma once

#include "areaview.h"

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QModelIndex;
class QStackedWidget;
class QToolBar;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace Inroad {

class AgendaModel;
class EmptyState;
class Workspace;
struct AgendaItem;

/// The Today area, the window's first screen: what is due, in sections (follow-ups due, coming
/// interviews, referrals to ask for, people who have not replied), with the actions that settle
/// each item. Every action is an undoable command of the workspace's Workflow.
///
/// Keys: Enter opens the item's person or interview, Ctrl+D marks it done, Ctrl+L snoozes it a day
/// (Ctrl+Shift+L a week), Ctrl+R reschedules a follow-up; File ▸ New adds a follow-up.
class TodayView final : public AreaView
{
    Q_OBJECT

public:
    TodayView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~TodayView() override;

    QString title() const override;
    void setFilterText(const QString &text) override;
    /// Asks for a person, a kind, a due time and a note, and adds the follow-up.
    void addNew() override;
    /// Deletes the selected follow-up (other items are marked done instead).
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    /// Selects the follow-up with this id, when it is on the list.
    void showRecord(qint64 id) override;
    /// The follow-ups due today or overdue.
    int badgeCount() const override;

    QTreeView *listView() const;
    AgendaModel *model() const;
    /// The selected item, or nullptr.
    const AgendaItem *currentItem() const;

    /// Opens the selected item's person (follow-ups, people waiting) or interview.
    void openCurrent();
    void markCurrentDone();
    void snoozeCurrent(int days);
    /// Asks for a new due time for the selected follow-up.
    void rescheduleCurrent();

signals:
    /// The user pressed "Clear Filter": the window should empty its search field.
    void filterClearRequested();

private:
    void createActions();
    void showContextMenu(const QPoint &position);
    void currentChanged();
    /// Pushes @p command; afterwards the row that followed @p item (or came before it) is selected
    /// when @p item has left the list.
    void push(QUndoCommand *command, const AgendaItem &item);
    void selectKey(const QString &key);
    void ensureSelection();
    QString neighbourKey(const QModelIndex &index) const;
    void updateState();
    void updateActions();
    void setMessage(const QString &message);
    void clearFilter();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    AgendaModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_list = nullptr;
    EmptyState *m_nothingDue = nullptr;
    EmptyState *m_noMatch = nullptr;
    QPushButton *m_newButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_doneAction = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QAction *m_snoozeDayAction = nullptr;
    QAction *m_snooze3DaysAction = nullptr;
    QAction *m_snoozeWeekAction = nullptr;
    QAction *m_rescheduleAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QString m_message;
    int m_badge = -1;
};

} // namespace Inroad
