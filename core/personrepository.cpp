#include "personrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Inroad {

namespace {

const QLatin1String kSelect(
    "SELECT p.id, p.first_name, p.last_name, p.pronunciation, p.salutation, p.title, p.organization_id, "
    "COALESCE(o.name, ''), p.email, p.phone, p.linkedin_url, p.address, p.source, "
    "(SELECT group_concat(t.name, char(31)) FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
    "WHERE pt.person_id = p.id), "
    "p.relationship_strength, p.pipeline_stage, p.stage_set_by_hand, p.business_card, p.created_at, p.updated_at, COALESCE(p.keep_in_touch_weeks, 0) "
    "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id");

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.firstName = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.pronunciation = q.value(3).toString();
    p.salutation = q.value(4).toString();
    p.title = q.value(5).toString();
    p.organizationId = q.value(6).toLongLong();
    p.organizationName = q.value(7).toString();
    p.email = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.linkedInUrl = q.value(10).toString();
    p.address = q.value(11).toString();
    p.source = q.value(12).toString();
    const QString tags = q.value(13).toString();
    p.tags = normalizedTags(tags.isEmpty() ? QStringList() : tags.split(QChar(0x1f)));
    p.relationshipStrength = q.value(14).toInt();
    p.stage = pipelineStageFromInt(q.value(15).toInt());
    p.stageSetByHand = q.value(16).toBool();
    p.businessCardReceived = q.value(17).toBool();
    p.createdAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODate);
    p.updatedAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    p.keepInTouchWeeks = q.value(20).toInt();
    return p;
}

QString escapedLike(const QString &word)
{
    QString w = word;
    w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    w.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    w.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + w + QLatin1Char('%');
}

// WHERE clause and its bound values for a query.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const PersonQuery &query)
{
    Filter f;
    QStringList parts;
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
        parts << QStringLiteral("(p.first_name") + like + QStringLiteral(" OR p.last_name") + like
                + QStringLiteral(" OR o.name") + like + QStringLiteral(" OR p.title") + like
                + QStringLiteral(" OR p.email") + like + QStringLiteral(" OR p.source") + like
                + QStringLiteral(" OR EXISTS (SELECT 1 FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
                                 "WHERE pt.person_id = p.id AND t.name") + like + QStringLiteral("))");
        for (int i = 0; i < 7; ++i)
            f.values << escapedLike(word);
    }
    if (query.stage >= 0) {
        parts << QStringLiteral("p.pipeline_stage = ?");
        f.values << query.stage;
    }
    if (query.organizationId > 0) {
        parts << QStringLiteral("p.organization_id = ?");
        f.values << query.organizationId;
    }
    if (!parts.isEmpty())
        f.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

QString orderFor(const PersonQuery &query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys;
    switch (query.sortField) {
    case Person::FirstName:
        keys << QStringLiteral("p.first_name COLLATE NOCASE") << QStringLiteral("p.last_name COLLATE NOCASE");
        break;
    case Person::OrganizationId:
        keys << QStringLiteral("COALESCE(o.name, '') COLLATE NOCASE");
        break;
    case Person::Title: keys << QStringLiteral("p.title COLLATE NOCASE"); break;
    case Person::Email: keys << QStringLiteral("p.email COLLATE NOCASE"); break;
    case Person::Phone: keys << QStringLiteral("p.phone"); break;
    case Person::Stage: keys << QStringLiteral("p.pipeline_stage"); break;
    case Person::RelationshipStrength: keys << QStringLiteral("p.relationship_strength"); break;
    case Person::Source: keys << QStringLiteral("p.source COLLATE NOCASE"); break;
    default:
        keys << QStringLiteral("p.last_name COLLATE NOCASE") << QStringLiteral("p.first_name COLLATE NOCASE");
        break;
    }
    keys << QStringLiteral("p.id");
    for (QString &key : keys)
        key += dir;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

PersonRepository::PersonRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("people"), parent)
{
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readPerson(q);
    return std::nullopt;
}

