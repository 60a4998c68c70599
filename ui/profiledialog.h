#pragma once

#include <QDialog>

class QPushButton;
class QUndoStack;

namespace Inroad {

class ProfileForm;
class ProfileRepository;

/// File ▸ Edit Profile…: every field of the user's profile. OK saves the changes as one undo
/// command; it is disabled while a field is not well-formed.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    QPushButton *okButton() const { return m_okButton; }

    void accept() override;

private:
    ProfileRepository &m_profiles;
    QUndoStack &m_undoStack;
    ProfileForm *m_form = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace Inroad
