#include "emptystate.h"
#include "fieldmessage.h"
#include "peopleview.h"
#include "personlistmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

class TestPeopleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyWorkspaceShowsWhatToDo();
    void formSaysSelectWhenNothingIsSelected();
    void addNeedsAName();
    void addCreatesNewOrganizationInOneStep();
    void cancelAddCreatesNothing();
    void editFormField_data();
    void editFormField();
    void editChoiceFields();
    void addressCommitsOnFocusOut();
    void invalidInputIsShownAndNotSaved_data();
    void invalidInputIsShownAndNotSaved();
    void editInListIsUndoable();
    void stageDelegateEditsInList();
    void keyboardMovesBetweenListAndForm();
    void newOrganizationNameCreatesItInOneStep();
    void existingOrganizationIsAssigned();
    void deleteSelectionIsOneStep();
    void filterTextAndStage();
    void clearFilterButton();
    void selectionFollowsMovedRow_data();
    void selectionFollowsMovedRow();
    void showRecordSelectsThePerson();
    void organizationActivated();
    void modelPassesTester();

private:
    qint64 addPerson(const QString &first, const QString &last, PipelineStage stage = PipelineStage::Identified,
                     const QStringList &tags = {});
    void selectRow(int row);
    int rowOf(qint64 id) const;
    PersonListModel *model() const;
    template<class T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QLatin1String(name));
    }
    static void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PeopleView> m_view;
};

void TestPeopleView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_peopleview"));
}

void TestPeopleView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("people.inroad")));
    QVERIFY2(report.ok(), qPrintable(report.message));
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<PeopleView>(*m_workspace, *m_undo);
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestPeopleView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestPeopleView::addPerson(const QString &first, const QString &last, PipelineStage stage,
                                 const QStringList &tags)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.stage = stage;
    p.tags = tags;
    if (!m_workspace->people().add(p))
        return 0;
    return p.id;
}

PersonListModel *TestPeopleView::model() const
{
    return qobject_cast<PersonListModel *>(m_view->listView()->model());
}

