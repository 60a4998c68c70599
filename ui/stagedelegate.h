#pragma once

#include <QStyledItemDelegate>

namespace Inroad {

/// Edits a pipeline stage in a list cell with a drop-down of the stages. The model's edit role
/// holds the stage number; picking a stage commits it at once.
class StageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Inroad
