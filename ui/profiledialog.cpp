#include "profiledialog.h"

#include "followuprules.h"
#include "formlabels.h"
#include "profileform.h"
#include "profilerepository.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// The default interval is a setting of the workspace, not a record; this makes changing it undoable.
class SetDefaultCadence final : public QUndoCommand
{
public:
    SetDefaultCadence(Workflow &workflow, int before, int after, const QString &text)
        : QUndoCommand(text)
        , m_workflow(workflow)
        , m_before(before)
        , m_after(after)
    {
    }

    void redo() override { setObsolete(!m_workflow.setDefaultCadenceWeeks(m_after)); }
    void undo() override { setObsolete(!m_workflow.setDefaultCadenceWeeks(m_before)); }

private:
    Workflow &m_workflow;
    const int m_before;
    const int m_after;
};

} // namespace

ProfileDialog::ProfileDialog(ProfileRepository &profiles, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_undoStack(undoStack)
{
    build();
}

ProfileDialog::ProfileDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_profiles(workspace.profile())
    , m_undoStack(undoStack)
    , m_workflow(&workspace.workflow())
{
    build();
}

void ProfileDialog::build()
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

    if (m_workflow) {
        layout->addSpacing(6);
        auto *cadenceForm = new QFormLayout;
        cadenceForm->setContentsMargins(0, 0, 0, 0);
        m_cadence = new QSpinBox(this);
        m_cadence->setObjectName(QStringLiteral("defaultCadenceSpin"));
        m_cadence->setRange(FollowUpRules::kMinKeepInTouchWeeks, FollowUpRules::kMaxKeepInTouchWeeks);
        connect(m_cadence, &QSpinBox::valueChanged, this, [this](int weeks) {
            m_cadence->setSuffix(weeks == 1 ? tr(" week") : tr(" weeks"));
        });
        m_cadence->setValue(m_workflow->defaultCadenceWeeks());
        m_cadence->setSuffix(m_cadence->value() == 1 ? tr(" week") : tr(" weeks"));
        auto *label = new QLabel(tr("&Keep in touch every:"), this);
        label->setBuddy(m_cadence);
        auto *explanation = new QLabel(tr("The default for everyone you have interviewed: this long after your last "
                                          "contact, Today reminds you to check in. Four to six weeks keeps you in "
                                          "mind without crowding anyone. A person’s own interval, set in People, "
                                          "comes first."),
                                       this);
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        m_cadence->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(4);
        cellLayout->addWidget(m_cadence, 0, Qt::AlignLeft);
        cellLayout->addWidget(explanation);
        cadenceForm->addRow(label, cell);
        layout->addLayout(cadenceForm);
        alignFormLabels(this);
    }
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
    const bool profileChanged = !before.sameContent(after);
    const int cadenceBefore = m_workflow ? m_workflow->defaultCadenceWeeks() : 0;
    const int cadenceAfter = m_cadence ? m_cadence->value() : 0;
    const bool cadenceChanged = m_workflow && cadenceAfter != cadenceBefore;
    if (profileChanged && cadenceChanged)
        m_undoStack.beginMacro(tr("Edit profile"));
    if (profileChanged)
        m_undoStack.push(new EditRecordCommand<ProfileRepository, Profile>(m_profiles, before, after,
                                                                           tr("Edit profile")));
    if (cadenceChanged)
        m_undoStack.push(new SetDefaultCadence(*m_workflow, cadenceBefore, cadenceAfter,
                                               tr("Change how often to keep in touch")));
    if (profileChanged && cadenceChanged)
        m_undoStack.endMacro();
    // A failed write has been reported already; keep the dialog so nothing typed is lost.
    if (profileChanged && !m_profiles.get().sameContent(after))
        return;
    if (cadenceChanged && m_workflow->defaultCadenceWeeks() != cadenceAfter)
        return;
    QDialog::accept();
}

} // namespace Inroad
