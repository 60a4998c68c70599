#include "agendamodel.h"
#include "emptystate.h"
#include "testsupport.h"
#include "todayview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Inroad;

// The Today area over a workspace at a fixed time in UTC+1: Wednesday 25 November 2026, 10:00.
class TestTodayView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyWorkspaceSaysWhereToStart();
    void nothingDueSaysWhatToDoNext();
    void sectionsShowWhatIsDue();
    void markDoneWithKeyboardAndUndo();
    void markDoneOfOtherItemsIsADismissal();
    void snoozeFollowUp();
    void snoozeOtherItems_data();
    void snoozeOtherItems();
    void openRequestsTheRecord_data();
    void openRequestsTheRecord();
    void doubleClickOpens();
    void arrowKeysSkipHeadings();
    void rescheduleThroughDialog();
    void newFollowUpThroughDialog();
    void newFollowUpForLaterSaysWhen();
    void deleteOnlyFollowUps();
    void filterAndClearFilter();
    void selectionSurvivesChanges();
    void badgeFollowsFollowUpsDue();
    void showRecordSelectsFollowUp();

private:
    QDateTime at(int days, int hour, int minute = 0) const
    {
        return QDateTime(m_today.addDays(days), QTime(hour, minute), m_zone).toUTC();
    }
    qint64 addPerson(const QString &first, const QString &last);
    qint64 addFollowUp(qint64 personId, const QDateTime &due, FollowUpKind kind = FollowUpKind::KeepInTouch);
    qint64 addInterview(qint64 personId, const QDateTime &start, InterviewStatus status);
    qint64 addOutreach(qint64 personId, const QDateTime &when);
    /// Ana: a follow-up overdue and one due today; Ben: an interview in two days; Cleo: a done
    /// interview without referrals; Dev: no reply for eight days.
    void addTypicalDay();
    void select(const QString &key);
    QString currentKey() const;
    AgendaModel *model() const { return m_view->model(); }
    QTreeView *list() const { return m_view->listView(); }
    QAction *action(const char *name) const { return m_view->findChild<QAction *>(QLatin1String(name)); }
    QWidget *currentPage() const { return m_view->findChild<QStackedWidget *>()->currentWidget(); }
    /// Runs @p act on the next modal dialog once it is shown.
    void onDialog(std::function<void(QDialog *)> act);
    static QString key(AgendaItem::Kind kind, qint64 id)
    {
        AgendaItem item;
        item.kind = kind;
        item.recordId = id;
        return item.key();
    }
    void setDue(QDateTimeEdit *edit, const QDateTime &instant) const
    {
        const QDateTime local = instant.toTimeZone(m_zone);
        edit->setDateTime(QDateTime(local.date(), local.time()));
    }

    const QTimeZone m_zone = QTimeZone(3600);
    const QDate m_today = QDate(2026, 11, 25);
    QDateTime m_now;
    std::unique_ptr<InroadTest::TempWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TodayView> m_view;
    qint64 m_ana = 0, m_ben = 0, m_cleo = 0, m_dev = 0;
    qint64 m_overdue = 0, m_dueToday = 0, m_interview = 0, m_doneInterview = 0, m_waiting = 0;
};

void TestTodayView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InroadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_todayview"));
}

void TestTodayView::init()
{
    QSettings().clear();
    m_now = at(0, 10);
    m_ws = std::make_unique<InroadTest::TempWorkspace>();
    m_ws->workspace.workflow().setClock([this] {
        return m_now;
    });
    m_ws->workspace.workflow().setTimeZone(m_zone);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<TodayView>(m_ws->workspace, *m_undo);
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestTodayView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_ws.reset();
}

qint64 TestTodayView::addPerson(const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    if (!m_ws->workspace.people().add(p))
        qFatal("cannot add person");
    return p.id;
}

qint64 TestTodayView::addFollowUp(qint64 personId, const QDateTime &due, FollowUpKind kind)
{
    FollowUp f;
    f.personId = personId;
    f.kind = kind;
    f.dueAt = due;
    if (!m_ws->workspace.followUps().add(f))
        qFatal("cannot add follow-up");
    return f.id;
}

qint64 TestTodayView::addInterview(qint64 personId, const QDateTime &start, InterviewStatus status)
{
    Interview i;
    i.personId = personId;
    i.scheduledStart = start;
    i.status = status;
    if (!m_ws->workspace.interviews().add(i))
        qFatal("cannot add interview");
    return i.id;
}

