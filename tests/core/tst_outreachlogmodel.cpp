#include "outreachlogmodel.h"
#include "outreachrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using namespace InroadTest;

namespace {

qint64 addPerson(Workspace &ws, const QString &name)
{
    Person p;
    p.firstName = name;
    return ws.people().add(p) ? p.id : 0;
}

QDateTime at(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

qint64 addAttempt(Workspace &ws, qint64 personId, const QDateTime &when, const QString &note,
                  OutreachChannel channel = OutreachChannel::Email)
{
    OutreachAttempt a;
    a.personId = personId;
    a.attemptedAt = when;
    a.channel = channel;
    a.note = note;
    return ws.outreach().add(a) ? a.id : 0;
}

QString noteAt(const OutreachLogModel &m, int row)
{
    return m.index(row, OutreachLogModel::NoteColumn).data().toString();
}

} // namespace

class TestOutreachLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsOnePersonsLogLatestFirst()
    {
        TempWorkspace tw;
        const qint64 priya = addPerson(tw.workspace, QStringLiteral("Priya"));
        const qint64 wen = addPerson(tw.workspace, QStringLiteral("Wen"));
        addAttempt(tw.workspace, priya, at(2), QStringLiteral("first e-mail"));
        addAttempt(tw.workspace, wen, at(3), QStringLiteral("to Wen"));
        addAttempt(tw.workspace, priya, at(9), QStringLiteral("follow-up call"), OutreachChannel::Phone);
        addAttempt(tw.workspace, priya, at(5), QStringLiteral("LinkedIn\nnote"), OutreachChannel::LinkedIn);

        OutreachLogModel model(tw.workspace.outreach());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no person yet

        model.setPersonId(priya);
        QCOMPARE(model.columnCount(), int(OutreachLogModel::ColumnCount));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(noteAt(model, 0), QStringLiteral("follow-up call"));
        QCOMPARE(noteAt(model, 1), QStringLiteral("LinkedIn note")); // one line in the table
        QCOMPARE(model.index(1, OutreachLogModel::NoteColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("LinkedIn\nnote"));
        QCOMPARE(noteAt(model, 2), QStringLiteral("first e-mail"));
        QCOMPARE(model.index(0, OutreachLogModel::ChannelColumn).data().toString(),
                 outreachChannelName(OutreachChannel::Phone));
        QCOMPARE(model.index(0, OutreachLogModel::ResultColumn).data().toString(),
                 outreachResultName(OutreachResult::Waiting));
        QVERIFY(!model.index(0, OutreachLogModel::DateColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(OutreachLogModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));
        QCOMPARE(model.headerData(OutreachLogModel::NoteColumn, Qt::Horizontal).toString(), QStringLiteral("Note"));

        model.setPersonId(wen);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(noteAt(model, 0), QStringLiteral("to Wen"));
        model.setPersonId(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void repositoryChangesBecomeSingleRowSignals()
    {
        TempWorkspace tw;
        const qint64 priya = addPerson(tw.workspace, QStringLiteral("Priya"));
        const qint64 wen = addPerson(tw.workspace, QStringLiteral("Wen"));
        const qint64 first = addAttempt(tw.workspace, priya, at(2), QStringLiteral("first"));
        addAttempt(tw.workspace, priya, at(4), QStringLiteral("second"));

        OutreachLogModel model(tw.workspace.outreach());
        model.setPersonId(priya);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A new latest entry goes on top.
        const qint64 third = addAttempt(tw.workspace, priya, at(6), QStringLiteral("third"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(noteAt(model, 0), QStringLiteral("third"));

        // Someone else's entry does not show up.
        addAttempt(tw.workspace, wen, at(7), QStringLiteral("to Wen"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        // A changed note updates its row in place.
        OutreachAttempt edited = *tw.workspace.outreach().find(first);
        edited.note = QStringLiteral("first, edited");
        edited.result = OutreachResult::Positive;
        QVERIFY(tw.workspace.outreach().update(edited));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(noteAt(model, 2), QStringLiteral("first, edited"));
        QCOMPARE(model.index(2, OutreachLogModel::ResultColumn).data().toString(),
                 outreachResultName(OutreachResult::Positive));

        // A changed date moves the row to its place in the order.
        edited.attemptedAt = at(8);
        QVERIFY(tw.workspace.outreach().update(edited));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(noteAt(model, 0), QStringLiteral("first, edited"));
        QCOMPARE(noteAt(model, 1), QStringLiteral("third"));

        QVERIFY(tw.workspace.outreach().remove(third));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);

        // Given to another person, the entry leaves this log.
        edited.personId = wen;
        QVERIFY(tw.workspace.outreach().update(edited));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(noteAt(model, 0), QStringLiteral("second"));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.totalCount(), 1);
    }

    void workflowCommandsAndUndoAreFineGrained()
    {
        TempWorkspace tw;
        const qint64 priya = addPerson(tw.workspace, QStringLiteral("Priya"));
        const qint64 wen = addPerson(tw.workspace, QStringLiteral("Wen"));
        addAttempt(tw.workspace, priya, at(2), QStringLiteral("older"));

        OutreachLogModel model(tw.workspace.outreach());
        model.setPersonId(priya);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QUndoStack stack;
        Workflow &workflow = tw.workspace.workflow();

        OutreachAttempt a;
        a.personId = priya;
        a.attemptedAt = at(5);
        a.note = QStringLiteral("logged");
        stack.push(workflow.logOutreach(a));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(noteAt(model, 0), QStringLiteral("logged"));
        const OutreachAttempt logged = model.recordAt(0);

        OutreachAttempt other;
        other.personId = wen;
        other.attemptedAt = at(6);
        stack.push(workflow.logOutreach(other));
        QCOMPARE(inserted.count(), 1);

        OutreachAttempt answered = logged;
        answered.result = OutreachResult::Positive;
        stack.push(workflow.editOutreach(logged, answered));
        QCOMPARE(model.index(0, OutreachLogModel::ResultColumn).data().toString(),
                 outreachResultName(OutreachResult::Positive));

        stack.push(workflow.removeOutreach(answered));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);

        stack.undo(); // the removal: the entry comes back, same id, same place
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.recordAt(0).id, logged.id);
        stack.undo(); // the edit
        QCOMPARE(model.index(0, OutreachLogModel::ResultColumn).data().toString(),
                 outreachResultName(OutreachResult::Waiting));
        stack.undo(); // Wen's entry
        QCOMPARE(removed.count(), 1);
        stack.undo(); // the logging
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(noteAt(model, 0), QStringLiteral("older"));
        QCOMPARE(resets.count(), 0);
    }

    void longLogLoadsPageByPage()
    {
        TempWorkspace tw;
        const qint64 priya = addPerson(tw.workspace, QStringLiteral("Priya"));
        QVERIFY(tw.db().beginTransaction());
        for (int i = 0; i < OutreachLogModel::kPageSize + 20; ++i)
            addAttempt(tw.workspace, priya, at(1).addSecs(60 * i), QString::number(i));
        QVERIFY(tw.db().commit());

        OutreachLogModel model(tw.workspace.outreach());
        model.setPersonId(priya);
        QCOMPARE(model.rowCount(), OutreachLogModel::kPageSize);
        QCOMPARE(model.totalCount(), OutreachLogModel::kPageSize + 20);
        QCOMPARE(noteAt(model, 0), QString::number(OutreachLogModel::kPageSize + 19));
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), OutreachLogModel::kPageSize + 20);
        QCOMPARE(noteAt(model, model.rowCount() - 1), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestOutreachLogModel)
#include "tst_outreachlogmodel.moc"
