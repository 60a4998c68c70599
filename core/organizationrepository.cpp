#include "organizationrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect(
    "SELECT o.id, o.name, o.industry, o.website, o.address, o.research_products, o.research_services, "
    "o.research_competitors, o.research_news, o.research_sources, o.created_at, o.updated_at, "
    "(SELECT count(*) FROM people p WHERE p.organization_id = o.id) AS people_count "
    "FROM organizations o");

Organization readOrganization(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.industry = q.value(2).toString();
    o.website = q.value(3).toString();
    o.address = q.value(4).toString();
    o.products = q.value(5).toString();
    o.services = q.value(6).toString();
    o.competitors = q.value(7).toString();
    o.news = q.value(8).toString();
    o.sources = q.value(9).toString();
    o.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    o.updatedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    o.peopleCount = q.value(12).toInt();
    return o;
}

struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const OrganizationQuery &query)
{
    Filter f;
    QStringList parts;
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList columns = {
        QStringLiteral("o.name"), QStringLiteral("o.industry"), QStringLiteral("o.website"),
        QStringLiteral("o.research_products"), QStringLiteral("o.research_services"),
        QStringLiteral("o.research_competitors"), QStringLiteral("o.research_news")};
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        QStringList any;
        for (const QString &column : columns) {
            any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            f.values << QString(QLatin1Char('%') + word + QLatin1Char('%'));
        }
        parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!parts.isEmpty())
        f.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

QString orderFor(const OrganizationQuery &query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (query.sortField) {
    case OrganizationQuery::kSortByPeopleCount: key = QStringLiteral("people_count"); break;
    case Organization::Industry: key = QStringLiteral("o.industry COLLATE NOCASE"); break;
    case Organization::Website: key = QStringLiteral("o.website COLLATE NOCASE"); break;
    case Organization::Address: key = QStringLiteral("o.address COLLATE NOCASE"); break;
    default: key = QStringLiteral("o.name COLLATE NOCASE"); break;
    }
    return QStringLiteral(" ORDER BY %1%2, o.id%2").arg(key, dir);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void bindOrganization(QSqlQuery &q, const Organization &o)
{
    q.addBindValue(sqlText(o.name.trimmed()));
    q.addBindValue(sqlText(o.industry));
    q.addBindValue(sqlText(o.website.trimmed()));
    q.addBindValue(sqlText(o.address));
    q.addBindValue(sqlText(o.products));
    q.addBindValue(sqlText(o.services));
    q.addBindValue(sqlText(o.competitors));
    q.addBindValue(sqlText(o.news));
    q.addBindValue(sqlText(o.sources));
}

} // namespace

OrganizationRepository::OrganizationRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("organizations"), parent)
{
}

std::optional<Organization> OrganizationRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE o.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readOrganization(q);
    return std::nullopt;
}

std::optional<Organization> OrganizationRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE o.name = ? COLLATE NOCASE ORDER BY o.id LIMIT 1"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return readOrganization(q);
    return std::nullopt;
}

QList<Organization> OrganizationRepository::page(const OrganizationQuery &query, int offset, int limit) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + f.where + orderFor(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Organization> out;
    if (q.exec()) {
        while (q.next())
            out.append(readOrganization(q));
    }
    return out;
}

int OrganizationRepository::count(const OrganizationQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM organizations o") + f.where);
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int OrganizationRepository::positionOf(qint64 id, const OrganizationQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM (SELECT o.id AS id, row_number() OVER (") + orderFor(query)
              + QStringLiteral(") - 1 AS position FROM (") + kSelect + f.where
              + QStringLiteral(") AS o) WHERE id = ?"));
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

QList<QPair<qint64, QString>> OrganizationRepository::names() const
{
    QSqlQuery q(m_db.connection());
    QList<QPair<qint64, QString>> out;
    if (q.exec(QStringLiteral("SELECT id, name FROM organizations ORDER BY name COLLATE NOCASE, id"))) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return out;
}

bool OrganizationRepository::add(Organization &organization)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO organizations (name, industry, website, address, research_products, research_services, "
        "research_competitors, research_news, research_sources, created_at, updated_at, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindOrganization(q, organization);
    const QString stamp = organization.createdAt.isValid() ? organization.createdAt.toUTC().toString(Qt::ISODate) : now();
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    q.addBindValue(organization.id > 0 ? QVariant(organization.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    notifyAdded(id);
    if (!tx.commit())
        return false;
    organization.id = id;
    return true;
}

bool OrganizationRepository::update(const Organization &organization)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE organizations SET name = ?, industry = ?, website = ?, address = ?, research_products = ?, "
        "research_services = ?, research_competitors = ?, research_news = ?, research_sources = ?, updated_at = ? "
        "WHERE id = ?"));
    bindOrganization(q, organization);
    q.addBindValue(now());
    q.addBindValue(organization.id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the organization no longer exists"));
    notifyChanged(organization.id);
    return tx.commit();
}

} // namespace Inroad
