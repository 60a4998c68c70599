#include "interviewrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kFrom(
    " FROM interviews i JOIN people p ON p.id = i.person_id"
    " LEFT JOIN organizations o ON o.id = i.organization_id"
    " LEFT JOIN career_fields f ON f.id = i.field_id");

const QLatin1String kColumns(
    "SELECT i.id, i.person_id, i.organization_id, i.field_id, i.purpose, i.scheduled_start, i.time_zone, "
    "i.agreed_minutes, i.mode, i.location, i.status, i.reflection_learned, i.reflection_still_want, "
    "i.reflection_next_steps, i.reflection_impressions, i.thanks_sent_on, i.thanks_channel, i.created_at, "
    "i.updated_at, trim(p.first_name || ' ' || p.last_name), COALESCE(o.name, ''), COALESCE(f.name, ''), "
    "(SELECT count(*) FROM referrals r WHERE r.interview_id = i.id)");

Interview readInterview(const QSqlQuery &q)
{
    Interview i;
    i.id = q.value(0).toLongLong();
    i.personId = q.value(1).toLongLong();
    i.organizationId = q.value(2).toLongLong();
    i.fieldId = q.value(3).toLongLong();
    i.purpose = q.value(4).toString();
    i.scheduledStart = instantFromSql(q.value(5));
    i.timeZone = q.value(6).toString();
    i.agreedMinutes = q.value(7).toInt();
    i.mode = interviewModeFromInt(q.value(8).toInt());
    i.location = q.value(9).toString();
    i.status = interviewStatusFromInt(q.value(10).toInt());
    i.learned = q.value(11).toString();
    i.stillWant = q.value(12).toString();
    i.nextSteps = q.value(13).toString();
    i.impressions = q.value(14).toString();
    i.thanksSentOn = dayFromSql(q.value(15));
    i.thanksChannel = thanksChannelFromInt(q.value(16).toInt());
    i.createdAt = instantFromSql(q.value(17));
    i.updatedAt = instantFromSql(q.value(18));
    i.personName = q.value(19).toString();
    i.organizationName = q.value(20).toString();
    i.fieldName = q.value(21).toString();
    i.referralCount = q.value(22).toInt();
    return i;
}

struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const InterviewQuery &query)
{
    Filter f;
    QStringList parts;
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList columns = {QStringLiteral("p.first_name"), QStringLiteral("p.last_name"),
                                        QStringLiteral("o.name"), QStringLiteral("f.name"),
                                        QStringLiteral("i.purpose"), QStringLiteral("i.location")};
    for (const QString &word : words) {
        QStringList any;
        for (const QString &column : columns) {
            any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            f.values << likePattern(word);
        }
        parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    switch (query.scope) {
    case InterviewQuery::Open:
        parts << QStringLiteral("i.status IN (0, 1, 2)");
        break;
    case InterviewQuery::Past:
        parts << QStringLiteral("i.status IN (3, 4)");
        break;
    case InterviewQuery::WithStatus:
        parts << QStringLiteral("i.status = ?");
        f.values << int(query.status);
        break;
    case InterviewQuery::All:
        break;
    }
    if (query.personId > 0) {
        parts << QStringLiteral("i.person_id = ?");
        f.values << query.personId;
    }
    if (!parts.isEmpty())
        f.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

QString orderFor(const InterviewQuery &query)
{
    // Past interviews read latest first; the user's sort order flips that like any other.
    Qt::SortOrder order = query.order;
    if (query.scope == InterviewQuery::Past && query.sortKey == InterviewQuery::ByStart)
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys;
    switch (query.sortKey) {
    case InterviewQuery::ByStart:
        // Interviews without a time yet come after the scheduled ones.
        keys << QStringLiteral("(i.scheduled_start IS NULL)") << QStringLiteral("i.scheduled_start") + dir;
        break;
    case InterviewQuery::ByPerson:
        keys << QStringLiteral("p.last_name COLLATE NOCASE") + dir << QStringLiteral("p.first_name COLLATE NOCASE") + dir;
        break;
    case InterviewQuery::ByOrganization: keys << QStringLiteral("COALESCE(o.name, '') COLLATE NOCASE") + dir; break;
    case InterviewQuery::ByField: keys << QStringLiteral("COALESCE(f.name, '') COLLATE NOCASE") + dir; break;
    case InterviewQuery::ByStatus: keys << QStringLiteral("i.status") + dir; break;
    case InterviewQuery::ByMode: keys << QStringLiteral("i.mode") + dir; break;
    }
    keys << QStringLiteral("i.id") + dir;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

void bindInterview(QSqlQuery &q, const Interview &i)
{
    q.addBindValue(i.personId);
    q.addBindValue(sqlId(i.organizationId));
    q.addBindValue(sqlId(i.fieldId));
    q.addBindValue(sqlText(i.purpose));
    q.addBindValue(sqlInstant(i.scheduledStart));
    q.addBindValue(sqlText(i.timeZone));
    q.addBindValue(qBound(1, i.agreedMinutes, Interview::kMaxMinutes));
    q.addBindValue(int(i.mode));
    q.addBindValue(sqlText(i.location));
    q.addBindValue(int(i.status));
    q.addBindValue(sqlText(i.learned));
    q.addBindValue(sqlText(i.stillWant));
    q.addBindValue(sqlText(i.nextSteps));
    q.addBindValue(sqlText(i.impressions));
    q.addBindValue(sqlDay(i.thanksSentOn));
    q.addBindValue(i.thanksSentOn.isValid() ? QVariant(int(i.thanksChannel)) : QVariant(QMetaType(QMetaType::Int)));
}

} // namespace

InterviewRepository::InterviewRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("interviews"), parent)
{
}

std::optional<Interview> InterviewRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + kFrom + QStringLiteral(" WHERE i.id = ?"));
    q.addBindValue(id);
    return readOne(q, readInterview);
}

QList<Interview> InterviewRepository::page(const InterviewQuery &query, int offset, int limit) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kColumns + kFrom + f.where + orderFor(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, f.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q, readInterview);
}

int InterviewRepository::count(const InterviewQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + kFrom + f.where);
    bindAll(q, f.values);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int InterviewRepository::positionOf(qint64 id, const InterviewQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM (SELECT i.id AS id, row_number() OVER (") + orderFor(query)
              + QStringLiteral(") - 1 AS position") + kFrom + f.where + QStringLiteral(") WHERE id = ?"));
    bindAll(q, f.values);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<Interview> InterviewRepository::forPerson(qint64 personId) const
{
    InterviewQuery query;
    query.personId = personId;
    return personId > 0 ? page(query, 0, -1) : QList<Interview>();
}

QList<Interview> InterviewRepository::startingBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + kFrom
              + QStringLiteral(" WHERE i.scheduled_start >= ? AND i.scheduled_start < ? AND i.status <> 4"
                               " ORDER BY i.scheduled_start, i.id"));
    q.addBindValue(sqlInstant(from));
    q.addBindValue(sqlInstant(to));
    return readAll(q, readInterview);
}

QList<Interview> InterviewRepository::doneWithFewerReferrals(int goal, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + kFrom
              + QStringLiteral(" WHERE i.status = 3 AND (i.scheduled_start IS NULL OR i.scheduled_start >= ?)"
                               " AND (SELECT count(*) FROM referrals r WHERE r.interview_id = i.id) < ?"
                               " ORDER BY i.scheduled_start DESC, i.id DESC"));
    q.addBindValue(sqlInstant(since));
    q.addBindValue(goal);
    return readAll(q, readInterview);
}

