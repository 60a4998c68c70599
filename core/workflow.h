#pragma once

#include "followup.h"
#include "interview.h"
#include "outreachattempt.h"
#include "person.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <functional>

class QUndoCommand;

namespace Inroad {

class Workspace;

/// A name given in an interview, to be added as a new person.
struct ReferralDraft
{
    Person person;             ///< at least a name; the source is filled in when empty
    bool mayMention = false;   ///< whether the user may say who sent them
    QString note;
};

/// The method's bookkeeping, as undoable edits. Each function returns a new command (not yet
/// pushed) that makes the edit and everything that follows from it in one transaction:
///
/// - a done interview without a thank-you note gets a thank-you follow-up due 48 hours after its
///   end; recording the thank-you closes it;
/// - a person who has been interviewed has one open keep-in-touch follow-up, due a cadence (their
///   own, or the workspace's default of six weeks) after the last thing logged with them; logging
///   anything moves it later, never earlier; closing it opens the next one;
/// - the person's pipeline stage follows from what is logged (see decideStage()).
///
/// Undoing the command undoes all of it. Commands keep value snapshots, never model indexes.
class Workflow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workflow)

public:
    explicit Workflow(Workspace &workspace, QObject *parent = nullptr);

    /// The clock and time zone the rules use; tests and `inroad sample --today` set their own.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    /// The workspace's keep-in-touch cadence in weeks (a setting stored in the workspace).
    int defaultCadenceWeeks() const;
    bool setDefaultCadenceWeeks(int weeks);

    QUndoCommand *addInterview(const Interview &interview);
    QUndoCommand *editInterview(const Interview &before, const Interview &after);
    QUndoCommand *removeInterview(const Interview &interview);
    /// Adds each draft as a new person and a referral from the interviewee to them.
    QUndoCommand *addReferrals(const Interview &interview, const QList<ReferralDraft> &drafts);

    QUndoCommand *logOutreach(const OutreachAttempt &attempt);
    QUndoCommand *editOutreach(const OutreachAttempt &before, const OutreachAttempt &after);
    QUndoCommand *removeOutreach(const OutreachAttempt &attempt);

    /// Edits a person's own fields (the cadence among them) and applies the rules to them again.
    QUndoCommand *editPerson(const Person &before, const Person &after, const QString &text);

    QUndoCommand *addFollowUp(const FollowUp &followUp);
    /// Marks it done now. A thank-you follow-up also records the thank-you on its interview.
    QUndoCommand *completeFollowUp(const FollowUp &followUp);
    QUndoCommand *snoozeFollowUp(const FollowUp &followUp, int days);
    QUndoCommand *rescheduleFollowUp(const FollowUp &followUp, const QDateTime &due);
    QUndoCommand *removeFollowUp(const FollowUp &followUp);

    /// Marks a Today item that is not a follow-up as done (@p until invalid) or snoozed.
    QUndoCommand *dismissAgendaItem(const QString &itemKey, const QDateTime &until, const QString &text);

private:
    class Command;
    bool sync(Command &command, qint64 personId);

    Workspace &m_workspace;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inroad
