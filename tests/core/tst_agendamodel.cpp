#include "agendamodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

// The Today tree over a workspace at a fixed time in UTC+1: Wednesday 25 November 2026, 10:00.
class TestAgendaModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sectionsAndRows();
    void passesTesterThroughEdits();
    void addingAndRemovingKeepsOtherRows();
    void changesInOnePassAreComputedOnce();
    void editsChangeRowsInPlace();
    void reorderingMovesRows();
    void nextDayMakesItemsOverdue();
    void filterShowsMatchingRows();
    void moreDaysListsMoreInterviews();
    void undoOfDoneBringsTheRowBack();
    void whenText_data();
    void whenText();

private:
    QDateTime at(int days, int hour, int minute = 0) const
    {
        return QDateTime(m_today.addDays(days), QTime(hour, minute), m_zone).toUTC();
    }
    qint64 addPerson(const QString &first, const QString &last);
    qint64 addFollowUp(qint64 personId, const QDateTime &due, const QString &note = {});
    qint64 addInterview(qint64 personId, const QDateTime &start, InterviewStatus status);
    QStringList keysIn(AgendaItem::Kind kind) const;
    static QString followUpKey(qint64 id)
    {
        AgendaItem item;
        item.recordId = id;
        return item.key();
    }

    const QTimeZone m_zone = QTimeZone(3600);
    const QDate m_today = QDate(2026, 11, 25);
    QDateTime m_now;
    std::unique_ptr<InroadTest::TempWorkspace> m_ws;
    std::unique_ptr<AgendaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAgendaModel::init()
{
    m_now = at(0, 10);
    m_ws = std::make_unique<InroadTest::TempWorkspace>();
    m_ws->workspace.workflow().setClock([this] {
        return m_now;
    });
    m_ws->workspace.workflow().setTimeZone(m_zone);
    m_model = std::make_unique<AgendaModel>(m_ws->workspace);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAgendaModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

qint64 TestAgendaModel::addPerson(const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    if (!m_ws->workspace.people().add(p))
        qFatal("cannot add person");
    return p.id;
}

qint64 TestAgendaModel::addFollowUp(qint64 personId, const QDateTime &due, const QString &note)
{
    FollowUp f;
    f.personId = personId;
    f.kind = FollowUpKind::KeepInTouch;
    f.dueAt = due;
    f.note = note;
    if (!m_ws->workspace.followUps().add(f))
        qFatal("cannot add follow-up");
    return f.id;
}

qint64 TestAgendaModel::addInterview(qint64 personId, const QDateTime &start, InterviewStatus status)
{
    Interview i;
    i.personId = personId;
    i.scheduledStart = start;
    i.status = status;
    i.location = QStringLiteral("Café Central");
    if (!m_ws->workspace.interviews().add(i))
        qFatal("cannot add interview");
    return i.id;
}

QStringList TestAgendaModel::keysIn(AgendaItem::Kind kind) const
{
    QStringList keys;
    const QModelIndex section = m_model->sectionIndex(kind);
    for (int row = 0; row < m_model->rowCount(section); ++row)
        keys << m_model->index(row, 0, section).data(AgendaModel::KeyRole).toString();
    return keys;
}

void TestAgendaModel::sectionsAndRows()
{
    QCOMPARE(m_model->rowCount(), AgendaItem::kKindCount);
    QCOMPARE(m_model->columnCount(), int(AgendaModel::ColumnCount));
    QCOMPARE(m_model->shownCount(), 0);
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 followUp = addFollowUp(ana, at(-1, 9), QStringLiteral("Send the article\non hiring"));
    addInterview(ana, at(2, 14), InterviewStatus::Scheduled);
    QTRY_COMPARE(m_model->shownCount(), 2);

    const QModelIndex followUps = m_model->sectionIndex(AgendaItem::FollowUpDue);
    QCOMPARE(followUps.data().toString(), QStringLiteral("Follow-ups due (1)"));
    QVERIFY(followUps.data(AgendaModel::IsSectionRole).toBool());
    QVERIFY(!(m_model->flags(followUps) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->sectionIndex(AgendaItem::UpcomingInterview).data().toString(),
             QStringLiteral("Coming interviews, next 7 days (1)"));
    QCOMPARE(m_model->sectionIndex(AgendaItem::WaitingForReply).data().toString(),
             QStringLiteral("Waiting for a reply (0)"));

    const QModelIndex row = m_model->index(0, AgendaModel::WhenColumn, followUps);
    QVERIFY(m_model->flags(row) & Qt::ItemIsSelectable);
    QCOMPARE(row.parent(), followUps);
    QCOMPARE(row.data().toString(), QStringLiteral("overdue since Tue 24 Nov"));
    QVERIFY(row.data(AgendaModel::OverdueRole).toBool());
    QVERIFY(row.data(Qt::ForegroundRole).isValid());
    QCOMPARE(QModelIndex(row).siblingAtColumn(AgendaModel::TitleColumn).data().toString(),
             QStringLiteral("Keep in touch with Ana Ruiz"));
    QCOMPARE(QModelIndex(row).siblingAtColumn(AgendaModel::DetailColumn).data().toString(),
             QStringLiteral("Send the article on hiring"));
    QCOMPARE(row.data(AgendaModel::RecordIdRole).toLongLong(), followUp);
    QCOMPARE(row.data(AgendaModel::PersonIdRole).toLongLong(), ana);
    QCOMPARE(m_model->itemAt(row)->recordId, followUp);
    QCOMPARE(m_model->itemAt(followUps), nullptr);

    const QModelIndex interview =
        m_model->index(0, AgendaModel::WhenColumn, m_model->sectionIndex(AgendaItem::UpcomingInterview));
    QCOMPARE(interview.data().toString(), QStringLiteral("in 2 days, Fri 14:00"));
    QVERIFY(!interview.data(Qt::ForegroundRole).isValid());
    QVERIFY(interview.siblingAtColumn(AgendaModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Café Central")));
}

void TestAgendaModel::passesTesterThroughEdits()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << addFollowUp(i % 2 ? ana : ben, at(-i, 9 + i));
    addInterview(ana, at(1, 9), InterviewStatus::Scheduled);
    addInterview(ben, at(-2, 9), InterviewStatus::Done);
    QTRY_COMPARE(m_model->shownCount(), 8);

    FollowUpRepository &followUps = m_ws->workspace.followUps();
    FollowUp moved = *followUps.find(ids.at(0));
    moved.dueAt = at(-10, 9);
    QVERIFY(followUps.update(moved));
    QVERIFY(followUps.remove(ids.at(3)).has_value());
    FollowUp done = *followUps.find(ids.at(4));
    done.doneAt = m_now;
    QVERIFY(followUps.update(done));
    QTRY_COMPARE(m_model->shownCount(), 6);
    m_model->setFilterText(QStringLiteral("okafor"));
    QCOMPARE(m_model->shownCount(), 3);
    m_model->setFilterText(QString());
    QCOMPARE(m_model->shownCount(), 6);
    m_now = at(1, 10);
    m_model->refresh();
    QCOMPARE(m_model->shownCount(), 5); // the interview of the 26th is now today; yesterday's is still there
}

void TestAgendaModel::addingAndRemovingKeepsOtherRows()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 middle = addFollowUp(ana, at(-2, 9));
    const qint64 last = addFollowUp(ana, at(0, 9));
    QTRY_COMPARE(m_model->shownCount(), 2);
    const QPersistentModelIndex kept = m_model->indexOfKey(followUpKey(middle));
    QCOMPARE(kept.row(), 0);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const qint64 first = addFollowUp(ana, at(-5, 9));
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), m_model->sectionIndex(AgendaItem::FollowUpDue));
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(kept.row(), 1);
    QCOMPARE(kept.data(AgendaModel::KeyRole).toString(), followUpKey(middle));

    QVERIFY(m_ws->workspace.followUps().remove(first).has_value());
    QVERIFY(m_ws->workspace.followUps().remove(last).has_value());
    QTRY_COMPARE(removed.size(), 2);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 0);
    QCOMPARE(keysIn(AgendaItem::FollowUpDue), QStringList{followUpKey(middle)});
    QCOMPARE(reset.size(), 0);
}

