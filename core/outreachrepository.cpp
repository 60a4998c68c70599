#include "outreachrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect(
    "SELECT a.id, a.person_id, a.interview_id, a.attempted_at, a.channel, a.result, a.note, "
    "trim(p.first_name || ' ' || p.last_name) FROM outreach_attempts a JOIN people p ON p.id = a.person_id");
const QLatin1String kOrder(" ORDER BY attempted_at DESC, id DESC");
const QLatin1String kOrderA(" ORDER BY a.attempted_at DESC, a.id DESC");

OutreachAttempt readAttempt(const QSqlQuery &q)
{
    OutreachAttempt a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.interviewId = q.value(2).toLongLong();
    a.attemptedAt = instantFromSql(q.value(3));
    a.channel = outreachChannelFromInt(q.value(4).toInt());
    a.result = outreachResultFromInt(q.value(5).toInt());
    a.note = q.value(6).toString();
    a.personName = q.value(7).toString();
    return a;
}

void bindAttempt(QSqlQuery &q, const OutreachAttempt &a)
{
    q.addBindValue(a.personId);
    q.addBindValue(sqlId(a.interviewId));
    q.addBindValue(sqlInstant(a.attemptedAt.isValid() ? a.attemptedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(int(a.channel));
    q.addBindValue(int(a.result));
    q.addBindValue(sqlText(a.note));
}

} // namespace

OutreachRepository::OutreachRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("outreach_attempts"), parent)
{
}

std::optional<OutreachAttempt> OutreachRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    return readOne(q, readAttempt);
}

QList<OutreachAttempt> OutreachRepository::forPerson(qint64 personId, int offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE a.person_id = ?") + kOrderA + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(personId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q, readAttempt);
}

int OutreachRepository::countForPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outreach_attempts WHERE person_id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int OutreachRepository::positionOf(qint64 id, qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM (SELECT id, row_number() OVER (") + kOrder
              + QStringLiteral(") - 1 AS position FROM outreach_attempts WHERE person_id = ?) WHERE id = ?"));
    q.addBindValue(personId);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<OutreachAttempt> OutreachRepository::waitingSince(const QDateTime &before) const
{
    // The latest attempt per person decides: a later reply or a scheduled interview ends the wait.
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(
        " WHERE a.result = 0 AND a.attempted_at < ?"
        "   AND a.id = (SELECT b.id FROM outreach_attempts b WHERE b.person_id = a.person_id"
        "               ORDER BY b.attempted_at DESC, b.id DESC LIMIT 1)"
        "   AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.person_id = a.person_id AND i.status IN (2, 3))"
        " ORDER BY a.attempted_at, a.id"));
    q.addBindValue(sqlInstant(before));
    return readAll(q, readAttempt);
}

bool OutreachRepository::add(OutreachAttempt &attempt)
{
    const qint64 id = insertRow(QStringLiteral("INSERT INTO outreach_attempts (person_id, interview_id, attempted_at, "
                                               "channel, result, note, id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    bindAttempt(q, attempt);
                                    q.addBindValue(sqlId(attempt.id));
                                });
    if (id == 0)
        return false;
    attempt.id = id;
    return true;
}

bool OutreachRepository::update(const OutreachAttempt &attempt)
{
    return updateRow(QStringLiteral("UPDATE outreach_attempts SET person_id = ?, interview_id = ?, attempted_at = ?, "
                                    "channel = ?, result = ?, note = ? WHERE id = ?"),
                     [&](QSqlQuery &q) { bindAttempt(q, attempt); }, attempt.id, tr("the log entry no longer exists"));
}

} // namespace Inroad
