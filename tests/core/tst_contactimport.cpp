#include "commandline.h"
#include "contactkeys.h"
#include "contactexport.h"
#include "contactimport.h"
#include "contactreaders.h"
#include "csvreader.h"
#include "sampleworkspace.h"
#include "searchindex.h"
#include "searchindexbuilder.h"
#include "testsupport.h"
#include "workspacearchive.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

using namespace Inroad;
using InroadTest::dumpTables;
using InroadTest::TempWorkspace;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ContactRecord contact(int line, const char *first, const char *last, const char *organization = "",
                      const char *email = "", const char *linkedIn = "")
{
    ContactRecord r;
    r.line = line;
    r.firstName = u(first);
    r.lastName = u(last);
    r.organization = u(organization);
    if (*email)
        r.emails << u(email);
    r.linkedInUrl = u(linkedIn);
    return r;
}

ContactSource sourceOf(const QList<ContactRecord> &records)
{
    ContactSource source;
    source.records = records;
    return source;
}

qint64 addOrganization(Workspace &w, const QString &name)
{
    if (const std::optional<Organization> existing = w.organizations().findByName(name))
        return existing->id;
    Organization o;
    o.name = name;
    if (!w.organizations().add(o))
        qFatal("cannot add organization %s", qPrintable(name));
    return o.id;
}

qint64 addPerson(Workspace &w, Person p, const QString &organization = {})
{
    if (!organization.isEmpty())
        p.organizationId = addOrganization(w, organization);
    if (!w.people().add(p))
        qFatal("cannot add %s", qPrintable(p.displayName()));
    return p.id;
}

Person person(const char *first, const char *last, const char *email = "", const char *linkedIn = "",
              const char *title = "")
{
    Person p;
    p.firstName = u(first);
    p.lastName = u(last);
    p.email = u(email);
    p.linkedInUrl = u(linkedIn);
    p.title = u(title);
    return p;
}

/// The people of a workspace as a user sees them in a list, sorted.
QStringList peopleOf(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT p.first_name, p.last_name, COALESCE(o.name, ''), p.title, p.email, p.phone, "
                          "p.linkedin_url, p.address FROM people p LEFT JOIN organizations o ON o.id = p.organization_id"));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << q.value(i).toString();
        out << cells.join(QStringLiteral(" | "));
    }
    out.sort();
    return out;
}

QStringList tagsOf(Database &db, qint64 personId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ? "
                             "ORDER BY t.name"));
    q.addBindValue(personId);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

/// The workspace the plan tests import into: three people, two organizations.
struct Existing
{
    TempWorkspace ws;
    qint64 ann = 0;
    qint64 zoe = 0;
    qint64 bob = 0;
    Existing()
    {
        ann = addPerson(ws.workspace, person("Ann", "Lee", "Ann.Lee@Example.org", "https://www.linkedin.com/in/ann-lee", "Engineer"),
                        QStringLiteral("Acme Inc."));
        zoe = addPerson(ws.workspace, person("Zoë", "O'Brien"), QStringLiteral("Globex Corp."));
        bob = addPerson(ws.workspace, person("Bob", "Stone"), QStringLiteral("Globex Corp."));
    }
};

/// Varied people for the round trips: accents, commas, semicolons, a multi-line address.
void addVariedPeople(Workspace &w)
{
    Person a = person("Zoë", "Ødegaard-Núñez", "zoe@example.org", "https://www.linkedin.com/in/zoe-o", "Head of R&D; Europe");
    a.phone = QStringLiteral("+47 22 00 00 00");
    a.address = u("Storgata 1\n0155 Oslo\nNorway");
    addPerson(w, a, u("Smith, Jones & Co."));
    Person b = person("Jean-Luc", "O'Brien", "jl@example.fr", "", "Partner, Litigation");
    b.phone = QStringLiteral("(555) 010-0199");
    b.address = u("12 rue de la Paix, 75002 Paris");
    addPerson(w, b, u("Café Crème; Ltd"));
    addPerson(w, person("Cher", ""), {});
    Person d = person("", "Nakamura", "", "https://www.linkedin.com/in/nakamura");
    addPerson(w, d, u("東京商事"));
}

} // namespace

Q_DECLARE_METATYPE(Inroad::ContactRecord)

// planContactImport(), applyContactImport() and their undo, and the round trips through the
// exports: what a user sees in the preview and in the workspace after.
class TestContactImport final : public QObject
{
    Q_OBJECT

private slots:
    void planActions_data();
    void planActions();
    void updateNeverOverwrites();
    void sameContactTwiceInAFile();
    void namesakesWithTheirOwnProfiles();
    void organizationsCreatedOnce();
    void rejections();
    void applyWritesPeopleTagsAndNotes();
    void failureMidwayWritesNothing();
    void cancelWritesNothing();
    void undoRedo();
    void largeImportRebuildsTheSearchIndexAfterwards();
    void undoRemovesOnlyWhatTheImportCreated();
    void foldedNamesMatchTheSearchFolding_data();
    void foldedNamesMatchTheSearchFolding();
    void vcardRoundTrip_data();
    void vcardRoundTrip();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void jsonIntoEmptyWorkspaceRestoresEverything();
    void jsonIntoWorkspaceWithDataImportsPeople();
};

