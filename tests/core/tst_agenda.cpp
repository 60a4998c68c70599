#include "agenda.h"
#include "testsupport.h"
#include "workspace.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

// Agenda::compute() section by section, at a fixed time in a fixed zone (UTC+1): Wednesday
// 25 November 2026, 10:00.
class TestAgenda final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followUpsDueByEndOfToday();
    void interviewsInTheComingDays();
    void interviewsFurtherAheadWithMoreDays();
    void doneInterviewsNeedTwoReferrals();
    void waitingForAReplyAfterAWeek();
    void dismissalsHideItems();
    void snoozedDismissalsComeBack();
    void undoBringsItemsBack();
    void keysAreStable();
    void textHasASectionPerKind();
    void textWhenNothingIsDue();

private:
    QDateTime at(int days, int hour, int minute = 0) const
    {
        return QDateTime(m_today.addDays(days), QTime(hour, minute), m_zone).toUTC();
    }
    qint64 addPerson(const QString &first, const QString &last);
    qint64 addFollowUp(qint64 personId, const QDateTime &due, FollowUpKind kind = FollowUpKind::Other,
                       const QDateTime &snoozedUntil = {}, const QDateTime &doneAt = {});
    qint64 addInterview(qint64 personId, const QDateTime &start, InterviewStatus status, int minutes = 30);
    void addReferrals(qint64 interviewId, qint64 fromId, int count);
    qint64 addOutreach(qint64 personId, const QDateTime &when, OutreachResult result = OutreachResult::Waiting);
    QList<AgendaItem> compute(int days = Agenda::kDefaultDays) const { return compute(m_now, days); }
    QList<AgendaItem> compute(const QDateTime &now, int days = Agenda::kDefaultDays) const
    {
        return Agenda::compute(m_ws->workspace, now, days, m_zone);
    }
    static QList<qint64> idsOf(const QList<AgendaItem> &items, AgendaItem::Kind kind);

    const QTimeZone m_zone = QTimeZone(3600);
    const QDate m_today = QDate(2026, 11, 25);
    QDateTime m_now;
    std::unique_ptr<InroadTest::TempWorkspace> m_ws;
};

void TestAgenda::init()
{
    m_now = at(0, 10);
    m_ws = std::make_unique<InroadTest::TempWorkspace>();
    Workflow &workflow = m_ws->workspace.workflow();
    workflow.setClock([this] {
        return m_now;
    });
    workflow.setTimeZone(m_zone);
}

void TestAgenda::cleanup()
{
    m_ws.reset();
}

qint64 TestAgenda::addPerson(const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    if (!m_ws->workspace.people().add(p))
        qFatal("cannot add person: %s", qPrintable(m_ws->workspace.people().lastError()));
    return p.id;
}

qint64 TestAgenda::addFollowUp(qint64 personId, const QDateTime &due, FollowUpKind kind, const QDateTime &snoozedUntil,
                               const QDateTime &doneAt)
{
    FollowUp f;
    f.personId = personId;
    f.kind = kind;
    f.dueAt = due;
    f.snoozedUntil = snoozedUntil;
    f.doneAt = doneAt;
    f.note = QStringLiteral("a note");
    if (!m_ws->workspace.followUps().add(f))
        qFatal("cannot add follow-up: %s", qPrintable(m_ws->workspace.followUps().lastError()));
    return f.id;
}

qint64 TestAgenda::addInterview(qint64 personId, const QDateTime &start, InterviewStatus status, int minutes)
{
    Interview i;
    i.personId = personId;
    i.scheduledStart = start;
    i.agreedMinutes = minutes;
    i.status = status;
    i.mode = InterviewMode::Phone;
    if (!m_ws->workspace.interviews().add(i))
        qFatal("cannot add interview: %s", qPrintable(m_ws->workspace.interviews().lastError()));
    return i.id;
}

void TestAgenda::addReferrals(qint64 interviewId, qint64 fromId, int count)
{
    for (int n = 0; n < count; ++n) {
        Referral r;
        r.referrerId = fromId;
        r.referredId = addPerson(QStringLiteral("Referred"), QString::number(interviewId * 10 + n));
        r.interviewId = interviewId;
        r.referredOn = m_today;
        if (!m_ws->workspace.referrals().add(r))
            qFatal("cannot add referral: %s", qPrintable(m_ws->workspace.referrals().lastError()));
    }
}

qint64 TestAgenda::addOutreach(qint64 personId, const QDateTime &when, OutreachResult result)
{
    OutreachAttempt a;
    a.personId = personId;
    a.attemptedAt = when;
    a.channel = OutreachChannel::Email;
    a.result = result;
    if (!m_ws->workspace.outreach().add(a))
        qFatal("cannot add outreach: %s", qPrintable(m_ws->workspace.outreach().lastError()));
    return a.id;
}

