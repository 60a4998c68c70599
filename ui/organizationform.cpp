#include "organizationform.h"

#include "notespanel.h"

#include "emptystate.h"
#include "fieldmessage.h"
#include "formlabels.h"
#include "plaintextfield.h"
#include "recordcommands.h"
#include "validation.h"
#include "workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

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

} // namespace

OrganizationForm::OrganizationForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_nothingShown(new EmptyState(this))
{
    m_nothingShown->setObjectName(QStringLiteral("nothingShownState"));
    m_nothingShown->setTitle(tr("Select an organization, or add one"));
    m_nothingShown->setText(tr("Pick one in the list to see your research notes and the people who work there."));
    connect(m_nothingShown->addButton(tr("Add Organization")), &QPushButton::clicked, this,
            &OrganizationForm::addRequested);

    m_pages->addWidget(m_nothingShown);
    m_pages->addWidget(buildForm());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_creating)
            cancelNewOrganization();
        else
            emit leaveRequested();
    });
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_creating)
            saveNewOrganization();
    });

    OrganizationRepository &organizations = m_workspace.organizations();
    connect(&organizations, &OrganizationRepository::added, this, [this](qint64 id) { m_lastAddedId = id; });
    connect(&organizations, &OrganizationRepository::changed, this, [this](qint64 id) {
        if (id == m_organizationId)
            reloadShown();
    });
    connect(&organizations, &OrganizationRepository::removed, this, [this](qint64 id) {
        if (id == m_organizationId && !m_creating)
            showOrganization(0);
    });
    // Anyone may join or leave: the list of people here follows.
    PersonRepository &people = m_workspace.people();
    connect(&people, &PersonRepository::added, this, &OrganizationForm::reloadPeople);
    connect(&people, &PersonRepository::changed, this, &OrganizationForm::reloadPeople);
    connect(&people, &PersonRepository::removed, this, &OrganizationForm::reloadPeople);

    m_pages->setCurrentWidget(m_nothingShown);
}

QWidget *OrganizationForm::buildForm()
{
    auto *page = new QWidget;

    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("organizationHeading"));
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
    const auto group = [bodyLayout](const QString &title) {
        auto *box = new QGroupBox(title);
        bodyLayout->addWidget(box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };
    const auto lineEdit = [this](const char *name, Organization::Field field) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] { commit(field, edit->text()); });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_creating)
                saveNewOrganization();
        });
        return edit;
    };
    const auto textField = [this](const char *name, Organization::Field field, int lines) {
        auto *edit = new PlainTextField;
        edit->setObjectName(QLatin1String(name));
        edit->setVisibleLines(lines);
        connect(edit, &PlainTextField::editingFinished, this,
                [this, edit, field] { commit(field, edit->toPlainText()); });
        return edit;
    };

    QFormLayout *details = group(tr("Organization"));
    m_name = lineEdit("nameEdit", Organization::Name);
    m_nameMessage = new FieldMessage(m_name);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_industry = lineEdit("industryEdit", Organization::Industry);
    m_industry->setPlaceholderText(tr("e.g. public health, game studios, civil engineering"));
    m_website = lineEdit("websiteEdit", Organization::Website);
    m_website->setPlaceholderText(tr("https://…"));
    m_websiteMessage = new FieldMessage(m_website);
    m_websiteMessage->setObjectName(QStringLiteral("websiteMessage"));
    m_address = textField("addressEdit", Organization::Address, 2);
    details->addRow(buddyLabel(tr("Na&me:"), m_name), withMessage(m_name, m_nameMessage));
    details->addRow(buddyLabel(tr("&Industry:"), m_industry), m_industry);
    details->addRow(buddyLabel(tr("&Website:"), m_website), withMessage(m_website, m_websiteMessage));
    details->addRow(buddyLabel(tr("A&ddress:"), m_address), m_address);

    auto *peopleBox = new QGroupBox(tr("People Here"));
    m_peopleGroup = peopleBox;
    bodyLayout->addWidget(peopleBox);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("peopleHereList"));
    m_people->setAccessibleName(tr("People who work here"));
    m_people->setToolTip(tr("Double-click or press Enter to open a person"));
    m_people->setFixedHeight(m_people->fontMetrics().lineSpacing() * 5 + 8);
    connect(m_people, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit personActivated(item->data(Qt::UserRole).toLongLong()); });
    m_noPeopleHere = new QLabel(tr("No one here yet. Choose this organization in a person’s form to add them."));
    m_noPeopleHere->setWordWrap(true);
    m_noPeopleHere->setForegroundRole(QPalette::PlaceholderText);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(m_people);
    peopleLayout->addWidget(m_noPeopleHere);

    QFormLayout *notes = group(tr("Research Notes"));
    m_products = textField("productsEdit", Organization::Products, 3);
    m_products->setPlaceholderText(tr("What they make or offer"));
    m_services = textField("servicesEdit", Organization::Services, 3);
    m_services->setPlaceholderText(tr("Who they serve, and how"));
    m_competitors = textField("competitorsEdit", Organization::Competitors, 3);
    m_competitors->setPlaceholderText(tr("Who else does this"));
    m_news = textField("newsEdit", Organization::News, 3);
    m_news->setPlaceholderText(tr("Recent launches, changes, announcements"));
    m_sources = textField("sourcesEdit", Organization::Sources, 3);
    m_sources->setPlaceholderText(tr("Where you found all this: sites, reports, people"));
    notes->addRow(buddyLabel(tr("&Products:"), m_products), m_products);
    notes->addRow(buddyLabel(tr("&Services:"), m_services), m_services);
    notes->addRow(buddyLabel(tr("&Competitors:"), m_competitors), m_competitors);
    notes->addRow(buddyLabel(tr("&Recent news:"), m_news), m_news);
    notes->addRow(buddyLabel(tr("S&ources:"), m_sources), m_sources);
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
    m_cancel->setToolTip(tr("Forget this new organization (Esc)"));
    m_save = new QPushButton(tr("Add Organization"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Add this organization (Enter)"));
    saveLayout->addWidget(m_cancel);
    saveLayout->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &OrganizationForm::saveNewOrganization);
    connect(m_cancel, &QPushButton::clicked, this, &OrganizationForm::cancelNewOrganization);
    m_saveBar->hide();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("organizationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Details"));
    m_notes = new NotesPanel(m_workspace, m_undoStack);
    m_notes->setObjectName(QStringLiteral("organizationNotes"));
    m_notes->addAsTab(m_tabs);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveBar);
    return page;
}

