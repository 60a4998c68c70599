#include "agenda.h"
#include "testsupport.h"
#include "workflow.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// A workspace whose rules run on a fixed clock in Chicago.
struct Fixture
{
    TempWorkspace temp;
    QUndoStack stack;
    QDateTime now = utc("2026-03-02T18:00:00Z");
    qint64 personId = 0;

    Fixture()
    {
        Workflow &w = temp.workspace.workflow();
        w.setClock([this] { return now; });
        w.setTimeZone(QTimeZone("America/Chicago"));
        Person p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Ruiz");
        if (!temp.workspace.people().add(p))
            qFatal("cannot add person");
        personId = p.id;
    }
    Workspace &ws() { return temp.workspace; }
    Workflow &workflow() { return temp.workspace.workflow(); }
    Person person() { return *ws().people().find(personId); }
    PipelineStage stage() { return person().stage; }
    QList<FollowUp> followUps() { return ws().followUps().forPerson(personId); }
    std::optional<FollowUp> keepInTouch() { return ws().followUps().openKeepInTouch(personId); }

    bool push(QUndoCommand *command)
    {
        const int before = stack.count();
        stack.push(command);
        return stack.count() == before + 1;
    }
    OutreachAttempt log(const QDateTime &when, OutreachResult result = OutreachResult::Waiting)
    {
        OutreachAttempt a;
        a.personId = personId;
        a.attemptedAt = when;
        a.result = result;
        push(workflow().logOutreach(a));
        return ws().outreach().forPerson(personId).constFirst();
    }
    Interview interview(InterviewStatus status, const QDateTime &start)
    {
        Interview i;
        i.personId = personId;
        i.status = status;
        i.scheduledStart = start;
        i.agreedMinutes = 30;
        push(workflow().addInterview(i));
        return ws().interviews().forPerson(personId).constLast();
    }
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void pipelineMovesWithTheLogAndBackWithUndo()
    {
        Fixture f;
        QCOMPARE(f.stage(), PipelineStage::Identified);
        f.log(utc("2026-03-01T15:00:00Z"));
        QCOMPARE(f.stage(), PipelineStage::Contacted);
        Interview i = f.interview(InterviewStatus::Scheduled, utc("2026-03-05T16:00:00Z"));
        QCOMPARE(f.stage(), PipelineStage::Scheduled);

        Interview done = i;
        done.status = InterviewStatus::Done;
        QVERIFY(f.push(f.workflow().editInterview(i, done)));
        QCOMPARE(f.stage(), PipelineStage::Interviewed);

        Interview thanked = done;
        thanked.thanksSentOn = QDate(2026, 3, 6);
        QVERIFY(f.push(f.workflow().editInterview(done, thanked)));
        QCOMPARE(f.stage(), PipelineStage::Thanked);

        f.now = utc("2026-04-10T18:00:00Z");
        f.log(utc("2026-04-10T17:00:00Z"), OutreachResult::Positive);
        QCOMPARE(f.stage(), PipelineStage::KeepingInTouch);

        for (PipelineStage expected : {PipelineStage::Thanked, PipelineStage::Interviewed, PipelineStage::Scheduled,
                                       PipelineStage::Contacted, PipelineStage::Identified}) {
            f.stack.undo();
            QCOMPARE(f.stage(), expected);
        }
        QVERIFY(f.followUps().isEmpty());
        QVERIFY(f.ws().interviews().forPerson(f.personId).isEmpty());
        while (f.stack.canRedo())
            f.stack.redo();
        QCOMPARE(f.stage(), PipelineStage::KeepingInTouch);
    }

    void aStageSetByHandIsKeptUntilTheLogPassesIt()
    {
        Fixture f;
        Person before = f.person();
        Person after = before;
        after.setValue(Person::Stage, int(PipelineStage::Scheduled)); // as the form does
        QVERIFY(f.push(f.workflow().editPerson(before, after, QStringLiteral("Set stage"))));
        f.log(utc("2026-03-01T15:00:00Z"));
        QCOMPARE(f.stage(), PipelineStage::Scheduled);
        QVERIFY(f.person().stageSetByHand);
        Interview i = f.interview(InterviewStatus::Done, utc("2026-03-01T16:00:00Z"));
        QCOMPARE(f.stage(), PipelineStage::Interviewed);
        QVERIFY(!f.person().stageSetByHand);
    }