QList<qint64> TestAgenda::idsOf(const QList<AgendaItem> &items, AgendaItem::Kind kind)
{
    QList<qint64> ids;
    for (const AgendaItem &item : items) {
        if (item.kind == kind)
            ids << item.recordId;
    }
    return ids;
}

void TestAgenda::followUpsDueByEndOfToday()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 overdue = addFollowUp(ana, at(-2, 9), FollowUpKind::ThankYou);
    const qint64 lateLastNight = addFollowUp(ana, at(-1, 23, 59));
    const qint64 thisAfternoon = addFollowUp(ana, at(0, 15), FollowUpKind::KeepInTouch);
    const qint64 lateTonight = addFollowUp(ana, at(0, 23, 30));
    addFollowUp(ana, at(1, 0, 0));                                    // tomorrow: not yet
    addFollowUp(ana, at(1, 9));                                       // tomorrow: not yet
    addFollowUp(ana, at(-3, 9), FollowUpKind::Other, {}, at(-1, 12)); // done
    addFollowUp(ana, at(-3, 9), FollowUpKind::Other, at(1, 9));       // snoozed until tomorrow
    const qint64 snoozeOver = addFollowUp(ana, at(-3, 9), FollowUpKind::Other, at(0, 9));

    const QList<AgendaItem> items = compute();
    QCOMPARE(idsOf(items, AgendaItem::FollowUpDue),
             (QList<qint64>{overdue, lateLastNight, snoozeOver, thisAfternoon, lateTonight}));
    for (const AgendaItem &item : items) {
        QCOMPARE(item.personId, ana);
        const bool expectOverdue = item.recordId == overdue || item.recordId == lateLastNight;
        QVERIFY2(item.overdue == expectOverdue, qPrintable(item.key()));
    }
    QCOMPARE(items.constFirst().title, QStringLiteral("Send a thank-you note to Ana Ruiz"));
    QCOMPARE(items.constFirst().detail, QStringLiteral("a note"));
    QCOMPARE(items.constFirst().when, at(-2, 9));
    // A snoozed follow-up shows at its snooze time.
    QCOMPARE(items.at(2).when, at(0, 9));
    QVERIFY(!items.at(2).overdue);
    QVERIFY(items.at(1).overdue);

    // The next day, this afternoon's is overdue too.
    const QList<AgendaItem> tomorrow = compute(at(1, 8));
    QCOMPARE(idsOf(tomorrow, AgendaItem::FollowUpDue).size(), 8); // with the three due or snoozed until tomorrow
    for (const AgendaItem &item : tomorrow) {
        if (item.recordId == thisAfternoon)
            QVERIFY(item.overdue);
    }
}

void TestAgenda::interviewsInTheComingDays()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 today = addInterview(ana, at(0, 14), InterviewStatus::Scheduled);
    addInterview(ana, at(0, 8), InterviewStatus::Scheduled, 30); // already over
    const qint64 running = addInterview(ben, at(0, 9, 45), InterviewStatus::Scheduled, 30);
    const qint64 inSeven = addInterview(ben, at(7, 23), InterviewStatus::Scheduled);
    addInterview(ben, at(8, 9), InterviewStatus::Scheduled); // eight days ahead
    addInterview(ana, at(2, 9), InterviewStatus::Cancelled);
    addInterview(ana, at(-1, 9), InterviewStatus::Scheduled); // yesterday
    const qint64 requested = addInterview(ben, at(3, 11), InterviewStatus::Requested);

    const QList<AgendaItem> items = compute();
    QCOMPARE(idsOf(items, AgendaItem::UpcomingInterview), (QList<qint64>{running, today, requested, inSeven}));
    const AgendaItem &first = items.at(1);
    QCOMPARE(first.kind, AgendaItem::UpcomingInterview);
    QCOMPARE(first.interviewId, today);
    QCOMPARE(first.personId, ana);
    QCOMPARE(first.title, QStringLiteral("Interview with Ana Ruiz"));
    QVERIFY2(first.detail.contains(QStringLiteral("30 minutes")), qPrintable(first.detail));
    QVERIFY(!first.overdue);
}

void TestAgenda::interviewsFurtherAheadWithMoreDays()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 inEight = addInterview(ana, at(8, 9), InterviewStatus::Scheduled);
    QVERIFY(idsOf(compute(7), AgendaItem::UpcomingInterview).isEmpty());
    QCOMPARE(idsOf(compute(8), AgendaItem::UpcomingInterview), QList<qint64>{inEight});
    QCOMPARE(idsOf(compute(1), AgendaItem::UpcomingInterview), QList<qint64>());
}

