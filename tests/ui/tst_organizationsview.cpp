#include "emptystate.h"
#include "fieldmessage.h"
#include "organizationlistmodel.h"
#include "organizationsview.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

class TestOrganizationsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyWorkspaceShowsWhatToDo();
    void addNeedsAName();
    void editFieldIsOneUndoStep();
    void invalidWebsiteIsNotSaved();
    void duplicateNameIsRefused();
    void researchNotesCommitOnFocusOut_data();
    void researchNotesCommitOnFocusOut();
    void deleteAndUndoBringsPeopleBack();
    void peopleHereFollowChanges();
    void personActivated();
    void filterWithNoMatch();
    void modelPassesTester();

private:
    qint64 addOrganization(const QString &name, const QString &industry = {});
    qint64 addPerson(const QString &first, const QString &last, qint64 organizationId);
    void selectRow(int row);
    OrganizationListModel *model() const;
    template<class T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QLatin1String(name));
    }
    static void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<OrganizationsView> m_view;
};

void TestOrganizationsView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_organizationsview"));
}

void TestOrganizationsView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    const DatabaseReport report = m_workspace->open(m_dir->filePath(QStringLiteral("organizations.inroad")));
    QVERIFY2(report.ok(), qPrintable(report.message));
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<OrganizationsView>(*m_workspace, *m_undo);
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestOrganizationsView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestOrganizationsView::addOrganization(const QString &name, const QString &industry)
{
    Organization o;
    o.name = name;
    o.industry = industry;
    return m_workspace->organizations().add(o) ? o.id : 0;
}

qint64 TestOrganizationsView::addPerson(const QString &first, const QString &last, qint64 organizationId)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.organizationId = organizationId;
    return m_workspace->people().add(p) ? p.id : 0;
}

OrganizationListModel *TestOrganizationsView::model() const
{
    return qobject_cast<OrganizationListModel *>(m_view->listView()->model());
}

