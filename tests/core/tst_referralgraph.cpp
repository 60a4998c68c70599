#include "referralgraph.h"
#include "testsupport.h"

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

// Me found Ana; Ana introduced Ben, Cara and Eli; Ben introduced Eli too; Cara and Dev
// introduced each other; Fay introduced Gus, and nobody links either of them to Me.
struct Fixture
{
    TempWorkspace temp;
    qint64 acme = 0;
    qint64 beta = 0;
    qint64 ux = 0;
    qint64 data = 0;
    QHash<QString, qint64> person;   // first name -> id
    QHash<QString, qint64> referral; // "Ana>Ben" -> id, "Me>Ana" for the user

    Fixture()
    {
        Workspace &ws = temp.workspace;
        acme = addOrganization(QStringLiteral("Acme"));
        beta = addOrganization(QStringLiteral("Beta Labs"));
        ux = addField(QStringLiteral("UX research"));
        data = addField(QStringLiteral("Data science"));

        addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"), acme, PipelineStage::Interviewed);
        addPerson(QStringLiteral("Ben"), QStringLiteral("Cho"), beta, PipelineStage::Contacted);
        addPerson(QStringLiteral("Cara"), QStringLiteral("Diaz"), acme, PipelineStage::Identified);
        addPerson(QStringLiteral("Dev"), QStringLiteral("Patel"), 0, PipelineStage::Contacted);
        addPerson(QStringLiteral("Eli"), QStringLiteral("Ford"), beta, PipelineStage::Identified);
        addPerson(QStringLiteral("Fay"), QStringLiteral("Gold"), 0, PipelineStage::Thanked);
        addPerson(QStringLiteral("Gus"), QStringLiteral("Hale"), 0, PipelineStage::Identified);

        // Fields: Ana and Fay through their records, Ben and Gus through an interview.
        InroadTest::exec(ws.database().connection(),
                         QStringLiteral("INSERT INTO person_fields (person_id, field_id) VALUES (%1, %2), (%3, %4)")
                             .arg(person[QStringLiteral("Ana")])
                             .arg(ux)
                             .arg(person[QStringLiteral("Fay")])
                             .arg(data));
        addInterview(QStringLiteral("Ben"), ux);
        addInterview(QStringLiteral("Gus"), data);
        addInterview(QStringLiteral("Cara"), 0);

        addReferral(QString(), QStringLiteral("Ana"), QDate(2026, 1, 5), false, QStringLiteral("Met at a meetup"));
        addReferral(QStringLiteral("Ana"), QStringLiteral("Ben"), QDate(2026, 1, 20), true);
        addReferral(QStringLiteral("Ana"), QStringLiteral("Cara"), QDate(2026, 1, 20), false);
        addReferral(QStringLiteral("Cara"), QStringLiteral("Dev"), QDate(2026, 2, 2), true);
        addReferral(QStringLiteral("Dev"), QStringLiteral("Cara"), QDate(2026, 2, 9), true);
        addReferral(QStringLiteral("Ana"), QStringLiteral("Eli"), QDate(2026, 1, 21), false);
        addReferral(QStringLiteral("Ben"), QStringLiteral("Eli"), QDate(2026, 2, 1), true);
        addReferral(QStringLiteral("Fay"), QStringLiteral("Gus"), QDate(), false);
    }

