#pragma once

#include "followup.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about follow-ups. Signals report committed changes.
class FollowUpRepository final : public Repository
{
    Q_OBJECT

public:
    explicit FollowUpRepository(Database &db, QObject *parent = nullptr);

    std::optional<FollowUp> find(qint64 id) const;
    /// Open follow-ups whose effective due time is before @p before, soonest first.
    QList<FollowUp> openDueBefore(const QDateTime &before) const;
    /// A person's follow-ups, open ones first (soonest first), then done ones (latest first).
    QList<FollowUp> forPerson(qint64 personId) const;
    /// The open thank-you follow-up of an interview, and the open keep-in-touch of a person.
    std::optional<FollowUp> openThankYou(qint64 interviewId) const;
    std::optional<FollowUp> openKeepInTouch(qint64 personId) const;
    /// Whether the interview ever had a thank-you follow-up, open or done.
    bool hasThankYou(qint64 interviewId) const;

    bool add(FollowUp &followUp);
    bool update(const FollowUp &followUp);
};

} // namespace Inroad
