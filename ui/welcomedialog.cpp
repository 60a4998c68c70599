#include "welcomedialog.h"

#include "profileform.h"
#include "profilerepository.h"
#include "recordcommands.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

WelcomeDialog::WelcomeDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Welcome to Inroad"));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Welcome to Inroad"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *intro = new QLabel(
        tr("<p>Inroad is a notebook for informational interviews: short conversations with people who work "
           "in a field you are curious about, held to learn and to meet people, not to ask for a job.</p>"
           "<p>Keep the organizations you research and the people you hope to talk to here, note who "
           "introduced you, and follow up on time after every conversation.</p>"
           "<p>Start with a few words about yourself; your messages and thank-you letters will use them. "
           "You can also skip this and fill it in later under File ▸ Edit Profile.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    layout->addSpacing(6);

    m_form = new ProfileForm({Profile::FullName, Profile::Email, Profile::FieldsOfInterest, Profile::SelfIntroduction},
                             this);
    m_form->setProfile(m_profiles.get());
    layout->addWidget(m_form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_skipButton = buttons->addButton(tr("S&kip for Now"), QDialogButtonBox::RejectRole);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    m_saveButton->setEnabled(m_form->isValid());
    connect(m_form, &ProfileForm::validityChanged, m_saveButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    layout->addWidget(buttons);

    resize(qMax(sizeHint().width(), 600), sizeHint().height());
}

bool WelcomeDialog::isWanted(const ProfileRepository &profiles)
{
    return qEnvironmentVariableIntValue("INROAD_NO_WELCOME") == 0 && !profiles.welcomeDone();
}

void WelcomeDialog::accept()
{
    if (!m_form->isValid())
        return;
    const Profile before = m_profiles.get();
    const Profile after = m_form->profile();
    if (!before.sameContent(after)) {
        m_undoStack.push(new EditRecordCommand<ProfileRepository, Profile>(m_profiles, before, after,
                                                                           tr("Edit profile")));
        if (!m_profiles.get().sameContent(after))
            return;
    }
    m_profiles.setWelcomeDone(true);
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    m_profiles.setWelcomeDone(true);
    QDialog::reject();
}

} // namespace Inroad
