#include "personform.h"

#include "notespanel.h"

#include "emptystate.h"
#include "fieldmessage.h"
#include "followuprules.h"
#include "formlabels.h"
#include "outreachdialog.h"
#include "outreachlogmodel.h"
#include "plaintextfield.h"
#include "recordcommands.h"
#include "tagcompleter.h"
#include "validation.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

using EditPerson = EditRecordCommand<PersonRepository, Person>;

QStringList splitTags(const QString &text)
{
    return normalizedTags(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

// A field with its inline message underneath, as one cell of a form row.
QWidget *withMessage(QWidget *field, FieldMessage *message)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return cell;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A quiet line of explanation next to or under a field.
QLabel *hintLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString weeksText(int weeks)
{
    return weeks == 1 ? PersonForm::tr("1 week") : PersonForm::tr("%1 weeks").arg(weeks);
}

constexpr int kMostLogRowsShown = 6;
constexpr int kMostFollowUpsShown = 2;

} // namespace

PersonForm::PersonForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_nothingShown(new EmptyState(this))
{
    m_nothingShown->setObjectName(QStringLiteral("nothingShownState"));
    m_nothingShown->setTitle(tr("Select a person, or add one"));
    m_nothingShown->setText(tr("Pick someone in the list to see and edit everything you know about them."));
    connect(m_nothingShown->addButton(tr("Add Person")), &QPushButton::clicked, this, &PersonForm::addRequested);

    m_pages->addWidget(m_nothingShown);
    m_pages->addWidget(buildForm());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_creating)
            cancelNewPerson();
        else
            emit leaveRequested();
    });
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_creating)
            saveNewPerson();
    });

    PersonRepository &people = m_workspace.people();
    connect(&people, &PersonRepository::added, this, [this](qint64 id) {
        m_lastAddedId = id;
        m_tagCompleter->setTags(m_workspace.people().allTags());
    });
    connect(&people, &PersonRepository::changed, this, [this](qint64 id) {
        if (id == m_personId)
            reloadShown();
    });
    connect(&people, &PersonRepository::removed, this, [this](qint64 id) {
        if (id == m_personId && !m_creating)
            showPerson(0);
    });
    // The organization's name is shown (and offered) here.
    OrganizationRepository &organizations = m_workspace.organizations();
    const auto organizationsChanged = [this] {
        reloadOrganizations();
        reloadShown();
    };
    connect(&organizations, &OrganizationRepository::added, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::changed, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::removed, this, organizationsChanged);
    // The log model follows the outreach repository by itself; this notes which entry is new.
    connect(&m_workspace.outreach(), &OutreachRepository::added, this, [this](qint64 id) { m_lastLoggedId = id; });
    // Logging, undoing and completing things all move what is due next.
    FollowUpRepository &followUps = m_workspace.followUps();
    connect(&followUps, &FollowUpRepository::added, this, &PersonForm::updateNextFollowUps);
    connect(&followUps, &FollowUpRepository::changed, this, &PersonForm::updateNextFollowUps);
    connect(&followUps, &FollowUpRepository::removed, this, &PersonForm::updateNextFollowUps);

    reloadOrganizations();
    m_tagCompleter->setTags(people.allTags());
    m_pages->setCurrentWidget(m_nothingShown);
}

