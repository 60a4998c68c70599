#include "organizationrepository.h"
#include "personrepository.h"
#include "profilerepository.h"
#include "recordcommands.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

using AddPerson = AddRecordCommand<PersonRepository, Person>;
using EditPerson = EditRecordCommand<PersonRepository, Person>;
using RemovePerson = RemoveRecordCommand<PersonRepository>;
using AddOrganization = AddRecordCommand<OrganizationRepository, Organization>;
using EditOrganization = EditRecordCommand<OrganizationRepository, Organization>;
using RemoveOrganization = RemoveRecordCommand<OrganizationRepository>;
using EditProfile = EditRecordCommand<ProfileRepository, Profile>;

class TestRecordCommands final : public QObject
{
    Q_OBJECT

private slots:
    void addIsUndoneAndRedoneWithTheSameId()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Person p;
        p.firstName = QStringLiteral("Priya");
        p.tags = {QStringLiteral("alumni")};
        auto *add = new AddPerson(tw.workspace.people(), p, QStringLiteral("Add Priya"));
        stack.push(add);
        const qint64 id = add->recordId();
        QVERIFY(id > 0);
        QCOMPARE(tw.workspace.people().count(), 1);
        // Something that hangs off the new person, added later, comes back too.
        exec(tw.db().connection(), QStringLiteral("INSERT INTO notes(person_id, body, noted_on, created_at, updated_at) "
                                                  "VALUES (%1, 'met at the fair', 'd', 'x', 'x')").arg(id));
        const QStringList withPerson = dumpTables(tw.db().connection());
        stack.undo();
        QCOMPARE(tw.workspace.people().count(), 0);
        stack.redo();
        QCOMPARE(tw.workspace.people().find(id)->firstName, QStringLiteral("Priya"));
        QCOMPARE(dumpTables(tw.db().connection()), withPerson);
        QCOMPARE(stack.undoText(), QStringLiteral("Add Priya"));
    }

    void editKeepsBeforeAndAfter()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Person before;
        before.firstName = QStringLiteral("Grace");
        QVERIFY(tw.workspace.people().add(before));
        Person after = before;
        after.email = QStringLiteral("grace@clinic.example");
        after.tags = {QStringLiteral("nursing")};
        stack.push(new EditPerson(tw.workspace.people(), before, after, QStringLiteral("Edit Grace")));
        QCOMPARE(tw.workspace.people().find(before.id)->email, after.email);
        stack.undo();
        QCOMPARE(tw.workspace.people().find(before.id)->email, QString());
        QVERIFY(tw.workspace.people().find(before.id)->tags.isEmpty());
        stack.redo();
        QCOMPARE(tw.workspace.people().find(before.id)->tags, QStringList{QStringLiteral("nursing")});
    }

    void removeAndUndoRestoreEverything()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Organization org;
        org.name = QStringLiteral("Harbor");
        QVERIFY(tw.workspace.organizations().add(org));
        Person p;
        p.firstName = QStringLiteral("Priya");
        p.organizationId = org.id;
        p.tags = {QStringLiteral("alumni")};
        QVERIFY(tw.workspace.people().add(p));
        exec(tw.db().connection(), QStringLiteral("INSERT INTO follow_ups(person_id, due_at, created_at) VALUES (%1, 'd', 'x')").arg(p.id));
        const QStringList before = dumpTables(tw.db().connection());

        stack.push(new RemoveOrganization(tw.workspace.organizations(), org.id, QStringLiteral("Delete Harbor")));
        stack.push(new RemovePerson(tw.workspace.people(), p.id, QStringLiteral("Delete Priya")));
        QCOMPARE(tw.workspace.people().count(), 0);
        QCOMPARE(tw.workspace.organizations().count(), 0);
        stack.undo();
        stack.undo();
        QCOMPARE(dumpTables(tw.db().connection()), before);
        stack.redo();
        stack.redo();
        QCOMPARE(tw.workspace.people().count(), 0);
        stack.undo();
        stack.undo();
        QCOMPARE(dumpTables(tw.db().connection()), before);
    }

    void aMacroIsOneStep()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Person p;
        p.firstName = QStringLiteral("Ana");
        QVERIFY(tw.workspace.people().add(p));
        stack.beginMacro(QStringLiteral("Set organization"));
        Organization org;
        org.name = QStringLiteral("New Co");
        auto *addOrg = new AddOrganization(tw.workspace.organizations(), org, QStringLiteral("Add New Co"));
        stack.push(addOrg);
        Person after = p;
        after.organizationId = addOrg->recordId();
        stack.push(new EditPerson(tw.workspace.people(), p, after, QStringLiteral("Edit organization of Ana")));
        stack.endMacro();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(tw.workspace.people().find(p.id)->organizationName, QStringLiteral("New Co"));
        stack.undo();
        QCOMPARE(tw.workspace.organizations().count(), 0);
        QCOMPARE(tw.workspace.people().find(p.id)->organizationId, 0);
        stack.redo();
        QCOMPARE(tw.workspace.people().find(p.id)->organizationName, QStringLiteral("New Co"));
    }

    void aFailedEditIsNotRecorded()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Person p;
        p.firstName = QStringLiteral("Ana");
        QVERIFY(tw.workspace.people().add(p));
        Person nameless = p;
        nameless.firstName.clear();
        stack.push(new EditPerson(tw.workspace.people(), p, nameless, QStringLiteral("Edit")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(tw.workspace.people().find(p.id)->firstName, QStringLiteral("Ana"));

        Organization o;
        o.name = QStringLiteral(" ");
        stack.push(new AddOrganization(tw.workspace.organizations(), o, QStringLiteral("Add")));
        QCOMPARE(stack.count(), 0);
    }

    void profileEditsAreUndoable()
    {
        TempWorkspace tw;
        QUndoStack stack;
        const Profile before = tw.workspace.profile().get();
        Profile after = before;
        after.fullName = QStringLiteral("Alex Moreno");
        after.selfIntroduction = QStringLiteral("Psychology graduate exploring UX research.");
        stack.push(new EditProfile(tw.workspace.profile(), before, after, QStringLiteral("Edit profile")));
        QCOMPARE(tw.workspace.profile().get().fullName, QStringLiteral("Alex Moreno"));
        stack.undo();
        QVERIFY(tw.workspace.profile().get().isEmpty());
        stack.redo();
        QVERIFY(tw.workspace.profile().get().sameContent(after));
    }

    void organizationEdits()
    {
        TempWorkspace tw;
        QUndoStack stack;
        Organization o;
        o.name = QStringLiteral("Cobalt");
        QVERIFY(tw.workspace.organizations().add(o));
        Organization after = o;
        after.competitors = QStringLiteral("Beacon, Atlas");
        stack.push(new EditOrganization(tw.workspace.organizations(), o, after, QStringLiteral("Edit competitors")));
        QCOMPARE(tw.workspace.organizations().find(o.id)->competitors, after.competitors);
        stack.undo();
        QCOMPARE(tw.workspace.organizations().find(o.id)->competitors, QString());
    }
};

QTEST_GUILESS_MAIN(TestRecordCommands)
#include "tst_recordcommands.moc"
