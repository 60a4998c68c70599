#pragma once

#include "areaview.h"

class QAbstractItemView;
class QComboBox;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Inroad {

class EmptyState;
class PersonForm;
class PersonListModel;
class Workspace;

/// The People area: a sortable, filterable list beside the form of the selected person.
class PeopleView final : public AreaView
{
    Q_OBJECT

public:
    PeopleView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~PeopleView() override;

    QString title() const override;
    void setFilterText(const QString &text) override;
    void addNew() override;
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    void showRecord(qint64 id) override;

    QAbstractItemView *listView() const;
    /// The person shown in the form (0 for none).
    qint64 currentPersonId() const;
    /// Shows only people at this PipelineStage (-1: all stages).
    void setStageFilter(int stage);

signals:
    void openSampleRequested();
    /// The user chose another person in the list (not emitted for showRecord()).
    void personSelected(qint64 id);
    void organizationActivated(qint64 id);
    /// The user pressed "Clear Filter": the window should empty its search field.
    void filterClearRequested();

private:
    void clearFilter();
    void selectPerson(qint64 id);
    void currentRowChanged(const QModelIndex &current);
    void personChanged(qint64 id);
    void updateState();
    void setMessage(const QString &message);
    qint64 idAt(int row) const;
    bool isFiltered() const;
    int selectedCount() const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    PersonListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_listPane = nullptr;
    QWidget *m_filterBar = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_list = nullptr;
    EmptyState *m_noPeople = nullptr;
    EmptyState *m_noMatch = nullptr;
    PersonForm *m_form = nullptr;
    QString m_filterText;
    QString m_message;
    int m_totalCount = 0;
    int m_shownCount = 0;
    /// The shown person while the model takes their row away because an edit moved it.
    qint64 m_reselectId = 0;
    /// showRecord() is selecting a person the window asked for: not the user's choice.
    bool m_showingRecord = false;
};

} // namespace Inroad
