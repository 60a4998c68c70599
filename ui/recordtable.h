#pragma once

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

} // namespace Inroad
