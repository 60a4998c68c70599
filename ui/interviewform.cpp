#include "interviewform.h"

#include "notespanel.h"

#include "agenda.h"
#include "emptystate.h"
#include "followuprules.h"
#include "formlabels.h"
#include "interviewdocumentsmenu.h"
#include "interviewquestionseditor.h"
#include "interviewtimer.h"
#include "plaintextfield.h"
#include "referraldialog.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

InterviewForm::InterviewForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_nothingShown(new EmptyState(this))
{
    m_nothingShown->setTitle(tr("Select an interview, or plan one"));
    m_nothingShown->setText(tr("Pick an interview in the list to see its plan, your notes afterwards and the "
                               "referrals it brought."));
    connect(m_nothingShown->addButton(tr("Plan Interview")), &QPushButton::clicked, this, &InterviewForm::addRequested);
    m_pages->addWidget(m_nothingShown);
    m_pages->addWidget(buildForm());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    const auto reloadShown = [this] {
        if (m_interviewId > 0)
            showInterview(m_interviewId);
    };
    InterviewRepository &interviews = m_workspace.interviews();
    connect(&interviews, &InterviewRepository::changed, this, [this, reloadShown](qint64 id) {
        if (id == m_interviewId)
            reloadShown();
    });
    connect(&interviews, &InterviewRepository::added, this, [this, reloadShown](qint64 id) {
        if (id == m_interviewId)
            reloadShown(); // redo of a delete brings it back
    });
    connect(&interviews, &InterviewRepository::removed, this, [this](qint64 id) {
        if (id == m_interviewId)
            showInterview(0);
    });
    const auto choicesChanged = [this, reloadShown] {
        reloadChoices();
        reloadShown();
    };
    connect(&m_workspace.organizations(), &OrganizationRepository::added, this, choicesChanged);
    connect(&m_workspace.organizations(), &OrganizationRepository::changed, this, choicesChanged);
    connect(&m_workspace.organizations(), &OrganizationRepository::removed, this, choicesChanged);
    connect(&m_workspace.careerFields(), &CareerFieldRepository::added, this, choicesChanged);
    connect(&m_workspace.careerFields(), &CareerFieldRepository::changed, this, choicesChanged);
    connect(&m_workspace.careerFields(), &CareerFieldRepository::removed, this, choicesChanged);
    connect(&m_workspace.people(), &PersonRepository::changed, this, reloadShown);
    connect(&m_workspace.referrals(), &ReferralRepository::added, this, reloadShown);
    connect(&m_workspace.referrals(), &ReferralRepository::removed, this, reloadShown);
    reloadChoices();
    m_pages->setCurrentWidget(m_nothingShown);
}

