#pragma once

#include <QList>
#include <QString>

namespace Inroad {

class Database;

/// People who are probably one person entered twice (or more).
struct DuplicateGroup
{
    QList<qint64> personIds; ///< at least two, ordered by last name, first name, id
    /// Why they were grouped, in words ("same e-mail address ann@x.org"); several reasons are
    /// joined when a chain of matches made the group.
    QString reason;
};

/// Every group of people who share an e-mail address, a LinkedIn profile, or a name at the same
/// organization (see ContactKeys). Matches chain: when A and B share an address and B and C a
/// name, all three are one group. Groups are ordered by their first person's last name.
QList<DuplicateGroup> findDuplicatePeople(const Database &db);

} // namespace Inroad