PersonForm::~PersonForm()
{
    // Closing the window takes the focus out of a field while the form is being torn down: no edit
    // is saved from there.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

QWidget *PersonForm::buildForm()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("personPage"));

    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel(page);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);

    const auto lineEdit = [this](const char *name, Person::Field field) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] { commit(field, edit->text()); });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_creating)
                saveNewPerson();
        });
        return edit;
    };
    const auto group = [bodyLayout](const QString &title) {
        auto *box = new QGroupBox(title);
        bodyLayout->addWidget(box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };

    // Name
    QFormLayout *name = group(tr("Name"));
    m_firstName = lineEdit("firstNameEdit", Person::FirstName);
    m_lastName = lineEdit("lastNameEdit", Person::LastName);
    m_nameMessage = new FieldMessage(m_lastName);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_pronunciation = lineEdit("pronunciationEdit", Person::Pronunciation);
    m_pronunciation->setPlaceholderText(tr("How to say the name, e.g. “PREE-yah rah-MAHN”"));
    m_salutation = lineEdit("salutationEdit", Person::Salutation);
    m_salutation->setPlaceholderText(tr("How to address them in a letter, e.g. “Dr. Raman”"));
    name->addRow(buddyLabel(tr("F&irst name:"), m_firstName), m_firstName);
    name->addRow(buddyLabel(tr("&Last name:"), m_lastName), withMessage(m_lastName, m_nameMessage));
    name->addRow(buddyLabel(tr("Pronunci&ation:"), m_pronunciation), m_pronunciation);
    name->addRow(buddyLabel(tr("Sal&utation:"), m_salutation), m_salutation);

    // Work
    QFormLayout *work = group(tr("Work"));
    m_title = lineEdit("titleEdit", Person::Title);
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->lineEdit()->setPlaceholderText(tr("Pick one, or type a new name to add it"));
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_organization->completer()->setFilterMode(Qt::MatchContains);
    m_organization->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->setMinimumContentsLength(12);
    connect(m_organization, &QComboBox::activated, this, &PersonForm::commitOrganization);
    connect(m_organization->lineEdit(), &QLineEdit::editingFinished, this, &PersonForm::commitOrganization);
    connect(m_organization->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_creating)
            saveNewPerson();
    });
    m_openOrganization = new QToolButton;
    m_openOrganization->setObjectName(QStringLiteral("openOrganizationButton"));
    m_openOrganization->setText(tr("Show"));
    m_openOrganization->setToolTip(tr("Show this organization in Organizations"));
    connect(m_openOrganization, &QToolButton::clicked, this, [this] {
        if (const std::optional<Person> p = m_workspace.people().find(m_personId); p && p->organizationId > 0)
            emit organizationActivated(p->organizationId);
    });
    auto *organizationRow = new QHBoxLayout;
    organizationRow->setContentsMargins(0, 0, 0, 0);
    organizationRow->addWidget(m_organization, 1);
    organizationRow->addWidget(m_openOrganization);
    work->addRow(buddyLabel(tr("&Job title:"), m_title), m_title);
    work->addRow(buddyLabel(tr("&Organization:"), m_organization), organizationRow);

    // Contact
    QFormLayout *contact = group(tr("Contact"));
    m_email = lineEdit("emailEdit", Person::Email);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailMessage = new FieldMessage(m_email);
    m_emailMessage->setObjectName(QStringLiteral("emailMessage"));
    m_phone = lineEdit("phoneEdit", Person::Phone);
    m_linkedIn = lineEdit("linkedInEdit", Person::LinkedInUrl);
    m_linkedIn->setPlaceholderText(tr("https://www.linkedin.com/in/…"));
    m_linkedInMessage = new FieldMessage(m_linkedIn);
    m_linkedInMessage->setObjectName(QStringLiteral("linkedInMessage"));
    m_address = new PlainTextField;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setVisibleLines(2);
    connect(m_address, &PlainTextField::editingFinished, this,
            [this] { commit(Person::Address, m_address->toPlainText()); });
    contact->addRow(buddyLabel(tr("E-&mail:"), m_email), withMessage(m_email, m_emailMessage));
    contact->addRow(buddyLabel(tr("&Phone:"), m_phone), m_phone);
    contact->addRow(buddyLabel(tr("Lin&kedIn:"), m_linkedIn), withMessage(m_linkedIn, m_linkedInMessage));
    contact->addRow(buddyLabel(tr("A&ddress:"), m_address), m_address);

    // Network
    QFormLayout *network = group(tr("Network"));
    m_source = lineEdit("sourceEdit", Person::Source);
    m_source->setPlaceholderText(tr("e.g. alumni directory, met at a career fair"));
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_tagCompleter = new TagCompleter(this);
    m_tags->setCompleter(m_tagCompleter);
    connect(m_tags, &QLineEdit::editingFinished, this, [this] { commit(Person::Tags, splitTags(m_tags->text())); });
    connect(m_tags, &QLineEdit::returnPressed, this, [this] {
        if (m_creating)
            saveNewPerson();
    });
    m_strength = new QSpinBox;
    m_strength->setObjectName(QStringLiteral("strengthSpin"));
    m_strength->setRange(0, 5);
    m_strength->setSpecialValueText(tr("None yet"));
    m_strength->setSuffix(tr(" of 5"));
    m_strength->setToolTip(tr("How well you know each other, from 0 (not at all yet) to 5 (close)"));
    connect(m_strength, &QSpinBox::editingFinished, this,
            [this] { commit(Person::RelationshipStrength, m_strength->value()); });
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (int stage = 0; stage < kPipelineStageCount; ++stage)
        m_stage->addItem(pipelineStageName(PipelineStage(stage)), stage);
    connect(m_stage, &QComboBox::activated, this, [this](int index) { commit(Person::Stage, m_stage->itemData(index)); });
    m_stageHint = hintLabel();
    m_stageHint->setObjectName(QStringLiteral("stageHint"));
    m_businessCard = new QCheckBox(tr("&Business card received"));
    m_businessCard->setObjectName(QStringLiteral("businessCardCheck"));
    connect(m_businessCard, &QCheckBox::toggled, this, [this](bool on) { commit(Person::BusinessCard, on); });
    network->addRow(buddyLabel(tr("Ho&w found:"), m_source), m_source);
    network->addRow(buddyLabel(tr("&Tags:"), m_tags), m_tags);
    network->addRow(buddyLabel(tr("&Relationship:"), m_strength), m_strength);
    auto *stageRow = new QHBoxLayout;
    stageRow->setContentsMargins(0, 0, 0, 0);
    stageRow->addWidget(m_stage);
    stageRow->addWidget(m_stageHint, 1);
    network->addRow(buddyLabel(tr("Sta&ge:"), m_stage), stageRow);
    network->addRow(QString(), m_businessCard);
    m_strength->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_stage->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    bodyLayout->addWidget(buildContactLog());
    bodyLayout->addStretch();
    alignFormLabels(body);

    auto *scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_saveBar = new QWidget;
    auto *saveLayout = new QHBoxLayout(m_saveBar);
    saveLayout->setContentsMargins(0, 0, 0, 0);
    saveLayout->addStretch();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Forget this new person (Esc)"));
    m_save = new QPushButton(tr("Add Person"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Add this person to your notebook (Enter)"));
    saveLayout->addWidget(m_cancel);
    saveLayout->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &PersonForm::saveNewPerson);
    connect(m_cancel, &QPushButton::clicked, this, &PersonForm::cancelNewPerson);
    m_saveBar->hide();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Details"));
    m_notes = new NotesPanel(m_workspace, m_undoStack);
    m_notes->setObjectName(QStringLiteral("personNotes"));
    m_notes->addAsTab(m_tabs);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveBar);
    return page;
}

