#include "careerfieldrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect("SELECT id, name, occupation_code, links, description FROM career_fields");

CareerField readField(const QSqlQuery &q)
{
    CareerField f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.occupationCode = q.value(2).toString();
    f.links = q.value(3).toString();
    f.description = q.value(4).toString();
    return f;
}

void bindField(QSqlQuery &q, const CareerField &f)
{
    q.addBindValue(f.name.trimmed());
    q.addBindValue(sqlText(f.occupationCode));
    q.addBindValue(sqlText(f.links));
    q.addBindValue(sqlText(f.description));
}

} // namespace

CareerFieldRepository::CareerFieldRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("career_fields"), parent)
{
}

std::optional<CareerField> CareerFieldRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readField(q);
    return std::nullopt;
}

QList<CareerField> CareerFieldRepository::all() const
{
    QSqlQuery q(m_db.connection());
    QList<CareerField> out;
    if (q.exec(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            out.append(readField(q));
    }
    return out;
}

bool CareerFieldRepository::add(CareerField &field)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO career_fields (name, occupation_code, links, description, created_at, id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    bindField(q, field);
    q.addBindValue(sqlNow());
    q.addBindValue(sqlId(field.id));
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    notifyAdded(id);
    if (!tx.commit())
        return false;
    field.id = id;
    return true;
}

bool CareerFieldRepository::update(const CareerField &field)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE career_fields SET name = ?, occupation_code = ?, links = ?, description = ? WHERE id = ?"));
    bindField(q, field);
    q.addBindValue(field.id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the career field no longer exists"));
    notifyChanged(field.id);
    return tx.commit();
}

} // namespace Inroad
