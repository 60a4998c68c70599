#include "plaintextfield.h"

#include <QFocusEvent>
#include <QTextDocument>

namespace Inroad {

PlainTextField::PlainTextField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setVisibleLines(3);
}

void PlainTextField::setText(const QString &text)
{
    if (text != toPlainText())
        setPlainText(text);
    document()->setModified(false);
}

bool PlainTextField::isModified() const
{
    return document()->isModified();
}

void PlainTextField::setVisibleLines(int lines)
{
    const QMargins margins = contentsMargins();
    const int frame = 2 * int(document()->documentMargin()) + margins.top() + margins.bottom();
    setFixedHeight(fontMetrics().lineSpacing() * lines + frame + 2);
}

void PlainTextField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu or another window taking focus is not the end of the edit.
    if (event->reason() == Qt::PopupFocusReason || event->reason() == Qt::ActiveWindowFocusReason)
        return;
    if (document()->isModified())
        emit editingFinished();
}

} // namespace Inroad
