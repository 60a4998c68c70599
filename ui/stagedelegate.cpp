#include "stagedelegate.h"

#include "pipelinestage.h"

#include <QComboBox>

namespace Inroad {

QWidget *StageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Stage"));
    for (int stage = 0; stage < kPipelineStageCount; ++stage)
        combo->addItem(pipelineStageName(PipelineStage(stage)), stage);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<StageDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void StageDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int row = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

void StageDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Inroad
