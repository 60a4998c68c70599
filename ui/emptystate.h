#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Inroad {

/// A centered message that stands in for a list or a form with nothing to show: a title, a
/// sentence saying what to do next, and buttons that do it.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    QString text() const;
    void setText(const QString &text);

    /// Adds a button under the text and returns it, for the caller to connect.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Inroad
