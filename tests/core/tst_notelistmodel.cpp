#include "notelistmodel.h"
#include "notetemplate.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Inroad;

class TestNoteListModel : public QObject
{
    Q_OBJECT

private:
    qint64 addPerson(InroadTest::TempWorkspace &tw, const QString &first, const QString &last)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        if (!tw.workspace.people().add(p))
            return 0;
        return p.id;
    }
    qint64 addNote(InroadTest::TempWorkspace &tw, NoteSubject subject, qint64 id, const QString &title,
                   const QString &body, QDate day)
    {
        Note n;
        n.setSubject(subject, id);
        n.title = title;
        n.body = body;
        n.notedOn = day;
        if (!tw.workspace.notes().add(n))
            return 0;
        return n.id;
    }
    static QList<qint64> ids(const NoteListModel &model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(NoteListModel::IdRole).toLongLong();
        return out;
    }

private slots:
    void newestFirstAndFiltered()
    {
        InroadTest::TempWorkspace tw;
        const qint64 ana = addPerson(tw, QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        Organization o;
        o.name = QStringLiteral("Harbor Clinic");
        QVERIFY(tw.workspace.organizations().add(o));
        const qint64 older = addNote(tw, NoteSubject::Person, ana, QStringLiteral("First call"),
                                     QStringLiteral("She studied *nursing* first."), QDate(2026, 3, 1));
        const qint64 newer = addNote(tw, NoteSubject::Organization, o.id, QString(),
                                     QStringLiteral("## Visit\n- night shifts are long"), QDate(2026, 4, 2));
        const qint64 middle = addNote(tw, NoteSubject::Person, ana, QStringLiteral("Second call"),
                                      QStringLiteral("Talked about shifts."), QDate(2026, 3, 20));

        NoteListModel model(tw.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QList<qint64>{newer, middle, older}));
        QCOMPARE(model.index(0, NoteListModel::SubjectColumn).data().toString(), QStringLiteral("Harbor Clinic"));
        QCOMPARE(model.index(1, NoteListModel::SubjectColumn).data().toString(), QStringLiteral("Ana Ruiz"));
        // A note without a title shows its first line, without the Markdown marks.
        QCOMPARE(model.index(0, NoteListModel::TitleColumn).data().toString(), QStringLiteral("Visit"));

        model.setSubjectFilter(NoteSubject::Person);
        QCOMPARE(ids(model), (QList<qint64>{middle, older}));
        model.setFilterText(QStringLiteral("shifts"));
        QCOMPARE(ids(model), (QList<qint64>{middle}));
        model.setSubjectFilter(std::nullopt);
        QCOMPARE(ids(model), (QList<qint64>{newer, middle}));
        // Words match the name of what the note is about, too.
        model.setFilterText(QStringLiteral("harbor"));
        QCOMPARE(ids(model), (QList<qint64>{newer}));
        QCOMPARE(tw.workspace.notes().positionOf(newer, model.query()), 0);
        QCOMPARE(tw.workspace.notes().positionOf(older, model.query()), -1);
        model.setFilterText(QString());
        QCOMPARE(tw.workspace.notes().positionOf(older, model.query()), 2);
    }

    void followsChangesRowByRow()
    {
        InroadTest::TempWorkspace tw;
        const qint64 ana = addPerson(tw, QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        const qint64 a = addNote(tw, NoteSubject::Person, ana, QStringLiteral("A"), QString(), QDate(2026, 1, 1));
        const qint64 b = addNote(tw, NoteSubject::Person, ana, QStringLiteral("B"), QString(), QDate(2026, 2, 1));
        NoteListModel model(tw.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QList<qint64>{b, a}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Re-dating A moves its row to the top.
        Note note = *tw.workspace.notes().find(a);
        note.notedOn = QDate(2026, 5, 1);
        QVERIFY(tw.workspace.notes().update(note));
        QTRY_COMPARE(ids(model), (QList<qint64>{a, b}));

        const qint64 c = addNote(tw, NoteSubject::Person, ana, QStringLiteral("C"), QString(), QDate(2026, 1, 15));
        QTRY_COMPARE(ids(model), (QList<qint64>{a, b, c}));
        QVERIFY(tw.workspace.notes().remove(b).has_value());
        QTRY_COMPARE(ids(model), (QList<qint64>{a, c}));
        QCOMPARE(resets.count(), 0);

        // Renaming the person renames the "About" column.
        Person p = *tw.workspace.people().find(ana);
        p.firstName = QStringLiteral("Anabel");
        QVERIFY(tw.workspace.people().update(p));
        QTRY_COMPARE(model.index(0, NoteListModel::SubjectColumn).data().toString(), QStringLiteral("Anabel Ruiz"));
    }

    void displayTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("own title") << QStringLiteral("  Call  with Ana ") << QStringLiteral("# Other") << QStringLiteral("Call with Ana");
        QTest::newRow("heading") << QString() << QStringLiteral("\n\n## What I learned\n- a") << QStringLiteral("What I learned");
        QTest::newRow("list item") << QString() << QStringLiteral("- [ ] send thanks") << QStringLiteral("send thanks");
        QTest::newRow("numbered") << QString() << QStringLiteral("1. first") << QStringLiteral("first");
        QTest::newRow("quote") << QString() << QStringLiteral("> a **bold** quote") << QStringLiteral("a bold quote");
        QTest::newRow("empty") << QString() << QStringLiteral("  \n ") << QStringLiteral("(empty note)");
    }
    void displayTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        Note n;
        n.title = title;
        n.body = body;
        QCOMPARE(NoteListModel::displayTitle(n), expected);
    }

    void postInterviewTemplateHasEveryHeading()
    {
        const QString text = postInterviewNoteTemplate();
        for (const char *heading :
             {"## What I learned", "## What I still want to know", "## Next steps", "## Impressions", "## Referrals"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        QVERIFY(text.indexOf(QLatin1String("learned")) < text.indexOf(QLatin1String("Referrals")));
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestNoteListModel)
#include "tst_notelistmodel.moc"
