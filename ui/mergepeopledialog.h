#pragma once

#include "duplicatefinder.h"
#include "person.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace Inroad {

class EmptyState;
class Workspace;

/// Edit ▸ Find Duplicate People…: the groups of people who share an e-mail address, a LinkedIn
/// profile or a name at the same organization; for the chosen group their values side by side
/// (differences highlighted), which of them to keep, and what merging would give. Merge is one
/// undoable step on the window's undo stack; Not Duplicates hides the group until Inroad quits.
class MergePeopleDialog final : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// The groups listed now (hidden ones left out).
    QList<DuplicateGroup> groups() const { return m_groups; }
    /// The person the selected group would be merged into, or 0.
    qint64 survivorId() const;
    void setSurvivorId(qint64 id);
    /// Merges the selected group (Merge).
    void mergeSelected();
    /// Hides the selected group for the rest of the session (Not Duplicates).
    void hideSelected();

    QListWidget *groupList() const { return m_groupList; }
    QTableWidget *comparisonTable() const { return m_table; }
    QComboBox *survivorBox() const { return m_survivor; }
    QTextBrowser *conflictPreview() const { return m_conflicts; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *notDuplicatesButton() const { return m_notDuplicates; }
    EmptyState *emptyState() const { return m_empty; }
    /// Whether the empty state is shown instead of the groups.
    bool showsEmptyState() const;

private:
    void reload(int selectRow);
    void showGroup();
    void updatePreview();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QList<DuplicateGroup> m_groups;
    QList<Person> m_people;        ///< of the selected group, in its order
    QList<int> m_interviewCounts;  ///< by m_people's index
    QList<int> m_noteCounts;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QListWidget *m_groupList = nullptr;
    QLabel *m_reason = nullptr;
    QComboBox *m_survivor = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_conflicts = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_notDuplicates = nullptr;
};

} // namespace Inroad