void TestContactImport::planActions_data()
{
    QTest::addColumn<ContactRecord>("record");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("matches"); // "ann", "zoe", "bob" or empty

    QTest::newRow("new person") << contact(2, "Dee", "Ray", "Initech", "dee@example.org") << u("New") << QString();
    QTest::newRow("same e-mail, other case, nothing new")
        << contact(2, "Ann", "Lee", "Acme Inc.", " ann.lee@EXAMPLE.ORG") << u("Duplicate") << u("ann");
    ContactRecord withPhone = contact(2, "Ann", "Lee", "", "ann.lee@example.org");
    withPhone.phones << QStringLiteral("+1 555 0100");
    withPhone.phoneLabels << QString();
    QTest::newRow("same e-mail, brings a phone") << withPhone << u("Update") << u("ann");
    QTest::newRow("LinkedIn without www, trailing slash")
        << contact(2, "A.", "Lee", "", "", "https://linkedin.com/in/ann-lee/") << u("Duplicate") << u("ann");
    QTest::newRow("LinkedIn without scheme, with a query")
        << contact(2, "A.", "Lee", "", "", "www.linkedin.com/in/Ann-Lee?trk=public_profile") << u("Duplicate") << u("ann");
    QTest::newRow("LinkedIn on a country subdomain, with a fragment")
        << contact(2, "Annie", "Lee", "", "", "http://uk.linkedin.com/in/ann-lee/#top") << u("Duplicate") << u("ann");
    QTest::newRow("another LinkedIn profile") << contact(2, "Ann", "Leigh", "", "", "https://www.linkedin.com/in/ann-leigh")
                                              << u("New") << QString();
    QTest::newRow("same name and organization, accents and case")
        << contact(2, "ZOE", "o’brien", "globex corp") << u("Duplicate") << u("zoe");
    QTest::newRow("same name and organization, brings an e-mail")
        << contact(2, "zoë", "OBrien", "GLOBEX CORP.", "zoe@globex.example") << u("Update") << u("zoe");
    QTest::newRow("same name at another organization") << contact(2, "Bob", "Stone", "Initech") << u("New") << QString();
    QTest::newRow("same name without organization") << contact(2, "Bob", "Stone") << u("New") << QString();
    QTest::newRow("same name and organization, another LinkedIn profile")
        << contact(2, "Ann", "Lee", "Acme Inc.", "", "https://www.linkedin.com/in/ann-lee-42") << u("New") << QString();
    QTest::newRow("same name and organization, no LinkedIn profile")
        << contact(2, "Ann", "Lee", "Acme Inc.") << u("Duplicate") << u("ann");
    // People have more than one address: another one alone does not make another person; it is
    // kept in a note on the person.
    QTest::newRow("same name and organization, another e-mail address")
        << contact(2, "Ann", "Lee", "Acme Inc.", "ann@home.example") << u("Update") << u("ann");
}

void TestContactImport::planActions()
{
    QFETCH(ContactRecord, record);
    QFETCH(QString, action);
    QFETCH(QString, matches);
    Existing existing;
    const QStringList before = dumpTables(existing.ws.db().connection());
    const ImportPlan plan = planContactImport(existing.ws.db(), sourceOf({record}), QStringLiteral("/tmp/in.csv"));
    QCOMPARE(plan.fileName, QStringLiteral("in.csv"));
    QCOMPARE(plan.items.size(), 1);
    const ImportItem &item = plan.items.first();
    QCOMPARE(importActionName(item.action), action);
    const qint64 expected = matches == QLatin1String("ann") ? existing.ann
                            : matches == QLatin1String("zoe") ? existing.zoe
                            : matches == QLatin1String("bob") ? existing.bob
                                                              : 0;
    QCOMPARE(item.personId, expected);
    if (expected)
        QVERIFY2(!item.reason.isEmpty(), "a match says what matched");
    QCOMPARE(dumpTables(existing.ws.db().connection()), before); // planning only reads
}

