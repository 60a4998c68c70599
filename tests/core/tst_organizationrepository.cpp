#include "organizationrepository.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Inroad;
using namespace InroadTest;

class TestOrganizationRepository final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsResearchNotes()
    {
        TempWorkspace tw;
        OrganizationRepository &repo = tw.workspace.organizations();
        Organization o;
        o.name = QStringLiteral("  Green Valley Clinic ");
        o.industry = QStringLiteral("Health care");
        o.website = QStringLiteral("https://greenvalley.example");
        o.address = QStringLiteral("4 Elm Road");
        o.products = QStringLiteral("Primary care, vaccinations");
        o.services = QStringLiteral("Telehealth");
        o.competitors = QStringLiteral("Riverside Health");
        o.news = QStringLiteral("Opened a second site in March.");
        o.sources = QStringLiteral("Annual report 2025");
        QSignalSpy added(&repo, &Repository::added);
        QVERIFY(repo.add(o));
        QCOMPARE(added.count(), 1);
        const auto stored = repo.find(o.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Green Valley Clinic"));
        for (int f = Organization::Industry; f < Organization::FieldCount; ++f)
            QCOMPARE(stored->value(Organization::Field(f)), o.value(Organization::Field(f)));
        QCOMPARE(repo.findByName(QStringLiteral("green valley CLINIC"))->id, o.id);
        QVERIFY(!repo.findByName(QStringLiteral("Green")));

        QSignalSpy changed(&repo, &Repository::changed);
        o.news = QStringLiteral("Hiring nurses for the new site.");
        QVERIFY(repo.update(o));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(repo.find(o.id)->news, o.news);
    }

    void countsPeopleAndSorts()
    {
        TempWorkspace tw;
        OrganizationRepository &repo = tw.workspace.organizations();
        Organization a, b, c;
        a.name = QStringLiteral("Beacon");
        b.name = QStringLiteral("atlas");
        c.name = QStringLiteral("Cobalt");
        c.industry = QStringLiteral("Energy");
        QVERIFY(repo.add(a) && repo.add(b) && repo.add(c));
        for (int i = 0; i < 3; ++i) {
            Person p;
            p.firstName = QStringLiteral("P%1").arg(i);
            p.organizationId = i < 2 ? c.id : a.id;
            QVERIFY(tw.workspace.people().add(p));
        }
        OrganizationQuery q;
        QList<Organization> page = repo.page(q, 0, -1);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).name, QStringLiteral("atlas"));
        QCOMPARE(page.at(2).peopleCount, 2);
        q.sortField = OrganizationQuery::kSortByPeopleCount;
        q.order = Qt::DescendingOrder;
        page = repo.page(q, 0, -1);
        QCOMPARE(page.at(0).name, QStringLiteral("Cobalt"));
        QCOMPARE(repo.positionOf(b.id, q), 2);
        q = {};
        q.text = QStringLiteral("energy");
        QCOMPARE(repo.count(q), 1);
        QCOMPARE(repo.positionOf(a.id, q), -1);
        QCOMPARE(repo.names().size(), 3);
        QCOMPARE(repo.names().at(0).second, QStringLiteral("atlas"));
    }

    void deletingKeepsPeopleAndUndoReattachesThem()
    {
        TempWorkspace tw;
        OrganizationRepository &repo = tw.workspace.organizations();
        Organization o;
        o.name = QStringLiteral("Harbor Analytics");
        QVERIFY(repo.add(o));
        Person p;
        p.firstName = QStringLiteral("Priya");
        p.organizationId = o.id;
        QVERIFY(tw.workspace.people().add(p));
        const QStringList before = dumpTables(tw.db().connection());

        const auto snapshot = repo.remove(o.id);
        QVERIFY(snapshot);
        QCOMPARE(tw.workspace.people().count(), 1);
        QCOMPARE(tw.workspace.people().find(p.id)->organizationId, 0);

        QVERIFY(repo.restore(*snapshot));
        QCOMPARE(tw.workspace.people().find(p.id)->organizationName, QStringLiteral("Harbor Analytics"));
        QCOMPARE(dumpTables(tw.db().connection()), before);
    }

    void refusesANamelessOrganization()
    {
        TempWorkspace tw;
        Organization o;
        o.name = QStringLiteral("   ");
        QVERIFY(!tw.workspace.organizations().add(o));
        QCOMPARE(tw.workspace.organizations().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationRepository)
#include "tst_organizationrepository.moc"