void TestPeopleView::selectRow(int row)
{
    QAbstractItemView *list = m_view->listView();
    list->selectionModel()->setCurrentIndex(list->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int TestPeopleView::rowOf(qint64 id) const
{
    return model()->rowOfId(id);
}

void TestPeopleView::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestPeopleView::emptyWorkspaceShowsWhatToDo()
{
    auto *noPeople = child<EmptyState>("noPeopleState");
    QVERIFY(noPeople);
    QVERIFY(noPeople->isVisible());
    QVERIFY(noPeople->title().contains(QLatin1String("No people yet")));
    QVERIFY(!m_view->listView()->isVisible());
    QCOMPARE(m_view->statusText(), QStringLiteral("No people yet"));

    QSignalSpy sample(m_view.get(), &PeopleView::openSampleRequested);
    const QList<QPushButton *> buttons = noPeople->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    buttons.at(1)->click();
    QCOMPARE(sample.count(), 1);

    QSignalSpy status(m_view.get(), &AreaView::statusTextChanged);
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    QVERIFY(!noPeople->isVisible());
    QVERIFY(m_view->listView()->isVisible());
    QVERIFY(status.count() > 0);
    QCOMPARE(m_view->statusText(), QStringLiteral("1 person"));
    addPerson(QStringLiteral("Tomás"), QStringLiteral("Herrera"));
    QCOMPARE(m_view->statusText(), QStringLiteral("2 people"));
}

void TestPeopleView::formSaysSelectWhenNothingIsSelected()
{
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    PeopleView view(*m_workspace, *m_undo);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *nothing = view.findChild<EmptyState *>(QStringLiteral("nothingShownState"));
    QVERIFY(nothing);
    QVERIFY(nothing->isVisible());
    QCOMPARE(nothing->title(), QStringLiteral("Select a person, or add one"));
    QCOMPARE(view.currentPersonId(), 0);
    view.listView()->selectionModel()->setCurrentIndex(view.listView()->model()->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect);
    QVERIFY(!nothing->isVisible());
    QCOMPARE(view.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->text(), QStringLiteral("Priya"));
}

void TestPeopleView::addNeedsAName()
{
    QSignalSpy added(&m_workspace->people(), &PersonRepository::added);
    m_view->addNew();
    auto *save = child<QPushButton>("saveButton");
    auto *nameMessage = child<FieldMessage>("nameMessage");
    QVERIFY(save && nameMessage);
    QVERIFY(save->isVisible());
    QVERIFY(!nameMessage->isVisible());

    save->click();
    QVERIFY(nameMessage->isVisible());
    QVERIFY(nameMessage->message().contains(QLatin1String("name")));
    QCOMPARE(m_workspace->people().count(), 0);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(added.count(), 0);

    auto *first = child<QLineEdit>("firstNameEdit");
    auto *last = child<QLineEdit>("lastNameEdit");
    auto *email = child<QLineEdit>("emailEdit");
    QTest::keyClicks(first, QStringLiteral("Priya"));
    QTest::keyClicks(email, QStringLiteral("priya@example.org"));
    QTest::keyClicks(last, QStringLiteral("Raman"));
    QTest::keyClick(last, Qt::Key_Return); // Enter saves

    QCOMPARE(m_workspace->people().count(), 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(added.count(), 1);
    const qint64 id = added.first().first().toLongLong();
    const Person stored = *m_workspace->people().find(id);
    QCOMPARE(stored.displayName(), QStringLiteral("Priya Raman"));
    QCOMPARE(stored.email, QStringLiteral("priya@example.org"));
    QVERIFY(!nameMessage->isVisible());
    QVERIFY(!save->isVisible());
    QCOMPARE(m_view->currentPersonId(), id);
    const QModelIndex current = m_view->listView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(PersonListModel::IdRole).toLongLong(), id);
    QVERIFY(m_view->listView()->selectionModel()->isRowSelected(current.row()));

    m_undo->undo();
    QCOMPARE(m_workspace->people().count(), 0);
    m_undo->redo();
    QCOMPARE(m_workspace->people().count(), 1);
    QCOMPARE(m_workspace->people().find(id)->email, QStringLiteral("priya@example.org"));
}

void TestPeopleView::addCreatesNewOrganizationInOneStep()
{
    m_view->addNew();
    QTest::keyClicks(child<QLineEdit>("firstNameEdit"), QStringLiteral("Ada"));
    auto *organization = child<QComboBox>("organizationCombo");
    QTest::keyClicks(organization->lineEdit(), QStringLiteral("Harbor Analytics"));
    child<QPushButton>("saveButton")->click();

    QCOMPARE(m_workspace->people().count(), 1);
    QCOMPARE(m_workspace->organizations().count(), 1);
    QCOMPARE(m_undo->count(), 1);
    const std::optional<Organization> harbor = m_workspace->organizations().findByName(QStringLiteral("Harbor Analytics"));
    QVERIFY(harbor);
    QCOMPARE(m_workspace->people().find(m_view->currentPersonId())->organizationId, harbor->id);

    m_undo->undo();
    QCOMPARE(m_workspace->people().count(), 0);
    QCOMPARE(m_workspace->organizations().count(), 0);
}

void TestPeopleView::cancelAddCreatesNothing()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    m_view->addNew();
    QVERIFY(!m_view->canDelete());
    auto *first = child<QLineEdit>("firstNameEdit");
    QVERIFY(first->text().isEmpty());
    QTest::keyClicks(first, QStringLiteral("Someone"));
    QTest::keyClick(first, Qt::Key_Escape);
    QCOMPARE(m_workspace->people().count(), 1);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(!child<QPushButton>("saveButton")->isVisible());
    QCOMPARE(m_view->currentPersonId(), id);
    QCOMPARE(first->text(), QStringLiteral("Priya"));
}

void TestPeopleView::editFormField_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("undoText");

    QTest::newRow("first name") << "firstNameEdit" << int(Person::FirstName) << "Priyanka" << QVariant(QStringLiteral("Priyanka"))
                                << "Edit first name of Priya Raman";
    QTest::newRow("last name") << "lastNameEdit" << int(Person::LastName) << "Ramanathan"
                               << QVariant(QStringLiteral("Ramanathan")) << "Edit last name of Priya Raman";
    QTest::newRow("pronunciation") << "pronunciationEdit" << int(Person::Pronunciation) << "PREE-yah"
                                   << QVariant(QStringLiteral("PREE-yah")) << "Edit pronunciation of Priya Raman";
    QTest::newRow("salutation") << "salutationEdit" << int(Person::Salutation) << "Dr. Raman"
                                << QVariant(QStringLiteral("Dr. Raman")) << "Edit salutation of Priya Raman";
    QTest::newRow("title") << "titleEdit" << int(Person::Title) << "UX researcher"
                           << QVariant(QStringLiteral("UX researcher")) << "Edit job title of Priya Raman";
    QTest::newRow("e-mail") << "emailEdit" << int(Person::Email) << "priya@example.org"
                            << QVariant(QStringLiteral("priya@example.org")) << "Edit e-mail of Priya Raman";
    QTest::newRow("phone") << "phoneEdit" << int(Person::Phone) << "+1 555 0100" << QVariant(QStringLiteral("+1 555 0100"))
                           << "Edit phone of Priya Raman";
    QTest::newRow("linkedin") << "linkedInEdit" << int(Person::LinkedInUrl) << "https://www.linkedin.com/in/priya"
                              << QVariant(QStringLiteral("https://www.linkedin.com/in/priya"))
                              << "Edit LinkedIn address of Priya Raman";
    QTest::newRow("source") << "sourceEdit" << int(Person::Source) << "Alumni directory"
                            << QVariant(QStringLiteral("Alumni directory")) << "Edit how found of Priya Raman";
    QTest::newRow("tags") << "tagsEdit" << int(Person::Tags) << "mentor, design, Mentor"
                          << QVariant(QStringList{QStringLiteral("design"), QStringLiteral("mentor")})
                          << "Edit tags of Priya Raman";
}

