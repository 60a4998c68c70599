#pragma once

#include <QDialog>

class QPushButton;
class QUndoStack;

namespace Inroad {

class ProfileForm;
class ProfileRepository;

/// The short first-run welcome: what Inroad is for, and the profile's key fields. "Skip for now"
/// and "Save" both mark the welcome as done for the workspace; Save also writes the profile as one
/// undo command.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Whether the welcome should be offered for this workspace: not yet done, and not suppressed
    /// by the environment variable INROAD_NO_WELCOME (used for scripted screenshots).
    static bool isWanted(const ProfileRepository &profiles);

    ProfileForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *skipButton() const { return m_skipButton; }

    /// Save.
    void accept() override;
    /// Skip for now (also Esc and closing the window).
    void reject() override;

private:
    ProfileRepository &m_profiles;
    QUndoStack &m_undoStack;
    ProfileForm *m_form = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_skipButton = nullptr;
};

} // namespace Inroad
