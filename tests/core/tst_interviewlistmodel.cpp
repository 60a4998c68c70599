#include "interviewlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

qint64 addPerson(Workspace &ws, const char *first, const char *last)
{
    Person p;
    p.firstName = QString::fromLatin1(first);
    p.lastName = QString::fromLatin1(last);
    ws.people().add(p);
    return p.id;
}

qint64 addInterview(Workspace &ws, qint64 personId, InterviewStatus status, const QDateTime &start)
{
    Interview i;
    i.personId = personId;
    i.status = status;
    i.scheduledStart = start;
    ws.interviews().add(i);
    return i.id;
}

QList<qint64> ids(const InterviewListModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), InterviewListModel::IdRole).toLongLong();
    return out;
}

} // namespace

class TestInterviewListModel : public QObject
{
    Q_OBJECT

private slots:
    void scopesAndOrder()
    {
        TempWorkspace t;
        Workspace &ws = t.workspace;
        const qint64 ana = addPerson(ws, "Ana", "Ruiz");
        const qint64 bo = addPerson(ws, "Bo", "Lind");
        const qint64 idea = addInterview(ws, ana, InterviewStatus::Idea, {});
        const qint64 soon = addInterview(ws, bo, InterviewStatus::Scheduled, utc("2026-03-05T15:00:00Z"));
        const qint64 later = addInterview(ws, ana, InterviewStatus::Scheduled, utc("2026-03-09T15:00:00Z"));
        const qint64 old = addInterview(ws, bo, InterviewStatus::Done, utc("2026-01-05T15:00:00Z"));
        const qint64 recent = addInterview(ws, ana, InterviewStatus::Done, utc("2026-02-05T15:00:00Z"));
        const qint64 cancelled = addInterview(ws, bo, InterviewStatus::Cancelled, utc("2026-02-10T15:00:00Z"));

        InterviewListModel model(ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QList<qint64>{old, recent, cancelled, soon, later, idea}));
        model.setScope(InterviewQuery::Open);
        QCOMPARE(ids(model), (QList<qint64>{soon, later, idea}));
        model.setScope(InterviewQuery::Past); // latest first
        QCOMPARE(ids(model), (QList<qint64>{cancelled, recent, old}));
        model.setScope(InterviewQuery::WithStatus, InterviewStatus::Done);
        QCOMPARE(ids(model), (QList<qint64>{old, recent}));
        model.setScope(InterviewQuery::All);
        model.setFilterText(QStringLiteral("lind"));
        QCOMPARE(ids(model), (QList<qint64>{old, cancelled, soon}));
        model.setFilterText(QString());
        model.sort(InterviewListModel::PersonColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, InterviewListModel::PersonColumn)).toString(), QStringLiteral("Bo Lind"));
        QCOMPARE(model.data(model.index(0, InterviewListModel::StartColumn)).toString().isEmpty(), false);
    }

    void editsAreFineGrained()
    {
        TempWorkspace t;
        Workspace &ws = t.workspace;
        const qint64 ana = addPerson(ws, "Ana", "Ruiz");
        const qint64 first = addInterview(ws, ana, InterviewStatus::Scheduled, utc("2026-03-05T15:00:00Z"));
        const qint64 second = addInterview(ws, ana, InterviewStatus::Scheduled, utc("2026-03-06T15:00:00Z"));
        InterviewListModel model(ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(InterviewQuery::Open);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QUndoStack stack;

        // Moving the first one after the second moves its row.
        Interview before = *ws.interviews().find(first);
        Interview after = before;
        after.scheduledStart = utc("2026-03-07T15:00:00Z");
        stack.push(ws.workflow().editInterview(before, after));
        QCOMPARE(ids(model), (QList<qint64>{second, first}));
        QCOMPARE(moved.count(), 1);

        // Done: it leaves the "open" list; undo brings it back.
        before = *ws.interviews().find(first);
        after = before;
        after.status = InterviewStatus::Done;
        stack.push(ws.workflow().editInterview(before, after));
        QCOMPARE(ids(model), QList<qint64>{second});
        QCOMPARE(removed.count(), 1);
        stack.undo();
        QCOMPARE(ids(model), (QList<qint64>{second, first}));
        QCOMPARE(inserted.count(), 1);

        // A referral updates the count shown in place.
        model.setScope(InterviewQuery::All);
        reset.clear();
        Referral r;
        r.referrerId = ana;
        r.referredId = addPerson(ws, "Cy", "Moe");
        r.interviewId = second;
        QVERIFY(ws.referrals().add(r));
        QCOMPARE(model.data(model.index(model.rowOfId(second), 0), InterviewListModel::InterviewRole)
                     .value<Interview>().referralCount, 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInterviewListModel)
#include "tst_interviewlistmodel.moc"