void TestAgendaModel::changesInOnePassAreComputedOnce()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    QTest::qWait(0);
    QSignalSpy refreshed(m_model.get(), &AgendaModel::refreshed);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5; ++i)
        addFollowUp(ana, at(-1, 9 + i));
    QCOMPARE(refreshed.size(), 0);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(m_model->shownCount(), 5);
    // Five neighbouring rows, each inserted where it belongs.
    QCOMPARE(inserted.size(), 5);
    QTest::qWait(20);
    QCOMPARE(refreshed.size(), 1);
}

void TestAgendaModel::editsChangeRowsInPlace()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 id = addFollowUp(ana, at(0, 9), QStringLiteral("first note"));
    addFollowUp(ana, at(0, 11));
    QTRY_COMPARE(m_model->shownCount(), 2);
    const QPersistentModelIndex row = m_model->indexOfKey(followUpKey(id));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    FollowUp f = *m_ws->workspace.followUps().find(id);
    f.note = QStringLiteral("second note");
    QVERIFY(m_ws->workspace.followUps().update(f));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>(), QModelIndex(row));
    QCOMPARE(QModelIndex(row).siblingAtColumn(AgendaModel::DetailColumn).data().toString(),
             QStringLiteral("second note"));

    // A person's new name reaches the title.
    changed.clear();
    Person p = *m_ws->workspace.people().find(ana);
    p.lastName = QStringLiteral("Ruiz-Vega");
    QVERIFY(m_ws->workspace.people().update(p));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(QModelIndex(row).siblingAtColumn(AgendaModel::TitleColumn).data().toString(),
             QStringLiteral("Keep in touch with Ana Ruiz-Vega"));
}