void TestAgenda::doneInterviewsNeedTwoReferrals()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 oneName = addInterview(ana, at(-5, 10), InterviewStatus::Done);
    addReferrals(oneName, ana, 1);
    const qint64 twoNames = addInterview(ben, at(-4, 10), InterviewStatus::Done);
    addReferrals(twoNames, ben, 2);
    addInterview(ana, at(-31, 10), InterviewStatus::Done); // too long ago
    const qint64 recent = addInterview(ben, at(-29, 10), InterviewStatus::Done);
    const qint64 yesterday = addInterview(ben, at(-1, 16), InterviewStatus::Done);
    addInterview(ana, at(-2, 10), InterviewStatus::Scheduled); // never marked done

    const QList<AgendaItem> items = compute();
    // Latest first.
    QCOMPARE(idsOf(items, AgendaItem::NeedsReferrals), (QList<qint64>{yesterday, oneName, recent}));
    for (const AgendaItem &item : items) {
        if (item.kind != AgendaItem::NeedsReferrals)
            continue;
        QCOMPARE(item.interviewId, item.recordId);
        if (item.recordId == oneName) {
            QCOMPARE(item.title, QStringLiteral("Ask Ana Ruiz for referrals"));
            QVERIFY2(item.detail.startsWith(QStringLiteral("One name")), qPrintable(item.detail));
        } else {
            QVERIFY2(item.detail.startsWith(QStringLiteral("No names")), qPrintable(item.detail));
        }
    }

    // A second name settles it.
    addReferrals(oneName, ana, 1);
    QCOMPARE(idsOf(compute(), AgendaItem::NeedsReferrals), (QList<qint64>{yesterday, recent}));
}

void TestAgenda::waitingForAReplyAfterAWeek()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 cleo = addPerson(QStringLiteral("Cleo"), QStringLiteral("Park"));
    const qint64 dev = addPerson(QStringLiteral("Dev"), QStringLiteral("Shah"));
    const qint64 eightDays = addOutreach(ana, at(-8, 9));
    addOutreach(ben, at(-6, 9));                            // not a week yet
    addOutreach(cleo, at(-8, 9), OutreachResult::Positive); // answered
    addOutreach(dev, at(-10, 9));
    addOutreach(dev, at(-9, 9), OutreachResult::Positive); // a later answer ends the wait

    const QList<AgendaItem> items = compute();
    QCOMPARE(idsOf(items, AgendaItem::WaitingForReply), QList<qint64>{eightDays});
    const AgendaItem &item = items.constLast();
    QCOMPARE(item.personId, ana);
    QCOMPARE(item.title, QStringLiteral("No reply from Ana Ruiz for 8 days"));
    QCOMPARE(item.when, at(-8, 9));

    // Two days later Ben has waited a week too.
    QCOMPARE(idsOf(compute(at(2, 10)), AgendaItem::WaitingForReply).size(), 2);
}

void TestAgenda::dismissalsHideItems()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 followUp = addFollowUp(ana, at(0, 9));
    addInterview(ana, at(1, 10), InterviewStatus::Scheduled);
    addInterview(ana, at(-3, 10), InterviewStatus::Done);
    addOutreach(addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor")), at(-9, 9));
    const QList<AgendaItem> items = compute();
    QCOMPARE(items.size(), 4);

    DismissalRepository &dismissals = m_ws->workspace.dismissals();
    for (const AgendaItem &item : items) {
        Dismissal d;
        d.itemKey = item.key();
        QVERIFY(dismissals.add(d));
    }
    // Done for good hides every kind but follow-ups, which keep their own done and snooze dates.
    QCOMPARE(compute().size(), 1);
    QCOMPARE(compute().constFirst().recordId, followUp);
    // ... and for good: weeks later, when both would still be listed, they stay hidden.
    const QList<AgendaItem> later = compute(at(20, 10));
    QVERIFY(idsOf(later, AgendaItem::NeedsReferrals).isEmpty());
    QVERIFY(idsOf(later, AgendaItem::WaitingForReply).isEmpty());

    // A dismissal names one item: a new interview of the same person is listed.
    const qint64 other = addInterview(ana, at(2, 10), InterviewStatus::Scheduled);
    QCOMPARE(idsOf(compute(), AgendaItem::UpcomingInterview), QList<qint64>{other});
}