QWidget *PersonForm::buildContactLog()
{
    auto *box = new QGroupBox(tr("Contact log"));
    m_contactLog = box;
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_log = new OutreachLogModel(m_workspace.outreach(), this);
    m_logTable = new QTableView;
    m_logTable->setObjectName(QStringLiteral("outreachLog"));
    m_logTable->setAccessibleName(tr("Contact log"));
    m_logTable->setModel(m_log);
    m_logTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logTable->setTabKeyNavigation(false);
    m_logTable->setAlternatingRowColors(true);
    m_logTable->setWordWrap(false);
    m_logTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_logTable->verticalHeader()->hide();
    m_logTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_logTable->horizontalHeader();
    header->setHighlightSections(false);
    // Date, channel and result are short; the note takes what is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutreachLogModel::NoteColumn, QHeaderView::Stretch);
    m_logTable->installEventFilter(this);
    connect(m_logTable, &QAbstractItemView::doubleClicked, this, &PersonForm::editSelectedContact);

    m_noLog = hintLabel();
    m_noLog->setObjectName(QStringLiteral("noOutreachLabel"));
    m_noLog->setWordWrap(true);
    m_noLog->setText(tr("Nothing logged yet. Add each message, call or meeting here; the stage and the next "
                        "check-in follow from it."));
    // One of the two shows; a hidden one takes no room.
    auto *logCell = new QWidget;
    auto *logCellLayout = new QVBoxLayout(logCell);
    logCellLayout->setContentsMargins(0, 0, 0, 0);
    logCellLayout->addWidget(m_logTable);
    logCellLayout->addWidget(m_noLog);
    form->addRow(logCell);

    auto *logButton = new QPushButton(tr("Log &Contact…"));
    logButton->setObjectName(QStringLiteral("logContactButton"));
    logButton->setToolTip(tr("Note a message sent, a call made or a meeting held"));
    connect(logButton, &QPushButton::clicked, this, &PersonForm::logContact);
    m_editContact = new QPushButton(tr("Edit…"));
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_editContact->setToolTip(tr("Change the selected entry, e.g. when they answered (double-click, Enter)"));
    connect(m_editContact, &QPushButton::clicked, this, &PersonForm::editSelectedContact);
    m_deleteContact = new QPushButton(tr("Delete"));
    m_deleteContact->setObjectName(QStringLiteral("deleteContactButton"));
    m_deleteContact->setToolTip(tr("Remove the selected entry from the log (Delete)"));
    connect(m_deleteContact, &QPushButton::clicked, this, &PersonForm::deleteSelectedContact);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(logButton);
    buttons->addWidget(m_editContact);
    buttons->addWidget(m_deleteContact);
    buttons->addStretch();
    form->addRow(buttons);

    m_cadence = new QSpinBox;
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setRange(0, FollowUpRules::kMaxKeepInTouchWeeks);
    m_cadence->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_cadence->setToolTip(tr("How often to check in after your interview. At 0 the default from your profile "
                             "applies."));
    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int weeks) {
        m_cadence->setSuffix(weeks == 1 ? tr(" week") : tr(" weeks"));
    });
    connect(m_cadence, &QSpinBox::editingFinished, this, &PersonForm::commitCadence);
    form->addRow(buddyLabel(tr("Keep in touch ever&y:"), m_cadence), m_cadence);

    m_nextFollowUps = new QLabel;
    m_nextFollowUps->setObjectName(QStringLiteral("nextFollowUpsLabel"));
    m_nextFollowUps->setTextFormat(Qt::PlainText);
    m_nextFollowUps->setWordWrap(true);
    m_nextFollowUps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Next:"), m_nextFollowUps);

    connect(m_log, &QAbstractItemModel::rowsInserted, this, &PersonForm::updateLogState);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &PersonForm::updateLogState);
    connect(m_log, &QAbstractItemModel::modelReset, this, &PersonForm::updateLogState);
    connect(m_logTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PersonForm::updateLogState);
    updateCadenceText();
    updateLogState();
    return box;
}