void TestAgendaModel::reorderingMovesRows()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << addFollowUp(ana, at(0, 9 + i));
    QTRY_COMPARE(m_model->shownCount(), 4);
    const QPersistentModelIndex second = m_model->indexOfKey(followUpKey(ids.at(1)));
    QCOMPARE(second.row(), 1);

    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    FollowUp f = *m_ws->workspace.followUps().find(ids.at(1));
    f.dueAt = at(0, 20);
    QVERIFY(m_ws->workspace.followUps().update(f));
    QTRY_VERIFY(!moved.isEmpty());
    QCOMPARE(removed.size(), 0);
    QCOMPARE(second.row(), 3);
    QCOMPARE(second.data(AgendaModel::KeyRole).toString(), followUpKey(ids.at(1)));
    QCOMPARE(keysIn(AgendaItem::FollowUpDue), (QStringList{followUpKey(ids.at(0)), followUpKey(ids.at(2)),
                                                           followUpKey(ids.at(3)), followUpKey(ids.at(1))}));
}

void TestAgendaModel::nextDayMakesItemsOverdue()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 id = addFollowUp(ana, at(0, 15));
    addInterview(ana, at(1, 14), InterviewStatus::Scheduled);
    QTRY_COMPARE(m_model->shownCount(), 2);
    const QPersistentModelIndex row = m_model->indexOfKey(followUpKey(id));
    QCOMPARE(row.data().toString(), QStringLiteral("today 15:00"));
    QVERIFY(!row.data(AgendaModel::OverdueRole).toBool());
    const QPersistentModelIndex interview = m_model->index(0, 0, m_model->sectionIndex(AgendaItem::UpcomingInterview));
    QCOMPARE(interview.data().toString(), QStringLiteral("tomorrow 14:00"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_now = at(1, 0, 1);
    m_model->refresh();
    QCOMPARE(row.data().toString(), QStringLiteral("overdue since Wed 25 Nov"));
    QVERIFY(row.data(AgendaModel::OverdueRole).toBool());
    // Only the words changed for the interview, and the view is told.
    QCOMPARE(interview.data().toString(), QStringLiteral("today 14:00"));
    bool interviewChanged = false;
    for (const QList<QVariant> &signal : std::as_const(changed))
        interviewChanged = interviewChanged || signal.at(0).value<QModelIndex>() == QModelIndex(interview);
    QVERIFY(interviewChanged);
}

void TestAgendaModel::filterShowsMatchingRows()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 anas = addFollowUp(ana, at(0, 9), QStringLiteral("the design portfolio"));
    const qint64 bens = addFollowUp(ben, at(0, 10));
    addInterview(ben, at(2, 10), InterviewStatus::Scheduled);
    QTRY_COMPARE(m_model->shownCount(), 3);
    const QPersistentModelIndex kept = m_model->indexOfKey(followUpKey(bens));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);

    m_model->setFilterText(QStringLiteral("  OKAFOR "));
    QCOMPARE(m_model->filterText(), QStringLiteral("OKAFOR"));
    QCOMPARE(m_model->shownCount(), 2);
    QCOMPARE(m_model->shownCount(AgendaItem::UpcomingInterview), 1);
    QCOMPARE(m_model->count(AgendaItem::FollowUpDue), 2); // the agenda itself is whole
    QCOMPARE(kept.row(), 0);
    QCOMPARE(m_model->sectionIndex(AgendaItem::FollowUpDue).data().toString(), QStringLiteral("Follow-ups due (1)"));

    m_model->setFilterText(QStringLiteral("portfolio ana"));
    QCOMPARE(keysIn(AgendaItem::FollowUpDue), QStringList{followUpKey(anas)});
    m_model->setFilterText(QStringLiteral("nobody"));
    QCOMPARE(m_model->shownCount(), 0);
    m_model->setFilterText(QString());
    QCOMPARE(m_model->shownCount(), 3);
    QCOMPARE(reset.size(), 0);
}

void TestAgendaModel::moreDaysListsMoreInterviews()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    addInterview(ana, at(10, 10), InterviewStatus::Scheduled);
    QTest::qWait(0);
    QCOMPARE(m_model->shownCount(), 0);
    m_model->setDays(14);
    QCOMPARE(m_model->shownCount(AgendaItem::UpcomingInterview), 1);
    QCOMPARE(m_model->sectionIndex(AgendaItem::UpcomingInterview).data().toString(),
             QStringLiteral("Coming interviews, next 14 days (1)"));
    QCOMPARE(m_model->index(0, 0, m_model->sectionIndex(AgendaItem::UpcomingInterview)).data().toString(),
             QStringLiteral("in 10 days, Sat 10:00"));
}

