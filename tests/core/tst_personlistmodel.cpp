#include "organizationrepository.h"
#include "personlistmodel.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

namespace {

// Adds people "Person 0000" … in one transaction, so the list has several pages.
void addPeople(Workspace &ws, int count, qint64 organizationId = 0)
{
    QVERIFY(ws.database().beginTransaction());
    for (int i = 0; i < count; ++i) {
        Person p;
        p.firstName = QStringLiteral("Person");
        p.lastName = QStringLiteral("L%1").arg(i, 4, 10, QLatin1Char('0'));
        p.organizationId = organizationId;
        QVERIFY(ws.people().add(p));
    }
    QVERIFY(ws.database().commit());
}

QString lastNameAt(const PersonListModel &m, int row)
{
    return m.index(row, PersonListModel::LastNameColumn).data().toString();
}

} // namespace

class TestPersonListModel final : public QObject
{
    Q_OBJECT

private slots:
    void loadsPageByPage()
    {
        TempWorkspace tw;
        addPeople(tw.workspace, 450);
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), nullptr);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), PersonListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PersonListModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(lastNameAt(model, 449), QStringLiteral("L0449"));
    }

    void editsBecomeSingleRowSignals()
    {
        TempWorkspace tw;
        addPeople(tw.workspace, 10);
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Person p;
        p.firstName = QStringLiteral("Mid");
        p.lastName = QStringLiteral("L0004x");
        QVERIFY(tw.workspace.people().add(p));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);
        QCOMPARE(lastNameAt(model, 5), QStringLiteral("L0004x"));

        // Renaming moves the row to its new place in the order.
        p.lastName = QStringLiteral("L0000a");
        QVERIFY(tw.workspace.people().update(p));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.rowOfId(p.id), 1);
        QVERIFY(changed.count() >= 1);

        // A change that keeps the place is a dataChanged only.
        const int movesBefore = int(moved.count());
        p.title = QStringLiteral("Analyst");
        QVERIFY(tw.workspace.people().update(p));
        QCOMPARE(moved.count(), movesBefore);
        QCOMPARE(model.index(1, PersonListModel::TitleColumn).data().toString(), QStringLiteral("Analyst"));

        QVERIFY(tw.workspace.people().remove(p.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(resets.count(), 0);
    }

    void rowsBeyondTheLoadedPagesWaitToBeFetched()
    {
        TempWorkspace tw;
        addPeople(tw.workspace, 300);
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), nullptr);
        Person late;
        late.firstName = QStringLiteral("Zed");
        late.lastName = QStringLiteral("Zulu");
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(tw.workspace.people().add(late));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.totalCount(), 301);
        QCOMPARE(model.ensureLoaded(late.id), 300);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Moving a loaded row past the loaded pages takes it out until it is fetched again.
        PersonListModel fresh(tw.workspace.people(), tw.workspace.organizations(), nullptr);
        Person first = fresh.recordAt(0);
        first.lastName = QStringLiteral("Zz");
        QVERIFY(tw.workspace.people().update(first));
        QCOMPARE(fresh.rowCount(), PersonListModel::kPageSize - 1);
        QCOMPARE(fresh.rowOfId(first.id), -1);
    }

    void sortsAndFiltersInTheDatabase()
    {
        TempWorkspace tw;
        Organization acme;
        acme.name = QStringLiteral("Acme Robotics");
        QVERIFY(tw.workspace.organizations().add(acme));
        addPeople(tw.workspace, 5);
        addPeople(tw.workspace, 3, acme.id);
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilterText(QStringLiteral("robot"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        model.setFilterText(QString());
        model.sort(PersonListModel::OrganizationColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, PersonListModel::OrganizationColumn).data().toString(), QStringLiteral("Acme Robotics"));
        model.setStageFilter(int(PipelineStage::Thanked));
        QCOMPARE(model.rowCount(), 0);
        model.setStageFilter(-1);
        QCOMPARE(model.rowCount(), 8);

        // Renaming the organization shows in every loaded row that names it.
        acme.name = QStringLiteral("Acme Robotics Ltd");
        QVERIFY(tw.workspace.organizations().update(acme));
        QCOMPARE(model.index(0, PersonListModel::OrganizationColumn).data().toString(), QStringLiteral("Acme Robotics Ltd"));
    }

    void editingInTheListIsUndoable()
    {
        TempWorkspace tw;
        addPeople(tw.workspace, 3);
        QUndoStack stack;
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex email = model.index(0, PersonListModel::EmailColumn);
        QVERIFY(email.flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(0, PersonListModel::OrganizationColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(model.setData(email, QStringLiteral("p0@mail.example")));
        QCOMPARE(stack.count(), 1);
        const qint64 id = model.index(0, 0).data(PersonListModel::IdRole).toLongLong();
        QCOMPARE(tw.workspace.people().find(id)->email, QStringLiteral("p0@mail.example"));
        QVERIFY(!model.setData(email, QStringLiteral("not an address")));
        QVERIFY(model.setData(model.index(0, PersonListModel::StageColumn), int(PipelineStage::Contacted)));
        QCOMPARE(tw.workspace.people().find(id)->stage, PipelineStage::Contacted);
        QVERIFY(tw.workspace.people().find(id)->stageSetByHand);
        stack.undo();
        stack.undo();
        QCOMPARE(tw.workspace.people().find(id)->email, QString());
        QCOMPARE(tw.workspace.people().find(id)->stage, PipelineStage::Identified);
        QCOMPARE(model.index(0, PersonListModel::EmailColumn).data().toString(), QString());
        stack.redo();
        QCOMPARE(model.index(0, PersonListModel::EmailColumn).data().toString(), QStringLiteral("p0@mail.example"));
    }

    void aNameCannotBeEmptiedInTheList()
    {
        TempWorkspace tw;
        Person p;
        p.firstName = QStringLiteral("Solo");
        QVERIFY(tw.workspace.people().add(p));
        QUndoStack stack;
        PersonListModel model(tw.workspace.people(), tw.workspace.organizations(), &stack);
        QVERIFY(!model.setData(model.index(0, PersonListModel::FirstNameColumn), QString()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(tw.workspace.people().find(p.id)->firstName, QStringLiteral("Solo"));
    }
};

QTEST_GUILESS_MAIN(TestPersonListModel)
#include "tst_personlistmodel.moc"
