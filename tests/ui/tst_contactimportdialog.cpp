#include "contactimportdialog.h"
#include "importplanmodel.h"
#include "personlistmodel.h"
#include "sampleworkspace.h"
#include "testsupport.h"
#include "workspacearchive.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

// What LinkedIn writes: a preamble, then the header, then one row per connection.
const char kLinkedIn[] =
    "Notes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@harbor.org,Harbor Health,Nurse Educator,15 Mar 2024\r\n"
    "Bo,Chen,https://www.linkedin.com/in/bo-chen,,\"Pine & Oak, LLC\",Designer,1 Sep 2023\r\n"
    "Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Harbor Health,Analyst,31 Feb 2024\r\n"
    ",,https://www.linkedin.com/in/nobody,,,,2 Jan 2022\r\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestContactImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStateUntilAFileIsChosen();
    void linkedInPreviewShowsEveryRow();
    void importIsOneUndoStep();
    void returnImportsWhereverTheFocusIs();
    void genericCsvColumnsCanBeChosen();
    void unusableFileIsExplained();
    void jsonIntoEmptyWorkspaceRestoresIt();
    void jsonIntoWorkspaceWithDataImportsPeople();

private:
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ContactImportDialog> m_dialog;
    QTemporaryDir m_files;
};

void TestContactImportDialog::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_undo = std::make_unique<QUndoStack>();
    m_dialog = std::make_unique<ContactImportDialog>(m_temp->workspace, *m_undo);
    new QAbstractItemModelTester(m_dialog->previewView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog.get());
}

void TestContactImportDialog::cleanup()
{
    m_dialog.reset();
    m_undo.reset();
    m_temp.reset();
}

void TestContactImportDialog::emptyStateUntilAFileIsChosen()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(!m_dialog->previewView()->isVisible());
    QVERIFY(!m_dialog->importButton()->isEnabled());
    auto *title = m_dialog->findChild<QLabel *>();
    QVERIFY(title);
    bool found = false;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        found = found || (label->isVisible() && label->text().contains(QStringLiteral("Choose a file to import")));
    QVERIFY(found);
}

void TestContactImportDialog::linkedInPreviewShowsEveryRow()
{
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("Connections.csv"), kLinkedIn)));
    QCOMPARE(m_dialog->format(), ContactFormat::LinkedIn);
    const ImportPlan &plan = m_dialog->plan();
    QCOMPARE(plan.items.size(), 4);
    QCOMPARE(plan.count(ImportAction::Create), 2);
    QCOMPARE(plan.count(ImportAction::Reject), 2);
    QCOMPARE(plan.newOrganizations, QStringList({QStringLiteral("Harbor Health"), QStringLiteral("Pine & Oak, LLC")}));
    QCOMPARE(m_dialog->summaryLabel()->text(), QStringLiteral("2 new, 0 updated, 0 left out as duplicates, 2 rejected; 2 new organization(s)."));
    QVERIFY(m_dialog->importButton()->isEnabled());
    // The impossible date is rejected on its own line, with the reason.
    const QAbstractItemModel *model = m_dialog->previewView()->model();
    QCOMPARE(model->index(2, ImportPlanModel::LineColumn).data().toInt(), 7);
    QCOMPARE(model->index(2, ImportPlanModel::ActionColumn).data().toString(), QStringLiteral("Rejected"));
    QVERIFY(model->index(2, ImportPlanModel::DetailsColumn).data().toString().contains(QStringLiteral("31 Feb 2024")));
    // The filter shows only what is asked for.
    auto *filter = m_dialog->findChildren<QComboBox *>().constLast();
    filter->setCurrentIndex(filter->findData(int(ImportAction::Reject)));
    QCOMPARE(model->rowCount(), 2);
}

void TestContactImportDialog::importIsOneUndoStep()
{
    PersonListModel people(m_temp->workspace.people(), m_temp->workspace.organizations(), m_undo.get());
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("Connections.csv"), kLinkedIn)));
    const QStringList before = dumpTables(m_temp->db().connection());
    QVERIFY(m_dialog->importNow());
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 2 contact(s)"));
    QCOMPARE(m_temp->workspace.people().count(), 2);
    QCOMPARE(people.totalCount(), 2); // the list reloaded
    QVERIFY(m_dialog->resultText().contains(QStringLiteral("2 new")));
    const QStringList after = dumpTables(m_temp->db().connection());
    m_undo->undo();
    QCOMPARE(dumpTables(m_temp->db().connection()), before);
    QCOMPARE(people.totalCount(), 0);
    m_undo->redo();
    QCOMPARE(dumpTables(m_temp->db().connection()), after);
    QCOMPARE(people.totalCount(), 2);
}