void TestAgendaModel::undoOfDoneBringsTheRowBack()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 id = addFollowUp(ana, at(-1, 9));
    const qint64 interview = addInterview(ana, at(-3, 9), InterviewStatus::Done);
    QTRY_COMPARE(m_model->shownCount(), 2);
    QUndoStack stack;
    stack.push(m_ws->workspace.workflow().completeFollowUp(*m_ws->workspace.followUps().find(id)));
    QTRY_VERIFY(!m_model->indexOfKey(followUpKey(id)).isValid());
    // Closing the keep-in-touch asked for the thank-you note the done interview still lacks.
    QCOMPARE(m_model->shownCount(AgendaItem::FollowUpDue), 1);
    stack.undo();
    QTRY_VERIFY(m_model->indexOfKey(followUpKey(id)).isValid());
    QCOMPARE(m_model->shownCount(), 2);

    const QString key =
        m_model->index(0, 0, m_model->sectionIndex(AgendaItem::NeedsReferrals)).data(AgendaModel::KeyRole).toString();
    QCOMPARE(m_model->index(0, 0, m_model->sectionIndex(AgendaItem::NeedsReferrals))
                 .data(AgendaModel::InterviewIdRole)
                 .toLongLong(),
             interview);
    stack.push(m_ws->workspace.workflow().dismissAgendaItem(key, QDateTime(), QStringLiteral("Done")));
    QTRY_COMPARE(m_model->shownCount(AgendaItem::NeedsReferrals), 0);
    stack.undo();
    QTRY_COMPARE(m_model->shownCount(AgendaItem::NeedsReferrals), 1);
}

void TestAgendaModel::whenText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("expected");
    const auto local = [this](int days, int hour, int minute = 0) {
        return at(days, hour, minute);
    };
    QTest::newRow("follow-up today") << int(AgendaItem::FollowUpDue) << local(0, 14) << false
                                     << QStringLiteral("today 14:00");
    QTest::newRow("follow-up overdue") << int(AgendaItem::FollowUpDue) << local(-22, 9) << true
                                       << QStringLiteral("overdue since Tue 3 Nov");
    QTest::newRow("follow-up overdue year before")
        << int(AgendaItem::FollowUpDue) << QDateTime(QDate(2025, 12, 30), QTime(9, 0), QTimeZone(3600)).toUTC() << true
        << QStringLiteral("overdue since Tue 30 Dec 2025");
    QTest::newRow("interview today") << int(AgendaItem::UpcomingInterview) << local(0, 16, 30) << false
                                     << QStringLiteral("today 16:30");
    QTest::newRow("interview tomorrow") << int(AgendaItem::UpcomingInterview) << local(1, 9, 5) << false
                                        << QStringLiteral("tomorrow 09:05");
    QTest::newRow("interview in 2 days") << int(AgendaItem::UpcomingInterview) << local(2, 10) << false
                                         << QStringLiteral("in 2 days, Fri 10:00");
    QTest::newRow("interview late tonight, UTC tomorrow")
        << int(AgendaItem::UpcomingInterview) << local(0, 23, 30) << false << QStringLiteral("today 23:30");
    QTest::newRow("referrals today") << int(AgendaItem::NeedsReferrals) << local(0, 8) << false
                                     << QStringLiteral("met today");
    QTest::newRow("referrals yesterday") << int(AgendaItem::NeedsReferrals) << local(-1, 8) << false
                                         << QStringLiteral("met yesterday");
    QTest::newRow("referrals 5 days") << int(AgendaItem::NeedsReferrals) << local(-5, 8) << false
                                      << QStringLiteral("met 5 days ago");
    QTest::newRow("referrals no date") << int(AgendaItem::NeedsReferrals) << QDateTime() << false
                                       << QStringLiteral("no date");
    QTest::newRow("waiting") << int(AgendaItem::WaitingForReply) << local(-8, 9) << false
                             << QStringLiteral("sent Tue 17 Nov");
}

void TestAgendaModel::whenText()
{
    QFETCH(int, kind);
    QFETCH(QDateTime, when);
    QFETCH(bool, overdue);
    QFETCH(QString, expected);
    AgendaItem item;
    item.kind = AgendaItem::Kind(kind);
    item.when = when;
    item.overdue = overdue;
    QCOMPARE(AgendaModel::whenText(item, m_now, m_zone), expected);
}

QTEST_GUILESS_MAIN(TestAgendaModel)

#include "tst_agendamodel.moc"