qint64 TestTodayView::addOutreach(qint64 personId, const QDateTime &when)
{
    OutreachAttempt a;
    a.personId = personId;
    a.attemptedAt = when;
    if (!m_ws->workspace.outreach().add(a))
        qFatal("cannot add outreach");
    return a.id;
}

void TestTodayView::addTypicalDay()
{
    m_ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    m_cleo = addPerson(QStringLiteral("Cleo"), QStringLiteral("Park"));
    m_dev = addPerson(QStringLiteral("Dev"), QStringLiteral("Shah"));
    m_overdue = addFollowUp(m_ana, at(-2, 9));
    m_dueToday = addFollowUp(m_ana, at(0, 15), FollowUpKind::SendUpdate);
    m_interview = addInterview(m_ben, at(2, 14), InterviewStatus::Scheduled);
    m_doneInterview = addInterview(m_cleo, at(-3, 10), InterviewStatus::Done);
    m_waiting = addOutreach(m_dev, at(-8, 9));
    QTRY_COMPARE(model()->shownCount(), 5);
}

void TestTodayView::select(const QString &itemKey)
{
    const QModelIndex index = model()->indexOfKey(itemKey);
    QVERIFY2(index.isValid(), qPrintable(itemKey));
    list()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(currentKey(), itemKey);
}

QString TestTodayView::currentKey() const
{
    const AgendaItem *item = m_view->currentItem();
    return item ? item->key() : QString();
}

void TestTodayView::onDialog(std::function<void(QDialog *)> act)
{
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, act] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

void TestTodayView::emptyWorkspaceSaysWhereToStart()
{
    auto *state = m_view->findChild<EmptyState *>(QStringLiteral("nothingDueState"));
    QVERIFY(state);
    QCOMPARE(currentPage(), state);
    QCOMPARE(state->title(), QStringLiteral("Nothing planned yet"));
    QVERIFY2(state->text().contains(QStringLiteral("People")), qPrintable(state->text()));
    // No one to plan a follow-up with yet: no button for it.
    const QList<QPushButton *> buttons = state->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QVERIFY(!buttons.constFirst()->isVisible());
    QCOMPARE(m_view->title(), QStringLiteral("Today"));
    QCOMPARE(m_view->badgeCount(), 0);
    QCOMPARE(m_view->statusText(), QStringLiteral("Nothing due today"));
    QVERIFY(!m_view->canDelete());
}

void TestTodayView::nothingDueSaysWhatToDoNext()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    addFollowUp(ana, at(1, 9)); // tomorrow
    auto *state = m_view->findChild<EmptyState *>(QStringLiteral("nothingDueState"));
    QTRY_COMPARE(state->title(), QStringLiteral("You’re all caught up"));
    QCOMPARE(currentPage(), state);
    QVERIFY(state->text().contains(QStringLiteral("Ctrl+N")));
    QPushButton *button = state->findChild<QPushButton *>();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("New Follow-up…"));

    // A follow-up due today replaces the message with the list.
    const qint64 today = addFollowUp(ana, at(0, 12));
    QTRY_COMPARE(currentPage(), list());
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, today));
}

void TestTodayView::sectionsShowWhatIsDue()
{
    addTypicalDay();
    QCOMPARE(currentPage(), list());
    for (int k = 0; k < AgendaItem::kKindCount; ++k)
        QVERIFY(!list()->isRowHidden(k, QModelIndex()));
    QVERIFY(list()->isExpanded(model()->sectionIndex(AgendaItem::FollowUpDue)));
    QVERIFY(list()->isFirstColumnSpanned(0, QModelIndex()));
    // The first item is selected, so that the keys act at once.
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_overdue));
    QVERIFY(m_view->currentItem()->overdue);
    QCOMPARE(m_view->badgeCount(), 2);
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("2 follow-ups due, ")), qPrintable(m_view->statusText()));
    QVERIFY(action("actionTodayDone")->isEnabled());
    QVERIFY(action("actionTodayReschedule")->isEnabled());
    QVERIFY(action("actionTodayDone")->toolTip().contains(QStringLiteral("Ctrl+D")));
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("todayHeading"))->text().isEmpty());

    // An empty section is hidden.
    m_undo->push(m_ws->workspace.workflow().dismissAgendaItem(key(AgendaItem::WaitingForReply, m_waiting), {},
                                                              QStringLiteral("Done")));
    QTRY_VERIFY(list()->isRowHidden(AgendaItem::WaitingForReply, QModelIndex()));
    QVERIFY(!list()->isRowHidden(AgendaItem::NeedsReferrals, QModelIndex()));
}