QList<Person> PersonRepository::page(const PersonQuery &query, int offset, int limit) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + f.where + orderFor(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, f.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Person> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readPerson(q));
    return out;
}

int PersonRepository::count(const PersonQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM people p LEFT JOIN organizations o ON o.id = p.organization_id") + f.where);
    bindAll(q, f.values);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int PersonRepository::positionOf(qint64 id, const PersonQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM (SELECT p.id AS id, row_number() OVER (") + orderFor(query)
              + QStringLiteral(") - 1 AS position FROM people p LEFT JOIN organizations o ON o.id = p.organization_id")
              + f.where + QStringLiteral(") WHERE id = ?"));
    bindAll(q, f.values);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

QList<Person> PersonRepository::atOrganization(qint64 organizationId) const
{
    PersonQuery query;
    query.organizationId = organizationId;
    if (organizationId <= 0)
        return {};
    return page(query, 0, -1);
}

QStringList PersonRepository::allTags() const
{
    QSqlQuery q(m_db.connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

namespace {

bool writeTags(QSqlQuery &q, qint64 personId, const QStringList &tags)
{
    q.prepare(QStringLiteral("DELETE FROM person_tags WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return false;
    for (const QString &tag : tags) {
        q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        q.addBindValue(tag);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("INSERT INTO person_tags(person_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
        q.addBindValue(personId);
        q.addBindValue(tag);
        if (!q.exec())
            return false;
    }
    return true;
}

void bindPerson(QSqlQuery &q, const Person &p)
{
    q.addBindValue(sqlText(p.firstName.trimmed()));
    q.addBindValue(sqlText(p.lastName.trimmed()));
    q.addBindValue(sqlText(p.pronunciation));
    q.addBindValue(sqlText(p.salutation));
    q.addBindValue(sqlText(p.title));
    q.addBindValue(p.organizationId > 0 ? QVariant(p.organizationId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlText(p.email.trimmed()));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(sqlText(p.linkedInUrl.trimmed()));
    q.addBindValue(sqlText(p.address));
    q.addBindValue(sqlText(p.source));
    q.addBindValue(qBound(0, p.relationshipStrength, 5));
    q.addBindValue(static_cast<int>(p.stage));
    q.addBindValue(p.stageSetByHand ? 1 : 0);
    q.addBindValue(p.businessCardReceived ? 1 : 0);
    q.addBindValue(p.keepInTouchWeeks > 0 ? QVariant(qMin(p.keepInTouchWeeks, 52)) : QVariant(QMetaType(QMetaType::Int)));
}

} // namespace

bool PersonRepository::add(Person &person)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO people (first_name, last_name, pronunciation, salutation, title, organization_id, email, phone, "
        "linkedin_url, address, source, relationship_strength, pipeline_stage, stage_set_by_hand, business_card, "
        "keep_in_touch_weeks, created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPerson(q, person);
    const QString stamp = person.createdAt.isValid() ? person.createdAt.toUTC().toString(Qt::ISODate) : now();
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    q.addBindValue(person.id > 0 ? QVariant(person.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeTags(q, id, normalizedTags(person.tags)))
        return fail(q);
    notifyAdded(id);
    if (!tx.commit())
        return false;
    person.id = id;
    return true;
}

bool PersonRepository::update(const Person &person)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE people SET first_name = ?, last_name = ?, pronunciation = ?, salutation = ?, title = ?, "
        "organization_id = ?, email = ?, phone = ?, linkedin_url = ?, address = ?, source = ?, "
        "relationship_strength = ?, pipeline_stage = ?, stage_set_by_hand = ?, business_card = ?, keep_in_touch_weeks = ?, updated_at = ? "
        "WHERE id = ?"));
    bindPerson(q, person);
    q.addBindValue(now());
    q.addBindValue(person.id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the person no longer exists"));
    if (!writeTags(q, person.id, normalizedTags(person.tags)))
        return fail(q);
    notifyChanged(person.id);
    return tx.commit();
}

} // namespace Inroad