void PersonForm::showPerson(qint64 id)
{
    if (m_creating) {
        m_creating = false;
        m_saveBar->hide();
        emit creatingChanged(false);
    }
    if (id != m_personId)
        commitPendingEdits();
    const std::optional<Person> person = id > 0 ? m_workspace.people().find(id) : std::nullopt;
    if (!person) {
        m_personId = 0;
        m_log->setPersonId(0);
        m_notes->setSubject(NoteSubject::Person, 0);
        clearProblems();
        m_pages->setCurrentWidget(m_nothingShown);
        return;
    }
    const bool same = id == m_personId;
    m_personId = id;
    m_tagCompleter->setTags(m_workspace.people().allTags());
    load(*person, same);
    m_log->setTimeZone(m_workspace.workflow().timeZone());
    m_log->setPersonId(id);
    m_notes->setSubject(NoteSubject::Person, id);
    m_contactLog->show();
    updateNextFollowUps();
    m_pages->setCurrentIndex(1);
}

void PersonForm::startNewPerson()
{
    commitPendingEdits();
    if (!m_creating)
        m_idBeforeCreating = m_personId;
    m_creating = true;
    m_personId = 0;
    m_log->setPersonId(0);
    m_notes->setSubject(NoteSubject::Person, 0);
    m_tabs->setCurrentIndex(0);
    m_contactLog->hide(); // nothing can be logged before the person exists
    load(Person(), false);
    m_heading->setText(tr("New person"));
    m_subheading->setText(tr("Enter at least a first or a last name, then press Enter to add them."));
    m_saveBar->show();
    m_pages->setCurrentIndex(1);
    emit creatingChanged(true);
    focusFirstField();
}

