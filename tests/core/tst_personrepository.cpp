#include "organizationrepository.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Inroad;
using namespace InroadTest;

namespace {

Person makePerson(const QString &first, const QString &last, qint64 organizationId = 0)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.organizationId = organizationId;
    return p;
}

QStringList names(const QList<Person> &people)
{
    QStringList out;
    for (const Person &p : people)
        out << p.displayName();
    return out;
}

} // namespace

class TestPersonRepository final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField()
    {
        TempWorkspace tw;
        Organization org;
        org.name = QStringLiteral("Harbor Analytics");
        QVERIFY(tw.workspace.organizations().add(org));

        Person p;
        p.firstName = QStringLiteral("Siobhán");
        p.lastName = QStringLiteral("Ní Bhriain");
        p.pronunciation = QStringLiteral("shi-VAWN nee VREE-an");
        p.salutation = QStringLiteral("Dr.");
        p.title = QStringLiteral("Principal UX Researcher");
        p.organizationId = org.id;
        p.email = QStringLiteral("  siobhan@harbor.example ");
        p.phone = QStringLiteral("+1 555 0142");
        p.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/siobhan");
        p.address = QStringLiteral("12 Quay Street\nGalway");
        p.source = QStringLiteral("Alumni directory");
        p.tags = {QStringLiteral("mentor"), QStringLiteral(" alumni "), QStringLiteral("Mentor"), QString()};
        p.relationshipStrength = 4;
        p.stage = PipelineStage::Scheduled;
        p.stageSetByHand = true;
        p.businessCardReceived = true;

        PersonRepository &repo = tw.workspace.people();
        QSignalSpy added(&repo, &Repository::added);
        QVERIFY(repo.add(p));
        QVERIFY(p.id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), p.id);

        const auto stored = repo.find(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName(), QStringLiteral("Siobhán Ní Bhriain"));
        QCOMPARE(stored->email, QStringLiteral("siobhan@harbor.example"));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("alumni"), QStringLiteral("mentor")}));
        QCOMPARE(stored->organizationName, QStringLiteral("Harbor Analytics"));
        QCOMPARE(stored->address, p.address);
        QCOMPARE(stored->stage, PipelineStage::Scheduled);
        QVERIFY(stored->stageSetByHand);
        QVERIFY(stored->businessCardReceived);
        QCOMPARE(stored->relationshipStrength, 4);
        QVERIFY(stored->createdAt.isValid());
        Person expected = p;
        expected.email = QStringLiteral("siobhan@harbor.example");
        expected.tags = normalizedTags(p.tags);
        QVERIFY(stored->sameContent(expected));
        QCOMPARE(repo.allTags(), (QStringList{QStringLiteral("alumni"), QStringLiteral("mentor")}));
    }

    void updatesAndSignals()
    {
        TempWorkspace tw;
        PersonRepository &repo = tw.workspace.people();
        Person p = makePerson(QStringLiteral("Grace"), QStringLiteral("Okafor"));
        p.tags = {QStringLiteral("nursing")};
        QVERIFY(repo.add(p));
        QSignalSpy changed(&repo, &Repository::changed);
        p.title = QStringLiteral("Nurse Practitioner");
        p.tags = {QStringLiteral("clinic"), QStringLiteral("night shift")};
        QVERIFY(repo.update(p));
        QCOMPARE(changed.count(), 1);
        const auto stored = repo.find(p.id);
        QCOMPARE(stored->title, QStringLiteral("Nurse Practitioner"));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("clinic"), QStringLiteral("night shift")}));

        Person ghost = p;
        ghost.id = 9999;
        QSignalSpy failed(&tw.db(), &Database::writeFailed);
        QVERIFY(!repo.update(ghost));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void refusesANamelessPersonAndWritesNothing()
    {
        TempWorkspace tw;
        PersonRepository &repo = tw.workspace.people();
        QSignalSpy added(&repo, &Repository::added);
        QSignalSpy failed(&tw.db(), &Database::writeFailed);
        Person nobody = makePerson(QStringLiteral("  "), QString());
        nobody.tags = {QStringLiteral("orphan")};
        QVERIFY(!repo.add(nobody));
        QCOMPARE(nobody.id, 0);
        QCOMPARE(added.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(repo.count(), 0);
        QVERIFY(repo.allTags().isEmpty());
    }

    void signalsWaitForTheOutermostCommit()
    {
        TempWorkspace tw;
        PersonRepository &repo = tw.workspace.people();
        QSignalSpy added(&repo, &Repository::added);
        QVERIFY(tw.db().beginTransaction());
        Person p = makePerson(QStringLiteral("Ana"), QStringLiteral("Lima"));
        QVERIFY(repo.add(p));
        QCOMPARE(added.count(), 0);
        tw.db().rollback();
        QCOMPARE(added.count(), 0);
        QCOMPARE(repo.count(), 0);

        QVERIFY(tw.db().beginTransaction());
        Person q = makePerson(QStringLiteral("Ana"), QStringLiteral("Lima"));
        QVERIFY(repo.add(q));
        QVERIFY(tw.db().commit());
        QCOMPARE(added.count(), 1);
    }

    void pagesSortsAndFilters()
    {
        TempWorkspace tw;
        PersonRepository &repo = tw.workspace.people();
        OrganizationRepository &orgs = tw.workspace.organizations();
        Organization zeta, alpha;
        zeta.name = QStringLiteral("Zeta Works");
        alpha.name = QStringLiteral("alpha labs");
        QVERIFY(orgs.add(zeta) && orgs.add(alpha));
        Person a = makePerson(QStringLiteral("Bea"), QStringLiteral("Adams"), zeta.id);
        Person b = makePerson(QStringLiteral("Carl"), QStringLiteral("brown"), alpha.id);
        Person c = makePerson(QStringLiteral("Dana"), QStringLiteral("Chen"));
        c.tags = {QStringLiteral("mentor")};
        c.stage = PipelineStage::Thanked;
        Person d = makePerson(QStringLiteral("Eve"), QStringLiteral("Adams"));
        d.email = QStringLiteral("eve_50%@mail.example");
        for (Person *p : {&a, &b, &c, &d})
            QVERIFY(repo.add(*p));

        PersonQuery q;
        QCOMPARE(names(repo.page(q, 0, -1)),
                 (QStringList{QStringLiteral("Bea Adams"), QStringLiteral("Eve Adams"), QStringLiteral("Carl brown"),
                              QStringLiteral("Dana Chen")}));
        QCOMPARE(names(repo.page(q, 1, 2)), (QStringList{QStringLiteral("Eve Adams"), QStringLiteral("Carl brown")}));
        q.order = Qt::DescendingOrder;
        QCOMPARE(names(repo.page(q, 0, 1)), QStringList{QStringLiteral("Dana Chen")});

        q = {};
        q.sortField = Person::OrganizationId;
        QCOMPARE(names(repo.page(q, 0, -1)),
                 (QStringList{QStringLiteral("Dana Chen"), QStringLiteral("Eve Adams"), QStringLiteral("Carl brown"),
                              QStringLiteral("Bea Adams")}));
        QCOMPARE(repo.positionOf(a.id, q), 3);
        QCOMPARE(repo.positionOf(c.id, q), 0);

        q = {};
        q.text = QStringLiteral("ALPHA");
        QCOMPARE(names(repo.page(q, 0, -1)), QStringList{QStringLiteral("Carl brown")});
        q.text = QStringLiteral("mentor");
        QCOMPARE(names(repo.page(q, 0, -1)), QStringList{QStringLiteral("Dana Chen")});
        q.text = QStringLiteral("adams eve");
        QCOMPARE(repo.count(q), 1);
        q.text = QStringLiteral("50%");
        QCOMPARE(names(repo.page(q, 0, -1)), QStringList{QStringLiteral("Eve Adams")});
        q.text = QStringLiteral("_");
        QCOMPARE(repo.count(q), 1); // only the literal underscore in Eve's address
        QCOMPARE(repo.positionOf(b.id, q), -1);

        q = {};
        q.stage = int(PipelineStage::Thanked);
        QCOMPARE(names(repo.page(q, 0, -1)), QStringList{QStringLiteral("Dana Chen")});
        q = {};
        q.organizationId = zeta.id;
        QCOMPARE(names(repo.page(q, 0, -1)), QStringList{QStringLiteral("Bea Adams")});
        QCOMPARE(names(repo.atOrganization(alpha.id)), QStringList{QStringLiteral("Carl brown")});
    }

    void removeTakesDependentsAndRestoreBringsThemBack()
    {
        TempWorkspace tw;
        PersonRepository &repo = tw.workspace.people();
        Person priya = makePerson(QStringLiteral("Priya"), QStringLiteral("Raman"));
        priya.tags = {QStringLiteral("alumni")};
        Person tomas = makePerson(QStringLiteral("Tomás"), QStringLiteral("Ibarra"));
        QVERIFY(repo.add(priya) && repo.add(tomas));
        const QSqlDatabase c = tw.db().connection();
        exec(c, QStringLiteral("INSERT INTO interviews(id, person_id, created_at, updated_at) VALUES (7, %1, 'x', 'x')").arg(priya.id));
        exec(c, QStringLiteral("INSERT INTO interview_questions(interview_id, text, answer) VALUES (7, 'What is a typical day?', 'Meetings.')"));
        exec(c, QStringLiteral("INSERT INTO referrals(referrer_id, referred_id, interview_id, created_at) VALUES (%1, %2, 7, 'x')").arg(priya.id).arg(tomas.id));
        exec(c, QStringLiteral("INSERT INTO referrals(referrer_id, referred_id, created_at) VALUES (NULL, %1, 'x')").arg(priya.id));
        exec(c, QStringLiteral("INSERT INTO outreach_attempts(person_id, interview_id, attempted_at) VALUES (%1, 7, 'x')").arg(tomas.id));
        exec(c, QStringLiteral("INSERT INTO notes(person_id, body, noted_on, created_at, updated_at) VALUES (%1, 'n', 'd', 'x', 'x')").arg(priya.id));
        exec(c, QStringLiteral("INSERT INTO notes(interview_id, body, noted_on, created_at, updated_at) VALUES (7, 'n', 'd', 'x', 'x')"));
        exec(c, QStringLiteral("INSERT INTO follow_ups(person_id, interview_id, due_at, created_at) VALUES (%1, 7, 'd', 'x')").arg(priya.id));
        const QStringList before = dumpTables(c);

        QSignalSpy removed(&repo, &Repository::removed);
        const auto snapshot = repo.remove(priya.id);
        QVERIFY(snapshot);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!repo.find(priya.id));
        QCOMPARE(repo.count(), 1);
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT interview_id FROM outreach_attempts")) && q.next());
        QVERIFY(q.value(0).isNull()); // SET NULL reached Tomás's outreach
        q.finish();
        QVERIFY(dumpTables(c) != before);

        QSignalSpy added(&repo, &Repository::added);
        QVERIFY(repo.restore(*snapshot));
        QCOMPARE(added.count(), 1);
        QCOMPARE(dumpTables(c), before);
        QCOMPARE(repo.find(priya.id)->tags, QStringList{QStringLiteral("alumni")});
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "tst_personrepository.moc"