QWidget *InterviewForm::buildForm()
{
    auto *page = new QWidget;
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("interviewHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel;
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    m_showPerson = new QPushButton(tr("Show Person"));
    m_showPerson->setToolTip(tr("Open this person in People"));
    connect(m_showPerson, &QPushButton::clicked, this, [this] {
        if (const std::optional<Interview> i = m_workspace.interviews().find(m_interviewId))
            emit personActivated(i->personId);
    });
    m_timerButton = new QPushButton(tr("Start &Timer"));
    m_timerButton->setObjectName(QStringLiteral("startTimerButton"));
    m_timerButton->setToolTip(tr("Count down the agreed minutes while you talk (Ctrl+T)"));
    m_timerButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_timerButton, &QPushButton::clicked, this, &InterviewForm::startTimer);
    auto *addReferralsButton = new QPushButton(tr("Add &Referrals…"));
    addReferralsButton->setObjectName(QStringLiteral("addReferralsButton"));
    connect(addReferralsButton, &QPushButton::clicked, this, &InterviewForm::addReferrals);
    auto *documentsButton = new QPushButton(tr("Do&cuments"));
    documentsButton->setObjectName(QStringLiteral("documentsButton"));
    documentsButton->setToolTip(tr("Print the interview sheet or the thank-you letter, send the thank-you e-mail, or "
                                   "copy an outreach e-mail or phone script"));
    m_documents = new InterviewDocumentsMenu(m_workspace, m_undoStack, this);
    documentsButton->setMenu(m_documents);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showPerson);
    actions->addWidget(m_timerButton);
    actions->addWidget(addReferralsButton);
    actions->addWidget(documentsButton);
    actions->addStretch();

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    const auto group = [bodyLayout](const QString &title) {
        auto *box = new QGroupBox(title);
        bodyLayout->addWidget(box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };
    const auto textField = [this](const char *name, Interview::Field field, int lines, const QString &placeholder) {
        auto *edit = new PlainTextField;
        edit->setObjectName(QLatin1String(name));
        edit->setVisibleLines(lines);
        edit->setPlaceholderText(placeholder);
        connect(edit, &PlainTextField::editingFinished, this, [this, edit, field] { commit(field, edit->toPlainText()); });
        return edit;
    };

    // The plan
    QFormLayout *plan = group(tr("Plan"));
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    connect(m_organization, &QComboBox::activated, this,
            [this](int index) { commit(Interview::OrganizationId, m_organization->itemData(index)); });
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    connect(m_field, &QComboBox::activated, this, [this](int index) { commit(Interview::FieldId, m_field->itemData(index)); });
    m_purpose = textField("purposeEdit", Interview::Purpose, 2, tr("What you want to learn from this conversation"));
    m_hasStart = new QCheckBox(tr("Agreed"));
    m_hasStart->setObjectName(QStringLiteral("hasStartCheck"));
    m_hasStart->setToolTip(tr("Untick while no time has been agreed yet"));
    connect(m_hasStart, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        commitStart();
    });
    m_start = new QDateTimeEdit;
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    connect(m_start, &QDateTimeEdit::editingFinished, this, &InterviewForm::commitStart);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_hasStart);
    startRow->addWidget(m_start, 1);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(5, Interview::kMaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setToolTip(tr("Ask for 20 to 30 minutes, and keep to it"));
    connect(m_minutes, &QSpinBox::editingFinished, this, [this] { commit(Interview::AgreedMinutes, m_minutes->value()); });
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (int mode = 0; mode < kInterviewModeCount; ++mode)
        m_mode->addItem(interviewModeName(InterviewMode(mode)), mode);
    connect(m_mode, &QComboBox::activated, this, [this](int index) { commit(Interview::Mode, m_mode->itemData(index)); });
    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("The address, the number to call, or the meeting link"));
    connect(m_location, &QLineEdit::editingFinished, this, [this] { commit(Interview::Location, m_location->text()); });
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (int status = 0; status < kInterviewStatusCount; ++status)
        m_status->addItem(interviewStatusName(InterviewStatus(status)), status);
    connect(m_status, &QComboBox::activated, this, [this](int index) { commit(Interview::Status, m_status->itemData(index)); });
    plan->addRow(buddyLabel(tr("&Organization:"), m_organization), m_organization);
    plan->addRow(buddyLabel(tr("Career &field:"), m_field), m_field);
    plan->addRow(buddyLabel(tr("&Purpose:"), m_purpose), m_purpose);
    plan->addRow(buddyLabel(tr("&When:"), m_start), startRow);
    plan->addRow(buddyLabel(tr("&Length:"), m_minutes), m_minutes);
    plan->addRow(buddyLabel(tr("&Mode:"), m_mode), m_mode);
    plan->addRow(buddyLabel(tr("Place or &link:"), m_location), m_location);
    plan->addRow(buddyLabel(tr("&Status:"), m_status), m_status);
    m_minutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_mode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    // Afterwards
    QFormLayout *after = group(tr("Afterwards"));
    m_learned = textField("learnedEdit", Interview::Learned, 3, tr("Write it down right after the conversation"));
    m_stillWant = textField("stillWantEdit", Interview::StillWant, 2, QString());
    m_nextSteps = textField("nextStepsEdit", Interview::NextSteps, 2, tr("Courses, people, events, things to read"));
    m_impressions = textField("impressionsEdit", Interview::Impressions, 2, tr("Could you see yourself doing this work?"));
    after->addRow(buddyLabel(tr("What I &learned:"), m_learned), m_learned);
    after->addRow(buddyLabel(tr("Still &want to know:"), m_stillWant), m_stillWant);
    after->addRow(buddyLabel(tr("Ne&xt steps:"), m_nextSteps), m_nextSteps);
    after->addRow(buddyLabel(tr("&Impressions:"), m_impressions), m_impressions);

    // Thank-you and referrals
    QFormLayout *thanks = group(tr("Thank-you and referrals"));
    m_thanked = new QCheckBox(tr("Sent on"));
    m_thanked->setObjectName(QStringLiteral("thankedCheck"));
    m_thanksDate = new QDateEdit;
    m_thanksDate->setObjectName(QStringLiteral("thanksDateEdit"));
    m_thanksDate->setCalendarPopup(true);
    m_thanksChannel = new QComboBox;
    m_thanksChannel->setObjectName(QStringLiteral("thanksChannelCombo"));
    for (int channel = 0; channel < kThanksChannelCount; ++channel)
        m_thanksChannel->addItem(thanksChannelName(ThanksChannel(channel)), channel);
    connect(m_thanked, &QCheckBox::toggled, this, [this](bool on) {
        m_thanksDate->setEnabled(on);
        m_thanksChannel->setEnabled(on);
        if (on && !m_loading)
            m_thanksDate->setDate(QDate::currentDate());
        commitThanks();
    });
    connect(m_thanksDate, &QDateEdit::editingFinished, this, &InterviewForm::commitThanks);
    connect(m_thanksChannel, &QComboBox::activated, this, &InterviewForm::commitThanks);
    auto *thanksRow = new QHBoxLayout;
    thanksRow->addWidget(m_thanked);
    thanksRow->addWidget(m_thanksDate);
    thanksRow->addWidget(buddyLabel(tr("b&y"), m_thanksChannel));
    thanksRow->addWidget(m_thanksChannel);
    thanksRow->addStretch();
    m_thanksHint = new QLabel;
    m_thanksHint->setObjectName(QStringLiteral("thanksHint"));
    m_thanksHint->setWordWrap(true);
    m_referrals = new QLabel;
    m_referrals->setObjectName(QStringLiteral("referralsLabel"));
    m_referrals->setWordWrap(true);
    m_referrals->setTextFormat(Qt::PlainText);
    thanks->addRow(buddyLabel(tr("&Thank-you:"), m_thanked), thanksRow);
    thanks->addRow(QString(), m_thanksHint);
    thanks->addRow(tr("Referrals:"), m_referrals);

    bodyLayout->addStretch();
    alignFormLabels(body);
    auto *scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_questions = new InterviewQuestionsEditor(m_workspace, m_undoStack);
    m_questions->setObjectName(QStringLiteral("interviewQuestionsEditor"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("interviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_questions, tr("&Questions and Answers"));
    m_notes = new NotesPanel(m_workspace, m_undoStack);
    m_notes->setObjectName(QStringLiteral("interviewNotes"));
    m_notes->addAsTab(m_tabs);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);
    return page;
}

void InterviewForm::reloadChoices()
{
    const QVariant organization = m_organization->currentData();
    m_organization->clear();
    m_organization->addItem(tr("(none)"), qint64(0));
    OrganizationQuery query;
    for (const Organization &o : m_workspace.organizations().page(query, 0, -1))
        m_organization->addItem(o.name, o.id);
    selectData(m_organization, organization);

    const QVariant field = m_field->currentData();
    m_field->clear();
    m_field->addItem(tr("(none)"), qint64(0));
    for (const CareerField &f : m_workspace.careerFields().all())
        m_field->addItem(f.name, f.id);
    selectData(m_field, field);
}

void InterviewForm::showInterview(qint64 id)
{
    const std::optional<Interview> interview = id > 0 ? m_workspace.interviews().find(id) : std::nullopt;
    if (!interview) {
        m_interviewId = 0;
        m_questions->showInterview(0);
        m_notes->setSubject(NoteSubject::Interview, 0);
        m_pages->setCurrentWidget(m_nothingShown);
        return;
    }
    m_interviewId = id;
    m_documents->setInterviewId(id);
    load(*interview);
    m_questions->showInterview(id);
    m_notes->setSubject(NoteSubject::Interview, id);
    m_pages->setCurrentIndex(1);
}

void InterviewForm::load(const Interview &i)
{
    m_loading = true;
    m_heading->setText(tr("Interview with %1").arg(i.personName));
    QStringList sub{interviewStatusName(i.status)};
    if (i.isScheduled())
        sub << QLocale().toString(i.scheduledStart.toLocalTime(), QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    if (!i.organizationName.isEmpty())
        sub << i.organizationName;
    // The number the command line's `export sheet|letter|packet --interview` takes.
    sub << tr("no. %1").arg(i.id);
    m_subheading->setText(sub.join(QStringLiteral(" · ")));

    selectData(m_organization, i.organizationId);
    selectData(m_field, i.fieldId);
    if (m_purpose->toPlainText() != i.purpose)
        m_purpose->setText(i.purpose);
    m_hasStart->setChecked(i.isScheduled());
    m_start->setEnabled(i.isScheduled());
    m_start->setDateTime(i.isScheduled() ? i.scheduledStart.toLocalTime()
                                         : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_minutes->setValue(i.agreedMinutes);
    selectData(m_mode, int(i.mode));
    if (m_location->text() != i.location)
        m_location->setText(i.location);
    selectData(m_status, int(i.status));
    const std::pair<PlainTextField *, const QString *> texts[] = {
        {m_learned, &i.learned}, {m_stillWant, &i.stillWant}, {m_nextSteps, &i.nextSteps}, {m_impressions, &i.impressions}};
    for (const auto &[edit, text] : texts) {
        if (edit->toPlainText() != *text)
            edit->setText(*text);
    }
    m_thanked->setChecked(i.thanked());
    m_thanksDate->setEnabled(i.thanked());
    m_thanksChannel->setEnabled(i.thanked());
    m_thanksDate->setDate(i.thanked() ? i.thanksSentOn : QDate::currentDate());
    selectData(m_thanksChannel, int(i.thanksChannel));

    const bool done = i.status == InterviewStatus::Done;
    QString hint;
    if (done && !i.thanked()) {
        const QDateTime due = FollowUpRules::thankYouDue(i, QDateTime::currentDateTimeUtc());
        hint = tr("Send a short thank-you by %1: what you learned, and what you will do with it.")
                   .arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
    }
    m_thanksHint->setText(hint);
    m_thanksHint->setVisible(!hint.isEmpty());

    QStringList names;
    for (const Referral &r : m_workspace.referrals().forInterview(i.id))
        names << (r.mayMention ? tr("%1 (may mention %2)").arg(r.referredName, i.personName) : r.referredName);
    if (names.isEmpty())
        m_referrals->setText(done ? tr("None yet. Before you leave, ask whom else they suggest you talk to; aim for two.")
                                  : tr("None yet."));
    else if (names.size() < Agenda::kReferralGoal && done)
        m_referrals->setText(names.join(QStringLiteral(", ")) + QLatin1Char('\n') + tr("One more would meet the goal of two."));
    else
        m_referrals->setText(names.join(QStringLiteral(", ")));
    m_timerButton->setEnabled(i.status != InterviewStatus::Cancelled);
    m_loading = false;
}

void InterviewForm::commit(Interview::Field field, const QVariant &value)
{
    if (m_loading || m_interviewId <= 0)
        return;
    const std::optional<Interview> before = m_workspace.interviews().find(m_interviewId);
    if (!before)
        return;
    Interview after = *before;
    after.setValue(field, value);
    if (field == Interview::ScheduledStart) {
        // Agreeing on a time schedules the interview; taking the time away un-schedules it.
        if (after.isScheduled() && (after.status == InterviewStatus::Idea || after.status == InterviewStatus::Requested))
            after.status = InterviewStatus::Scheduled;
        else if (!after.isScheduled() && after.status == InterviewStatus::Scheduled)
            after.status = InterviewStatus::Requested;
    }
    if (after.sameContent(*before))
        return;
    m_undoStack.push(m_workspace.workflow().editInterview(*before, after));
}

void InterviewForm::commitStart()
{
    if (m_loading)
        return;
    commit(Interview::ScheduledStart, m_hasStart->isChecked() ? m_start->dateTime().toUTC() : QDateTime());
}

void InterviewForm::commitThanks()
{
    if (m_loading || m_interviewId <= 0)
        return;
    const std::optional<Interview> before = m_workspace.interviews().find(m_interviewId);
    if (!before)
        return;
    Interview after = *before;
    after.thanksSentOn = m_thanked->isChecked() ? m_thanksDate->date() : QDate();
    after.thanksChannel = thanksChannelFromInt(m_thanksChannel->currentData().toInt());
    if (!after.sameContent(*before))
        m_undoStack.push(m_workspace.workflow().editInterview(*before, after));
}

void InterviewForm::addReferrals()
{
    const std::optional<Interview> interview = m_workspace.interviews().find(m_interviewId);
    if (!interview)
        return;
    ReferralDialog dialog(interview->personName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack.push(m_workspace.workflow().addReferrals(*interview, dialog.drafts()));
}

void InterviewForm::startTimer()
{
    const std::optional<Interview> interview = m_workspace.interviews().find(m_interviewId);
    if (!interview)
        return;
    auto *timer = new InterviewTimer(tr("Interview with %1").arg(interview->personName), interview->agreedMinutes, this);
    timer->setAttribute(Qt::WA_DeleteOnClose);
    timer->setModal(false);
    timer->show();
    timer->start();
}

void InterviewForm::showQuestions()
{
    m_tabs->setCurrentWidget(m_questions);
}

void InterviewForm::showNotes()
{
    m_tabs->setCurrentWidget(m_notes);
}

} // namespace Inroad