void TestTodayView::markDoneWithKeyboardAndUndo()
{
    addTypicalDay();
    QSignalSpy badge(m_view.get(), &AreaView::badgeCountChanged);
    list()->setFocus();
    select(key(AgendaItem::FollowUpDue, m_overdue));
    QTest::keyClick(list(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_ws->workspace.followUps().find(m_overdue)->isDone());
    QVERIFY(!model()->indexOfKey(key(AgendaItem::FollowUpDue, m_overdue)).isValid());
    // The next item is selected, ready for the next key.
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_dueToday));
    QCOMPARE(m_view->badgeCount(), 1);
    QCOMPARE(badge.size(), 1);
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Done: Keep in touch with Ana Ruiz (Undo: Ctrl+Z)")),
             qPrintable(m_view->statusText()));

    m_undo->undo();
    QTRY_VERIFY(model()->indexOfKey(key(AgendaItem::FollowUpDue, m_overdue)).isValid());
    QVERIFY(!m_ws->workspace.followUps().find(m_overdue)->isDone());
    QCOMPARE(m_view->badgeCount(), 2);
    QCOMPARE(badge.size(), 2);
    QVERIFY(!m_view->statusText().contains(QStringLiteral("Done:")));
}

void TestTodayView::markDoneOfOtherItemsIsADismissal()
{
    addTypicalDay();
    const QString waiting = key(AgendaItem::WaitingForReply, m_waiting);
    select(waiting);
    action("actionTodayDone")->trigger();
    const std::optional<Dismissal> dismissal = m_ws->workspace.dismissals().findByKey(waiting);
    QVERIFY(dismissal);
    QVERIFY(!dismissal->until.isValid());
    QVERIFY(!model()->indexOfKey(waiting).isValid());
    // It was the last item: the one before it is selected.
    QCOMPARE(currentKey(), key(AgendaItem::NeedsReferrals, m_doneInterview));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Mark “No reply from Dev Shah for 8 days” done"));
    m_undo->undo();
    QTRY_VERIFY(model()->indexOfKey(waiting).isValid());
}

void TestTodayView::snoozeFollowUp()
{
    addTypicalDay();
    select(key(AgendaItem::FollowUpDue, m_dueToday));
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_ws->workspace.followUps().find(m_dueToday)->snoozedUntil, at(1, 9));
    QVERIFY(!model()->indexOfKey(key(AgendaItem::FollowUpDue, m_dueToday)).isValid());
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Snoozed until Thu 26 Nov 09:00")),
             qPrintable(m_view->statusText()));
    m_undo->undo();
    QTRY_VERIFY(model()->indexOfKey(key(AgendaItem::FollowUpDue, m_dueToday)).isValid());
    QVERIFY(!m_ws->workspace.followUps().find(m_dueToday)->snoozedUntil.isValid());

    // A week, from the menu's shortcut.
    select(key(AgendaItem::FollowUpDue, m_dueToday));
    QTest::keyClick(list(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_ws->workspace.followUps().find(m_dueToday)->snoozedUntil, at(7, 9));
}

void TestTodayView::snoozeOtherItems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<int>("days");
    QTest::newRow("interview, 1 day") << int(AgendaItem::UpcomingInterview) << QStringLiteral("actionTodaySnooze1")
                                      << 1;
    QTest::newRow("referrals, 3 days") << int(AgendaItem::NeedsReferrals) << QStringLiteral("actionTodaySnooze3") << 3;
    QTest::newRow("waiting, 1 week") << int(AgendaItem::WaitingForReply) << QStringLiteral("actionTodaySnooze7") << 7;
}

