#include "recordtable.h"

#include <QHeaderView>

namespace Inroad {

void setUpRecordTable(QTableView *table, int sortColumn, QAbstractItemView::SelectionMode selectionMode)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selectionMode);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    table->setSortingEnabled(true);
}

} // namespace Inroad
