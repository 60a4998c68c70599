#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Inroad {

class ProfileForm;
class ProfileRepository;
class Workflow;
class Workspace;

/// File ▸ Edit Profile…: every field of the user's profile and, when opened on a whole workspace,
/// the default keep-in-touch interval. OK saves the changes as one undo command; it is disabled
/// while a field is not well-formed.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent = nullptr);
    /// The profile of @p workspace, and how often to keep in touch by default.
    ProfileDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    QPushButton *okButton() const { return m_okButton; }
    /// The default keep-in-touch interval in weeks; nullptr without a workspace.
    QSpinBox *cadenceSpin() const { return m_cadence; }

    void accept() override;

private:
    void build();

    ProfileRepository &m_profiles;
    QUndoStack &m_undoStack;
    Workflow *m_workflow = nullptr;
    ProfileForm *m_form = nullptr;
    QSpinBox *m_cadence = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace Inroad
