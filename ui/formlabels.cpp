#include "formlabels.h"

#include <QFormLayout>
#include <QWidget>

namespace Inroad {

void alignFormLabels(QWidget *container)
{
    QList<QWidget *> labels;
    int width = 0;
    const QList<QFormLayout *> forms = container->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                width = qMax(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace Inroad
