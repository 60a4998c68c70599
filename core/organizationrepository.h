#pragma once

#include "organization.h"
#include "repository.h"

#include <QList>
#include <QPair>

namespace Inroad {

/// Which organizations a list shows, in which order.
struct OrganizationQuery
{
    QString text;                    ///< every word must appear in the name, industry, website or research notes
    int sortField = Organization::Name; ///< an Organization::Field, or kSortByPeopleCount
    Qt::SortOrder order = Qt::AscendingOrder;

    static constexpr int kSortByPeopleCount = -1;
};

/// All SQL about organizations and their research notes.
class OrganizationRepository final : public Repository
{
    Q_OBJECT

public:
    explicit OrganizationRepository(Database &db, QObject *parent = nullptr);

    std::optional<Organization> find(qint64 id) const;
    QList<Organization> page(const OrganizationQuery &query, int offset, int limit) const;
    int count(const OrganizationQuery &query = {}) const;
    int positionOf(qint64 id, const OrganizationQuery &query) const;
    /// Every organization's id and name, by name: for pickers.
    QList<QPair<qint64, QString>> names() const;
    /// The organization with this name (case-insensitive), if there is one.
    std::optional<Organization> findByName(const QString &name) const;

    bool add(Organization &organization);
    bool update(const Organization &organization);
};

} // namespace Inroad
