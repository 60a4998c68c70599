#pragma once

#include "person.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// Which people a list shows, in which order.
struct PersonQuery
{
    QString text;                              ///< every word must appear in a name, organization, title, e-mail, source or tag
    int stage = -1;                            ///< a PipelineStage, or -1 for all
    qint64 organizationId = 0;                 ///< 0: any
    Person::Field sortField = Person::LastName; ///< OrganizationId sorts by the organization's name
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// All SQL about people, their tags and their stage. Signals report committed changes.
class PersonRepository final : public Repository
{
    Q_OBJECT

public:
    explicit PersonRepository(Database &db, QObject *parent = nullptr);

    std::optional<Person> find(qint64 id) const;
    /// Rows @p offset to @p offset + @p limit of the query's ordered result.
    QList<Person> page(const PersonQuery &query, int offset, int limit) const;
    int count(const PersonQuery &query = {}) const;
    /// Where the person stands in the query's order, or -1 if the query does not match them.
    int positionOf(qint64 id, const PersonQuery &query) const;
    QList<Person> atOrganization(qint64 organizationId) const;
    /// Every tag in use, for completion.
    QStringList allTags() const;

    /// Inserts @p person (keeping its id when it has one, for redo) and sets its id.
    bool add(Person &person);
    bool update(const Person &person);
};

} // namespace Inroad