void TestContactImport::updateNeverOverwrites()
{
    Existing existing;
    Workspace &w = existing.ws.workspace;
    ContactRecord r = contact(4, "Ann", "Lee", "Acme Incorporated", "ann.lee@example.org",
                              "https://www.linkedin.com/in/someone-else");
    r.title = QStringLiteral("Director");
    r.emails << QStringLiteral("ann@home.example");
    r.phones << QStringLiteral("+1 555 0100") << QStringLiteral("+1 555 0101");
    r.phoneLabels << QStringLiteral("mobile") << QStringLiteral("work");
    r.address = QStringLiteral("1 Main St");
    r.websites << QStringLiteral("https://ann.example");
    r.tags << QStringLiteral("Mentor");
    r.note = QStringLiteral("Met at the career fair.");
    r.source = QStringLiteral("Google Contacts");

    const ImportPlan plan = planContactImport(existing.ws.db(), sourceOf({r}), QStringLiteral("google.csv"));
    QCOMPARE(plan.items.size(), 1);
    const ImportItem &item = plan.items.first();
    QCOMPARE(item.action, ImportAction::Update);
    QCOMPARE(item.personId, existing.ann);
    // What the person had stays; what was empty is filled.
    QCOMPARE(item.person.title, QStringLiteral("Engineer"));
    QCOMPARE(item.person.email, QStringLiteral("Ann.Lee@Example.org"));
    QCOMPARE(item.person.linkedInUrl, QStringLiteral("https://www.linkedin.com/in/ann-lee"));
    QCOMPARE(item.organization, QStringLiteral("Acme Inc."));
    QCOMPARE(item.person.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(item.person.address, QStringLiteral("1 Main St"));
    QCOMPARE(item.person.source, QStringLiteral("Google Contacts"));
    QCOMPARE(item.person.tags, QStringList{QStringLiteral("Mentor")});
    // Every value that differs is in the note.
    for (const QString &kept : {QStringLiteral("Director"), QStringLiteral("Acme Incorporated"),
                                QStringLiteral("ann@home.example"), QStringLiteral("+1 555 0101 (work)"),
                                QStringLiteral("https://ann.example"), QStringLiteral("someone-else"),
                                QStringLiteral("Met at the career fair.")})
        QVERIFY2(item.note.contains(kept), qPrintable(kept + QStringLiteral(" missing from: ") + item.note));
    QVERIFY(!item.note.contains(QStringLiteral("+1 555 0100")));
    QVERIFY(plan.newOrganizations.isEmpty());

    ImportOutcome outcome;
    QString error;
    QVERIFY2(applyContactImport(existing.ws.db(), plan, outcome, &error), qPrintable(error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.created, 0);
    const Person stored = *w.people().find(existing.ann);
    QCOMPARE(stored.title, QStringLiteral("Engineer"));
    QCOMPARE(stored.email, QStringLiteral("Ann.Lee@Example.org"));
    QCOMPARE(stored.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(stored.organizationName, QStringLiteral("Acme Inc."));
    QCOMPARE(stored.tags, QStringList{QStringLiteral("Mentor")});
    const QList<Note> notes = w.notes().forPerson(existing.ann);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().body, item.note);
    QVERIFY(notes.first().title.contains(QStringLiteral("google.csv")));
}

void TestContactImport::sameContactTwiceInAFile()
{
    TempWorkspace ws;
    ContactRecord first = contact(2, "Ann", "Lee", "Acme", "ann@example.org");
    first.title = QStringLiteral("Engineer");
    ContactRecord second = contact(5, "ANN", "LEE", "Acme", "Ann@Example.org ");
    second.title = QStringLiteral("CTO");
    second.emails << QStringLiteral("ann@home.example");
    second.phones << QStringLiteral("+1 555 0100");
    second.phoneLabels << QString();
    second.note = QStringLiteral("Prefers mornings.");
    const ContactRecord other = contact(3, "Bob", "Stone", "Acme");
    const ImportPlan plan = planContactImport(ws.db(), sourceOf({first, other, second}), QStringLiteral("x.csv"));
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(plan.items.at(0).action, ImportAction::Create);
    QCOMPARE(plan.items.at(1).action, ImportAction::Create);
    QCOMPARE(plan.items.at(2).action, ImportAction::Duplicate);
    QCOMPARE(plan.items.at(2).sameAsItem, 0);
    QVERIFY(plan.items.at(2).reason.contains(QStringLiteral("line 2")));
    const ImportItem &kept = plan.items.at(0);
    QCOMPARE(kept.person.title, QStringLiteral("Engineer"));
    QCOMPARE(kept.person.phone, QStringLiteral("+1 555 0100"));
    for (const QString &value : {QStringLiteral("CTO"), QStringLiteral("ann@home.example"), QStringLiteral("Prefers mornings.")})
        QVERIFY2(kept.note.contains(value), qPrintable(value + QStringLiteral(" missing from: ") + kept.note));
    QCOMPARE(plan.newOrganizations, QStringList{QStringLiteral("Acme")});

    ImportOutcome outcome;
    QString error;
    QVERIFY2(applyContactImport(ws.db(), plan, outcome, &error), qPrintable(error));
    QCOMPARE(outcome.created, 2);
    QCOMPARE(count(ws.db(), QStringLiteral("people")), 2);
    QCOMPARE(count(ws.db(), QStringLiteral("notes")), 1);
}

// Namesakes at one organization with their own LinkedIn profiles stay two people.
void TestContactImport::namesakesWithTheirOwnProfiles()
{
    TempWorkspace ws;
    const ImportPlan plan = planContactImport(
        ws.db(),
        sourceOf({contact(2, "Sam", "Park", "Initech", "", "https://www.linkedin.com/in/sam-park-1"),
                  contact(3, "Sam", "Park", "Initech", "", "https://www.linkedin.com/in/sam-park-2"),
                  contact(4, "Sam", "Park", "Initech", "sam@initech.example")}),
        QStringLiteral("in.csv"));
    QCOMPARE(plan.count(ImportAction::Create), 2);
    QCOMPARE(plan.items.at(2).action, ImportAction::Duplicate);
}

void TestContactImport::organizationsCreatedOnce()
{
    Existing existing;
    const int organizationsBefore = count(existing.ws.db(), QStringLiteral("organizations"));
    const ImportPlan plan = planContactImport(existing.ws.db(),
                                              sourceOf({contact(2, "A", "One", "Initech"), contact(3, "B", "Two", "INITECH "),
                                                        contact(4, "C", "Three", "initech"),
                                                        contact(5, "D", "Four", "globex corp."),
                                                        contact(6, "E", "Five", "Hooli  Inc")}),
                                              QStringLiteral("x.csv"));
    QCOMPARE(plan.newOrganizations, (QStringList{QStringLiteral("Initech"), QStringLiteral("Hooli Inc")}));
    QCOMPARE(plan.count(ImportAction::Create), 5);
    ImportOutcome outcome;
    QString error;
    QVERIFY2(applyContactImport(existing.ws.db(), plan, outcome, &error), qPrintable(error));
    QCOMPARE(count(existing.ws.db(), QStringLiteral("organizations")), organizationsBefore + 2);
    QCOMPARE(outcome.createdOrganizations.size(), 2);
    QSqlQuery q(existing.ws.db().connection());
    q.exec(QStringLiteral("SELECT o.name, count(*) FROM people p JOIN organizations o ON o.id = p.organization_id "
                          "GROUP BY o.id ORDER BY o.name"));
    QStringList groups;
    while (q.next())
        groups << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    QCOMPARE(groups, (QStringList{QStringLiteral("Acme Inc.=1"), QStringLiteral("Globex Corp.=3"),
                                  QStringLiteral("Hooli Inc=1"), QStringLiteral("Initech=3")}));
}

void TestContactImport::rejections()
{
    TempWorkspace ws;
    ContactSource source = sourceOf({contact(2, "", "", "Acme"), contact(3, " ", "", "", "only@example.org"),
                                     contact(5, "Ann", "Lee", "", "not-an-address"), contact(6, "Bob", "Stone")});
    source.rejections << ContactRejection{4, QStringLiteral("“31 Feb 2024” under Connected On is not a date."),
                                          QStringLiteral("Dee"), QStringLiteral("Ray"), QStringLiteral("Initech")};
    const ImportPlan plan = planContactImport(ws.db(), source, QStringLiteral("x.csv"));
    QCOMPARE(plan.items.size(), 5);
    QStringList lines;
    for (const ImportItem &item : plan.items)
        lines << QString::number(item.record.line) + QLatin1Char(' ') + importActionName(item.action);
    QCOMPARE(lines, (QStringList{u("2 Rejected"), u("3 Rejected"), u("4 Rejected"), u("5 Rejected"), u("6 New")}));
    QVERIFY(plan.items.at(0).reason.contains(QStringLiteral("name")));
    QVERIFY(plan.items.at(1).reason.contains(QStringLiteral("only@example.org")));
    QVERIFY(plan.items.at(2).reason.contains(QStringLiteral("31 Feb 2024")));
    // A row the reader turned away still shows whom it was about.
    QCOMPARE(plan.items.at(2).record.firstName, QStringLiteral("Dee"));
    QCOMPARE(plan.items.at(2).record.lastName, QStringLiteral("Ray"));
    QCOMPARE(plan.items.at(2).record.organization, QStringLiteral("Initech"));
    QVERIFY(plan.items.at(3).reason.contains(QStringLiteral("not-an-address")));
    QCOMPARE(plan.count(ImportAction::Reject), 4);
    QVERIFY(plan.newOrganizations.isEmpty()); // a rejected row's organization is not created
}

void TestContactImport::applyWritesPeopleTagsAndNotes()
{
    Existing existing;
    Workspace &w = existing.ws.workspace;
    ContactRecord dee = contact(2, "Dee", "Ray", "Initech", "dee@example.org");
    dee.tags << QStringLiteral("Mentor") << QStringLiteral("alumni") << QStringLiteral("mentor");
    dee.emails << QStringLiteral("dee@home.example");
    dee.note = QStringLiteral("Runs the Friday meetup.");
    ContactRecord ann = contact(3, "Ann", "Lee", "", "ann.lee@example.org");
    ann.tags << QStringLiteral("Alumni");
    const ImportPlan plan = planContactImport(existing.ws.db(), sourceOf({dee, ann, contact(4, "Eve", "Ng")}),
                                              QStringLiteral("people.csv"));
    QCOMPARE(plan.count(ImportAction::Create), 2);
    QCOMPARE(plan.count(ImportAction::Update), 1);
    ImportOutcome outcome;
    QString error;
    QList<QPair<int, int>> reports;
    QVERIFY2(applyContactImport(existing.ws.db(), plan, outcome, &error,
                                [&](int done, int total) {
                                    reports << qMakePair(done, total);
                                    return true;
                                }),
             qPrintable(error));
    QCOMPARE(outcome.created, 2);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.createdPeople.size(), 2);
    QCOMPARE(reports.constLast(), qMakePair(3, 3));
    QCOMPARE(count(existing.ws.db(), QStringLiteral("people")), 5);
    const qint64 deeId = outcome.createdPeople.first();
    const Person stored = *w.people().find(deeId);
    QCOMPARE(stored.organizationName, QStringLiteral("Initech"));
    QCOMPARE(stored.email, QStringLiteral("dee@example.org"));
    QCOMPARE(tagsOf(existing.ws.db(), deeId), (QStringList{QStringLiteral("alumni"), QStringLiteral("Mentor")}));
    QCOMPARE(tagsOf(existing.ws.db(), existing.ann), QStringList{QStringLiteral("alumni")}); // one tag, any case
    const QList<Note> notes = w.notes().forPerson(deeId);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().body.contains(QStringLiteral("dee@home.example")));
    QVERIFY(notes.first().body.contains(QStringLiteral("Runs the Friday meetup.")));
    QCOMPARE(w.notes().forPerson(outcome.createdPeople.at(1)).size(), 0); // nothing extra, no note
}