    void aDoneInterviewAsksForAThankYouWithin48Hours()
    {
        Fixture f;
        const Interview i = f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        const std::optional<FollowUp> thanks = f.ws().followUps().openThankYou(i.id);
        QVERIFY(thanks);
        QCOMPARE(thanks->dueAt, utc("2026-03-04T15:30:00Z"));

        // Moving the interview moves the deadline.
        Interview moved = i;
        moved.scheduledStart = utc("2026-03-02T17:00:00Z");
        QVERIFY(f.push(f.workflow().editInterview(i, moved)));
        QCOMPARE(f.ws().followUps().openThankYou(i.id)->dueAt, utc("2026-03-04T17:30:00Z"));

        // Recording the thank-you closes it; undo opens it again.
        Interview thanked = moved;
        thanked.thanksSentOn = QDate(2026, 3, 2);
        QVERIFY(f.push(f.workflow().editInterview(moved, thanked)));
        QVERIFY(!f.ws().followUps().openThankYou(i.id));
        QVERIFY(f.ws().followUps().hasThankYou(i.id));
        f.stack.undo();
        QVERIFY(f.ws().followUps().openThankYou(i.id));
    }

    void markingTheThankYouDoneRecordsItOnTheInterview()
    {
        Fixture f;
        const Interview i = f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        const FollowUp thanks = *f.ws().followUps().openThankYou(i.id);
        f.now = utc("2026-03-03T20:00:00Z");
        QVERIFY(f.push(f.workflow().completeFollowUp(thanks)));
        QCOMPARE(f.ws().interviews().find(i.id)->thanksSentOn, QDate(2026, 3, 3));
        QVERIFY(f.ws().followUps().find(thanks.id)->isDone());
        QCOMPARE(f.stage(), PipelineStage::Thanked);
        f.stack.undo();
        QVERIFY(!f.ws().interviews().find(i.id)->thanked());
        QVERIFY(!f.ws().followUps().find(thanks.id)->isDone());
        QCOMPARE(f.stage(), PipelineStage::Interviewed);
    }

    void cancellingTheInterviewDropsItsThankYou()
    {
        Fixture f;
        const Interview i = f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        Interview cancelled = i;
        cancelled.status = InterviewStatus::Cancelled;
        QVERIFY(f.push(f.workflow().editInterview(i, cancelled)));
        QVERIFY(!f.ws().followUps().hasThankYou(i.id));
        f.stack.undo();
        QVERIFY(f.ws().followUps().openThankYou(i.id));
    }

    void keepInTouchMovesWithEveryInteraction()
    {
        Fixture f;
        f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z")); // ends 09:30 CST
        // Six weeks after the interview's day, at nine in the morning (CDT by then).
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-04-13T14:00:00Z"));

        // A message on 20 March moves it to six weeks after that.
        f.now = utc("2026-03-20T18:00:00Z");
        const OutreachAttempt a = f.log(utc("2026-03-20T17:00:00Z"), OutreachResult::Positive);
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-05-01T14:00:00Z"));
        // Logging something older never pulls it earlier.
        f.log(utc("2026-03-10T17:00:00Z"), OutreachResult::Positive);
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-05-01T14:00:00Z"));
        f.stack.undo();
        // Undoing the newer message puts the date back.
        f.stack.undo();
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-04-13T14:00:00Z"));
        Q_UNUSED(a)
    }

    void aPersonalCadenceOverridesTheDefault()
    {
        Fixture f;
        QCOMPARE(f.workflow().defaultCadenceWeeks(), 6);
        QVERIFY(f.workflow().setDefaultCadenceWeeks(4));
        f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-03-30T14:00:00Z"));

        Person before = f.person();
        Person after = before;
        after.keepInTouchWeeks = 2;
        QVERIFY(f.push(f.workflow().editPerson(before, after, QStringLiteral("Cadence"))));
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-03-16T14:00:00Z"));
        f.stack.undo();
        QCOMPARE(f.keepInTouch()->dueAt, utc("2026-03-30T14:00:00Z"));
    }

    void closingAKeepInTouchOpensTheNext()
    {
        Fixture f;
        f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        const FollowUp first = *f.keepInTouch();
        f.now = utc("2026-04-14T16:00:00Z");
        QVERIFY(f.push(f.workflow().completeFollowUp(first)));
        QVERIFY(f.ws().followUps().find(first.id)->isDone());
        const FollowUp next = *f.keepInTouch();
        QVERIFY(next.id != first.id);
        QCOMPARE(next.dueAt, utc("2026-05-26T14:00:00Z"));
        f.stack.undo();
        QCOMPARE(f.keepInTouch()->id, first.id);
        QVERIFY(!f.ws().followUps().find(next.id));
    }

