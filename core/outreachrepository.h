#pragma once

#include "outreachattempt.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about the outreach log. Signals report committed changes.
class OutreachRepository final : public Repository
{
    Q_OBJECT

public:
    explicit OutreachRepository(Database &db, QObject *parent = nullptr);

    std::optional<OutreachAttempt> find(qint64 id) const;
    /// A person's log, latest first; rows @p offset to @p offset + @p limit (-1: all).
    QList<OutreachAttempt> forPerson(qint64 personId, int offset = 0, int limit = -1) const;
    int countForPerson(qint64 personId) const;
    int positionOf(qint64 id, qint64 personId) const;

    /// People whose latest attempt is still waiting for a reply and was made before @p before:
    /// one attempt per person (the latest), oldest first.
    QList<OutreachAttempt> waitingSince(const QDateTime &before) const;

    bool add(OutreachAttempt &attempt);
    bool update(const OutreachAttempt &attempt);
};

} // namespace Inroad