void TestPeopleView::editFormField()
{
    QFETCH(QString, editor);
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(QVariant, stored);
    QFETCH(QString, undoText);

    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    auto *edit = m_view->findChild<QLineEdit *>(editor);
    QVERIFY(edit);
    const QString before = edit->text();
    const QVariant storedBefore = m_workspace->people().find(id)->value(Person::Field(field));
    QSignalSpy changed(&m_workspace->people(), &PersonRepository::changed);

    typeInto(edit, typed);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), undoText);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_workspace->people().find(id)->value(Person::Field(field)), stored);

    // Finishing again without a change adds nothing.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_undo->count(), 1);

    m_undo->undo();
    QCOMPARE(m_workspace->people().find(id)->value(Person::Field(field)), storedBefore);
    QCOMPARE(edit->text(), before);
    m_undo->redo();
    QCOMPARE(m_workspace->people().find(id)->value(Person::Field(field)), stored);
    if (stored.typeId() == QMetaType::QStringList)
        QCOMPARE(edit->text(), stored.toStringList().join(QStringLiteral(", ")));
    else
        QCOMPARE(edit->text(), stored.toString());
    QCOMPARE(m_view->currentPersonId(), id);
}

void TestPeopleView::editChoiceFields()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);

    auto *stage = child<QComboBox>("stageCombo");
    QVERIFY(stage);
    const int scheduled = stage->findData(int(PipelineStage::Scheduled));
    stage->setCurrentIndex(scheduled);
    emit stage->activated(scheduled); // what picking it from the drop-down does
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Scheduled);
    QVERIFY(m_workspace->people().find(id)->stageSetByHand);

    auto *card = child<QCheckBox>("businessCardCheck");
    QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
    QCOMPARE(m_undo->count(), 2);
    QVERIFY(m_workspace->people().find(id)->businessCardReceived);

    auto *strength = child<QSpinBox>("strengthSpin");
    strength->setFocus();
    QTest::keyClick(strength, Qt::Key_Up);
    QTest::keyClick(strength, Qt::Key_Up);
    QTest::keyClick(strength, Qt::Key_Return);
    QCOMPARE(m_undo->count(), 3);
    QCOMPARE(m_workspace->people().find(id)->relationshipStrength, 2);

    m_undo->undo();
    QCOMPARE(strength->value(), 0);
    m_undo->undo();
    QVERIFY(!card->isChecked());
    QVERIFY(!m_workspace->people().find(id)->businessCardReceived);
    m_undo->undo();
    QCOMPARE(stage->currentData().toInt(), int(PipelineStage::Identified));
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Identified);
}