    qint64 addOrganization(const QString &name)
    {
        Organization o;
        o.name = name;
        if (!temp.workspace.organizations().add(o))
            qFatal("cannot add organization");
        return o.id;
    }
    qint64 addField(const QString &name)
    {
        CareerField f;
        f.name = name;
        if (!temp.workspace.careerFields().add(f))
            qFatal("cannot add field");
        return f.id;
    }
    void addPerson(const QString &first, const QString &last, qint64 organization, PipelineStage stage)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.organizationId = organization;
        p.stage = stage;
        p.stageSetByHand = true;
        if (!temp.workspace.people().add(p))
            qFatal("cannot add person");
        person.insert(first, p.id);
    }
    void addInterview(const QString &who, qint64 field)
    {
        Interview i;
        i.personId = person.value(who);
        i.fieldId = field;
        if (!temp.workspace.interviews().add(i))
            qFatal("cannot add interview");
    }
    void addReferral(const QString &from, const QString &to, const QDate &on, bool mayMention,
                     const QString &note = QString())
    {
        Referral r;
        r.referrerId = from.isEmpty() ? 0 : person.value(from);
        r.referredId = person.value(to);
        r.referredOn = on;
        r.mayMention = mayMention;
        r.note = note;
        if (!temp.workspace.referrals().add(r))
            qFatal("cannot add referral: %s", qPrintable(temp.workspace.referrals().lastError()));
        referral.insert((from.isEmpty() ? QStringLiteral("Me") : from) + QLatin1Char('>') + to, r.id);
    }

    QString nameOf(qint64 id) const { return id == 0 ? QStringLiteral("Me") : person.key(id); }
    QStringList names(const ReferralGraph &graph) const
    {
        QStringList out;
        for (const ReferralGraphNode &n : graph.nodes)
            out << nameOf(n.id);
        return out;
    }
    QStringList links(const ReferralGraph &graph) const
    {
        QStringList out;
        for (const ReferralGraphEdge &e : graph.edges) {
            const QString link = nameOf(e.from) + QLatin1Char('>') + nameOf(e.to);
            if (referral.value(link) != e.id)
                return {QStringLiteral("wrong id for ") + link};
            out << link;
        }
        return out;
    }
    QList<qint64> chain(const QStringList &steps) const
    {
        QList<qint64> out;
        for (const QString &step : steps)
            out << referral.value(step);
        return out;
    }
};

} // namespace