void TestAgenda::snoozedDismissalsComeBack()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 done = addInterview(ana, at(-3, 10), InterviewStatus::Done);
    const QList<AgendaItem> items = compute();
    QCOMPARE(items.size(), 1);

    Dismissal snooze;
    snooze.itemKey = items.constFirst().key();
    snooze.until = at(1, 9);
    QVERIFY(m_ws->workspace.dismissals().add(snooze));
    QVERIFY(compute().isEmpty());
    QVERIFY(compute(at(1, 8, 59)).isEmpty());
    QCOMPARE(idsOf(compute(at(1, 9, 1)), AgendaItem::NeedsReferrals), QList<qint64>{done});
}

void TestAgenda::undoBringsItemsBack()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 followUp = addFollowUp(ana, at(-1, 9));
    const qint64 interview = addInterview(ana, at(2, 10), InterviewStatus::Scheduled);
    Workflow &workflow = m_ws->workspace.workflow();
    QUndoStack stack;
    const QStringList before = InroadTest::dumpTables(m_ws->db().connection());
    const auto keys = [this] {
        QStringList out;
        for (const AgendaItem &item : compute())
            out << item.key();
        return out;
    };
    const QStringList all = keys();
    QCOMPARE(all.size(), 2);

    // Mark the follow-up done, then undo.
    stack.push(workflow.completeFollowUp(*m_ws->workspace.followUps().find(followUp)));
    QCOMPARE(keys(), QStringList{all.at(1)});
    QVERIFY(m_ws->workspace.followUps().find(followUp)->isDone());
    stack.undo();
    QCOMPARE(keys(), all);

    // Snooze it for three days: gone until the morning of the 28th.
    stack.push(workflow.snoozeFollowUp(*m_ws->workspace.followUps().find(followUp), 3));
    QCOMPARE(m_ws->workspace.followUps().find(followUp)->snoozedUntil, at(3, 9));
    QCOMPARE(keys(), QStringList{all.at(1)});
    QCOMPARE(idsOf(compute(at(3, 9, 30)), AgendaItem::FollowUpDue), QList<qint64>{followUp});
    stack.undo();
    QCOMPARE(keys(), all);

    // The interview: done for good, and snoozed; each undone.
    const QString interviewKey = all.at(1);
    stack.push(workflow.dismissAgendaItem(interviewKey, QDateTime(), QStringLiteral("Mark done")));
    QCOMPARE(keys(), QStringList{all.at(0)});
    stack.undo();
    QCOMPARE(keys(), all);
    stack.push(workflow.dismissAgendaItem(interviewKey, at(1, 9), QStringLiteral("Snooze")));
    QCOMPARE(keys(), QStringList{all.at(0)});
    QCOMPARE(compute(at(1, 10)).size(), 2);
    stack.undo();
    QCOMPARE(keys(), all);
    QCOMPARE(InroadTest::dumpTables(m_ws->db().connection()), before);

    // Redo replays the same edits.
    stack.redo();
    QCOMPARE(keys(), QStringList{all.at(0)});
    Q_UNUSED(interview)
}

void TestAgenda::keysAreStable()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 followUp = addFollowUp(ana, at(0, 9));
    const QString key = compute().constFirst().key();
    FollowUp f = *m_ws->workspace.followUps().find(followUp);
    f.note = QStringLiteral("another note");
    f.dueAt = at(-1, 9);
    QVERIFY(m_ws->workspace.followUps().update(f));
    const AgendaItem item = compute().constFirst();
    QCOMPARE(item.key(), key);
    QVERIFY(item.overdue);
    QCOMPARE(item.detail, QStringLiteral("another note"));
}

void TestAgenda::textHasASectionPerKind()
{
    const qint64 ana = addPerson(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    addFollowUp(ana, at(-1, 9), FollowUpKind::ThankYou);
    addInterview(ana, at(1, 14), InterviewStatus::Scheduled);
    addInterview(ana, at(-2, 14), InterviewStatus::Done);
    addOutreach(addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor")), at(-8, 9));

    const QString text = Agenda::toText(compute(), m_now, m_zone);
    QVERIFY2(text.startsWith(QStringLiteral("Today, Wednesday 25 November 2026\n")), qPrintable(text));
    for (const char *section :
         {"Follow-ups due (1)", "Coming interviews (1)", "Ask for referrals (1)", "Waiting for a reply (1)"})
        QVERIFY2(text.contains(QLatin1String(section)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tue 24 Nov 09:00 (overdue)  Send a thank-you note to Ana Ruiz")),
             qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Follow-ups due")) < text.indexOf(QStringLiteral("Coming interviews")));
}

void TestAgenda::textWhenNothingIsDue()
{
    const QString text = Agenda::toText(compute(), m_now, m_zone);
    QCOMPARE(text.count(QLatin1Char('\n')), 2);
    QVERIFY(!text.contains(QStringLiteral("Follow-ups due")));
}

QTEST_GUILESS_MAIN(TestAgenda)

#include "tst_agenda.moc"