void TestContactImport::failureMidwayWritesNothing()
{
    Existing existing;
    const QStringList before = dumpTables(existing.ws.db().connection());
    ContactRecord dee = contact(2, "Dee", "Ray", "Initech", "dee@example.org");
    dee.tags << QStringLiteral("NewTag");
    dee.note = QStringLiteral("a note");
    ImportPlan plan = planContactImport(existing.ws.db(),
                                        sourceOf({dee, contact(3, "Ann", "Lee", "", "ann.lee@example.org", ""),
                                                  contact(7, "Eve", "Ng", "Hooli")}),
                                        QStringLiteral("x.csv"));
    plan.items[1].record.phones << QStringLiteral("1");
    plan.items[1].action = ImportAction::Update;
    plan.items[1].person.phone = QStringLiteral("1");
    // A later person the database refuses (no name violates a CHECK): the whole import goes.
    plan.items[2].person.firstName = QStringLiteral("  ");
    plan.items[2].person.lastName.clear();
    ImportOutcome outcome;
    QString error;
    QVERIFY(!applyContactImport(existing.ws.db(), plan, outcome, &error));
    QVERIFY2(error.contains(QStringLiteral("Line 7")), qPrintable(error));
    QCOMPARE(dumpTables(existing.ws.db().connection()), before);
}

