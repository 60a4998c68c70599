#include "referralgraph.h"

#include "database.h"
#include "repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

namespace Inroad {

QList<qint64> ReferralGraph::chainTo(qint64 personId) const
{
    if (personId == 0)
        return {};
    // Breadth-first from "Me" over the edges in the order they are listed; the first edge that
    // reaches a person is the one the chain takes, so a cycle is simply not walked twice.
    QHash<qint64, QList<int>> outgoing;
    for (int i = 0; i < edges.size(); ++i)
        outgoing[edges.at(i).from].append(i);
    QHash<qint64, int> reachedBy; // person -> index of the edge that reached them first
    QList<qint64> queue{0};
    for (int head = 0; head < queue.size() && !reachedBy.contains(personId); ++head) {
        const qint64 person = queue.at(head);
        for (int i : outgoing.value(person)) {
            const qint64 next = edges.at(i).to;
            if (next == 0 || reachedBy.contains(next))
                continue;
            reachedBy.insert(next, i);
            queue.append(next);
        }
    }
    QList<qint64> chain;
    for (qint64 person = personId; reachedBy.contains(person);) {
        const ReferralGraphEdge &edge = edges.at(reachedBy.value(person));
        chain.prepend(edge.id);
        person = edge.from;
    }
    return chain;
}

ReferralGraph ReferralGraphRepository::load(const ReferralGraphFilter &filter) const
{
    ReferralGraph graph;
    ReferralGraphNode me;
    me.name = QCoreApplication::translate("Inroad::ReferralGraph", "Me");
    graph.nodes.append(me);

    QStringList conditions;
    QVariantList values;
    if (filter.fieldId > 0) {
        conditions << QStringLiteral(
            "(EXISTS (SELECT 1 FROM person_fields pf WHERE pf.person_id = p.id AND pf.field_id = ?) "
            "OR EXISTS (SELECT 1 FROM interviews i WHERE i.person_id = p.id AND i.field_id = ?))");
        values << filter.fieldId << filter.fieldId;
    }
    if (filter.organizationId > 0) {
        conditions << QStringLiteral("p.organization_id = ?");
        values << filter.organizationId;
    }
    if (filter.stage >= 0) {
        conditions << QStringLiteral("p.pipeline_stage = ?");
        values << filter.stage;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    QSqlQuery people(m_db.connection());
    people.setForwardOnly(true);
    people.prepare(
        QStringLiteral("SELECT p.id, trim(p.first_name || ' ' || p.last_name), COALESCE(o.name, ''), "
                       "p.pipeline_stage FROM people p LEFT JOIN organizations o ON o.id = p.organization_id")
        + where + QStringLiteral(" ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"));
    for (const QVariant &value : std::as_const(values))
        people.addBindValue(value);
    QSet<qint64> shown{0};
    if (people.exec()) {
        while (people.next()) {
            ReferralGraphNode node;
            node.id = people.value(0).toLongLong();
            node.name = people.value(1).toString();
            node.organization = people.value(2).toString();
            node.stage = pipelineStageFromInt(people.value(3).toInt());
            shown.insert(node.id);
            graph.nodes.append(node);
        }
    }

    QSqlQuery referrals(m_db.connection());
    referrals.setForwardOnly(true);
    referrals.prepare(QStringLiteral("SELECT id, COALESCE(referrer_id, 0), referred_id, referred_on, may_mention, note "
                                     "FROM referrals ORDER BY id"));
    if (referrals.exec()) {
        while (referrals.next()) {
            ReferralGraphEdge edge;
            edge.id = referrals.value(0).toLongLong();
            edge.from = referrals.value(1).toLongLong();
            edge.to = referrals.value(2).toLongLong();
            if (!shown.contains(edge.from) || !shown.contains(edge.to))
                continue;
            edge.referredOn = dayFromSql(referrals.value(3));
            edge.mayMention = referrals.value(4).toBool();
            edge.note = referrals.value(5).toString();
            graph.edges.append(edge);
        }
    }
    return graph;
}

} // namespace Inroad
