#include "profiledialog.h"

#include "profileform.h"
#include "profilerepository.h"
#include "recordcommands.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

ProfileDialog::ProfileDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Your Profile"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How you present yourself to the people you contact. Outreach messages, "
                                "thank-you letters and interview sheets take these details from here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    m_form = new ProfileForm({Profile::FullName, Profile::Email, Profile::Phone, Profile::Address,
                              Profile::LinkedInUrl, Profile::Website, Profile::FieldsOfInterest,
                              Profile::SelfIntroduction, Profile::ResumePath},
                             this);
    m_form->setProfile(m_profiles.get());
    layout->addWidget(m_form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setEnabled(m_form->isValid());
    connect(m_form, &ProfileForm::validityChanged, m_okButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);

    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void ProfileDialog::accept()
{
    // OK is disabled while the form is invalid, but Enter in a field still reaches us.
    if (!m_form->isValid())
        return;
    const Profile before = m_profiles.get();
    const Profile after = m_form->profile();
    if (!before.sameContent(after)) {
        m_undoStack.push(new EditRecordCommand<ProfileRepository, Profile>(m_profiles, before, after,
                                                                           tr("Edit profile")));
        // A failed write has been reported already; keep the dialog so nothing typed is lost.
        if (!m_profiles.get().sameContent(after))
            return;
    }
    QDialog::accept();
}

} // namespace Inroad
