#pragma once

#include "outreachattempt.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QPushButton;

namespace Inroad {

class FieldMessage;
class PlainTextField;

/// Log Contact / Edit Contact: when the user reached out, how, what came of it, and a note. It
/// edits a value only; the caller turns the result into an undo command.
class OutreachDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p attempt (a new one when its id is 0) of @p personName. @p now and @p zone are the
    /// workflow's clock and time zone: a new entry starts at @p now, and times are shown in @p zone.
    OutreachDialog(const OutreachAttempt &attempt, const QString &personName, const QDateTime &now,
                   const QTimeZone &zone, QWidget *parent = nullptr);

    /// The entry as edited.
    OutreachAttempt attempt() const;
    /// Why the entry cannot be saved as it is; empty when it can.
    QString problem() const;

    QPushButton *okButton() const { return m_okButton; }

    void accept() override;

private:
    QDateTime editedTime() const;
    void revalidate();

    OutreachAttempt m_attempt;
    QDateTime m_now;
    QTimeZone m_zone;
    QDateTime m_shownTime; ///< what the editor showed at first, to keep seconds it cannot show
    QDateTimeEdit *m_when = nullptr;
    FieldMessage *m_whenMessage = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_result = nullptr;
    PlainTextField *m_note = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace Inroad