bool PersonForm::saveNewPerson()
{
    if (!m_creating)
        return false;
    Person person = draft();
    if (!showProblems({Person::FirstName, Person::Email, Person::LinkedInUrl}, person)) {
        if (m_nameMessage->hasMessage())
            m_firstName->setFocus(Qt::OtherFocusReason);
        else if (m_emailMessage->hasMessage())
            m_email->setFocus(Qt::OtherFocusReason);
        else
            m_linkedIn->setFocus(Qt::OtherFocusReason);
        return false;
    }

    OrganizationRepository &organizations = m_workspace.organizations();
    const QString organizationName = m_organization->currentText().simplified();
    const bool newOrganization = !organizationName.isEmpty() && !organizations.findByName(organizationName);
    const QString text = tr("Add %1").arg(person.displayName());
    m_lastAddedId = 0;
    if (newOrganization) {
        m_undoStack.beginMacro(text);
        Organization organization;
        organization.name = organizationName;
        m_undoStack.push(new AddRecordCommand<OrganizationRepository, Organization>(
            organizations, organization, tr("Add organization %1").arg(organizationName)));
        if (const std::optional<Organization> added = organizations.findByName(organizationName))
            person.organizationId = added->id;
    }
    m_undoStack.push(new AddRecordCommand<PersonRepository, Person>(m_workspace.people(), person, text));
    if (newOrganization)
        m_undoStack.endMacro();
    const qint64 id = m_lastAddedId;
    if (id == 0)
        return false; // the repository has told the user why
    m_creating = false;
    m_saveBar->hide();
    emit creatingChanged(false);
    showPerson(id);
    emit personCreated(id);
    return true;
}

void PersonForm::cancelNewPerson()
{
    if (!m_creating)
        return;
    m_creating = false;
    m_saveBar->hide();
    clearProblems();
    emit creatingChanged(false);
    showPerson(m_idBeforeCreating);
    emit creationCancelled();
}

void PersonForm::focusFirstField()
{
    if (m_pages->currentIndex() == 1)
        m_firstName->setFocus(Qt::TabFocusReason);
    else
        m_nothingShown->setFocus(Qt::TabFocusReason);
}

void PersonForm::load(const Person &person, bool keepPendingText)
{
    if (!keepPendingText)
        clearProblems();
    m_loading = true;
    const auto setLine = [keepPendingText](QLineEdit *edit, const QString &text, const FieldMessage *message) {
        // Text the user typed that cannot be saved yet stays, with its message, until fixed.
        if (keepPendingText && message && message->hasMessage())
            return;
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // show the start of a long address, not its end
        }
        edit->setModified(false);
    };
    setLine(m_firstName, person.firstName, m_nameMessage);
    setLine(m_lastName, person.lastName, m_nameMessage);
    setLine(m_pronunciation, person.pronunciation, nullptr);
    setLine(m_salutation, person.salutation, nullptr);
    setLine(m_title, person.title, nullptr);
    const int organizationIndex = person.organizationId > 0 ? m_organization->findData(person.organizationId) : -1;
    m_organization->setCurrentIndex(organizationIndex);
    if (organizationIndex < 0)
        m_organization->setEditText(QString());
    m_organization->lineEdit()->setModified(false);
    setLine(m_email, person.email, m_emailMessage);
    setLine(m_phone, person.phone, nullptr);
    setLine(m_linkedIn, person.linkedInUrl, m_linkedInMessage);
    m_address->setText(person.address);
    setLine(m_source, person.source, nullptr);
    setLine(m_tags, person.tags.join(QStringLiteral(", ")), nullptr);
    m_strength->setValue(person.relationshipStrength);
    m_stage->setCurrentIndex(m_stage->findData(int(person.stage)));
    m_businessCard->setChecked(person.businessCardReceived);
    m_openOrganization->setEnabled(person.organizationId > 0);
    updateCadenceText();
    m_cadence->setValue(person.keepInTouchWeeks);
    m_loading = false;
    updateStageHint(person);
    updateHeader(person);
}

void PersonForm::updateHeader(const Person &person)
{
    const QString name = person.displayName();
    m_heading->setText(name.isEmpty() ? tr("Unnamed person") : name);
    QString work;
    if (!person.title.isEmpty() && !person.organizationName.isEmpty())
        work = tr("%1 at %2").arg(person.title, person.organizationName);
    else
        work = person.title.isEmpty() ? person.organizationName : person.title;
    const QString stage = pipelineStageName(person.stage);
    m_subheading->setText(work.isEmpty() ? stage : tr("%1 · %2").arg(work, stage));
}

void PersonForm::reloadShown()
{
    if (m_creating || m_personId == 0)
        return;
    if (const std::optional<Person> person = m_workspace.people().find(m_personId)) {
        m_tagCompleter->setTags(m_workspace.people().allTags());
        load(*person, true);
    } else {
        showPerson(0);
    }
}