void OrganizationForm::setCreating(bool creating)
{
    if (creating == m_creating)
        return;
    m_creating = creating;
    m_saveBar->setVisible(creating);
    m_peopleGroup->setVisible(!creating);
    emit creatingChanged(creating);
}

void OrganizationForm::showOrganization(qint64 id)
{
    setCreating(false);
    if (id != m_organizationId)
        commitPendingEdits();
    const std::optional<Organization> organization = id > 0 ? m_workspace.organizations().find(id) : std::nullopt;
    if (!organization) {
        m_organizationId = 0;
        m_notes->setSubject(NoteSubject::Organization, 0);
        clearProblems();
        m_pages->setCurrentWidget(m_nothingShown);
        return;
    }
    const bool same = id == m_organizationId;
    m_organizationId = id;
    load(*organization, same);
    m_notes->setSubject(NoteSubject::Organization, id);
    reloadPeople();
    m_pages->setCurrentIndex(1);
}

void OrganizationForm::startNewOrganization()
{
    commitPendingEdits();
    if (!m_creating)
        m_idBeforeCreating = m_organizationId;
    m_organizationId = 0;
    m_notes->setSubject(NoteSubject::Organization, 0);
    m_tabs->setCurrentIndex(0);
    setCreating(true);
    load(Organization(), false);
    m_heading->setText(tr("New organization"));
    m_subheading->setText(tr("Enter its name, then press Enter to add it. Notes can wait."));
    m_pages->setCurrentIndex(1);
    focusFirstField();
}

bool OrganizationForm::saveNewOrganization()
{
    if (!m_creating)
        return false;
    const Organization organization = draft();
    if (!showProblems({Organization::Name, Organization::Website}, organization)) {
        if (m_nameMessage->hasMessage())
            m_name->setFocus(Qt::OtherFocusReason);
        else
            m_website->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_workspace.organizations().findByName(organization.name)) {
        m_nameMessage->showMessage(tr("“%1” is already in your organizations.").arg(organization.name));
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_lastAddedId = 0;
    m_undoStack.push(new AddRecordCommand<OrganizationRepository, Organization>(
        m_workspace.organizations(), organization, tr("Add %1").arg(organization.name)));
    const qint64 id = m_lastAddedId;
    if (id == 0)
        return false; // the repository has told the user why
    setCreating(false);
    showOrganization(id);
    emit organizationCreated(id);
    return true;
}

void OrganizationForm::cancelNewOrganization()
{
    if (!m_creating)
        return;
    clearProblems();
    showOrganization(m_idBeforeCreating);
    emit creationCancelled();
}

void OrganizationForm::focusFirstField()
{
    if (m_pages->currentIndex() == 1)
        m_name->setFocus(Qt::TabFocusReason);
    else
        m_nothingShown->setFocus(Qt::TabFocusReason);
}

void OrganizationForm::load(const Organization &organization, bool keepPendingText)
{
    if (!keepPendingText)
        clearProblems();
    m_loading = true;
    const auto setLine = [keepPendingText](QLineEdit *edit, const QString &text, const FieldMessage *message) {
        if (keepPendingText && message && message->hasMessage())
            return;
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // show the start of a long address, not its end
        }
        edit->setModified(false);
    };
    setLine(m_name, organization.name, m_nameMessage);
    setLine(m_industry, organization.industry, nullptr);
    setLine(m_website, organization.website, m_websiteMessage);
    m_address->setText(organization.address);
    m_products->setText(organization.products);
    m_services->setText(organization.services);
    m_competitors->setText(organization.competitors);
    m_news->setText(organization.news);
    m_sources->setText(organization.sources);
    m_loading = false;

    m_heading->setText(organization.name);
    QStringList facts;
    if (!organization.industry.isEmpty())
        facts << organization.industry;
    facts << (organization.peopleCount == 1 ? tr("1 person") : tr("%n people", nullptr, organization.peopleCount));
    m_subheading->setText(facts.join(tr(" · ")));
}