void TestTodayView::snoozeOtherItems()
{
    QFETCH(int, kind);
    QFETCH(QString, actionName);
    QFETCH(int, days);
    addTypicalDay();
    const qint64 id = kind == AgendaItem::UpcomingInterview ? m_interview
                      : kind == AgendaItem::NeedsReferrals  ? m_doneInterview
                                                            : m_waiting;
    const QString itemKey = key(AgendaItem::Kind(kind), id);
    select(itemKey);
    m_view->findChild<QAction *>(actionName)->trigger();
    const std::optional<Dismissal> dismissal = m_ws->workspace.dismissals().findByKey(itemKey);
    QVERIFY(dismissal);
    QCOMPARE(dismissal->until, at(days, 9));
    QVERIFY(!model()->indexOfKey(itemKey).isValid());

    // Back on that morning.
    m_now = at(days, 9, 1);
    model()->refresh();
    QVERIFY(model()->indexOfKey(itemKey).isValid() || kind == AgendaItem::UpcomingInterview);
    m_now = at(0, 10);
    model()->refresh();
    m_undo->undo();
    QTRY_VERIFY(model()->indexOfKey(itemKey).isValid());
    QVERIFY(!m_ws->workspace.dismissals().findByKey(itemKey));
}

void TestTodayView::openRequestsTheRecord_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("area");
    QTest::newRow("follow-up") << int(AgendaItem::FollowUpDue) << QStringLiteral("people");
    QTest::newRow("interview") << int(AgendaItem::UpcomingInterview) << QStringLiteral("interviews");
    QTest::newRow("referrals") << int(AgendaItem::NeedsReferrals) << QStringLiteral("interviews");
    QTest::newRow("waiting") << int(AgendaItem::WaitingForReply) << QStringLiteral("people");
}

void TestTodayView::openRequestsTheRecord()
{
    QFETCH(int, kind);
    QFETCH(QString, area);
    addTypicalDay();
    struct Expected
    {
        qint64 record;
        qint64 opened;
    };
    const Expected expected[] = {
        {m_overdue, m_ana}, {m_interview, m_interview}, {m_doneInterview, m_doneInterview}, {m_waiting, m_dev}};
    select(key(AgendaItem::Kind(kind), expected[kind].record));
    QSignalSpy requested(m_view.get(), &AreaView::recordRequested);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toString(), area);
    QCOMPARE(requested.constFirst().at(1).toLongLong(), expected[kind].opened);
    action("actionTodayOpen")->trigger();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1), requested.at(0));
}

void TestTodayView::doubleClickOpens()
{
    addTypicalDay();
    QSignalSpy requested(m_view.get(), &AreaView::recordRequested);
    const QModelIndex index =
        model()->indexOfKey(key(AgendaItem::UpcomingInterview, m_interview), AgendaModel::TitleColumn);
    const QPoint centre = list()->visualRect(index).center();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toString(), QStringLiteral("interviews"));
    QCOMPARE(requested.constFirst().at(1).toLongLong(), m_interview);

    // A section heading opens nothing, and a click on it leaves the selection alone.
    requested.clear();
    const QPoint heading = list()->visualRect(model()->sectionIndex(AgendaItem::NeedsReferrals)).center();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, heading);
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, heading);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(currentKey(), key(AgendaItem::UpcomingInterview, m_interview));
}

void TestTodayView::arrowKeysSkipHeadings()
{
    addTypicalDay();
    list()->setFocus();
    select(key(AgendaItem::FollowUpDue, m_dueToday));
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(currentKey(), key(AgendaItem::UpcomingInterview, m_interview));
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(currentKey(), key(AgendaItem::NeedsReferrals, m_doneInterview));
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(currentKey(), key(AgendaItem::UpcomingInterview, m_interview));
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_dueToday));
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_overdue));
    // Up from the first item stays there.
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_overdue));
    QVERIFY(action("actionTodayDone")->isEnabled());

    // Home and End, and hidden (empty) sections, too.
    QTest::keyClick(list(), Qt::Key_End);
    QCOMPARE(currentKey(), key(AgendaItem::WaitingForReply, m_waiting));
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_overdue));
    m_undo->push(m_ws->workspace.workflow().dismissAgendaItem(key(AgendaItem::UpcomingInterview, m_interview), {},
                                                              QStringLiteral("Done")));
    m_undo->push(m_ws->workspace.workflow().dismissAgendaItem(key(AgendaItem::NeedsReferrals, m_doneInterview), {},
                                                              QStringLiteral("Done")));
    QTRY_COMPARE(model()->shownCount(), 3);
    select(key(AgendaItem::FollowUpDue, m_dueToday));
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(currentKey(), key(AgendaItem::WaitingForReply, m_waiting));
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_dueToday));
}