void TestOrganizationsView::selectRow(int row)
{
    QAbstractItemView *list = m_view->listView();
    list->selectionModel()->setCurrentIndex(list->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestOrganizationsView::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestOrganizationsView::emptyWorkspaceShowsWhatToDo()
{
    auto *empty = child<EmptyState>("noOrganizationsState");
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No organizations yet"));
    QCOMPARE(m_view->statusText(), QStringLiteral("No organizations yet"));
    QVERIFY(!m_view->canDelete());

    empty->findChild<QPushButton *>()->click(); // "Add Organization"
    QVERIFY(child<QPushButton>("saveButton")->isVisible());
    QVERIFY(child<QLineEdit>("nameEdit")->hasFocus());

    addOrganization(QStringLiteral("Harbor Analytics"));
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_view->statusText(), QStringLiteral("1 organization"));
}

void TestOrganizationsView::addNeedsAName()
{
    m_view->addNew();
    auto *save = child<QPushButton>("saveButton");
    auto *nameMessage = child<FieldMessage>("nameMessage");
    save->click();
    QVERIFY(nameMessage->isVisible());
    QCOMPARE(m_workspace->organizations().count(), 0);
    QCOMPARE(m_undo->count(), 0);

    QTest::keyClicks(child<QLineEdit>("industryEdit"), QStringLiteral("Public health"));
    auto *products = child<QPlainTextEdit>("productsEdit");
    QTest::keyClicks(products, QStringLiteral("Vaccination outreach"));
    auto *name = child<QLineEdit>("nameEdit");
    QTest::keyClicks(name, QStringLiteral("Northwind Health"));
    QTest::keyClick(name, Qt::Key_Return);

    QCOMPARE(m_workspace->organizations().count(), 1);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(!nameMessage->isVisible());
    const qint64 id = m_view->currentOrganizationId();
    const Organization stored = *m_workspace->organizations().find(id);
    QCOMPARE(stored.name, QStringLiteral("Northwind Health"));
    QCOMPARE(stored.industry, QStringLiteral("Public health"));
    QCOMPARE(stored.products, QStringLiteral("Vaccination outreach"));
    QCOMPARE(m_view->listView()->currentIndex().data(OrganizationListModel::IdRole).toLongLong(), id);

    m_undo->undo();
    QCOMPARE(m_workspace->organizations().count(), 0);
    QVERIFY(child<EmptyState>("noOrganizationsState")->isVisible());
}

void TestOrganizationsView::editFieldIsOneUndoStep()
{
    const qint64 id = addOrganization(QStringLiteral("Harbor Analytics"));
    selectRow(0);
    auto *industry = child<QLineEdit>("industryEdit");
    typeInto(industry, QStringLiteral("Data consulting"));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Edit industry of Harbor Analytics"));
    QCOMPARE(m_workspace->organizations().find(id)->industry, QStringLiteral("Data consulting"));
    QCOMPARE(model()->index(0, OrganizationListModel::IndustryColumn).data().toString(),
             QStringLiteral("Data consulting"));
    m_undo->undo();
    QCOMPARE(industry->text(), QString());
    QCOMPARE(m_workspace->organizations().find(id)->industry, QString());

    // Editing in the list goes through the same undo stack.
    QVERIFY(model()->setData(model()->index(0, OrganizationListModel::NameColumn), QStringLiteral("Harbor Labs")));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Harbor Labs"));
    m_undo->undo();
    QCOMPARE(m_workspace->organizations().find(id)->name, QStringLiteral("Harbor Analytics"));
}

void TestOrganizationsView::invalidWebsiteIsNotSaved()
{
    const qint64 id = addOrganization(QStringLiteral("Harbor Analytics"));
    selectRow(0);
    auto *website = child<QLineEdit>("websiteEdit");
    auto *message = child<FieldMessage>("websiteMessage");
    typeInto(website, QStringLiteral("harbor analytics dot com"));
    QVERIFY(message->isVisible());
    QCOMPARE(website->text(), QStringLiteral("harbor analytics dot com"));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(m_workspace->organizations().find(id)->website, QString());
    typeInto(website, QStringLiteral("https://harbor.example"));
    QVERIFY(!message->isVisible());
    QCOMPARE(m_workspace->organizations().find(id)->website, QStringLiteral("https://harbor.example"));

    typeInto(child<QLineEdit>("nameEdit"), QString());
    QVERIFY(child<FieldMessage>("nameMessage")->isVisible());
    QCOMPARE(m_workspace->organizations().find(id)->name, QStringLiteral("Harbor Analytics"));
}

void TestOrganizationsView::duplicateNameIsRefused()
{
    addOrganization(QStringLiteral("Harbor Analytics"));
    const qint64 id = addOrganization(QStringLiteral("Northwind Health"));
    selectRow(model()->rowOfId(id));
    typeInto(child<QLineEdit>("nameEdit"), QStringLiteral("harbor analytics"));
    QVERIFY(child<FieldMessage>("nameMessage")->isVisible());
    QCOMPARE(m_workspace->organizations().find(id)->name, QStringLiteral("Northwind Health"));
    QCOMPARE(m_undo->count(), 0);
}

void TestOrganizationsView::researchNotesCommitOnFocusOut_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("field");
    QTest::newRow("products") << "productsEdit" << int(Organization::Products);
    QTest::newRow("services") << "servicesEdit" << int(Organization::Services);
    QTest::newRow("competitors") << "competitorsEdit" << int(Organization::Competitors);
    QTest::newRow("news") << "newsEdit" << int(Organization::News);
    QTest::newRow("sources") << "sourcesEdit" << int(Organization::Sources);
    QTest::newRow("address") << "addressEdit" << int(Organization::Address);
}

void TestOrganizationsView::researchNotesCommitOnFocusOut()
{
    QFETCH(QString, editor);
    QFETCH(int, field);
    const qint64 id = addOrganization(QStringLiteral("Harbor Analytics"));
    selectRow(0);
    auto *notes = m_view->findChild<QPlainTextEdit *>(editor);
    QVERIFY(notes);
    notes->setFocus();
    QVERIFY(notes->hasFocus());
    QTest::keyClicks(notes, QStringLiteral("First line"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("Second line"));
    QCOMPARE(m_undo->count(), 0);
    m_view->listView()->setFocus();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_workspace->organizations().find(id)->value(Organization::Field(field)).toString(),
             QStringLiteral("First line\nSecond line"));
    // Leaving again without a change records nothing.
    notes->setFocus();
    m_view->listView()->setFocus();
    QCOMPARE(m_undo->count(), 1);

    m_undo->undo();
    QCOMPARE(notes->toPlainText(), QString());
    QCOMPARE(m_workspace->organizations().find(id)->value(Organization::Field(field)).toString(), QString());
}

