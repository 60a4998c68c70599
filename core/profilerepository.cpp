#include "profilerepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Inroad {

ProfileRepository::ProfileRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("profile"), parent)
{
}

Profile ProfileRepository::get() const
{
    Profile p;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT full_name, email, phone, address, linkedin_url, website, fields_of_interest, "
                              "self_introduction, resume_path FROM profile WHERE id = 1"))
        && q.next()) {
        for (int f = 0; f < Profile::FieldCount; ++f)
            p.setValue(Profile::Field(f), q.value(f));
    }
    return p;
}

bool ProfileRepository::update(const Profile &profile)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO profile (id, full_name, email, phone, address, linkedin_url, website, fields_of_interest, "
        "self_introduction, resume_path, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name, email = excluded.email, "
        "phone = excluded.phone, address = excluded.address, linkedin_url = excluded.linkedin_url, "
        "website = excluded.website, fields_of_interest = excluded.fields_of_interest, "
        "self_introduction = excluded.self_introduction, resume_path = excluded.resume_path, "
        "updated_at = excluded.updated_at"));
    for (int f = 0; f < Profile::FieldCount; ++f)
        q.addBindValue(sqlText(profile.value(Profile::Field(f)).toString()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(q);
    notifyChanged(1);
    return tx.commit();
}

bool ProfileRepository::welcomeDone() const
{
    return m_db.setting(QStringLiteral("welcome_done")) == QLatin1String("1");
}

bool ProfileRepository::setWelcomeDone(bool done)
{
    return m_db.setSetting(QStringLiteral("welcome_done"), done ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace Inroad
