#include "mergepeople.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestMergePeople final : public QObject
{
    Q_OBJECT

private:
    static qint64 addPerson(TempWorkspace &tw, Person p)
    {
        if (!tw.workspace.people().add(p))
            qFatal("cannot add person");
        return p.id;
    }

    // Ann (survivor), her duplicate Annie and a third, Xavier, with everything that can hang off a person.
    struct Fixture
    {
        qint64 ann = 0, annie = 0, xavier = 0, harbor = 0;
    };
    static Fixture fill(TempWorkspace &tw)
    {
        Fixture f;
        Organization org;
        org.name = QStringLiteral("Harbor");
        tw.workspace.organizations().add(org);
        f.harbor = org.id;
        Person ann;
        ann.firstName = QStringLiteral("Ann");
        ann.lastName = QStringLiteral("Lee");
        ann.email = QStringLiteral("ann@harbor.org");
        ann.tags = {QStringLiteral("nursing")};
        ann.relationshipStrength = 1;
        f.ann = addPerson(tw, ann);
        Person annie;
        annie.firstName = QStringLiteral("Annie");
        annie.lastName = QStringLiteral("Lee");
        annie.email = QStringLiteral("ANN@harbor.org");
        annie.phone = QStringLiteral("555-0101");
        annie.organizationId = f.harbor;
        annie.tags = {QStringLiteral("alumni"), QStringLiteral("Nursing")};
        annie.relationshipStrength = 4;
        annie.stage = PipelineStage::Interviewed;
        annie.businessCardReceived = true;
        f.annie = addPerson(tw, annie);
        Person xavier;
        xavier.firstName = QStringLiteral("Xavier");
        f.xavier = addPerson(tw, xavier);

        const QSqlDatabase db = tw.db().connection();
        const auto sql = [&db](const QString &text) { exec(db, text); };
        sql(QStringLiteral("INSERT INTO interviews (id, person_id, created_at, updated_at) VALUES (501, %1, 'c', 'u')").arg(f.annie));
        sql(QStringLiteral("INSERT INTO interviews (id, person_id, created_at, updated_at) VALUES (502, %1, 'c', 'u')").arg(f.ann));
        sql(QStringLiteral("INSERT INTO notes (id, person_id, title, body, noted_on, created_at, updated_at) "
                           "VALUES (601, %1, 'met', 'at the fair', '2026-01-01', 'c', 'u')").arg(f.annie));
        sql(QStringLiteral("INSERT INTO outreach_attempts (id, person_id, attempted_at) VALUES (701, %1, 'a')").arg(f.annie));
        sql(QStringLiteral("INSERT INTO follow_ups (id, person_id, interview_id, due_at, created_at) VALUES (801, %1, 501, 'd', 'c')").arg(f.annie));
        sql(QStringLiteral("INSERT INTO career_fields (id, name, created_at) VALUES (1, 'Nursing', 'c'), (2, 'Design', 'c')"));
        sql(QStringLiteral("INSERT INTO person_fields VALUES (%1, 1), (%2, 1), (%2, 2)").arg(f.ann).arg(f.annie));
        // Referrals: Xavier sent Annie (moves), Ann sent Annie (would refer Ann to herself: dropped),
        // both were found by the user (a second copy: dropped), Annie sent Xavier (moves).
        sql(QStringLiteral("INSERT INTO referrals (id, referrer_id, referred_id, created_at) VALUES (901, %1, %2, 'c')").arg(f.xavier).arg(f.annie));
        sql(QStringLiteral("INSERT INTO referrals (id, referrer_id, referred_id, created_at) VALUES (902, %1, %2, 'c')").arg(f.ann).arg(f.annie));
        sql(QStringLiteral("INSERT INTO referrals (id, referrer_id, referred_id, created_at) VALUES (903, NULL, %1, 'c')").arg(f.ann));
        sql(QStringLiteral("INSERT INTO referrals (id, referrer_id, referred_id, created_at) VALUES (904, NULL, %1, 'c')").arg(f.annie));
        sql(QStringLiteral("INSERT INTO referrals (id, referrer_id, referred_id, created_at) VALUES (905, %1, %2, 'c')").arg(f.annie).arg(f.xavier));
        return f;
    }

private slots:
    void emptyFieldsAreFilledAndNothingIsLost()
    {
        Person survivor;
        survivor.id = 3;
        survivor.firstName = QStringLiteral("Ann");
        survivor.lastName = QStringLiteral("Lee");
        survivor.email = QStringLiteral("ann@new.org");
        survivor.title = QStringLiteral("Nurse educator");
        survivor.organizationId = 7;
        survivor.organizationName = QStringLiteral("Harbor");
        survivor.tags = {QStringLiteral("nursing")};
        survivor.stage = PipelineStage::Contacted;
        Person first;
        first.id = 12;
        first.firstName = QStringLiteral("Ann");
        first.lastName = QStringLiteral("Lee");
        first.email = QStringLiteral("ann@old.org");
        first.phone = QStringLiteral("555-0101");
        first.title = QStringLiteral("nurse  educator"); // the same, written differently: not lost
        first.organizationId = 8;
        first.organizationName = QStringLiteral("Pine Clinic");
        first.address = QStringLiteral("1 Main St\nSpringfield");
        first.tags = {QStringLiteral("alumni")};
        first.relationshipStrength = 3;
        first.stage = PipelineStage::Thanked;
        first.businessCardReceived = true;
        first.keepInTouchWeeks = 6;
        Person second;
        second.id = 15;
        second.firstName = QStringLiteral("Anne");
        second.lastName = QStringLiteral("Lee");
        second.phone = QStringLiteral("555-0199");
        second.source = QStringLiteral("career fair");
        second.email = QStringLiteral("ANN@old.org"); // already listed
        second.relationshipStrength = 2;
        second.tags = {QStringLiteral("Nursing"), QStringLiteral("fair")};

        const MergeOutcome out = mergePeople(survivor, {first, second});
        const Person &m = out.merged;
        QCOMPARE(m.id, 3);
        QCOMPARE(m.email, QStringLiteral("ann@new.org"));
        QCOMPARE(m.phone, QStringLiteral("555-0101"));
        QCOMPARE(m.address, first.address);
        QCOMPARE(m.source, QStringLiteral("career fair"));
        QCOMPARE(m.organizationId, 7);
        QCOMPARE(m.keepInTouchWeeks, 6);
        QCOMPARE(m.tags, (QStringList{QStringLiteral("alumni"), QStringLiteral("fair"), QStringLiteral("nursing")}));
        QCOMPARE(m.relationshipStrength, 3);
        QCOMPARE(m.stage, PipelineStage::Thanked);
        QVERIFY(m.businessCardReceived);

        const QStringList lines = out.conflictNote.split(QLatin1Char('\n'));
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("- E-mail: ann@old.org (from Ann Lee #12)"),
                            QStringLiteral("- Organization: Pine Clinic (from Ann Lee #12)"),
                            QStringLiteral("- First name: Anne (from Anne Lee #15)"),
                            QStringLiteral("- Phone: 555-0199 (from Anne Lee #15)"),
                        }));

        // Every non-empty value of every person is in the merged person or in the note.
        for (const Person &p : {survivor, first, second}) {
            for (int f = 0; f < Person::FieldCount; ++f) {
                const auto field = Person::Field(f);
                if (field == Person::Tags || field == Person::RelationshipStrength || field == Person::Stage
                    || field == Person::BusinessCard || field == Person::OrganizationId || field == Person::KeepInTouchWeeks)
                    continue;
                const QString value = p.value(field).toString().simplified();
                if (value.isEmpty())
                    continue;
                const bool kept = m.value(field).toString().simplified().compare(value, Qt::CaseInsensitive) == 0;
                QVERIFY2(kept || out.conflictNote.contains(value, Qt::CaseInsensitive),
                         qPrintable(value));
            }
        }
        QVERIFY(mergePeople(survivor, {}).conflictNote.isEmpty());
    }

    void mergeMovesEveryReference()
    {
        TempWorkspace tw;
        const Fixture f = fill(tw);
        const QSqlDatabase db = tw.db().connection();
        QUndoStack stack;
        QSignalSpy removed(&tw.workspace.people(), &Repository::removed);
        QSignalSpy changed(&tw.workspace.people(), &Repository::changed);
        QSignalSpy interviewChanged(&tw.workspace.interviews(), &Repository::changed);
        auto *command = new MergePeopleCommand(tw.workspace, f.ann, {f.annie});
        stack.push(command);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Merge 2 people"));
        QVERIFY2(command->lastError().isEmpty(), qPrintable(command->lastError()));

        QVERIFY(!tw.workspace.people().find(f.annie));
        const Person ann = *tw.workspace.people().find(f.ann);
        QCOMPARE(ann.phone, QStringLiteral("555-0101"));
        QCOMPARE(ann.organizationId, f.harbor);
        QCOMPARE(ann.tags, (QStringList{QStringLiteral("alumni"), QStringLiteral("nursing")}));
        QCOMPARE(ann.relationshipStrength, 4);
        QCOMPARE(ann.stage, PipelineStage::Interviewed);
        QVERIFY(ann.businessCardReceived);

        const QString id = QString::number(f.ann);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM interviews WHERE person_id = ") + id), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT person_id FROM notes WHERE id = 601")), f.ann);
        QCOMPARE(scalar(db, QStringLiteral("SELECT person_id FROM outreach_attempts WHERE id = 701")), f.ann);
        QCOMPARE(scalar(db, QStringLiteral("SELECT person_id FROM follow_ups WHERE id = 801")), f.ann);
        QSqlQuery fields(db);
        QVERIFY(fields.exec(QStringLiteral("SELECT group_concat(field_id) FROM (SELECT field_id FROM person_fields WHERE person_id = %1 ORDER BY field_id)").arg(id)));
        QVERIFY(fields.next());
        QCOMPARE(fields.value(0).toString(), QStringLiteral("1,2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT referred_id FROM referrals WHERE id = 901")), f.ann);
        QCOMPARE(scalar(db, QStringLiteral("SELECT referrer_id FROM referrals WHERE id = 905")), f.ann);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM referrals WHERE id IN (902, 904)")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM referrals WHERE referrer_id = referred_id")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM referrals")), 3);

        // The values that were not kept are in a note on the survivor.
        QVERIFY(command->noteId() > 0);
        const Note note = *tw.workspace.notes().find(command->noteId());
        QCOMPARE(note.personId, f.ann);
        QCOMPARE(note.title, QStringLiteral("Merged duplicates"));
        QVERIFY(note.body.contains(QStringLiteral("- First name: Annie (from Annie Lee #%1)").arg(f.annie)));
        QVERIFY(!note.body.contains(QStringLiteral("E-mail"))); // the same address in other letters

        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toLongLong(), f.annie);
        QVERIFY(changed.contains(QVariantList{f.ann}));
        QVERIFY(interviewChanged.contains(QVariantList{qint64(501)}));
    }

    void undoRestoresEverythingAndRedoRepeats()
    {
        TempWorkspace tw;
        const Fixture f = fill(tw);
        const QSqlDatabase db = tw.db().connection();
        // Let the stored timestamps differ from those a merge would write.
        exec(db, QStringLiteral("UPDATE people SET updated_at = '2020-01-01T00:00:00Z'"));
        const QStringList before = dumpTables(db);
        QUndoStack stack;
        QSignalSpy added(&tw.workspace.people(), &Repository::added);
        stack.push(new MergePeopleCommand(tw.workspace, f.ann, {f.annie}));
        const QStringList merged = dumpTables(db);
        QVERIFY(merged != before);
        stack.undo();
        QCOMPARE(dumpTables(db), before);
        QCOMPARE(added.count(), 1);
        QVERIFY(tw.workspace.people().find(f.annie));
        stack.redo();
        QCOMPARE(dumpTables(db), merged);
        stack.undo();
        QCOMPARE(dumpTables(db), before);
    }

    void threeWayMergeDropsReferralsBetweenTheOthers()
    {
        TempWorkspace tw;
        const Fixture f = fill(tw);
        const QSqlDatabase db = tw.db().connection();
        const QStringList before = dumpTables(db);
        QUndoStack stack;
        // Xavier is taken as a duplicate too: 901 (Xavier→Annie) and 905 (Annie→Xavier) become self-referrals.
        stack.push(new MergePeopleCommand(tw.workspace, f.ann, {f.annie, f.xavier}));
        QCOMPARE(stack.undoText(), QStringLiteral("Merge 3 people"));
        QCOMPARE(tw.workspace.people().count(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM referrals")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM referrals WHERE referrer_id = referred_id")), 0);
        stack.undo();
        QCOMPARE(dumpTables(db), before);
    }

    void failureMidwayLeavesTheWorkspaceUnchanged()
    {
        TempWorkspace tw;
        const Fixture f = fill(tw);
        const QSqlDatabase db = tw.db().connection();
        // Deleting the duplicate, the last step, fails.
        exec(db, QStringLiteral("CREATE TEMP TRIGGER no_delete BEFORE DELETE ON people BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        const QStringList before = dumpTables(db);
        QUndoStack stack;
        QSignalSpy failed(&tw.db(), &Database::writeFailed);
        QSignalSpy changed(&tw.workspace.people(), &Repository::changed);
        stack.push(new MergePeopleCommand(tw.workspace, f.ann, {f.annie}));
        QCOMPARE(stack.count(), 0); // obsolete: nothing to undo
        QCOMPARE(dumpTables(db), before);
        QCOMPARE(tw.db().transactionDepth(), 0);
        QVERIFY(failed.count() >= 1);
        QCOMPARE(changed.count(), 0); // nothing committed, nothing announced
    }

    void missingPersonFails()
    {
        TempWorkspace tw;
        const Fixture f = fill(tw);
        const QStringList before = dumpTables(tw.db().connection());
        QUndoStack stack;
        stack.push(new MergePeopleCommand(tw.workspace, f.ann, {9999}));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(dumpTables(tw.db().connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestMergePeople)
#include "tst_mergepeople.moc"
