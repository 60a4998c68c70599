#include "fieldmessage.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace Inroad {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int iconSize = fontMetrics().height();
    m_icon->setPixmap(warning.pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Problem"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(iconSize / 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);

    if (auto *lineEdit = qobject_cast<QLineEdit *>(field)) {
        m_fieldIcon = new QAction(warning, QString(), this);
        lineEdit->addAction(m_fieldIcon, QLineEdit::TrailingPosition);
        m_fieldIcon->setVisible(false); // after adding: the line edit only follows later changes
    }
    applyColors();
    setVisible(false);
}

QString FieldMessage::message() const
{
    return m_text->text();
}

void FieldMessage::showMessage(const QString &message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    m_text->setText(message);
    if (m_fieldIcon) {
        m_fieldIcon->setToolTip(message);
        m_fieldIcon->setVisible(true);
    }
    m_field->setAccessibleDescription(message);
    setVisible(true);
}

void FieldMessage::clear()
{
    if (message().isEmpty() && isHidden())
        return;
    m_text->clear();
    if (m_fieldIcon)
        m_fieldIcon->setVisible(false);
    m_field->setAccessibleDescription(QString());
    setVisible(false);
}

void FieldMessage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}

void FieldMessage::applyColors()
{
    // A red that stays readable on light and dark window colours.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_text->setPalette(p);
}

} // namespace Inroad