void TestPeopleView::addressCommitsOnFocusOut()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    auto *address = child<QPlainTextEdit>("addressEdit");
    QVERIFY(address);
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("12 Harbour Street"));
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, QStringLiteral("Springfield"));
    QCOMPARE(m_undo->count(), 0); // still typing
    child<QLineEdit>("sourceEdit")->setFocus();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_workspace->people().find(id)->address, QStringLiteral("12 Harbour Street\nSpringfield"));
    m_undo->undo();
    QCOMPARE(address->toPlainText(), QString());
}

void TestPeopleView::invalidInputIsShownAndNotSaved_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("invalid");
    QTest::addColumn<QString>("valid");
    QTest::newRow("e-mail") << "emailEdit" << "emailMessage" << "priya@" << "priya@example.org";
    QTest::newRow("e-mail with space") << "emailEdit" << "emailMessage" << "priya raman@example.org"
                                       << "priya.raman@example.org";
    QTest::newRow("linkedin") << "linkedInEdit" << "linkedInMessage" << "linkedin/priya"
                              << "https://www.linkedin.com/in/priya";
}

void TestPeopleView::invalidInputIsShownAndNotSaved()
{
    QFETCH(QString, editor);
    QFETCH(QString, message);
    QFETCH(QString, invalid);
    QFETCH(QString, valid);

    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    auto *edit = m_view->findChild<QLineEdit *>(editor);
    auto *problem = m_view->findChild<FieldMessage *>(message);
    QVERIFY(edit && problem);
    QVERIFY(!problem->isVisible());

    typeInto(edit, invalid);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->message().contains(invalid), qPrintable(problem->message()));
    QCOMPARE(edit->accessibleDescription(), problem->message());
    QCOMPARE(edit->text(), invalid); // the user's text stays
    QCOMPARE(m_undo->count(), 0);
    const Person stored = *m_workspace->people().find(id);
    QVERIFY(stored.email.isEmpty() && stored.linkedInUrl.isEmpty());

    // Another field's edit keeps the pending text and its message.
    typeInto(child<QLineEdit>("phoneEdit"), QStringLiteral("555 0100"));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(edit->text(), invalid);
    QVERIFY(problem->isVisible());

    typeInto(edit, valid);
    QVERIFY(!problem->isVisible());
    QVERIFY(edit->accessibleDescription().isEmpty());
    QCOMPARE(m_undo->count(), 2);
    const Person fixed = *m_workspace->people().find(id);
    QCOMPARE(editor == QLatin1String("emailEdit") ? fixed.email : fixed.linkedInUrl, valid);
}

