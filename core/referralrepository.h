#pragma once

#include "referral.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about referrals (the edges of the referral graph). Signals report committed changes.
class ReferralRepository final : public Repository
{
    Q_OBJECT

public:
    explicit ReferralRepository(Database &db, QObject *parent = nullptr);

    std::optional<Referral> find(qint64 id) const;
    /// The names an interview brought, in the order they were recorded.
    QList<Referral> forInterview(qint64 interviewId) const;
    /// Who introduced @p personId (0 stands for the user).
    QList<Referral> introducersOf(qint64 personId) const;
    int count() const;

    bool add(Referral &referral);
    bool update(const Referral &referral);
};

} // namespace Inroad