void OrganizationForm::reloadShown()
{
    if (m_creating || m_organizationId == 0)
        return;
    if (const std::optional<Organization> organization = m_workspace.organizations().find(m_organizationId))
        load(*organization, true);
    else
        showOrganization(0);
}

void OrganizationForm::reloadPeople()
{
    if (m_creating || m_organizationId == 0)
        return;
    const qint64 currentId = m_people->currentItem() ? m_people->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QList<Person> people = m_workspace.people().atOrganization(m_organizationId);
    m_people->clear();
    for (const Person &person : people) {
        const QString name = person.displayName().isEmpty() ? tr("Unnamed person") : person.displayName();
        auto *item = new QListWidgetItem(person.title.isEmpty() ? name : tr("%1 — %2").arg(name, person.title));
        item->setData(Qt::UserRole, person.id);
        m_people->addItem(item);
        if (person.id == currentId)
            m_people->setCurrentItem(item);
    }
    m_people->setVisible(!people.isEmpty());
    m_noPeopleHere->setVisible(people.isEmpty());
    // The count in the heading follows too.
    reloadShown();
}

void OrganizationForm::commit(Organization::Field field, const QVariant &value)
{
    if (m_loading)
        return;
    if (m_creating) {
        showProblems({field}, draft(), field == Organization::Name);
        return;
    }
    if (m_organizationId == 0)
        return;
    const std::optional<Organization> before = m_workspace.organizations().find(m_organizationId);
    if (!before)
        return;
    Organization after = *before;
    after.setValue(field, value);
    if (!showProblems({field}, after))
        return;
    if (field == Organization::Name) {
        const std::optional<Organization> other = m_workspace.organizations().findByName(after.name);
        if (other && other->id != after.id) {
            m_nameMessage->showMessage(tr("“%1” is already in your organizations.").arg(after.name.trimmed()));
            return;
        }
    }
    if (after.sameContent(*before)) {
        load(*before, true);
        return;
    }
    m_undoStack.push(new EditRecordCommand<OrganizationRepository, Organization>(
        m_workspace.organizations(), *before, after, tr("Edit %1 of %2").arg(undoName(field), before->name)));
}

void OrganizationForm::commitPendingEdits()
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused || !isAncestorOf(focused))
        return;
    focused->clearFocus();
    focused->setFocus(Qt::OtherFocusReason);
}

Organization OrganizationForm::draft() const
{
    Organization o;
    o.name = m_name->text().simplified();
    o.industry = m_industry->text().trimmed();
    o.setValue(Organization::Website, m_website->text());
    o.address = m_address->toPlainText().trimmed();
    o.products = m_products->toPlainText();
    o.services = m_services->toPlainText();
    o.competitors = m_competitors->toPlainText();
    o.news = m_news->toPlainText();
    o.sources = m_sources->toPlainText();
    return o;
}

bool OrganizationForm::showProblems(const QList<int> &fields, const Organization &organization, bool onlyClear)
{
    const QList<ValidationProblem> problems = validate(organization);
    bool ok = true;
    for (int field : fields) {
        FieldMessage *message = messageFor(field);
        if (!message)
            continue;
        QString text;
        for (const ValidationProblem &problem : problems) {
            if (problem.field == field)
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

void OrganizationForm::clearProblems()
{
    m_nameMessage->clear();
    m_websiteMessage->clear();
}

FieldMessage *OrganizationForm::messageFor(int field) const
{
    switch (field) {
    case Organization::Name: return m_nameMessage;
    case Organization::Website: return m_websiteMessage;
    default: return nullptr;
    }
}

QString OrganizationForm::undoName(Organization::Field field)
{
    switch (field) {
    case Organization::Name: return tr("name");
    case Organization::Industry: return tr("industry");
    case Organization::Website: return tr("website");
    case Organization::Address: return tr("address");
    case Organization::Products: return tr("products");
    case Organization::Services: return tr("services");
    case Organization::Competitors: return tr("competitors");
    case Organization::News: return tr("news");
    case Organization::Sources: return tr("sources");
    case Organization::FieldCount: break;
    }
    return {};
}

} // namespace Inroad