void PersonForm::reloadOrganizations()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString text = m_organization->currentText();
    const bool modified = m_organization->lineEdit()->isModified();
    m_organization->clear();
    const QList<QPair<qint64, QString>> names = m_workspace.organizations().names();
    for (const auto &[id, name] : names)
        m_organization->addItem(name, id);
    const int index = text.isEmpty() ? -1 : m_organization->findText(text, Qt::MatchFixedString);
    m_organization->setCurrentIndex(index);
    if (index < 0)
        m_organization->setEditText(text);
    m_organization->lineEdit()->setModified(modified);
    m_loading = wasLoading;
}

void PersonForm::commit(Person::Field field, const QVariant &value)
{
    if (m_loading)
        return;
    const bool isName = field == Person::FirstName || field == Person::LastName;
    if (m_creating) {
        // While a new person is entered, a message appears when a field is left with a mistake;
        // the missing name is only pointed out on Save.
        showProblems({field}, draft(), isName);
        return;
    }
    if (m_personId == 0)
        return;
    const std::optional<Person> before = m_workspace.people().find(m_personId);
    if (!before)
        return;
    Person after = *before;
    after.setValue(field, value);
    if (!showProblems({field}, after))
        return;
    if (after.sameContent(*before)) {
        load(*before, true); // shows the stored form of the value (trimmed, tags sorted)
        return;
    }
    m_undoStack.push(new EditPerson(m_workspace.people(), *before, after,
                                    tr("Edit %1 of %2").arg(undoName(field), before->displayName())));
}

void PersonForm::commitOrganization()
{
    if (m_loading || m_creating || m_personId == 0)
        return;
    const std::optional<Person> before = m_workspace.people().find(m_personId);
    if (!before)
        return;
    OrganizationRepository &organizations = m_workspace.organizations();
    const QString name = m_organization->currentText().simplified();
    Person after = *before;
    if (name.isEmpty()) {
        after.organizationId = 0;
    } else if (const std::optional<Organization> existing = organizations.findByName(name)) {
        after.organizationId = existing->id;
    } else {
        // A name that is not in the workspace yet: add the organization and assign it, as one step.
        m_undoStack.beginMacro(tr("Add %1 as the organization of %2").arg(name, before->displayName()));
        Organization organization;
        organization.name = name;
        m_undoStack.push(new AddRecordCommand<OrganizationRepository, Organization>(
            organizations, organization, tr("Add organization %1").arg(name)));
        if (const std::optional<Organization> added = organizations.findByName(name)) {
            after.organizationId = added->id;
            m_undoStack.push(new EditPerson(m_workspace.people(), *before, after,
                                            tr("Edit organization of %1").arg(before->displayName())));
        }
        m_undoStack.endMacro();
        return;
    }
    if (after.sameContent(*before)) {
        load(*before, true);
        return;
    }
    m_undoStack.push(new EditPerson(m_workspace.people(), *before, after,
                                    tr("Edit organization of %1").arg(before->displayName())));
}

void PersonForm::commitPendingEdits()
{
    // Moving focus away ends the edit in progress, which saves it to the person still shown.
    QWidget *focused = QApplication::focusWidget();
    if (!focused || !isAncestorOf(focused))
        return;
    focused->clearFocus();
    focused->setFocus(Qt::OtherFocusReason);
}

Person PersonForm::draft() const
{
    Person p;
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.pronunciation = m_pronunciation->text().trimmed();
    p.salutation = m_salutation->text().trimmed();
    p.title = m_title->text().trimmed();
    if (const std::optional<Organization> organization =
            m_workspace.organizations().findByName(m_organization->currentText().simplified()))
        p.organizationId = organization->id;
    p.setValue(Person::Email, m_email->text());
    p.phone = m_phone->text().trimmed();
    p.setValue(Person::LinkedInUrl, m_linkedIn->text());
    p.address = m_address->toPlainText().trimmed();
    p.source = m_source->text().trimmed();
    p.tags = splitTags(m_tags->text());
    p.relationshipStrength = m_strength->value();
    p.stage = pipelineStageFromInt(m_stage->currentData().toInt());
    p.stageSetByHand = p.stage != PipelineStage::Identified;
    p.businessCardReceived = m_businessCard->isChecked();
    return p;
}

