#include "recordtable.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

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

void restoreListLayout(const QString &area, QSplitter *splitter, QTableView *table, const QList<int> &defaultSizes)
{
    const QSettings settings;
    if (!splitter->restoreState(settings.value(area + QStringLiteral("/splitter")).toByteArray()))
        splitter->setSizes(defaultSizes); // scaled to the real width
    QHeaderView *header = table->horizontalHeader();
    if (header->restoreState(settings.value(area + QStringLiteral("/header")).toByteArray())
        && header->sortIndicatorSection() >= 0)
        table->model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void saveListLayout(const QString &area, const QSplitter *splitter, const QTableView *table)
{
    QSettings settings;
    settings.setValue(area + QStringLiteral("/splitter"), splitter->saveState());
    settings.setValue(area + QStringLiteral("/header"), table->horizontalHeader()->saveState());
}

} // namespace Inroad