void TestPeopleView::editInListIsUndoable()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    QAbstractItemModel *list = m_view->listView()->model();
    QVERIFY(list->setData(list->index(0, PersonListModel::TitleColumn), QStringLiteral("Service designer")));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_workspace->people().find(id)->title, QStringLiteral("Service designer"));
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Service designer"));
    QVERIFY(list->setData(list->index(0, PersonListModel::StageColumn), int(PipelineStage::Thanked)));
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Thanked);

    m_undo->undo();
    m_undo->undo();
    QCOMPARE(m_workspace->people().find(id)->title, QString());
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Identified);
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QString());
}

void TestPeopleView::stageDelegateEditsInList()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    auto *list = qobject_cast<QTableView *>(m_view->listView());
    const QModelIndex cell = model()->index(0, PersonListModel::StageColumn);
    list->setCurrentIndex(cell);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->viewport()->findChild<QComboBox *>();
    QVERIFY(editor);
    QCOMPARE(editor->currentData().toInt(), int(PipelineStage::Identified));
    const int interviewed = editor->findData(int(PipelineStage::Interviewed));
    editor->setCurrentIndex(interviewed);
    emit editor->activated(interviewed);
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Interviewed);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("Interviewed"));
    m_undo->undo();
    QCOMPARE(m_workspace->people().find(id)->stage, PipelineStage::Identified);
}

void TestPeopleView::keyboardMovesBetweenListAndForm()
{
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    QAbstractItemView *list = m_view->listView();
    selectRow(0);
    list->setFocus();
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    auto *first = child<QLineEdit>("firstNameEdit");
    QVERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Escape);
    QVERIFY(list->hasFocus());
}

void TestPeopleView::newOrganizationNameCreatesItInOneStep()
{
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    auto *organization = child<QComboBox>("organizationCombo");
    QVERIFY(organization);
    typeInto(organization->lineEdit(), QStringLiteral("Harbor Analytics"));

    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_workspace->organizations().count(), 1);
    const std::optional<Organization> harbor = m_workspace->organizations().findByName(QStringLiteral("Harbor Analytics"));
    QVERIFY(harbor);
    QCOMPARE(m_workspace->people().find(id)->organizationId, harbor->id);
    QCOMPARE(organization->currentText(), QStringLiteral("Harbor Analytics"));
    const QModelIndex cell = model()->index(rowOf(id), PersonListModel::OrganizationColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Harbor Analytics"));

    m_undo->undo();
    QCOMPARE(m_workspace->organizations().count(), 0);
    QCOMPARE(m_workspace->people().find(id)->organizationId, 0);
    QCOMPARE(organization->currentText(), QString());
    m_undo->redo();
    QCOMPARE(m_workspace->organizations().count(), 1);
    QCOMPARE(m_workspace->people().find(id)->organizationId, harbor->id);
}

void TestPeopleView::existingOrganizationIsAssigned()
{
    Organization northwind;
    northwind.name = QStringLiteral("Northwind Health");
    QVERIFY(m_workspace->organizations().add(northwind));
    const qint64 id = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    selectRow(0);
    auto *organization = child<QComboBox>("organizationCombo");
    QCOMPARE(organization->findText(QStringLiteral("Northwind Health")), 0);
    typeInto(organization->lineEdit(), QStringLiteral("northwind health"));
    QCOMPARE(m_workspace->organizations().count(), 1);
    QCOMPARE(m_workspace->people().find(id)->organizationId, northwind.id);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Edit organization of Priya Raman"));

    // Emptying the field takes the person out of the organization.
    typeInto(organization->lineEdit(), QString());
    QCOMPARE(m_workspace->people().find(id)->organizationId, 0);
    QCOMPARE(m_workspace->organizations().count(), 1);
}

