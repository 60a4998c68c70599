#pragma once

#include "contactimport.h"

#include <QAbstractTableModel>

namespace Inroad {

/// The items of an import plan as a table for the preview: line, what happens, name,
/// organization, e-mail address and the reason or what an update adds.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ActionColumn, NameColumn, OrganizationColumn, EmailColumn, DetailsColumn, ColumnCount };
    /// Qt::UserRole on any column: the item's ImportAction as an int, for filtering.
    static constexpr int ActionRole = Qt::UserRole;

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
};

} // namespace Inroad
