#include "referralrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect(
    "SELECT r.id, r.referrer_id, r.referred_id, r.interview_id, r.referred_on, r.may_mention, r.note, "
    "trim(p.first_name || ' ' || p.last_name) FROM referrals r JOIN people p ON p.id = r.referred_id");

Referral readReferral(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.referrerId = q.value(1).toLongLong();
    r.referredId = q.value(2).toLongLong();
    r.interviewId = q.value(3).toLongLong();
    r.referredOn = dayFromSql(q.value(4));
    r.mayMention = q.value(5).toBool();
    r.note = q.value(6).toString();
    r.referredName = q.value(7).toString();
    return r;
}

void bindReferral(QSqlQuery &q, const Referral &r)
{
    q.addBindValue(sqlId(r.referrerId));
    q.addBindValue(r.referredId);
    q.addBindValue(sqlId(r.interviewId));
    q.addBindValue(sqlDay(r.referredOn));
    q.addBindValue(r.mayMention ? 1 : 0);
    q.addBindValue(sqlText(r.note));
}

} // namespace

ReferralRepository::ReferralRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("referrals"), parent)
{
}

std::optional<Referral> ReferralRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    return readOne(q, readReferral);
}

QList<Referral> ReferralRepository::forInterview(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE r.interview_id = ? ORDER BY r.id"));
    q.addBindValue(interviewId);
    return readAll(q, readReferral);
}

QList<Referral> ReferralRepository::introducersOf(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE r.referred_id = ? ORDER BY r.id"));
    q.addBindValue(personId);
    return readAll(q, readReferral);
}

int ReferralRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM referrals")) && q.next() ? q.value(0).toInt() : 0;
}

bool ReferralRepository::add(Referral &referral)
{
    const qint64 id = insertRow(QStringLiteral("INSERT INTO referrals (referrer_id, referred_id, interview_id, referred_on, "
                                               "may_mention, note, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    bindReferral(q, referral);
                                    q.addBindValue(sqlNow());
                                    q.addBindValue(sqlId(referral.id));
                                });
    if (id == 0)
        return false;
    referral.id = id;
    return true;
}

bool ReferralRepository::update(const Referral &referral)
{
    return updateRow(QStringLiteral("UPDATE referrals SET referrer_id = ?, referred_id = ?, interview_id = ?, "
                                    "referred_on = ?, may_mention = ?, note = ? WHERE id = ?"),
                     [&](QSqlQuery &q) { bindReferral(q, referral); }, referral.id,
                     tr("the referral no longer exists"));
}

} // namespace Inroad
