#include "followuprepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect(
    "SELECT f.id, f.person_id, f.interview_id, f.kind, f.due_at, f.snoozed_until, f.done_at, f.note, f.created_at, "
    "trim(p.first_name || ' ' || p.last_name) FROM follow_ups f JOIN people p ON p.id = f.person_id");
// The effective due time: a snooze only ever pushes a follow-up later.
const QLatin1String kEffectiveDue("max(f.due_at, COALESCE(f.snoozed_until, f.due_at))");

FollowUp readFollowUp(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.personId = q.value(1).toLongLong();
    f.interviewId = q.value(2).toLongLong();
    f.kind = followUpKindFromInt(q.value(3).toInt());
    f.dueAt = instantFromSql(q.value(4));
    f.snoozedUntil = instantFromSql(q.value(5));
    f.doneAt = instantFromSql(q.value(6));
    f.note = q.value(7).toString();
    f.createdAt = instantFromSql(q.value(8));
    f.personName = q.value(9).toString();
    return f;
}

void bindFollowUp(QSqlQuery &q, const FollowUp &f)
{
    q.addBindValue(f.personId);
    q.addBindValue(sqlId(f.interviewId));
    q.addBindValue(int(f.kind));
    q.addBindValue(sqlInstant(f.dueAt));
    q.addBindValue(sqlInstant(f.snoozedUntil));
    q.addBindValue(sqlInstant(f.doneAt));
    q.addBindValue(sqlText(f.note));
}

} // namespace

FollowUpRepository::FollowUpRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("follow_ups"), parent)
{
}

std::optional<FollowUp> FollowUpRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE f.id = ?"));
    q.addBindValue(id);
    return readOne(q, readFollowUp);
}

QList<FollowUp> FollowUpRepository::openDueBefore(const QDateTime &before) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE f.done_at IS NULL AND ") + kEffectiveDue
              + QStringLiteral(" < ? ORDER BY ") + kEffectiveDue + QStringLiteral(", f.id"));
    q.addBindValue(sqlInstant(before));
    return readAll(q, readFollowUp);
}

QList<FollowUp> FollowUpRepository::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE f.person_id = ? ORDER BY (f.done_at IS NOT NULL), "
                                       "CASE WHEN f.done_at IS NULL THEN ") + kEffectiveDue
              + QStringLiteral(" END, f.done_at DESC, f.id"));
    q.addBindValue(personId);
    return readAll(q, readFollowUp);
}

std::optional<FollowUp> FollowUpRepository::openThankYou(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE f.interview_id = ? AND f.kind = 0 AND f.done_at IS NULL ORDER BY f.id LIMIT 1"));
    q.addBindValue(interviewId);
    return readOne(q, readFollowUp);
}

std::optional<FollowUp> FollowUpRepository::openKeepInTouch(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE f.person_id = ? AND f.kind = 1 AND f.done_at IS NULL ORDER BY f.due_at LIMIT 1"));
    q.addBindValue(personId);
    return readOne(q, readFollowUp);
}

bool FollowUpRepository::hasThankYou(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM follow_ups WHERE interview_id = ? AND kind = 0)"));
    q.addBindValue(interviewId);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool FollowUpRepository::add(FollowUp &followUp)
{
    const qint64 id = insertRow(QStringLiteral("INSERT INTO follow_ups (person_id, interview_id, kind, due_at, "
                                               "snoozed_until, done_at, note, created_at, id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    bindFollowUp(q, followUp);
                                    q.addBindValue(followUp.createdAt.isValid() ? sqlInstant(followUp.createdAt)
                                                                                : QVariant(sqlNow()));
                                    q.addBindValue(sqlId(followUp.id));
                                });
    if (id == 0)
        return false;
    followUp.id = id;
    return true;
}

bool FollowUpRepository::update(const FollowUp &followUp)
{
    return updateRow(QStringLiteral("UPDATE follow_ups SET person_id = ?, interview_id = ?, kind = ?, due_at = ?, "
                                    "snoozed_until = ?, done_at = ?, note = ? WHERE id = ?"),
                     [&](QSqlQuery &q) { bindFollowUp(q, followUp); }, followUp.id,
                     tr("the follow-up no longer exists"));
}

} // namespace Inroad