class TestReferralGraph : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryPersonAndReferral()
    {
        Fixture f;
        const QStringList before = InroadTest::dumpTables(f.temp.db().connection());
        const ReferralGraph graph = ReferralGraphRepository(f.temp.db()).load();

        // Me first, then people by last name.
        QCOMPARE(f.names(graph), QStringList({QStringLiteral("Me"), QStringLiteral("Ben"), QStringLiteral("Cara"),
                                              QStringLiteral("Eli"), QStringLiteral("Fay"), QStringLiteral("Gus"),
                                              QStringLiteral("Dev"), QStringLiteral("Ana")}));
        QCOMPARE(graph.nodes[0].id, 0);
        QVERIFY(!graph.nodes[0].name.isEmpty());
        const ReferralGraphNode &ana = graph.nodes.constLast();
        QCOMPARE(ana.name, QStringLiteral("Ana Ruiz"));
        QCOMPARE(ana.organization, QStringLiteral("Acme"));
        QCOMPARE(ana.stage, PipelineStage::Interviewed);
        QCOMPARE(graph.nodes[6].organization, QString()); // Dev has no organization

        // Every referral, the cycle and both of Eli's introducers included; NULL is "Me".
        QCOMPARE(f.links(graph),
                 QStringList({QStringLiteral("Me>Ana"), QStringLiteral("Ana>Ben"), QStringLiteral("Ana>Cara"),
                              QStringLiteral("Cara>Dev"), QStringLiteral("Dev>Cara"), QStringLiteral("Ana>Eli"),
                              QStringLiteral("Ben>Eli"), QStringLiteral("Fay>Gus")}));
        const ReferralGraphEdge &first = graph.edges[0];
        QCOMPARE(first.from, 0);
        QCOMPARE(first.referredOn, QDate(2026, 1, 5));
        QCOMPARE(first.mayMention, false);
        QCOMPARE(first.note, QStringLiteral("Met at a meetup"));
        QCOMPARE(graph.edges[1].mayMention, true);
        QVERIFY(!graph.edges.constLast().referredOn.isValid());

        // Reading changes nothing.
        QCOMPARE(InroadTest::dumpTables(f.temp.db().connection()), before);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QStringList>("people");
        QTest::addColumn<QStringList>("referrals");

        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromUtf8(item);
            return out;
        };
        QTest::newRow("field through records or interviews")
            << QStringLiteral("ux") << QString() << -1 << list({"Me", "Ben", "Ana"}) << list({"Me>Ana", "Ana>Ben"});
        QTest::newRow("other field") << QStringLiteral("data") << QString() << -1 << list({"Me", "Fay", "Gus"})
                                     << list({"Fay>Gus"});
        QTest::newRow("organization") << QString() << QStringLiteral("acme") << -1 << list({"Me", "Cara", "Ana"})
                                      << list({"Me>Ana", "Ana>Cara"});
        QTest::newRow("stage") << QString() << QString() << int(PipelineStage::Contacted) << list({"Me", "Ben", "Dev"})
                               << QStringList();
        QTest::newRow("organization and stage") << QString() << QStringLiteral("beta") << int(PipelineStage::Identified)
                                                << list({"Me", "Eli"}) << QStringList();
        QTest::newRow("field and organization")
            << QStringLiteral("ux") << QStringLiteral("beta") << -1 << list({"Me", "Ben"}) << QStringList();
        QTest::newRow("nobody") << QString() << QString() << int(PipelineStage::KeepingInTouch) << list({"Me"})
                                << QStringList();
    }

    void filters()
    {
        QFETCH(QString, field);
        QFETCH(QString, organization);
        QFETCH(int, stage);
        QFETCH(QStringList, people);
        QFETCH(QStringList, referrals);

        Fixture f;
        ReferralGraphFilter filter;
        filter.fieldId = field == QStringLiteral("ux") ? f.ux : field == QStringLiteral("data") ? f.data : 0;
        filter.organizationId = organization == QStringLiteral("acme")   ? f.acme
                                : organization == QStringLiteral("beta") ? f.beta
                                                                         : 0;
        filter.stage = stage;
        const ReferralGraph graph = ReferralGraphRepository(f.temp.db()).load(filter);
        QCOMPARE(f.names(graph), people);
        QCOMPARE(f.links(graph), referrals);
    }

    void chainFollowsTheShortestIntroductions()
    {
        Fixture f;
        const ReferralGraph graph = ReferralGraphRepository(f.temp.db()).load();
        const auto id = [&f](const char *name) {
            return f.person.value(QString::fromUtf8(name));
        };

        QCOMPARE(graph.chainTo(id("Ana")), f.chain({QStringLiteral("Me>Ana")}));
        // Eli has two introducers: the shorter way runs through Ana alone.
        QCOMPARE(graph.chainTo(id("Eli")), f.chain({QStringLiteral("Me>Ana"), QStringLiteral("Ana>Eli")}));
        // Cara and Dev introduced each other: the search ends, and goes the way it first came.
        QCOMPARE(graph.chainTo(id("Dev")),
                 f.chain({QStringLiteral("Me>Ana"), QStringLiteral("Ana>Cara"), QStringLiteral("Cara>Dev")}));
        QCOMPARE(graph.chainTo(id("Cara")), f.chain({QStringLiteral("Me>Ana"), QStringLiteral("Ana>Cara")}));
        // No chain to people the user cannot reach, to the user, or to someone not shown.
        QVERIFY(graph.chainTo(id("Gus")).isEmpty());
        QVERIFY(graph.chainTo(id("Fay")).isEmpty());
        QVERIFY(graph.chainTo(0).isEmpty());
        QVERIFY(graph.chainTo(999999).isEmpty());

        ReferralGraphFilter filter;
        filter.organizationId = f.acme;
        const ReferralGraph acme = ReferralGraphRepository(f.temp.db()).load(filter);
        QVERIFY(acme.chainTo(id("Eli")).isEmpty());
        QCOMPARE(acme.chainTo(id("Cara")), f.chain({QStringLiteral("Me>Ana"), QStringLiteral("Ana>Cara")}));
    }

    void cycleWithoutMeTerminates()
    {
        ReferralGraph graph;
        graph.nodes = {ReferralGraphNode(), ReferralGraphNode{1, {}, {}, {}}, ReferralGraphNode{2, {}, {}, {}}};
        graph.edges = {ReferralGraphEdge{10, 1, 2, {}, false, {}}, ReferralGraphEdge{11, 2, 1, {}, false, {}}};
        QVERIFY(graph.chainTo(2).isEmpty());
        graph.edges.append(ReferralGraphEdge{12, 0, 2, {}, false, {}});
        QCOMPARE(graph.chainTo(1), QList<qint64>({12, 11}));
    }
};

QTEST_GUILESS_MAIN(TestReferralGraph)
#include "tst_referralgraph.moc"