void TestPeopleView::deleteSelectionIsOneStep()
{
    const qint64 a = addPerson(QStringLiteral("Ada"), QStringLiteral("Adams"), PipelineStage::Contacted,
                               {QStringLiteral("mentor"), QStringLiteral("alumni")});
    const qint64 b = addPerson(QStringLiteral("Ben"), QStringLiteral("Baker"), PipelineStage::Identified,
                               {QStringLiteral("design")});
    const qint64 c = addPerson(QStringLiteral("Cy"), QStringLiteral("Clark"));
    QVERIFY(!m_view->canDelete());
    QSignalSpy canDelete(m_view.get(), &AreaView::canDeleteChanged);

    QItemSelectionModel *selection = m_view->listView()->selectionModel();
    selection->setCurrentIndex(model()->index(rowOf(a), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(model()->index(rowOf(b), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_view->canDelete());
    QVERIFY(canDelete.count() > 0);
    QVERIFY(m_view->statusText().contains(QLatin1String("2 selected")));

    m_view->deleteSelected();
    QCOMPARE(m_workspace->people().count(), 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Delete 2 people"));
    QVERIFY2(m_view->statusText().startsWith(QLatin1String("Deleted 2 people")), qPrintable(m_view->statusText()));
    QCOMPARE(m_view->currentPersonId(), c);

    m_undo->undo();
    QCOMPARE(m_workspace->people().count(), 3);
    QCOMPARE(m_workspace->people().find(a)->tags, (QStringList{QStringLiteral("alumni"), QStringLiteral("mentor")}));
    QCOMPARE(m_workspace->people().find(a)->stage, PipelineStage::Contacted);
    QCOMPARE(m_workspace->people().find(b)->tags, QStringList{QStringLiteral("design")});
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(m_view->statusText(), QStringLiteral("3 people"));
    m_undo->redo();
    QCOMPARE(m_workspace->people().count(), 1);
}

void TestPeopleView::filterTextAndStage()
{
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), PipelineStage::Scheduled, {QStringLiteral("design")});
    addPerson(QStringLiteral("Tomás"), QStringLiteral("Herrera"), PipelineStage::Scheduled);
    addPerson(QStringLiteral("Wen"), QStringLiteral("Li"), PipelineStage::Identified, {QStringLiteral("design")});
    QCOMPARE(model()->rowCount(), 3);

    m_view->setFilterText(QStringLiteral("design"));
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(m_view->statusText(), QStringLiteral("2 of 3 people shown"));

    auto *stage = child<QComboBox>("stageFilter");
    QVERIFY(stage);
    QCOMPARE(stage->itemText(0), QStringLiteral("All stages"));
    stage->setCurrentIndex(stage->findData(int(PipelineStage::Scheduled)));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->recordAt(0).lastName, QStringLiteral("Raman"));
    QCOMPARE(m_view->statusText(), QStringLiteral("1 of 3 people shown"));

    m_view->setFilterText(QString());
    QCOMPARE(model()->rowCount(), 2);
    m_view->setStageFilter(-1);
    QCOMPARE(stage->currentIndex(), 0);
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(m_view->statusText(), QStringLiteral("3 people"));

    m_view->setFilterText(QStringLiteral("xyz"));
    auto *noMatch = child<EmptyState>("noMatchState");
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->title(), QStringLiteral("No one matches “xyz”"));
    QCOMPARE(m_view->statusText(), QStringLiteral("0 of 3 people shown"));
}

void TestPeopleView::clearFilterButton()
{
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), PipelineStage::Scheduled);
    m_view->setStageFilter(int(PipelineStage::Thanked));
    m_view->setFilterText(QStringLiteral("zzz"));
    auto *noMatch = child<EmptyState>("noMatchState");
    QVERIFY(noMatch->isVisible());
    QSignalSpy cleared(m_view.get(), &PeopleView::filterClearRequested);
    noMatch->findChild<QPushButton *>()->click();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(child<QComboBox>("stageFilter")->currentIndex(), 0);
}

void TestPeopleView::selectionFollowsMovedRow_data()
{
    QTest::addColumn<int>("others");
    QTest::addColumn<bool>("loadAll");
    QTest::newRow("moves within the loaded rows") << 3 << true;
    QTest::newRow("moves past the loaded rows") << PersonListModel::kPageSize + 50 << false;
}

