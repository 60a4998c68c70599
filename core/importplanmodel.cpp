#include "importplanmodel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace Inroad {

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportItem &item = m_plan.items.at(index.row());
    if (role == ActionRole)
        return int(item.action);
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return item.note.isEmpty() ? item.reason : item.reason + QStringLiteral("\n\n") + item.note;
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ActionColumn && item.action == ImportAction::Reject)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    const ContactRecord &record = item.record;
    switch (index.column()) {
    case LineColumn: return record.line > 0 ? QVariant(record.line) : QVariant();
    case ActionColumn: return importActionName(item.action);
    case NameColumn: {
        const QString name = QString(record.firstName + QLatin1Char(' ') + record.lastName).trimmed();
        return name;
    }
    case OrganizationColumn: return record.organization;
    case EmailColumn: return record.emails.value(0);
    case DetailsColumn:
        if (item.action == ImportAction::Create)
            return item.note.isEmpty() ? QString() : tr("with a note of other details");
        return item.reason;
    default: return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ActionColumn: return tr("Action");
    case NameColumn: return tr("Name");
    case OrganizationColumn: return tr("Organization");
    case EmailColumn: return tr("E-mail");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

} // namespace Inroad
