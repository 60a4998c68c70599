#include "workflow.h"

#include "followuprules.h"
#include "recordcommands.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Inroad {

namespace {

const QString kCadenceSetting = QStringLiteral("keep_in_touch_weeks");

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::Workflow", text);
}

using AddFollowUp = AddRecordCommand<FollowUpRepository, FollowUp>;
using EditFollowUp = EditRecordCommand<FollowUpRepository, FollowUp>;

} // namespace

/// One user edit and its consequences in one transaction. The first redo runs a step that decides
/// what to do from the data as it is then, adding a child command for each change; later redos and
/// undos replay the children, so undo restores exactly what was there.
class Workflow::Command final : public QUndoCommand
{
public:
    using Step = std::function<bool(Command &)>;

    Command(Database &db, const QString &text, Step step)
        : QUndoCommand(text)
        , m_db(db)
        , m_step(std::move(step))
    {
    }

    void redo() override
    {
        Transaction tx(m_db);
        bool ok = tx.isActive();
        if (ok && m_step) {
            const Step step = std::move(m_step);
            m_step = nullptr;
            ok = step(*this);
        } else if (ok) {
            QUndoCommand::redo();
            ok = !anyChildFailed();
        }
        if (!ok || !tx.commit())
            setObsolete(true);
    }

    void undo() override
    {
        Transaction tx(m_db);
        bool ok = tx.isActive();
        if (ok) {
            QUndoCommand::undo();
            ok = !anyChildFailed();
        }
        if (!ok || !tx.commit())
            setObsolete(true);
    }

    /// Creates the child command C(args..., text, this) and runs it; nullptr if it failed.
    template<class C, class... Args>
    C *run(Args &&...args)
    {
        auto *child = new C(std::forward<Args>(args)..., QString(), this);
        child->redo();
        return child->isObsolete() ? nullptr : child;
    }

private:
    bool anyChildFailed() const
    {
        for (int i = 0; i < childCount(); ++i) {
            if (child(i)->isObsolete())
                return true;
        }
        return false;
    }

    Database &m_db;
    Step m_step;
};

