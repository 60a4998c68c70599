#include "duplicatefinder.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Inroad;
using namespace InroadTest;

class TestDuplicateFinder final : public QObject
{
    Q_OBJECT

private:
    qint64 organization(TempWorkspace &tw, const QString &name)
    {
        Organization o;
        o.name = name;
        if (!tw.workspace.organizations().add(o))
            qFatal("cannot add organization");
        return o.id;
    }
    qint64 person(TempWorkspace &tw, const QString &first, const QString &last, const QString &email = {},
                  const QString &linkedIn = {}, qint64 organizationId = 0)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.email = email;
        p.linkedInUrl = linkedIn;
        p.organizationId = organizationId;
        if (!tw.workspace.people().add(p))
            qFatal("cannot add person");
        return p.id;
    }

private slots:
    void emptyWorkspaceHasNoGroups()
    {
        TempWorkspace tw;
        QVERIFY(findDuplicatePeople(tw.db()).isEmpty());
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        QVERIFY(findDuplicatePeople(tw.db()).isEmpty());
    }

    void sameEmailIgnoringCaseAndSpaces()
    {
        TempWorkspace tw;
        const qint64 a = person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        person(tw, QStringLiteral("Bo"), QStringLiteral("Chen"), QStringLiteral("bo@x.org"));
        const qint64 b = person(tw, QStringLiteral("A."), QStringLiteral("Lee"), QStringLiteral(" ANN@X.org "));
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].personIds, (QList<qint64>{b, a})); // "A. Lee" sorts before "Ann Lee"
        QCOMPARE(groups[0].reason, QStringLiteral("same e-mail address ann@x.org"));
    }

    void sameLinkedInProfile()
    {
        TempWorkspace tw;
        const qint64 a = person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {},
                                QStringLiteral("https://www.linkedin.com/in/ann-lee/"));
        const qint64 b = person(tw, QStringLiteral("Annie"), QStringLiteral("Lee"), {},
                                QStringLiteral("uk.linkedin.com/in/Ann-Lee?trk=x"));
        person(tw, QStringLiteral("Cy"), QStringLiteral("Lee"), {}, QStringLiteral("https://linkedin.com/in/cy"));
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].personIds, (QList<qint64>{a, b}));
        QCOMPARE(groups[0].reason, QStringLiteral("same LinkedIn profile"));
    }

    void sameNameAtSameOrganizationIgnoringAccentsAndCase()
    {
        TempWorkspace tw;
        const qint64 acme = organization(tw, QStringLiteral("ACME Inc."));
        const qint64 acme2 = organization(tw, QStringLiteral("Acme  inc"));
        const qint64 a = person(tw, QStringLiteral("Zoë"), QStringLiteral("O'Brien"), {}, {}, acme);
        const qint64 b = person(tw, QStringLiteral("zoe"), QStringLiteral("obrien"), {}, {}, acme2);
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].personIds, (QList<qint64>{a, b}));
        QCOMPARE(groups[0].reason, QStringLiteral("same name and organization"));
    }

    void sameNameElsewhereIsNotADuplicate()
    {
        TempWorkspace tw;
        const qint64 harbor = organization(tw, QStringLiteral("Harbor"));
        const qint64 pine = organization(tw, QStringLiteral("Pine"));
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {}, {}, harbor);
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {}, {}, pine);
        // Nor is one with an organization and one without.
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"));
        QVERIFY(findDuplicatePeople(tw.db()).isEmpty());
    }

    void sameNameBothWithoutOrganization()
    {
        // The rule of an import: the same name with no organization on either side is one person —
        // here only offered, for the user to decide.
        TempWorkspace tw;
        const qint64 a = person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"));
        const qint64 b = person(tw, QStringLiteral("ann"), QStringLiteral("LEE"));
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].personIds, (QList<qint64>{a, b}));
    }

    void namesakesWithTheirOwnProfilesAreTwoPeople()
    {
        TempWorkspace tw;
        const qint64 harbor = organization(tw, QStringLiteral("Harbor"));
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {}, QStringLiteral("https://www.linkedin.com/in/ann-lee-1"), harbor);
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {}, QStringLiteral("https://www.linkedin.com/in/ann-lee-2"), harbor);
        QVERIFY(findDuplicatePeople(tw.db()).isEmpty());
        // A third without a profile may be either of them: offered with the first.
        person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), {}, {}, harbor);
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].personIds.size(), 2);
    }

    void chainsMakeOneGroup()
    {
        TempWorkspace tw;
        const qint64 harbor = organization(tw, QStringLiteral("Harbor"));
        const qint64 a = person(tw, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.org"));
        const qint64 b = person(tw, QStringLiteral("Ann"), QStringLiteral("Lee-Park"), QStringLiteral("ann@x.org"), {}, harbor);
        const qint64 c = person(tw, QStringLiteral("ann"), QStringLiteral("lee park"), {}, {}, harbor);
        const qint64 d = person(tw, QStringLiteral("Dee"), QStringLiteral("Lee-Park"), {}, QStringLiteral("linkedin.com/in/dee"));
        const qint64 e = person(tw, QStringLiteral("Dee"), QStringLiteral("Ash"), {}, QStringLiteral("https://linkedin.com/in/dee/"));
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 2);
        // Ordered by the first person's last name: Ash before Lee.
        QCOMPARE(groups[0].personIds, (QList<qint64>{e, d}));
        QCOMPARE(groups[1].personIds, (QList<qint64>{a, b, c}));
        QCOMPARE(groups[1].reason, QStringLiteral("same e-mail address ann@x.org; same name and organization"));
    }

    void manyPeopleInOnePass()
    {
        TempWorkspace tw;
        QSqlDatabase db = tw.db().connection();
        QVERIFY(tw.db().beginTransaction());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO people (first_name, last_name, email, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')"));
        for (int i = 0; i < 5000; ++i) {
            q.addBindValue(QStringLiteral("P%1").arg(i));
            q.addBindValue(QStringLiteral("L%1").arg(i));
            q.addBindValue(QStringLiteral("p%1@x.org").arg(i % 2500)); // every address twice
            QVERIFY(q.exec());
        }
        QVERIFY(tw.db().commit());
        const QList<DuplicateGroup> groups = findDuplicatePeople(tw.db());
        QCOMPARE(groups.size(), 2500);
        for (const DuplicateGroup &g : groups)
            QCOMPARE(g.personIds.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