    void snoozeAndReschedule()
    {
        Fixture f;
        FollowUp own;
        own.personId = f.personId;
        own.kind = FollowUpKind::SendUpdate;
        own.dueAt = utc("2026-03-01T15:00:00Z");
        QVERIFY(f.push(f.workflow().addFollowUp(own)));
        const FollowUp added = f.followUps().constFirst();
        QVERIFY(f.push(f.workflow().snoozeFollowUp(added, 3)));
        QCOMPARE(f.ws().followUps().find(added.id)->effectiveDue(), utc("2026-03-05T15:00:00Z"));
        QVERIFY(f.ws().followUps().openDueBefore(utc("2026-03-03T00:00:00Z")).isEmpty());

        const FollowUp snoozed = *f.ws().followUps().find(added.id);
        QVERIFY(f.push(f.workflow().rescheduleFollowUp(snoozed, utc("2026-03-20T15:00:00Z"))));
        const FollowUp moved = *f.ws().followUps().find(added.id);
        QCOMPARE(moved.effectiveDue(), utc("2026-03-20T15:00:00Z"));
        QVERIFY(!moved.snoozedUntil.isValid());
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.ws().followUps().find(added.id)->effectiveDue(), own.dueAt);
    }

    void referralsBecomePeopleInOneStep()
    {
        Fixture f;
        const Interview i = f.interview(InterviewStatus::Done, utc("2026-03-02T15:00:00Z"));
        const Interview stored = *f.ws().interviews().find(i.id);
        ReferralDraft a;
        a.person.firstName = QStringLiteral("Bo");
        a.person.lastName = QStringLiteral("Lind");
        a.mayMention = true;
        ReferralDraft b;
        b.person.firstName = QStringLiteral("Chiara");
        b.person.title = QStringLiteral("Data engineer");
        b.note = QStringLiteral("Ask about on-call");
        const int people = f.ws().people().count();
        const QStringList before = InroadTest::dumpTables(f.temp.db().connection());

        QSignalSpy added(&f.ws().people(), &PersonRepository::added);
        QVERIFY(f.push(f.workflow().addReferrals(stored, {a, b})));
        QCOMPARE(f.stack.count(), 2); // the interview, then the referrals as one step
        QCOMPARE(added.count(), 2);
        QCOMPARE(f.ws().people().count(), people + 2);
        const QList<Referral> referrals = f.ws().referrals().forInterview(i.id);
        QCOMPARE(referrals.size(), 2);
        QCOMPARE(referrals.at(0).referrerId, f.personId);
        QCOMPARE(referrals.at(0).referredName, QStringLiteral("Bo Lind"));
        QVERIFY(referrals.at(0).mayMention);
        QVERIFY(!referrals.at(1).mayMention);
        QCOMPARE(referrals.at(1).note, b.note);
        QCOMPARE(referrals.at(0).referredOn, QDate(2026, 3, 2));
        QCOMPARE(f.ws().people().find(referrals.at(0).referredId)->source, QStringLiteral("Suggested by Ana Ruiz"));
        QCOMPARE(f.ws().interviews().find(i.id)->referralCount, 2);

        f.stack.undo();
        QCOMPARE(f.ws().people().count(), people);
        QCOMPARE(InroadTest::dumpTables(f.temp.db().connection()), before);
        f.stack.redo();
        QCOMPARE(f.ws().referrals().forInterview(i.id).size(), 2);
        // Redo brings back the same records, with the same ids.
        QCOMPARE(f.ws().referrals().forInterview(i.id).at(1).id, referrals.at(1).id);
        QCOMPARE(f.ws().referrals().forInterview(i.id).at(1).referredId, referrals.at(1).referredId);
    }

    void aFailedStepLeavesNothingBehind()
    {
        Fixture f;
        const QStringList before = InroadTest::dumpTables(f.temp.db().connection());
        Interview broken;
        broken.personId = f.personId + 1000; // no such person: the foreign key refuses it
        broken.status = InterviewStatus::Done;
        f.stack.push(f.workflow().addInterview(broken));
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(InroadTest::dumpTables(f.temp.db().connection()), before);
    }

    void agendaDismissalsAreUndoable()
    {
        Fixture f;
        const Interview i = f.interview(InterviewStatus::Done, utc("2026-03-01T15:00:00Z"));
        const auto referralItems = [&f] {
            int n = 0;
            for (const AgendaItem &item : Agenda::compute(f.ws(), f.now, 7, QTimeZone("America/Chicago")))
                n += item.kind == AgendaItem::NeedsReferrals;
            return n;
        };
        QCOMPARE(referralItems(), 1);
        const QString key = QStringLiteral("referrals:%1").arg(i.id);
        QVERIFY(f.push(f.workflow().dismissAgendaItem(key, f.now.addDays(2), QStringLiteral("Snooze"))));
        QCOMPARE(referralItems(), 0);
        f.now = f.now.addDays(3);
        QCOMPARE(referralItems(), 1);
        QVERIFY(f.push(f.workflow().dismissAgendaItem(key, QDateTime(), QStringLiteral("Done"))));
        QCOMPARE(referralItems(), 0);
        f.stack.undo();
        QCOMPARE(referralItems(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