bool PersonForm::showProblems(const QList<int> &fields, const Person &person, bool onlyClear)
{
    const QList<ValidationProblem> problems = validate(person);
    bool ok = true;
    for (int field : fields) {
        FieldMessage *message = messageFor(field);
        if (!message)
            continue;
        // Both name fields share one check, reported on the first name.
        const int checked = field == Person::LastName ? int(Person::FirstName) : field;
        QString text;
        for (const ValidationProblem &problem : problems) {
            if (problem.field == checked)
                text = problem.message;
        }
        if (text.isEmpty()) {
            message->clear();
        } else {
            ok = false;
            if (!onlyClear)
                message->showMessage(text);
        }
    }
    return ok;
}

void PersonForm::clearProblems()
{
    m_nameMessage->clear();
    m_emailMessage->clear();
    m_linkedInMessage->clear();
}

FieldMessage *PersonForm::messageFor(int field) const
{
    switch (field) {
    case Person::FirstName:
    case Person::LastName: return m_nameMessage;
    case Person::Email: return m_emailMessage;
    case Person::LinkedInUrl: return m_linkedInMessage;
    default: return nullptr;
    }
}

void PersonForm::updateStageHint(const Person &person)
{
    if (m_creating) {
        m_stageHint->clear();
        m_stageHint->setToolTip(QString());
        m_stage->setToolTip(QString());
        return;
    }
    QString tip;
    if (person.stageSetByHand) {
        m_stageHint->setText(tr("set by hand"));
        tip = tr("You chose this stage. It stays until the contact log moves them further along; then the log "
                 "takes over again.");
    } else {
        m_stageHint->setText(tr("from the contact log"));
        tip = tr("Follows from what you log: contacts, interviews and thank-you notes. Pick another stage to set "
                 "it by hand.");
    }
    m_stageHint->setToolTip(tip);
    m_stage->setToolTip(tip);
}

void PersonForm::updateCadenceText()
{
    const QString text = tr("default (%1)").arg(weeksText(m_workspace.workflow().defaultCadenceWeeks()));
    if (text != m_cadence->specialValueText())
        m_cadence->setSpecialValueText(text);
}

void PersonForm::commitCadence()
{
    if (m_loading || m_creating || m_personId == 0)
        return;
    const std::optional<Person> before = m_workspace.people().find(m_personId);
    if (!before || before->keepInTouchWeeks == m_cadence->value())
        return;
    Person after = *before;
    after.setValue(Person::KeepInTouchWeeks, m_cadence->value());
    // Through the workflow, so that the open keep-in-touch follow-up moves along in the same step.
    m_undoStack.push(m_workspace.workflow().editPerson(
        *before, after, tr("Edit %1 of %2").arg(undoName(Person::KeepInTouchWeeks), before->displayName())));
}

void PersonForm::updateLogState()
{
    const int rows = m_log->rowCount();
    m_logTable->setVisible(rows > 0);
    m_noLog->setVisible(rows == 0);
    if (rows > 0) {
        // As tall as the entries, up to a few; the form scrolls as a whole, the table only beyond that.
        const int shown = qMin(rows, kMostLogRowsShown);
        m_logTable->setFixedHeight(m_logTable->horizontalHeader()->sizeHint().height()
                                   + shown * m_logTable->verticalHeader()->defaultSectionSize()
                                   + 2 * m_logTable->frameWidth());
    }
    const bool selected = m_logTable->selectionModel()->hasSelection();
    m_editContact->setEnabled(selected);
    m_deleteContact->setEnabled(selected);
}