void TestTodayView::rescheduleThroughDialog()
{
    addTypicalDay();
    select(key(AgendaItem::UpcomingInterview, m_interview));
    QVERIFY(!action("actionTodayReschedule")->isEnabled());
    select(key(AgendaItem::FollowUpDue, m_overdue));
    QVERIFY(action("actionTodayReschedule")->isEnabled());

    bool seen = false;
    onDialog([&](QDialog *dialog) {
        seen = true;
        auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("dueEdit"));
        QVERIFY(edit);
        // An overdue follow-up starts from tomorrow morning.
        QCOMPARE(edit->dateTime(), QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
        setDue(edit, at(2, 11, 30));
        dialog->accept();
    });
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(seen);
    QCOMPARE(m_ws->workspace.followUps().find(m_overdue)->dueAt, at(2, 11, 30));
    QVERIFY(!model()->indexOfKey(key(AgendaItem::FollowUpDue, m_overdue)).isValid());
    QCOMPARE(m_undo->undoText(), QStringLiteral("Reschedule follow-up"));
    m_undo->undo();
    QTRY_VERIFY(model()->indexOfKey(key(AgendaItem::FollowUpDue, m_overdue)).isValid());
    QCOMPARE(m_ws->workspace.followUps().find(m_overdue)->dueAt, at(-2, 9));

    // Cancel changes nothing.
    select(key(AgendaItem::FollowUpDue, m_overdue));
    onDialog([](QDialog *dialog) {
        dialog->reject();
    });
    const int before = m_undo->count();
    m_view->rescheduleCurrent();
    QCOMPARE(m_undo->count(), before);
}

void TestTodayView::newFollowUpThroughDialog()
{
    addTypicalDay();
    select(key(AgendaItem::UpcomingInterview, m_interview));
    bool seen = false;
    onDialog([&](QDialog *dialog) {
        seen = true;
        auto *person = dialog->findChild<QLineEdit *>(QStringLiteral("personEdit"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *due = dialog->findChild<QDateTimeEdit *>(QStringLiteral("dueEdit"));
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(person && kind && due && note && buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        // The selected item's person is suggested; tomorrow morning is the default.
        QCOMPARE(person->text(), QStringLiteral("Ben Okafor"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(due->dateTime(), QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
        QVERIFY(person->completer());

        person->clear();
        QTest::keyClicks(person, QStringLiteral("Nobody Known"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("personHint"))->text().contains(QStringLiteral("Nobody Known")));
        person->setText(QStringLiteral("cleo park"));
        QVERIFY(ok->isEnabled());
        kind->setCurrentIndex(kind->findData(int(FollowUpKind::SendUpdate)));
        setDue(due, at(0, 18));
        note->setPlainText(QStringLiteral("Send the portfolio link"));
        ok->click();
    });
    m_view->addNew();
    QVERIFY(seen);
    const AgendaItem *item = m_view->currentItem();
    QVERIFY(item);
    QCOMPARE(item->kind, AgendaItem::FollowUpDue);
    const std::optional<FollowUp> added = m_ws->workspace.followUps().find(item->recordId);
    QVERIFY(added);
    QCOMPARE(added->personId, m_cleo);
    QCOMPARE(added->kind, FollowUpKind::SendUpdate);
    QCOMPARE(added->dueAt, at(0, 18));
    QCOMPARE(added->note, QStringLiteral("Send the portfolio link"));
    QVERIFY2(
        m_view->statusText().startsWith(QStringLiteral("Added a follow-up with Cleo Park, due Wed 25 Nov 18:00 · ")),
        qPrintable(m_view->statusText()));
    QCOMPARE(m_view->badgeCount(), 3);

    m_undo->undo();
    QVERIFY(!m_ws->workspace.followUps().find(added->id));
    QTRY_COMPARE(m_view->badgeCount(), 2);
}

void TestTodayView::newFollowUpForLaterSaysWhen()
{
    addTypicalDay();
    onDialog([this](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("personEdit"))->setText(QStringLiteral("Dev Shah"));
        setDue(dialog->findChild<QDateTimeEdit *>(QStringLiteral("dueEdit")), at(6, 9));
        dialog->accept();
    });
    m_view->addNew();
    QCOMPARE(m_ws->workspace.followUps().forPerson(m_dev).size(), 1);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("due Tue 1 Dec 09:00; it appears here on that day")),
             qPrintable(m_view->statusText()));
    QCOMPARE(model()->shownCount(), 5);

    // Cancelling adds nothing.
    onDialog([](QDialog *dialog) {
        dialog->reject();
    });
    m_view->addNew();
    QCOMPARE(m_ws->workspace.followUps().forPerson(m_dev).size(), 1);
}

void TestTodayView::deleteOnlyFollowUps()
{
    addTypicalDay();
    QSignalSpy canDelete(m_view.get(), &AreaView::canDeleteChanged);
    select(key(AgendaItem::NeedsReferrals, m_doneInterview));
    QVERIFY(!m_view->canDelete());
    QVERIFY(!canDelete.isEmpty());
    m_view->deleteSelected();
    QVERIFY(model()->indexOfKey(key(AgendaItem::NeedsReferrals, m_doneInterview)).isValid());
    QCOMPARE(m_undo->count(), 0);

    select(key(AgendaItem::FollowUpDue, m_dueToday));
    QVERIFY(m_view->canDelete());
    m_view->deleteSelected();
    QVERIFY(!m_ws->workspace.followUps().find(m_dueToday));
    QVERIFY(!model()->indexOfKey(key(AgendaItem::FollowUpDue, m_dueToday)).isValid());
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("Deleted “Send an update to Ana Ruiz”")));
    m_undo->undo();
    QVERIFY(m_ws->workspace.followUps().find(m_dueToday));
    QTRY_VERIFY(model()->indexOfKey(key(AgendaItem::FollowUpDue, m_dueToday)).isValid());
}

void TestTodayView::filterAndClearFilter()
{
    addTypicalDay();
    m_view->setFilterText(QStringLiteral("okafor"));
    QCOMPARE(model()->shownCount(), 1);
    QVERIFY(list()->isRowHidden(AgendaItem::FollowUpDue, QModelIndex()));
    QVERIFY(!list()->isRowHidden(AgendaItem::UpcomingInterview, QModelIndex()));
    QCOMPARE(currentKey(), key(AgendaItem::UpcomingInterview, m_interview));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("1 of 5 shown")), qPrintable(m_view->statusText()));

    m_view->setFilterText(QStringLiteral("nobody at all"));
    auto *noMatch = m_view->findChild<EmptyState *>(QStringLiteral("noMatchState"));
    QCOMPARE(currentPage(), noMatch);
    QCOMPARE(noMatch->title(), QStringLiteral("Nothing on Today matches “nobody at all”"));
    QSignalSpy cleared(m_view.get(), &TodayView::filterClearRequested);
    noMatch->findChild<QPushButton *>()->click();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(model()->filterText(), QString());
    QCOMPARE(currentPage(), list());
    QCOMPARE(model()->shownCount(), 5);
}