void TestPeopleView::selectionFollowsMovedRow()
{
    QFETCH(int, others);
    QFETCH(bool, loadAll);
    const qint64 id = addPerson(QStringLiteral("Aaron"), QStringLiteral("Aalto"));
    QVERIFY(m_workspace->database().beginTransaction());
    for (int i = 0; i < others; ++i)
        addPerson(QStringLiteral("Person"), QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0')));
    QVERIFY(m_workspace->database().commit());
    while (loadAll && model()->canFetchMore({}))
        model()->fetchMore({});
    QCOMPARE(model()->rowCount() == others + 1, loadAll);
    QCOMPARE(rowOf(id), 0);
    selectRow(0);
    QCOMPARE(m_view->currentPersonId(), id);

    // Sorted by last name: "Zimmer" moves the row to the end of the list.
    typeInto(child<QLineEdit>("lastNameEdit"), QStringLiteral("Zimmer"));
    QCOMPARE(m_workspace->people().find(id)->lastName, QStringLiteral("Zimmer"));
    QCOMPARE(m_view->currentPersonId(), id);
    const QModelIndex current = m_view->listView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(PersonListModel::IdRole).toLongLong(), id);
    QCOMPARE(current.row(), others);
    QVERIFY(m_view->listView()->selectionModel()->isRowSelected(current.row()));
    QVERIFY(m_view->listView()->viewport()->rect().intersects(m_view->listView()->visualRect(current)));
    QCOMPARE(child<QLineEdit>("lastNameEdit")->text(), QStringLiteral("Zimmer"));

    m_undo->undo();
    QCOMPARE(m_view->listView()->currentIndex().data(PersonListModel::IdRole).toLongLong(), id);
    QCOMPARE(m_view->listView()->currentIndex().row(), 0);
}

void TestPeopleView::showRecordSelectsThePerson()
{
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    const qint64 id = addPerson(QStringLiteral("Wen"), QStringLiteral("Li"));
    m_view->setFilterText(QStringLiteral("Raman"));
    m_view->showRecord(id); // not matched by the filter: the filter is cleared
    QCOMPARE(m_view->currentPersonId(), id);
    QCOMPARE(m_view->listView()->currentIndex().data(PersonListModel::IdRole).toLongLong(), id);
    QCOMPARE(child<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Wen"));
}

void TestPeopleView::organizationActivated()
{
    Organization harbor;
    harbor.name = QStringLiteral("Harbor Analytics");
    QVERIFY(m_workspace->organizations().add(harbor));
    Person p;
    p.firstName = QStringLiteral("Priya");
    p.organizationId = harbor.id;
    QVERIFY(m_workspace->people().add(p));
    selectRow(0);
    QSignalSpy activated(m_view.get(), &PeopleView::organizationActivated);
    auto *show = m_view->findChild<QAbstractButton *>(QStringLiteral("openOrganizationButton"));
    QVERIFY(show && show->isEnabled());
    show->click();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), harbor.id);
}

void TestPeopleView::modelPassesTester()
{
    QAbstractItemModelTester tester(m_view->listView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 a = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
    addPerson(QStringLiteral("Wen"), QStringLiteral("Li"));
    selectRow(rowOf(a));
    typeInto(child<QLineEdit>("lastNameEdit"), QStringLiteral("Abbott"));
    typeInto(child<QComboBox>("organizationCombo")->lineEdit(), QStringLiteral("Harbor"));
    m_view->setFilterText(QStringLiteral("harbor"));
    m_view->setFilterText(QString());
    qobject_cast<QTableView *>(m_view->listView())->sortByColumn(PersonListModel::OrganizationColumn, Qt::DescendingOrder);
    m_view->deleteSelected();
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(model()->rowCount(), 2);
}

QTEST_MAIN(TestPeopleView)
#include "tst_peopleview.moc"
