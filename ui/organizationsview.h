#pragma once

#include "areaview.h"

class QAbstractItemView;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Inroad {

class EmptyState;
class OrganizationForm;
class OrganizationListModel;
class Workspace;

/// The Organizations area: a sortable, filterable list beside the selected organization's
/// details, research notes and the people who work there.
class OrganizationsView final : public AreaView
{
    Q_OBJECT

public:
    OrganizationsView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~OrganizationsView() override;

    QString title() const override;
    void setFilterText(const QString &text) override;
    void addNew() override;
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    void showRecord(qint64 id) override;

    QAbstractItemView *listView() const;
    /// The organization shown in the form (0 for none).
    qint64 currentOrganizationId() const;

signals:
    /// The user opened a person who works at the shown organization.
    void personActivated(qint64 id);
    /// The user pressed "Clear Filter": the window should empty its search field.
    void filterClearRequested();

private:
    void clearFilter();
    void selectOrganization(qint64 id);
    void currentRowChanged(const QModelIndex &current);
    void organizationChanged(qint64 id);
    void updateState();
    void setMessage(const QString &message);
    qint64 idAt(int row) const;
    int selectedCount() const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    OrganizationListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_list = nullptr;
    EmptyState *m_noOrganizations = nullptr;
    EmptyState *m_noMatch = nullptr;
    OrganizationForm *m_form = nullptr;
    QString m_filterText;
    QString m_message;
    int m_totalCount = 0;
    int m_shownCount = 0;
    /// The shown organization while the model takes its row away because an edit moved it.
    qint64 m_reselectId = 0;
};

} // namespace Inroad