PersonActivity InterviewRepository::activityOf(qint64 personId) const
{
    PersonActivity a;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT"
        " EXISTS (SELECT 1 FROM outreach_attempts WHERE person_id = :p)"
        " OR EXISTS (SELECT 1 FROM interviews WHERE person_id = :p AND status IN (1, 2, 3)),"
        " EXISTS (SELECT 1 FROM interviews WHERE person_id = :p AND status = 2),"
        " EXISTS (SELECT 1 FROM interviews WHERE person_id = :p AND status = 3),"
        " (SELECT min(thanks_sent_on) FROM interviews WHERE person_id = :p AND status = 3),"
        " (SELECT max(attempted_at) FROM outreach_attempts WHERE person_id = :p),"
        " (SELECT max(datetime(scheduled_start, '+' || agreed_minutes || ' minutes')) FROM interviews"
        "  WHERE person_id = :p AND status = 3),"
        " (SELECT max(thanks_sent_on) FROM interviews WHERE person_id = :p),"
        " (SELECT max(done_at) FROM follow_ups WHERE person_id = :p AND kind <> 0)"));
    q.bindValue(QStringLiteral(":p"), personId);
    if (!q.exec() || !q.next())
        return a;
    a.contacted = q.value(0).toBool();
    a.scheduled = q.value(1).toBool();
    a.interviewed = q.value(2).toBool();
    const QDate firstThanks = dayFromSql(q.value(3));
    a.thanked = firstThanks.isValid();

    const QDateTime lastAttempt = instantFromSql(q.value(4));
    // SQLite's datetime() writes "YYYY-MM-DD HH:MM:SS" in UTC.
    QDateTime lastInterviewEnd = QDateTime::fromString(q.value(5).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    lastInterviewEnd.setTimeSpec(Qt::UTC);
    const QDate lastThanks = dayFromSql(q.value(6));
    const QDateTime lastFollowUpDone = instantFromSql(q.value(7));
    const QDateTime thanksInstant = lastThanks.isValid() ? FollowUpRules::morningOf(lastThanks) : QDateTime();
    for (const QDateTime &when : {lastAttempt, lastInterviewEnd, thanksInstant, lastFollowUpDone}) {
        if (when.isValid() && (!a.lastInteraction.isValid() || when > a.lastInteraction))
            a.lastInteraction = when;
    }
    if (a.thanked) {
        // Keeping in touch: something was logged on a later day than the first thank-you note.
        const QDateTime afterThanks = QDateTime(firstThanks.addDays(1), QTime(0, 0)).toUTC();
        a.keptInTouch = (lastAttempt.isValid() && lastAttempt >= afterThanks)
            || (lastFollowUpDone.isValid() && lastFollowUpDone >= afterThanks);
    }
    return a;
}

bool InterviewRepository::add(Interview &interview)
{
    const QString stamp = interview.createdAt.isValid() ? interview.createdAt.toUTC().toString(Qt::ISODate) : sqlNow();
    const qint64 id = insertRow(
        QStringLiteral("INSERT INTO interviews (person_id, organization_id, field_id, purpose, scheduled_start, time_zone, "
                       "agreed_minutes, mode, location, status, reflection_learned, reflection_still_want, "
                       "reflection_next_steps, reflection_impressions, thanks_sent_on, thanks_channel, created_at, "
                       "updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        [&](QSqlQuery &q) {
            bindInterview(q, interview);
            q.addBindValue(stamp);
            q.addBindValue(stamp);
            q.addBindValue(sqlId(interview.id));
        });
    if (id == 0)
        return false;
    interview.id = id;
    return true;
}

bool InterviewRepository::update(const Interview &interview)
{
    return updateRow(
        QStringLiteral("UPDATE interviews SET person_id = ?, organization_id = ?, field_id = ?, purpose = ?, "
                       "scheduled_start = ?, time_zone = ?, agreed_minutes = ?, mode = ?, location = ?, status = ?, "
                       "reflection_learned = ?, reflection_still_want = ?, reflection_next_steps = ?, "
                       "reflection_impressions = ?, thanks_sent_on = ?, thanks_channel = ?, updated_at = ? WHERE id = ?"),
        [&](QSqlQuery &q) {
            bindInterview(q, interview);
            q.addBindValue(sqlNow());
        },
        interview.id, tr("the interview no longer exists"));
}

} // namespace Inroad
