#pragma once

#include "areaview.h"

class QComboBox;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Inroad {

class EmptyState;
class InterviewForm;
class InterviewListModel;
class Workspace;

/// The Interviews area: coming and past interviews in a list beside the form of the selected one.
class InterviewsView final : public AreaView
{
    Q_OBJECT

public:
    InterviewsView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~InterviewsView() override;

    QString title() const override;
    void setFilterText(const QString &text) override;
    void addNew() override;
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    void showRecord(qint64 id) override;

    QTableView *listView() const { return m_list; }
    InterviewForm *form() const { return m_form; }
    InterviewListModel *model() const { return m_model; }
    /// Which interviews the list shows: an index of the scope combo box.
    void setScopeIndex(int index);

private:
    void applyScope();
    void select(qint64 id);
    void updateState();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    InterviewListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_list = nullptr;
    EmptyState *m_empty = nullptr;
    InterviewForm *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_filterText;
    qint64 m_keepSelected = 0;
};

} // namespace Inroad