void TestContactImportDialog::returnImportsWhereverTheFocusIs()
{
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("Connections.csv"), kLinkedIn)));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QPushButton *browse = nullptr;
    for (QPushButton *button : m_dialog->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == QStringLiteral("&Choose File…"))
            browse = button;
    }
    QVERIFY(browse);
    browse->setFocus();
    QTest::keyClick(browse, Qt::Key_Return);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_temp->workspace.people().count(), 2);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestContactImportDialog::genericCsvColumnsCanBeChosen()
{
    const QByteArray csv = "Who;Employer;Reach\nAnn Lee;Harbor Health;ann@harbor.org\nBo Chen;Pine;bo@pine.example\n";
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("list.csv"), csv)));
    QCOMPARE(m_dialog->format(), ContactFormat::Csv);
    QVERIFY(m_dialog->columnsTable()->isVisibleTo(m_dialog.get()));
    QCOMPARE(m_dialog->columnsTable()->columnCount(), 3);
    QCOMPARE(m_dialog->columnsTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Who"));
    // "Who" and "Reach" mean nothing to the guesser: no name column, nothing to import yet.
    QVERIFY(!m_dialog->importButton()->isEnabled());
    m_dialog->setColumn(0, ContactColumn::FullName);
    m_dialog->setColumn(2, ContactColumn::Email);
    QCOMPARE(m_dialog->plan().count(ImportAction::Create), 2);
    QCOMPARE(m_dialog->plan().items.first().person.lastName, QStringLiteral("Lee"));
    QCOMPARE(m_dialog->plan().items.first().person.email, QStringLiteral("ann@harbor.org"));
    QVERIFY(m_dialog->importButton()->isEnabled());
    auto *box = qobject_cast<QComboBox *>(m_dialog->columnsTable()->cellWidget(0, 2));
    QVERIFY(box);
    QCOMPARE(box->currentData().toInt(), int(ContactColumn::Email));
}

void TestContactImportDialog::unusableFileIsExplained()
{
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 256);
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("photo.csv"), junk)));
    QVERIFY(m_dialog->plan().items.isEmpty());
    QVERIFY(!m_dialog->importButton()->isEnabled());
    bool explained = false;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        explained = explained || label->text().contains(QStringLiteral("text"));
    QVERIFY(explained);

    QVERIFY(!m_dialog->loadFile(m_files.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(m_dialog->problem().contains(QStringLiteral("could not be read")));
    QVERIFY(!m_dialog->importButton()->isEnabled());
}

void TestContactImportDialog::jsonIntoEmptyWorkspaceRestoresIt()
{
    TempWorkspace source(QStringLiteral("source.inroad"));
    QVERIFY(SampleWorkspace::write(source.db(), SampleOptions(), nullptr));
    QString error;
    const QByteArray json = exportWorkspaceJson(source.db(), &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("backup.json"), json)));
    QCOMPARE(m_dialog->format(), ContactFormat::Json);
    QVERIFY(m_dialog->summaryLabel()->text().contains(QStringLiteral("restored")));
    QCOMPARE(m_dialog->importButton()->text(), QStringLiteral("&Restore Workspace"));
    QVERIFY(m_dialog->importNow());
    QVERIFY(m_dialog->restoredWorkspace());
    QCOMPARE(m_temp->workspace.people().count(), source.workspace.people().count());
    const auto interviews = [](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM interviews")) && q.next() ? q.value(0).toInt() : -1;
    };
    QVERIFY(interviews(source.db()) > 0);
    QCOMPARE(interviews(m_temp->db()), interviews(source.db()));
}

void TestContactImportDialog::jsonIntoWorkspaceWithDataImportsPeople()
{
    TempWorkspace source(QStringLiteral("source.inroad"));
    Person ann;
    ann.firstName = QStringLiteral("Ann");
    ann.lastName = QStringLiteral("Lee");
    ann.email = QStringLiteral("ann@harbor.org");
    QVERIFY(source.workspace.people().add(ann));
    Person bo;
    bo.firstName = QStringLiteral("Bo");
    bo.lastName = QStringLiteral("Chen");
    QVERIFY(source.workspace.people().add(bo));
    const QByteArray json = exportWorkspaceJson(source.db(), nullptr);

    Person here;
    here.firstName = QStringLiteral("Annie");
    here.lastName = QStringLiteral("Lee");
    here.email = QStringLiteral("ANN@harbor.org");
    QVERIFY(m_temp->workspace.people().add(here));
    QVERIFY(m_dialog->loadFile(writeFile(m_files, QStringLiteral("other.json"), json)));
    QVERIFY(!m_dialog->restoredWorkspace());
    QCOMPARE(m_dialog->plan().count(ImportAction::Create), 1);
    QCOMPARE(m_dialog->plan().count(ImportAction::Duplicate), 1);
    QVERIFY(m_dialog->importNow());
    QVERIFY(!m_dialog->restoredWorkspace());
    QCOMPARE(m_temp->workspace.people().count(), 2);
}

QTEST_MAIN(TestContactImportDialog)
#include "tst_contactimportdialog.moc"