void TestContactImport::cancelWritesNothing()
{
    Existing existing;
    const QStringList before = dumpTables(existing.ws.db().connection());
    const ImportPlan plan = planContactImport(
        existing.ws.db(), sourceOf({contact(2, "Dee", "Ray", "Initech"), contact(3, "Ann", "Lee", "", "ann.lee@example.org"),
                                    contact(4, "Eve", "Ng")}),
        QStringLiteral("x.csv"));
    int calls = 0;
    ImportOutcome outcome;
    QString error;
    QVERIFY(!applyContactImport(existing.ws.db(), plan, outcome, &error, [&calls](int, int) { return ++calls < 2; }));
    QCOMPARE(calls, 2);
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QCOMPARE(dumpTables(existing.ws.db().connection()), before);
    QCOMPARE(outcome.created, 0);
}

void TestContactImport::undoRedo()
{
    Existing existing;
    Workspace &w = existing.ws.workspace;
    // A tag the workspace has, one it does not.
    Person bob = *w.people().find(existing.bob);
    bob.tags << QStringLiteral("Mentor");
    QVERIFY(w.people().update(bob));
    const QStringList before = dumpTables(existing.ws.db().connection());

    ContactRecord dee = contact(2, "Dee", "Ray", "Initech", "dee@example.org");
    dee.tags << QStringLiteral("mentor") << QStringLiteral("Alumni");
    dee.note = QStringLiteral("Runs the Friday meetup.");
    ContactRecord ann = contact(3, "Ann", "Lee", "Acme Inc.", "ann.lee@example.org");
    ann.phones << QStringLiteral("+1 555 0100");
    ann.phoneLabels << QString();
    ann.title = QStringLiteral("Director");
    ann.tags << QStringLiteral("Board");
    ContactRecord zoe = contact(4, "Zoe", "OBrien", "Globex Corp.");
    zoe.tags << QStringLiteral("Alumni");
    const ImportPlan plan = planContactImport(existing.ws.db(), sourceOf({dee, ann, zoe, contact(5, "Eve", "Ng", "Hooli")}),
                                              QStringLiteral("x.vcf"));
    QCOMPARE(plan.count(ImportAction::Create), 2);
    QCOMPARE(plan.count(ImportAction::Update), 2);

    QSignalSpy people(&w.people(), &Repository::reloaded);
    QSignalSpy organizations(&w.organizations(), &Repository::reloaded);
    QSignalSpy notes(&w.notes(), &Repository::reloaded);
    QUndoStack stack;
    auto *command = new ContactImportCommand(w, plan);
    QString error;
    QVERIFY2(command->run(&error), qPrintable(error));
    QCOMPARE(people.count(), 1);
    QCOMPARE(organizations.count(), 1);
    QCOMPARE(notes.count(), 1);
    stack.push(command); // the first redo does nothing more
    QCOMPARE(people.count(), 1);
    QVERIFY(!stack.text(0).isEmpty());
    const QStringList after = dumpTables(existing.ws.db().connection());
    QVERIFY(after != before);
    QCOMPARE(count(existing.ws.db(), QStringLiteral("people")), 5);

    // Let the clock move on, so that a rewritten time stamp would show.
    QTest::qWait(1100);
    stack.undo();
    QCOMPARE(dumpTables(existing.ws.db().connection()), before);
    QCOMPARE(people.count(), 2);
    QCOMPARE(organizations.count(), 2);
    QCOMPARE(notes.count(), 2);
    QTest::qWait(1100);
    stack.redo();
    QCOMPARE(dumpTables(existing.ws.db().connection()), after);
    QCOMPARE(people.count(), 3);
    stack.undo();
    QCOMPARE(dumpTables(existing.ws.db().connection()), before);
    QCOMPARE(people.count(), 4);
    QCOMPARE(organizations.count(), 4);
    QCOMPARE(notes.count(), 4);
}

