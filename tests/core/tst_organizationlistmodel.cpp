#include "organizationlistmodel.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

class TestOrganizationListModel final : public QObject
{
    Q_OBJECT

private slots:
    void followsTheRepository()
    {
        TempWorkspace tw;
        QUndoStack stack;
        OrganizationListModel model(tw.workspace.organizations(), tw.workspace.people(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        Organization b, a;
        b.name = QStringLiteral("Beacon");
        a.name = QStringLiteral("Atlas");
        QVERIFY(tw.workspace.organizations().add(b));
        QVERIFY(tw.workspace.organizations().add(a));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.index(0, OrganizationListModel::NameColumn).data().toString(), QStringLiteral("Atlas"));

        // The people count follows people joining.
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.organizationId = b.id;
        QVERIFY(tw.workspace.people().add(p));
        QCOMPARE(model.index(1, OrganizationListModel::PeopleColumn).data().toInt(), 1);

        // Editing the name in the list is undoable and re-sorts the row.
        QVERIFY(model.setData(model.index(1, OrganizationListModel::NameColumn), QStringLiteral("Aardvark")));
        QCOMPARE(model.index(0, OrganizationListModel::NameColumn).data().toString(), QStringLiteral("Aardvark"));
        QVERIFY(!model.setData(model.index(0, OrganizationListModel::WebsiteColumn), QStringLiteral("not a site")));
        QVERIFY(!(model.index(0, OrganizationListModel::PeopleColumn).flags() & Qt::ItemIsEditable));
        stack.undo();
        QCOMPARE(model.index(1, OrganizationListModel::NameColumn).data().toString(), QStringLiteral("Beacon"));

        model.setFilterText(QStringLiteral("atl"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QString());
        model.sort(OrganizationListModel::PeopleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, OrganizationListModel::NameColumn).data().toString(), QStringLiteral("Beacon"));
        QVERIFY(tw.workspace.organizations().remove(a.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(OrganizationListModel::PeopleColumn, Qt::Horizontal).toString(), QStringLiteral("People"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationListModel)
#include "tst_organizationlistmodel.moc"
