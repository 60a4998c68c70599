#pragma once

#include <QItemSelectionModel>
#include <QList>
#include <QTableView>

class QSplitter;

namespace Inroad {

/// Sets up the list of an area the same way everywhere: whole rows selected, one line per row
/// without a row header, alternating colours, Tab leaving the list, and sorting by @p sortColumn.
void setUpRecordTable(QTableView *table, int sortColumn, QAbstractItemView::SelectionMode selectionMode);

/// Restores the list-and-form split and the list's columns and sort order that saveListLayout()
/// kept under @p area ("people"); a first start gets @p defaultSizes.
void restoreListLayout(const QString &area, QSplitter *splitter, QTableView *table, const QList<int> &defaultSizes);
void saveListLayout(const QString &area, const QSplitter *splitter, const QTableView *table);

/// Makes the row of record @p id current and selected in @p table and scrolls to it, loading pages
/// of @p model (a PagedRecordModel) until it appears; clears the selection when the model's query
/// does not match it.
template<class Model>
void selectRecordRow(QTableView *table, Model *model, qint64 id)
{
    const int row = model->ensureLoaded(id);
    if (row < 0) {
        table->selectionModel()->clear();
        return;
    }
    const QModelIndex index = model->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

} // namespace Inroad
