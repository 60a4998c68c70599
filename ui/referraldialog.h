#pragma once

#include "workflow.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Inroad {

/// Asks for the names a person gave at the end of an interview: one row per name, with whether
/// the user may mention who sent them. Two empty rows to start with: the goal is at least two.
class ReferralDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { FirstNameColumn, LastNameColumn, TitleColumn, EmailColumn, MayMentionColumn, NoteColumn, ColumnCount };

    /// @p referrerName is the person who gave the names.
    explicit ReferralDialog(const QString &referrerName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addRow();
    /// The filled-in rows; empty rows are left out.
    QList<ReferralDraft> drafts() const;
    /// Why the rows cannot be saved (a row without a name, a malformed e-mail), naming the row;
    /// empty when they can.
    QString problem() const;

    void accept() override;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Inroad