void TestTodayView::selectionSurvivesChanges()
{
    addTypicalDay();
    const QString chosen = key(AgendaItem::FollowUpDue, m_dueToday);
    select(chosen);
    QSignalSpy reset(model(), &QAbstractItemModel::modelAboutToBeReset);
    addFollowUp(m_ben, at(-5, 9));                                      // a row above it
    QVERIFY(m_ws->workspace.followUps().remove(m_overdue).has_value()); // and one taken away
    FollowUp f = *m_ws->workspace.followUps().find(m_dueToday);
    f.note = QStringLiteral("edited");
    QVERIFY(m_ws->workspace.followUps().update(f));
    QTRY_COMPARE(model()->shownCount(), 5);
    QCOMPARE(currentKey(), chosen);
    QCOMPARE(reset.size(), 0);
}

void TestTodayView::badgeFollowsFollowUpsDue()
{
    addTypicalDay();
    QSignalSpy badge(m_view.get(), &AreaView::badgeCountChanged);
    addFollowUp(m_cleo, at(0, 17));
    QTRY_COMPARE(badge.size(), 1);
    QCOMPARE(m_view->badgeCount(), 3);
    // Other changes leave it alone.
    addInterview(m_cleo, at(1, 9), InterviewStatus::Scheduled);
    QTRY_COMPARE(model()->shownCount(), 7);
    QCOMPARE(badge.size(), 1);
    // The filter does not change what is due.
    m_view->setFilterText(QStringLiteral("Okafor"));
    QCOMPARE(m_view->badgeCount(), 3);
}

void TestTodayView::showRecordSelectsFollowUp()
{
    addTypicalDay();
    select(key(AgendaItem::WaitingForReply, m_waiting));
    m_view->showRecord(m_dueToday);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_dueToday));
    m_view->showRecord(987654);
    QCOMPARE(currentKey(), key(AgendaItem::FollowUpDue, m_dueToday));
}

QTEST_MAIN(TestTodayView)

#include "tst_todayview.moc"