void TestOrganizationsView::deleteAndUndoBringsPeopleBack()
{
    const qint64 harbor = addOrganization(QStringLiteral("Harbor Analytics"));
    const qint64 northwind = addOrganization(QStringLiteral("Northwind Health"));
    const qint64 priya = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), harbor);
    QItemSelectionModel *selection = m_view->listView()->selectionModel();
    selection->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_view->canDelete());
    m_view->deleteSelected();
    QCOMPARE(m_workspace->organizations().count(), 0);
    QCOMPARE(m_workspace->people().find(priya)->organizationId, 0);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(child<EmptyState>("noOrganizationsState")->isVisible());

    m_undo->undo();
    QCOMPARE(m_workspace->organizations().count(), 2);
    QVERIFY(m_workspace->organizations().find(northwind));
    QCOMPARE(m_workspace->people().find(priya)->organizationId, harbor);
    QCOMPARE(m_view->statusText(), QStringLiteral("2 organizations"));
}

void TestOrganizationsView::peopleHereFollowChanges()
{
    const qint64 harbor = addOrganization(QStringLiteral("Harbor Analytics"));
    const qint64 northwind = addOrganization(QStringLiteral("Northwind Health"));
    selectRow(model()->rowOfId(harbor));
    auto *people = child<QListWidget>("peopleHereList");
    QVERIFY(people);
    QCOMPARE(people->count(), 0);

    const qint64 priya = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), harbor);
    QCOMPARE(people->count(), 1);
    QVERIFY(people->isVisible());
    QCOMPARE(people->item(0)->data(Qt::UserRole).toLongLong(), priya);
    QVERIFY(people->item(0)->text().contains(QLatin1String("Priya Raman")));
    QCOMPARE(model()->index(model()->rowOfId(harbor), OrganizationListModel::PeopleColumn).data().toInt(), 1);

    Person moved = *m_workspace->people().find(priya);
    moved.organizationId = northwind;
    QVERIFY(m_workspace->people().update(moved));
    QCOMPARE(people->count(), 0);
    QVERIFY(!people->isVisible());
}

void TestOrganizationsView::personActivated()
{
    const qint64 harbor = addOrganization(QStringLiteral("Harbor Analytics"));
    addPerson(QStringLiteral("Ada"), QStringLiteral("Adams"), harbor);
    const qint64 priya = addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), harbor);
    selectRow(0);
    auto *people = child<QListWidget>("peopleHereList");
    QCOMPARE(people->count(), 2);
    QSignalSpy activated(m_view.get(), &OrganizationsView::personActivated);

    people->setFocus();
    people->setCurrentRow(1);
    QTest::keyClick(people, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).first().toLongLong(), priya);

    const QRect first = people->visualItemRect(people->item(0));
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).first().toLongLong(), people->item(0)->data(Qt::UserRole).toLongLong());
}

void TestOrganizationsView::filterWithNoMatch()
{
    addOrganization(QStringLiteral("Harbor Analytics"), QStringLiteral("Data"));
    addOrganization(QStringLiteral("Northwind Health"), QStringLiteral("Public health"));
    m_view->setFilterText(QStringLiteral("health"));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(m_view->statusText(), QStringLiteral("1 of 2 organizations shown"));
    m_view->setFilterText(QStringLiteral("xyz"));
    auto *noMatch = child<EmptyState>("noMatchState");
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->title(), QStringLiteral("No organization matches “xyz”"));
    QSignalSpy cleared(m_view.get(), &OrganizationsView::filterClearRequested);
    noMatch->findChild<QPushButton *>()->click();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(model()->rowCount(), 2);
}

void TestOrganizationsView::modelPassesTester()
{
    QAbstractItemModelTester tester(m_view->listView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 harbor = addOrganization(QStringLiteral("Harbor Analytics"));
    addOrganization(QStringLiteral("Northwind Health"));
    selectRow(model()->rowOfId(harbor));
    typeInto(child<QLineEdit>("nameEdit"), QStringLiteral("Zephyr Analytics"));
    QCOMPARE(m_view->listView()->currentIndex().data(OrganizationListModel::IdRole).toLongLong(), harbor);
    addPerson(QStringLiteral("Priya"), QStringLiteral("Raman"), harbor);
    qobject_cast<QTableView *>(m_view->listView())->sortByColumn(OrganizationListModel::PeopleColumn, Qt::DescendingOrder);
    m_view->deleteSelected();
    m_undo->undo();
    QCOMPARE(model()->rowCount(), 2);
}

QTEST_MAIN(TestOrganizationsView)
#include "tst_organizationsview.moc"
