#pragma once

#include <QTableView>

namespace Inroad {

/// Sets up the list of an area the same way everywhere: whole rows selected, one line per row
/// without a row header, alternating colours, Tab leaving the list, and sorting by @p sortColumn.
void setUpRecordTable(QTableView *table, int sortColumn, QAbstractItemView::SelectionMode selectionMode);

} // namespace Inroad