Workflow::Workflow(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int Workflow::defaultCadenceWeeks() const
{
    return FollowUpRules::cadenceWeeks(m_workspace.database().setting(kCadenceSetting).toInt());
}

bool Workflow::setDefaultCadenceWeeks(int weeks)
{
    return m_workspace.database().setSetting(kCadenceSetting, QString::number(FollowUpRules::cadenceWeeks(weeks)));
}

bool Workflow::sync(Command &command, qint64 personId)
{
    const std::optional<Person> person = m_workspace.people().find(personId);
    if (!person)
        return true; // deleted along with the edit: nothing left to keep up to date
    FollowUpRepository &followUps = m_workspace.followUps();
    const QDateTime now = m_clock().toUTC();

    // Thank-you notes: due 48 hours after a done interview, closed when one is recorded.
    for (const Interview &interview : m_workspace.interviews().forPerson(personId)) {
        const std::optional<FollowUp> open = followUps.openThankYou(interview.id);
        const bool done = interview.status == InterviewStatus::Done;
        if (done && !interview.thanked()) {
            const QDateTime due = FollowUpRules::thankYouDue(interview, now);
            if (!open && !followUps.hasThankYou(interview.id)) {
                FollowUp f;
                f.personId = personId;
                f.interviewId = interview.id;
                f.kind = FollowUpKind::ThankYou;
                f.dueAt = due;
                f.note = t("Thank them within 48 hours: what you learned and what you will do with it.");
                if (!command.run<AddFollowUp>(followUps, f))
                    return false;
            } else if (open && open->dueAt != due && interview.isScheduled()) {
                FollowUp moved = *open;
                moved.dueAt = due;
                if (!command.run<EditFollowUp>(followUps, *open, moved))
                    return false;
            }
        } else if (open && done) {
            FollowUp closed = *open;
            const QDateTime sent = QDateTime(interview.thanksSentOn, QTime(12, 0), m_zone).toUTC();
            closed.doneAt = qMin(sent, now);
            if (!command.run<EditFollowUp>(followUps, *open, closed))
                return false;
        } else if (open) {
            // The interview is no longer done (an edit took it back, or it was cancelled).
            if (!command.run<RemoveRecordCommand<FollowUpRepository>>(followUps, open->id))
                return false;
        }
    }

    // Keeping in touch: one open follow-up, a cadence after the latest contact.
    const PersonActivity activity = m_workspace.interviews().activityOf(personId);
    if (activity.interviewed && activity.lastInteraction.isValid()) {
        const int weeks = person->keepInTouchWeeks > 0 ? person->keepInTouchWeeks : defaultCadenceWeeks();
        const QDateTime due = FollowUpRules::keepInTouchDue(activity.lastInteraction, weeks, m_zone);
        const std::optional<FollowUp> open = followUps.openKeepInTouch(personId);
        if (!open) {
            FollowUp f;
            f.personId = personId;
            f.kind = FollowUpKind::KeepInTouch;
            f.dueAt = due;
            f.note = t("Check in: share what you did with their advice, or something they would find useful.");
            if (!command.run<AddFollowUp>(followUps, f))
                return false;
        } else if (open->dueAt < due) {
            FollowUp later = *open;
            later.dueAt = due;
            if (later.snoozedUntil.isValid() && later.snoozedUntil <= due)
                later.snoozedUntil = QDateTime();
            if (!command.run<EditFollowUp>(followUps, *open, later))
                return false;
        }
    }

    // The pipeline stage.
    const StageDecision decision = decideStage(person->stage, person->stageSetByHand, derivedStage(activity));
    if (decision.stage != person->stage || decision.byHand != person->stageSetByHand) {
        Person moved = *person;
        moved.stage = decision.stage;
        moved.stageSetByHand = decision.byHand;
        if (!command.run<EditRecordCommand<PersonRepository, Person>>(m_workspace.people(), *person, moved))
            return false;
    }
    return true;
}

QUndoCommand *Workflow::addInterview(const Interview &interview)
{
    return new Command(m_workspace.database(), t("Add interview"), [this, interview](Command &c) {
        return c.run<AddRecordCommand<InterviewRepository, Interview>>(m_workspace.interviews(), interview)
            && sync(c, interview.personId);
    });
}

QUndoCommand *Workflow::editInterview(const Interview &before, const Interview &after)
{
    return new Command(m_workspace.database(), t("Edit interview"), [this, before, after](Command &c) {
        if (!c.run<EditRecordCommand<InterviewRepository, Interview>>(m_workspace.interviews(), before, after))
            return false;
        return sync(c, after.personId) && (before.personId == after.personId || sync(c, before.personId));
    });
}

QUndoCommand *Workflow::removeInterview(const Interview &interview)
{
    return new Command(m_workspace.database(), t("Delete interview"), [this, interview](Command &c) {
        return c.run<RemoveRecordCommand<InterviewRepository>>(m_workspace.interviews(), interview.id)
            && sync(c, interview.personId);
    });
}

QUndoCommand *Workflow::addReferrals(const Interview &interview, const QList<ReferralDraft> &drafts)
{
    const QString text = drafts.size() == 1 ? t("Add referral") : t("Add referrals");
    return new Command(m_workspace.database(), text, [this, interview, drafts](Command &c) {
        const QDate day = interview.isScheduled() ? interview.scheduledStart.toTimeZone(m_zone).date()
                                                  : m_clock().toTimeZone(m_zone).date();
        for (const ReferralDraft &draft : drafts) {
            Person person = draft.person;
            if (person.source.trimmed().isEmpty())
                person.source = t("Suggested by %1").arg(interview.personName);
            auto *added = c.run<AddRecordCommand<PersonRepository, Person>>(m_workspace.people(), person);
            if (!added)
                return false;
            Referral referral;
            referral.referrerId = interview.personId;
            referral.referredId = added->recordId();
            referral.interviewId = interview.id;
            referral.referredOn = day;
            referral.mayMention = draft.mayMention;
            referral.note = draft.note;
            if (!c.run<AddRecordCommand<ReferralRepository, Referral>>(m_workspace.referrals(), referral))
                return false;
        }
        return true;
    });
}

QUndoCommand *Workflow::logOutreach(const OutreachAttempt &attempt)
{
    return new Command(m_workspace.database(), t("Log contact"), [this, attempt](Command &c) {
        return c.run<AddRecordCommand<OutreachRepository, OutreachAttempt>>(m_workspace.outreach(), attempt)
            && sync(c, attempt.personId);
    });
}

QUndoCommand *Workflow::editOutreach(const OutreachAttempt &before, const OutreachAttempt &after)
{
    return new Command(m_workspace.database(), t("Edit contact"), [this, before, after](Command &c) {
        return c.run<EditRecordCommand<OutreachRepository, OutreachAttempt>>(m_workspace.outreach(), before, after)
            && sync(c, after.personId);
    });
}

QUndoCommand *Workflow::removeOutreach(const OutreachAttempt &attempt)
{
    return new Command(m_workspace.database(), t("Delete contact"), [this, attempt](Command &c) {
        return c.run<RemoveRecordCommand<OutreachRepository>>(m_workspace.outreach(), attempt.id)
            && sync(c, attempt.personId);
    });
}

QUndoCommand *Workflow::editPerson(const Person &before, const Person &after, const QString &text)
{
    return new Command(m_workspace.database(), text, [this, before, after](Command &c) {
        if (!c.run<EditRecordCommand<PersonRepository, Person>>(m_workspace.people(), before, after))
            return false;
        if (before.keepInTouchWeeks == after.keepInTouchWeeks)
            return true;
        // A new cadence applies to the open keep-in-touch at once, earlier or later.
        if (const std::optional<FollowUp> open = m_workspace.followUps().openKeepInTouch(after.id)) {
            const PersonActivity activity = m_workspace.interviews().activityOf(after.id);
            const int weeks = after.keepInTouchWeeks > 0 ? after.keepInTouchWeeks : defaultCadenceWeeks();
            if (activity.lastInteraction.isValid()) {
                FollowUp moved = *open;
                moved.dueAt = FollowUpRules::keepInTouchDue(activity.lastInteraction, weeks, m_zone);
                if (moved.dueAt != open->dueAt
                    && !c.run<EditFollowUp>(m_workspace.followUps(), *open, moved))
                    return false;
            }
        }
        return sync(c, after.id);
    });
}

QUndoCommand *Workflow::addFollowUp(const FollowUp &followUp)
{
    return new Command(m_workspace.database(), t("Add follow-up"), [this, followUp](Command &c) {
        return c.run<AddFollowUp>(m_workspace.followUps(), followUp) != nullptr;
    });
}

QUndoCommand *Workflow::completeFollowUp(const FollowUp &followUp)
{
    return new Command(m_workspace.database(), t("Mark follow-up done"), [this, followUp](Command &c) {
        const QDateTime now = m_clock().toUTC();
        if (followUp.kind == FollowUpKind::ThankYou && followUp.interviewId > 0) {
            const std::optional<Interview> interview = m_workspace.interviews().find(followUp.interviewId);
            if (interview && !interview->thanked()) {
                Interview thanked = *interview;
                thanked.thanksSentOn = now.toTimeZone(m_zone).date();
                if (!c.run<EditRecordCommand<InterviewRepository, Interview>>(m_workspace.interviews(), *interview, thanked))
                    return false;
            }
        }
        // Syncing after the thank-you closes the follow-up itself; anything else is closed here.
        if (const std::optional<FollowUp> current = m_workspace.followUps().find(followUp.id);
            current && !current->isDone() && followUp.kind != FollowUpKind::ThankYou) {
            FollowUp done = *current;
            done.doneAt = now;
            if (!c.run<EditFollowUp>(m_workspace.followUps(), *current, done))
                return false;
        }
        if (!sync(c, followUp.personId))
            return false;
        // A thank-you follow-up without an interview has nothing to sync it closed.
        if (const std::optional<FollowUp> current = m_workspace.followUps().find(followUp.id); current && !current->isDone()) {
            FollowUp done = *current;
            done.doneAt = now;
            return c.run<EditFollowUp>(m_workspace.followUps(), *current, done) != nullptr;
        }
        return true;
    });
}

QUndoCommand *Workflow::snoozeFollowUp(const FollowUp &followUp, int days)
{
    const QString text = t("Snooze follow-up");
    return new Command(m_workspace.database(), text, [this, followUp, days](Command &c) {
        FollowUp snoozed = followUp;
        snoozed.snoozedUntil = FollowUpRules::snoozedUntil(m_clock(), days, m_zone);
        return c.run<EditFollowUp>(m_workspace.followUps(), followUp, snoozed) != nullptr;
    });
}

QUndoCommand *Workflow::rescheduleFollowUp(const FollowUp &followUp, const QDateTime &due)
{
    return new Command(m_workspace.database(), t("Reschedule follow-up"), [this, followUp, due](Command &c) {
        FollowUp moved = followUp;
        moved.dueAt = due.toUTC();
        moved.snoozedUntil = QDateTime();
        return c.run<EditFollowUp>(m_workspace.followUps(), followUp, moved) != nullptr;
    });
}

QUndoCommand *Workflow::removeFollowUp(const FollowUp &followUp)
{
    return new Command(m_workspace.database(), t("Delete follow-up"), [this, followUp](Command &c) {
        return c.run<RemoveRecordCommand<FollowUpRepository>>(m_workspace.followUps(), followUp.id) != nullptr;
    });
}

QUndoCommand *Workflow::dismissAgendaItem(const QString &itemKey, const QDateTime &until, const QString &text)
{
    return new Command(m_workspace.database(), text, [this, itemKey, until](Command &c) {
        DismissalRepository &dismissals = m_workspace.dismissals();
        if (const std::optional<Dismissal> existing = dismissals.findByKey(itemKey)) {
            Dismissal changed = *existing;
            changed.until = until;
            return c.run<EditRecordCommand<DismissalRepository, Dismissal>>(dismissals, *existing, changed) != nullptr;
        }
        return c.run<AddRecordCommand<DismissalRepository, Dismissal>>(dismissals, Dismissal{0, itemKey, until}) != nullptr;
    });
}

} // namespace Inroad