void TestContactImport::largeImportRebuildsTheSearchIndexAfterwards()
{
    Existing existing;
    Workspace &w = existing.ws.workspace;
    SearchIndex &search = w.search();
    if (!search.hasFts5())
        QSKIP("this SQLite has no FTS5");
    QVERIFY(search.isReady());
    const auto found = [&search](const char *query) {
        QStringList names;
        for (const SearchHit &hit : search.search(QString::fromUtf8(query), 50))
            names << hit.title;
        return names;
    };

    // A small import keeps the index up to date statement by statement.
    ImportOutcome small;
    QString error;
    QVERIFY2(applyContactImport(existing.ws.db(), planContactImport(existing.ws.db(), sourceOf({contact(2, "Dee", "Ray", "Initech")}), u("a.csv")),
                                small, &error),
             qPrintable(error));
    QVERIFY(!small.searchIndexOutOfDate);
    QVERIFY(search.isReady());
    QCOMPARE(found("Dee"), QStringList{u("Dee Ray")});

    QList<ContactRecord> records;
    for (int i = 0; i < kBulkSearchIndexRows; ++i)
        records << contact(i + 2, "Bulk", qPrintable(QStringLiteral("Person%1").arg(i)), qPrintable(QStringLiteral("Org %1").arg(i % 40)));
    records << contact(kBulkSearchIndexRows + 2, "Quillon", "Zaragoza", "Umbra Works", "quillon@example.org");
    const ImportPlan plan = planContactImport(existing.ws.db(), sourceOf(records), u("Connections.csv"));
    QCOMPARE(plan.count(ImportAction::Create), kBulkSearchIndexRows + 1);

    // Cancelled: the index is as it was.
    ImportOutcome cancelled;
    QVERIFY(!applyContactImport(existing.ws.db(), plan, cancelled, &error, [](int done, int) { return done < 1000; }));
    QVERIFY(search.isReady());
    QVERIFY(found("Quillon").isEmpty());

    // Written: the index waits for one pass afterwards, and search reads the tables meanwhile.
    ImportOutcome outcome;
    QVERIFY2(applyContactImport(existing.ws.db(), plan, outcome, &error), qPrintable(error));
    QVERIFY(outcome.searchIndexOutOfDate);
    QVERIFY(!search.isReady());
    QVERIFY(search.usesFallback());
    QCOMPARE(found("Quillon"), QStringList{u("Quillon Zaragoza")});
    QCOMPARE(found("umbra"), QStringList{u("Quillon Zaragoza")} << u("Umbra Works"));
    QVERIFY2(search.ensure(), qPrintable(search.lastError()));
    QVERIFY(search.isReady());
    QVERIFY(!search.usesFallback());
    QCOMPARE(found("Quillon"), QStringList{u("Quillon Zaragoza")});
    QCOMPARE(found("Dee"), QStringList{u("Dee Ray")});
    QCOMPARE(found("Person1999").size(), 1);
    QVERIFY2(revertContactImport(existing.ws.db(), outcome, &error), qPrintable(error));

    // As one undoable command, the index is brought up to date on another thread after the write,
    // the undo and the redo; search finds the same meanwhile.
    QSignalSpy started(&w.searchIndexBuilder(), &SearchIndexBuilder::started);
    QSignalSpy finished(&w.searchIndexBuilder(), &SearchIndexBuilder::finished);
    QUndoStack stack;
    auto *command = new ContactImportCommand(w, plan);
    QVERIFY2(command->run(&error), qPrintable(error));
    stack.push(command);
    QCOMPARE(started.count(), 1);
    QCOMPARE(found("Quillon"), QStringList{u("Quillon Zaragoza")});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toString(), QString());
    QVERIFY(search.isReady());
    QCOMPARE(found("Quillon"), QStringList{u("Quillon Zaragoza")});

    stack.undo();
    QCOMPARE(started.count(), 2);
    QVERIFY(found("Quillon").isEmpty());
    w.waitForSearchIndex();
    QVERIFY(search.isReady());
    QVERIFY(found("Quillon").isEmpty());
    QVERIFY(found("Bulk").isEmpty());
    QCOMPARE(found("Dee"), QStringList{u("Dee Ray")});

    stack.redo();
    QCOMPARE(started.count(), 3);
    // A write while the index is being rebuilt waits for it, then goes through the index's triggers.
    Person late = person("Late", "Comer");
    QVERIFY(w.people().add(late));
    QVERIFY(!w.searchIndexBuilder().isRunning());
    QVERIFY(search.isReady());
    QCOMPARE(found("Late"), QStringList{u("Late Comer")});
    QCOMPARE(found("Quillon"), QStringList{u("Quillon Zaragoza")});
}

