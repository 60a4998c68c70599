#pragma once

#include <QPlainTextEdit>

namespace Inroad {

/// A multi-line text field for forms: Tab moves to the next field, and editingFinished() is
/// emitted when focus leaves after the text was changed, like QLineEdit's.
class PlainTextField final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PlainTextField(QWidget *parent = nullptr);

    /// Replaces the text without counting as an edit.
    void setText(const QString &text);
    /// Whether the user changed the text since it was last set.
    bool isModified() const;

    /// A height that fits @p lines lines of text.
    void setVisibleLines(int lines);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Inroad
