#include "noterepository.h"
#include "recordcommands.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

namespace {

struct Subjects
{
    qint64 person = 0;
    qint64 organization = 0;
    qint64 field = 0;
    qint64 interview = 0;
};

Subjects addSubjects(Workspace &w)
{
    Subjects s;
    Organization o;
    o.name = QStringLiteral("Harbor Analytics");
    Person p;
    p.firstName = QStringLiteral("Zoë");
    p.lastName = QStringLiteral("Okafor");
    CareerField f;
    f.name = QStringLiteral("UX research");
    if (!w.organizations().add(o) || !w.people().add(p) || !w.careerFields().add(f))
        return s;
    Interview i;
    i.personId = p.id;
    if (!w.interviews().add(i))
        return s;
    return {p.id, o.id, f.id, i.id};
}

Note noteAbout(NoteSubject subject, qint64 id, const QString &title, QDate day)
{
    Note n;
    n.setSubject(subject, id);
    n.title = title;
    n.body = QStringLiteral("# %1\n\n- a point\n").arg(title);
    n.notedOn = day;
    return n;
}

QStringList titles(const QList<Note> &notes)
{
    QStringList out;
    for (const Note &n : notes)
        out << n.title;
    return out;
}

} // namespace

class TestNoteRepository final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAndNamesTheSubject()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        QVERIFY(s.interview > 0);
        NoteRepository &repo = tw.workspace.notes();
        QSignalSpy added(&repo, &Repository::added);

        Note n = noteAbout(NoteSubject::Person, s.person, QStringLiteral("First call"), QDate(2026, 3, 2));
        n.body = QStringLiteral("**Bold** and _emphasis_\n\n1. one\n2. two\n");
        QVERIFY(repo.add(n));
        QVERIFY(n.id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), n.id);
        std::optional<Note> stored = repo.find(n.id);
        QVERIFY(stored);
        QCOMPARE(stored->title, n.title);
        QCOMPARE(stored->body, n.body);
        QCOMPARE(stored->notedOn, QDate(2026, 3, 2));
        QCOMPARE(stored->personId, s.person);
        QCOMPARE(stored->subject(), NoteSubject::Person);
        QCOMPARE(stored->subjectName, QStringLiteral("Zoë Okafor"));
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->createdAt, n.createdAt);

        const QList<std::pair<NoteSubject, qint64>> others = {{NoteSubject::Organization, s.organization},
                                                              {NoteSubject::Field, s.field},
                                                              {NoteSubject::Interview, s.interview}};
        const QStringList expectedNames = {QStringLiteral("Harbor Analytics"), QStringLiteral("UX research"),
                                           QStringLiteral("Interview with Zoë Okafor")};
        for (qsizetype k = 0; k < others.size(); ++k) {
            Note other = noteAbout(others.at(k).first, others.at(k).second, QStringLiteral("n%1").arg(k), {});
            QVERIFY(repo.add(other));
            QCOMPARE(other.notedOn, QDate::currentDate());
            QCOMPARE(repo.find(other.id)->subjectName, expectedNames.at(k));
            QCOMPARE(repo.find(other.id)->subject(), others.at(k).first);
        }
    }

    void refusesAnythingButExactlyOneSubject()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        NoteRepository &repo = tw.workspace.notes();
        QSignalSpy failed(&tw.db(), &Database::writeFailed);

        Note none;
        none.title = QStringLiteral("About nothing");
        QVERIFY(!repo.add(none));
        QCOMPARE(none.id, 0);
        QVERIFY(!NoteRepository::problem(none).isEmpty());

        Note two = noteAbout(NoteSubject::Person, s.person, QStringLiteral("Two"), {});
        two.organizationId = s.organization;
        QCOMPARE(two.subjectCount(), 2);
        QVERIFY(!repo.add(two));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(failed.count(), 2);

        Note one = noteAbout(NoteSubject::Field, s.field, QStringLiteral("One"), {});
        QVERIFY(NoteRepository::problem(one).isEmpty());
        QVERIFY(repo.add(one));
        one.personId = s.person;
        QVERIFY(!repo.update(one));
        QCOMPARE(repo.find(one.id)->personId, 0);
    }

    void updatesTheBodyAndMovesTheNote()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        NoteRepository &repo = tw.workspace.notes();
        Note n = noteAbout(NoteSubject::Interview, s.interview, QStringLiteral("Right after"), QDate(2026, 3, 5));
        QVERIFY(repo.add(n));
        QSignalSpy changed(&repo, &Repository::changed);

        n.body = QStringLiteral("## What I learned\n\nMore than I expected.\n");
        n.notedOn = QDate();
        QVERIFY(repo.update(n));
        QCOMPARE(changed.count(), 1);
        std::optional<Note> stored = repo.find(n.id);
        QCOMPARE(stored->body, n.body);
        QCOMPARE(stored->notedOn, QDate(2026, 3, 5)); // an invalid date keeps the stored one

        n.setSubject(NoteSubject::Organization, s.organization);
        QVERIFY(repo.update(n));
        QCOMPARE(repo.forInterview(s.interview).size(), 0);
        QCOMPARE(repo.forOrganization(s.organization).size(), 1);

        Note gone = n;
        gone.id = 9999;
        QVERIFY(!repo.update(gone));
        QCOMPARE(changed.count(), 2);
    }

    void listsNewestFirstAndFilters()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        NoteRepository &repo = tw.workspace.notes();
        Note a = noteAbout(NoteSubject::Person, s.person, QStringLiteral("March"), QDate(2026, 3, 1));
        Note b = noteAbout(NoteSubject::Person, s.person, QStringLiteral("April"), QDate(2026, 4, 1));
        Note c =
            noteAbout(NoteSubject::Organization, s.organization, QStringLiteral("Hiring plans"), QDate(2026, 2, 1));
        Note d = noteAbout(NoteSubject::Field, s.field, QStringLiteral("Reading list"), QDate(2026, 4, 1));
        d.body = QStringLiteral("Books on interviewing users");
        for (Note *n : {&a, &b, &c, &d})
            QVERIFY(repo.add(*n));

        QCOMPARE(titles(repo.forPerson(s.person)), (QStringList{QStringLiteral("April"), QStringLiteral("March")}));
        QCOMPARE(titles(repo.forOrganization(s.organization)), QStringList{QStringLiteral("Hiring plans")});
        QCOMPARE(titles(repo.forField(s.field)), QStringList{QStringLiteral("Reading list")});
        QVERIFY(repo.forInterview(s.interview).isEmpty());

        // The same day: the one written later comes first.
        QCOMPARE(titles(repo.page({}, 0, -1)), (QStringList{QStringLiteral("Reading list"), QStringLiteral("April"),
                                                            QStringLiteral("March"), QStringLiteral("Hiring plans")}));
        QCOMPARE(titles(repo.page({}, 1, 2)), (QStringList{QStringLiteral("April"), QStringLiteral("March")}));
        QCOMPARE(repo.count(), 4);

        NoteQuery q;
        q.subject = NoteSubject::Person;
        QCOMPARE(repo.count(q), 2);
        q.text = QStringLiteral("apr");
        QCOMPARE(titles(repo.page(q, 0, -1)), QStringList{QStringLiteral("April")});
        q = {};
        q.text = QStringLiteral("users BOOKS");
        QCOMPARE(titles(repo.page(q, 0, -1)), QStringList{QStringLiteral("Reading list")});
        q.text = QStringLiteral("harbor");
        QCOMPARE(titles(repo.page(q, 0, -1)), QStringList{QStringLiteral("Hiring plans")});
        q.text = QStringLiteral("100%_");
        QCOMPARE(repo.count(q), 0);
    }

    void deletingIsUndoableWithItsSubject()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        NoteRepository &repo = tw.workspace.notes();
        Note onPerson = noteAbout(NoteSubject::Person, s.person, QStringLiteral("Met at the fair"), QDate(2026, 1, 9));
        Note onInterview = noteAbout(NoteSubject::Interview, s.interview, QStringLiteral("Prep"), QDate(2026, 1, 10));
        QVERIFY(repo.add(onPerson) && repo.add(onInterview));
        const QStringList before = dumpTables(tw.db().connection());

        QUndoStack stack;
        QSignalSpy removed(&repo, &Repository::removed);
        stack.push(new RemoveRecordCommand<NoteRepository>(repo, onPerson.id, QStringLiteral("Delete note")));
        QVERIFY(!repo.find(onPerson.id));
        QCOMPARE(removed.count(), 1);
        stack.undo();
        QCOMPARE(repo.find(onPerson.id)->title, onPerson.title);
        QCOMPARE(dumpTables(tw.db().connection()), before);

        // Deleting the person takes their notes and their interview's notes along; undo brings all back.
        stack.push(new RemoveRecordCommand<PersonRepository>(tw.workspace.people(), s.person,
                                                             QStringLiteral("Delete person")));
        QCOMPARE(repo.count(), 0);
        stack.undo();
        QCOMPARE(repo.count(), 2);
        QCOMPARE(repo.find(onInterview.id)->subjectName, QStringLiteral("Interview with Zoë Okafor"));
        QCOMPARE(dumpTables(tw.db().connection()), before);
    }

    void addCommandKeepsTheIdOnRedo()
    {
        TempWorkspace tw;
        const Subjects s = addSubjects(tw.workspace);
        NoteRepository &repo = tw.workspace.notes();
        QUndoStack stack;
        auto *add = new AddRecordCommand<NoteRepository, Note>(
            repo, noteAbout(NoteSubject::Organization, s.organization, QStringLiteral("Research"), QDate(2026, 2, 2)),
            QStringLiteral("Add note"));
        stack.push(add);
        const qint64 id = add->recordId();
        QVERIFY(repo.find(id));
        stack.undo();
        QVERIFY(!repo.find(id));
        stack.redo();
        QCOMPARE(repo.find(id)->title, QStringLiteral("Research"));
    }
};

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "tst_noterepository.moc"
