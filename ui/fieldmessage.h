#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace Inroad {

/// The inline message under a form field whose text cannot be saved as it is ("… is not an
/// e-mail address"). Shown in red with a warning icon; the field itself gets a warning icon and
/// the message as its accessible description, so screen readers announce it too.
class FieldMessage final : public QWidget
{
    Q_OBJECT

public:
    /// @p field is the editor the message belongs to.
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    QString message() const;
    bool hasMessage() const { return !message().isEmpty(); }
    void showMessage(const QString &message);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QWidget *m_field;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QAction *m_fieldIcon = nullptr;
};

} // namespace Inroad