void TestContactImport::undoRemovesOnlyWhatTheImportCreated()
{
    // Undo deletes runs of consecutive ids with one statement each; a person between two runs stays.
    TempWorkspace ws;
    QList<qint64> ids;
    for (const char *last : {"One", "Two", "Three", "Four", "Five"})
        ids << addPerson(ws.workspace, person("Test", last));
    ImportOutcome outcome;
    outcome.createdPeople = {ids.at(4), ids.at(0), ids.at(1), ids.at(3)}; // in any order
    QString error;
    QVERIFY2(revertContactImport(ws.db(), outcome, &error), qPrintable(error));
    QCOMPARE(peopleOf(ws.db()), QStringList{u("Test | Three |  |  |  |  |  | ")});
}

void TestContactImport::foldedNamesMatchTheSearchFolding_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"Ann Lee", "  O'Brien-Smith  ", "ACME Inc.", "Zoë Ødegaard-Núñez", "Søren Kierkegaard",
                             "Đorđe Łukasz Ærø", "Straße", "İlkay Şahin", "Ǆemal ǅ", "Ελένη Παπαδοπούλου",
                             "Ана Иванова", "李 小龍", "e\u0301te\u0301", "tab\there", "x\u00a0y", "12 Monkeys Ltd"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestContactImport::foldedNamesMatchTheSearchFolding()
{
    // What foldedName() promises, written the slow way: SearchIndex::fold(), then letters and
    // digits kept, spaces and hyphens collapsed to one space, other punctuation dropped.
    QFETCH(QString, text);
    QString expected;
    bool space = false;
    for (const QChar c : SearchIndex::fold(text)) {
        if (c.isLetterOrNumber()) {
            if (space && !expected.isEmpty())
                expected += QLatin1Char(' ');
            space = false;
            expected += c;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            space = true;
        }
    }
    QCOMPARE(ContactKeys::foldedName(text), expected);
}

void TestContactImport::vcardRoundTrip_data()
{
    QTest::addColumn<bool>("version4");
    QTest::newRow("3.0") << false;
    QTest::newRow("4.0") << true;
}

void TestContactImport::vcardRoundTrip()
{
    QFETCH(bool, version4);
    TempWorkspace from;
    addVariedPeople(from.workspace);
    QString error;
    const QByteArray bytes = ContactExport::vcard(from.db(), version4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(bytes.contains(version4 ? "VERSION:4.0" : "VERSION:3.0"));
    QCOMPARE(bytes.count("BEGIN:VCARD"), 4);

    TempWorkspace to;
    const ContactSource source = readContactFile(guessContactFormat(QStringLiteral("out.vcf"), bytes), bytes);
    QVERIFY2(source.ok(), qPrintable(source.error));
    const ImportPlan plan = planContactImport(to.db(), source, QStringLiteral("out.vcf"));
    QCOMPARE(plan.count(ImportAction::Create), 4);
    ImportOutcome outcome;
    QVERIFY2(applyContactImport(to.db(), plan, outcome, &error), qPrintable(error));
    QCOMPARE(peopleOf(to.db()), peopleOf(from.db()));

    // Importing the same file again finds everyone.
    const ImportPlan again = planContactImport(to.db(), source, QStringLiteral("out.vcf"));
    QCOMPARE(again.count(ImportAction::Duplicate), 4);
}

void TestContactImport::csvRoundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("without BOM") << false;
    QTest::newRow("with BOM") << true;
}

