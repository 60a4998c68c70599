#include "duplicatefinder.h"

#include "contactkeys.h"
#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <numeric>

namespace Inroad {

namespace {

struct Row
{
    qint64 id = 0;
    QString sortKey; ///< folded last name, first name
};

// Union-find over row indexes, with path halving and union by size.
class DisjointSets
{
public:
    explicit DisjointSets(qsizetype count) : m_parent(count), m_size(count, 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), qsizetype(0));
    }
    qsizetype find(qsizetype i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }
    qsizetype sizeOf(qsizetype i) { return m_size[find(i)]; }

private:
    QList<qsizetype> m_parent;
    QList<qsizetype> m_size;
};

enum KeyKind { EmailKey, LinkedInKey, NameKey, KeyKindCount };

// A match that joined a row to the first row with the same key.
struct Link
{
    KeyKind kind;
    qsizetype first;
    qsizetype row;
};

QString reasonText(KeyKind kind, const QString &email)
{
    switch (kind) {
    case EmailKey:
        return QCoreApplication::translate("Inroad::DuplicateFinder", "same e-mail address %1").arg(email);
    case LinkedInKey:
        return QCoreApplication::translate("Inroad::DuplicateFinder", "same LinkedIn profile");
    case NameKey:
    case KeyKindCount:
        break;
    }
    return QCoreApplication::translate("Inroad::DuplicateFinder", "same name and organization");
}

} // namespace

QList<DuplicateGroup> findDuplicatePeople(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.first_name, p.last_name, p.email, p.linkedin_url, COALESCE(o.name, '') "
                               "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id ORDER BY p.id")))
        return {};

    QList<Row> rows;
    QList<QString> emails; // as typed, for the reason text
    QHash<QString, qsizetype> firstWithKey[KeyKindCount];
    QList<Link> links;
    QStringList linkedInKeys; // per row
    ContactKeys::FoldedNames foldedOrganizations;
    while (q.next()) {
        const qsizetype index = rows.size();
        const QString first = q.value(1).toString();
        const QString last = q.value(2).toString();
        const QString email = q.value(3).toString().trimmed();
        const QString organization = q.value(5).toString();
        rows.append({q.value(0).toLongLong(), ContactKeys::foldedName(last) + QChar(0x1f) + ContactKeys::foldedName(first)});
        emails.append(email);

        QString keys[KeyKindCount];
        keys[EmailKey] = ContactKeys::email(email);
        keys[LinkedInKey] = ContactKeys::linkedIn(q.value(4).toString());
        // The rule of an import (planContactImport): the same name at the same organization, or
        // both without one — but two different LinkedIn profiles are two people.
        keys[NameKey] = ContactKeys::nameAndOrganization(first, last, organization, foldedOrganizations);
        linkedInKeys.append(keys[LinkedInKey]);
        for (int kind = 0; kind < KeyKindCount; ++kind) {
            if (keys[kind].isEmpty())
                continue;
            const auto it = firstWithKey[kind].constFind(keys[kind]);
            if (it == firstWithKey[kind].cend()) {
                firstWithKey[kind].insert(keys[kind], index);
            } else if (kind != NameKey || keys[LinkedInKey].isEmpty() || linkedInKeys.at(*it).isEmpty()
                       || linkedInKeys.at(*it) == keys[LinkedInKey]) {
                links.append({KeyKind(kind), *it, index});
            }
        }
    }

    DisjointSets sets(rows.size());
    for (const Link &link : std::as_const(links))
        sets.unite(link.first, link.row);

    QHash<qsizetype, QList<qsizetype>> members; // by root
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (sets.sizeOf(i) > 1)
            members[sets.find(i)].append(i);
    }
    // Each group's reasons, one per kind of key, strongest evidence (e-mail) first.
    QHash<qsizetype, std::array<QString, KeyKindCount>> reasons;
    for (const Link &link : std::as_const(links)) {
        QString &reason = reasons[sets.find(link.row)][link.kind];
        if (reason.isEmpty())
            reason = reasonText(link.kind, emails.at(link.first));
    }

    const auto byName = [&rows](qsizetype a, qsizetype b) {
        const int c = QString::compare(rows.at(a).sortKey, rows.at(b).sortKey);
        return c != 0 ? c < 0 : rows.at(a).id < rows.at(b).id;
    };
    QList<QList<qsizetype>> groups;
    for (auto it = members.begin(); it != members.end(); ++it) {
        std::sort(it->begin(), it->end(), byName);
        groups.append(*it);
    }
    std::sort(groups.begin(), groups.end(),
              [&byName](const QList<qsizetype> &a, const QList<qsizetype> &b) { return byName(a.first(), b.first()); });

    QList<DuplicateGroup> out;
    out.reserve(groups.size());
    for (const QList<qsizetype> &group : std::as_const(groups)) {
        DuplicateGroup g;
        for (qsizetype i : group)
            g.personIds.append(rows.at(i).id);
        QStringList why;
        for (const QString &reason : reasons.value(sets.find(group.first())))
            if (!reason.isEmpty())
                why << reason;
        g.reason = why.join(QStringLiteral("; "));
        out.append(g);
    }
    return out;
}

} // namespace Inroad
