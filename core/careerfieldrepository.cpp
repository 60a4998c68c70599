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
    return readOne(q, readField);
}

QList<CareerField> CareerFieldRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    return readAll(q, readField);
}

bool CareerFieldRepository::add(CareerField &field)
{
    const qint64 id = insertRow(QStringLiteral("INSERT INTO career_fields (name, occupation_code, links, description, "
                                               "created_at, id) VALUES (?, ?, ?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    bindField(q, field);
                                    q.addBindValue(sqlNow());
                                    q.addBindValue(sqlId(field.id));
                                });
    if (id == 0)
        return false;
    field.id = id;
    return true;
}

bool CareerFieldRepository::update(const CareerField &field)
{
    return updateRow(QStringLiteral("UPDATE career_fields SET name = ?, occupation_code = ?, links = ?, description = ? "
                                    "WHERE id = ?"),
                     [&](QSqlQuery &q) { bindField(q, field); }, field.id, tr("the career field no longer exists"));
}

} // namespace Inroad