void PersonForm::updateNextFollowUps()
{
    if (m_personId == 0 || m_creating)
        return;
    Workflow &workflow = m_workspace.workflow();
    const QTimeZone zone = workflow.timeZone();
    const QDateTime now = workflow.now();
    const QDate today = now.toTimeZone(zone).date();
    const QLocale locale;
    QStringList parts;
    const QList<FollowUp> followUps = m_workspace.followUps().forPerson(m_personId);
    for (const FollowUp &followUp : followUps) {
        if (followUp.isDone() || parts.size() == kMostFollowUpsShown)
            break; // open ones come first, soonest first
        const QDateTime due = followUp.effectiveDue();
        const QDate day = due.toTimeZone(zone).date();
        QString date = day.year() == today.year()
            ? locale.toString(day, tr("ddd d MMM", "a due date in the current year"))
            : locale.toString(day, tr("ddd d MMM yyyy", "a due date in another year"));
        if (due < now)
            date = tr("%1 (overdue)").arg(date);
        switch (followUp.kind) {
        case FollowUpKind::KeepInTouch: parts << tr("Keep in touch on %1").arg(date); break;
        case FollowUpKind::ThankYou: parts << tr("Send a thank-you note by %1").arg(date); break;
        case FollowUpKind::SendUpdate: parts << tr("Send an update on %1").arg(date); break;
        case FollowUpKind::Other: parts << tr("Follow up on %1").arg(date); break;
        }
    }
    if (parts.isEmpty()) {
        m_nextFollowUps->setForegroundRole(QPalette::PlaceholderText);
        m_nextFollowUps->setText(tr("Nothing planned. A check-in date appears after your interview."));
    } else {
        m_nextFollowUps->setForegroundRole(QPalette::WindowText);
        m_nextFollowUps->setText(parts.join(QLatin1Char('\n')));
    }
}

std::optional<OutreachAttempt> PersonForm::selectedAttempt() const
{
    const QModelIndexList rows = m_logTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_log->recordAt(rows.first().row());
}

void PersonForm::logContact()
{
    if (m_creating || m_personId == 0)
        return;
    const std::optional<Person> person = m_workspace.people().find(m_personId);
    if (!person)
        return;
    OutreachAttempt attempt;
    attempt.personId = m_personId;
    Workflow &workflow = m_workspace.workflow();
    auto *dialog = new OutreachDialog(attempt, person->displayName(), workflow.now(), workflow.timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const OutreachAttempt logged = dialog->attempt();
        m_lastLoggedId = 0;
        m_undoStack.push(m_workspace.workflow().logOutreach(logged));
        if (m_lastLoggedId > 0 && logged.personId == m_personId) {
            const int row = m_log->ensureLoaded(m_lastLoggedId);
            if (row >= 0) {
                m_logTable->selectRow(row);
                m_logTable->scrollTo(m_log->index(row, 0));
            }
        }
    });
    dialog->open();
}

void PersonForm::editSelectedContact()
{
    const std::optional<OutreachAttempt> before = selectedAttempt();
    if (!before)
        return;
    const std::optional<Person> person = m_workspace.people().find(before->personId);
    Workflow &workflow = m_workspace.workflow();
    auto *dialog = new OutreachDialog(*before, person ? person->displayName() : QString(), workflow.now(),
                                      workflow.timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const OutreachAttempt after = dialog->attempt();
        if (after.attemptedAt == before->attemptedAt && after.channel == before->channel
            && after.result == before->result && after.note == before->note)
            return;
        m_undoStack.push(m_workspace.workflow().editOutreach(*before, after));
    });
    dialog->open();
}

void PersonForm::deleteSelectedContact()
{
    if (const std::optional<OutreachAttempt> attempt = selectedAttempt())
        m_undoStack.push(m_workspace.workflow().removeOutreach(*attempt));
}

bool PersonForm::eventFilter(QObject *watched, QEvent *event)
{
    // In the log, Delete and Enter act on the selected entry, not on the person (the window's
    // Delete shortcut) or the form.
    if (watched == m_logTable && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool remove = key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace;
        const bool open = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((remove || open) && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && selectedAttempt()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (remove)
                    deleteSelectedContact();
                else
                    editSelectedContact();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString PersonForm::undoName(Person::Field field)
{
    switch (field) {
    case Person::FirstName: return tr("first name");
    case Person::LastName: return tr("last name");
    case Person::Pronunciation: return tr("pronunciation");
    case Person::Salutation: return tr("salutation");
    case Person::Title: return tr("job title");
    case Person::OrganizationId: return tr("organization");
    case Person::Email: return tr("e-mail");
    case Person::Phone: return tr("phone");
    case Person::LinkedInUrl: return tr("LinkedIn address");
    case Person::Address: return tr("address");
    case Person::Source: return tr("how found");
    case Person::Tags: return tr("tags");
    case Person::RelationshipStrength: return tr("relationship strength");
    case Person::Stage: return tr("stage");
    case Person::BusinessCard: return tr("business card");
    case Person::KeepInTouchWeeks: return tr("keep-in-touch interval");
    case Person::FieldCount: break;
    }
    return {};
}

} // namespace Inroad
