#pragma once

#include "interview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Inroad {

class Workspace;

/// Plans a new interview: with whom, and, if agreed already, when, for how long and how.
class NewInterviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p personId preselects a person (0: none).
    NewInterviewDialog(Workspace &workspace, qint64 personId, QWidget *parent = nullptr);

    /// The interview as entered; personId is 0 until a known person is chosen.
    Interview interview() const;
    /// Chooses the person whose display name (as offered in the list) is @p name.
    bool choosePerson(const QString &name);
    QLineEdit *personEdit() const { return m_person; }

    void accept() override;

private:
    qint64 personIdFor(const QString &text) const;

    Workspace &m_workspace;
    QHash<QString, qint64> m_personIds;
    QLineEdit *m_person = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Inroad