void TestContactImport::csvRoundTrip()
{
    QFETCH(bool, bom);
    TempWorkspace from;
    Workspace &w = from.workspace;
    addVariedPeople(w);
    // Cells a spreadsheet would run.
    Person formula = person("Mallory", "=HYPERLINK(\"https://evil.example\",\"click\")", "", "", "-x");
    formula.phone = QStringLiteral("+1 555 0100");
    formula.address = QStringLiteral("@x");
    formula.tags << QStringLiteral("Alumni") << QStringLiteral("Mentor");
    addPerson(w, formula, QStringLiteral("+Plus"));

    QString error;
    const QByteArray bytes = ContactExport::csv(from.db(), bom, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), bom ? 1 : 0);
    QVERIFY(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(",'+1 555 0100,")));
    QVERIFY(text.contains(QStringLiteral(",'-x,")));
    QVERIFY(text.contains(QStringLiteral(",'@x,")));
    QVERIFY(text.contains(QStringLiteral(",'+Plus,")));
    QVERIFY(!text.contains(QStringLiteral(",=")));
    QVERIFY(!text.contains(QStringLiteral(",+")));

    TempWorkspace to;
    const CsvDocument document = readCsv(bytes);
    QVERIFY2(document.ok(), qPrintable(document.error));
    const ContactSource source = readMappedContacts(document, guessColumnMapping(document));
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(guessContactFormat(QStringLiteral("people.csv"), bytes), ContactFormat::Csv);
    const ImportPlan plan = planContactImport(to.db(), source, QStringLiteral("people.csv"));
    QCOMPARE(plan.count(ImportAction::Create), 5);
    ImportOutcome outcome;
    QVERIFY2(applyContactImport(to.db(), plan, outcome, &error), qPrintable(error));
    QCOMPARE(peopleOf(to.db()), peopleOf(from.db()));
    QSqlQuery q(to.db().connection());
    q.exec(QStringLiteral("SELECT id FROM people WHERE first_name = 'Mallory'"));
    QVERIFY(q.next());
    QCOMPARE(tagsOf(to.db(), q.value(0).toLongLong()), (QStringList{QStringLiteral("Alumni"), QStringLiteral("Mentor")}));
}

namespace {

int runCli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
{
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    const int code = CommandLine::run(QStringList{QStringLiteral("inroad")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

bool writeSample(Database &db, int people)
{
    SampleOptions options;
    options.people = people;
    options.today = QDate(2026, 3, 14);
    QString error;
    if (!SampleWorkspace::write(db, options, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

} // namespace

void TestContactImport::jsonIntoEmptyWorkspaceRestoresEverything()
{
    TempWorkspace from;
    QVERIFY(writeSample(from.db(), 25));
    QString error;
    const QByteArray json = exportWorkspaceJson(from.db(), &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    const QString target = dir.filePath(QStringLiteral("new.inroad"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--database"), target, QStringLiteral("--format"),
                     QStringLiteral("json"), file},
                    &out, &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(out.contains(QStringLiteral("Restored")));
    Workspace restored;
    QVERIFY(restored.open(target).ok());
    QCOMPARE(dumpTables(restored.database().connection()), dumpTables(from.db().connection()));
}

void TestContactImport::jsonIntoWorkspaceWithDataImportsPeople()
{
    TempWorkspace from;
    QVERIFY(writeSample(from.db(), 12));
    QString error;
    const QByteArray json = exportWorkspaceJson(from.db(), &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    const int people = count(from.db(), QStringLiteral("people"));

    // The workspace has one of the file's people already, and someone else.
    TempWorkspace to;
    QSqlQuery q(from.db().connection());
    q.exec(QStringLiteral("SELECT first_name, last_name, email FROM people WHERE email <> '' ORDER BY id LIMIT 1"));
    QVERIFY(q.next());
    Person known = person("", "", "");
    known.firstName = q.value(0).toString();
    known.lastName = q.value(1).toString();
    known.email = q.value(2).toString().toUpper();
    const qint64 knownId = addPerson(to.workspace, known);
    addPerson(to.workspace, person("Someone", "Else"));

    const ContactSource source = readContactFile(ContactFormat::Json, json);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.records.size(), people);
    const ImportPlan plan = planContactImport(to.db(), source, QStringLiteral("backup.json"));
    QCOMPARE(plan.count(ImportAction::Reject), 0);
    int matched = 0;
    for (const ImportItem &item : plan.items) {
        if (item.personId == knownId) {
            ++matched;
            QVERIFY(item.action == ImportAction::Update || item.action == ImportAction::Duplicate);
        }
    }
    QCOMPARE(matched, 1);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    const QString path = to.path;
    to.db().close();
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                     QStringLiteral("json"), file},
                    &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("Imported")), qPrintable(out + err));
    Workspace after;
    QVERIFY(after.open(path).ok());
    QCOMPARE(after.people().count(), 2 + plan.count(ImportAction::Create));
    QCOMPARE(plan.count(ImportAction::Create) + plan.count(ImportAction::Update) + plan.count(ImportAction::Duplicate),
             people);
}

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
