#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Inroad {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    // Keep the sentence at a readable width, however wide the pane is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(fontMetrics().height() / 2);
    m_title->setParent(column);
    m_text->setParent(column);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(fontMetrics().height() / 2);
    m_buttons->addStretch();
    m_buttons->addStretch();
    columnLayout->addLayout(m_buttons);

    // Centred by stretches rather than by alignment, so the wrapped sentence gets its full height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // Buttons sit between the two stretches, in the order they were added.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace Inroad
