#pragma once

#include "followuprules.h"
#include "interview.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// Which interviews a list shows, in which order.
struct InterviewQuery
{
    enum Scope {
        Open,        ///< ideas, requests and scheduled ones, soonest first
        Past,        ///< done and cancelled ones, latest first
        All,
        WithStatus   ///< only those with `status`
    };
    enum SortKey { ByStart, ByPerson, ByOrganization, ByField, ByStatus, ByMode };

    QString text;                        ///< every word must appear in a name, organization, field, purpose or place
    Scope scope = All;
    InterviewStatus status = InterviewStatus::Scheduled;
    qint64 personId = 0;                 ///< 0: anyone
    SortKey sortKey = ByStart;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// All SQL about interviews. Signals report committed changes.
class InterviewRepository final : public Repository
{
    Q_OBJECT

public:
    explicit InterviewRepository(Database &db, QObject *parent = nullptr);

    std::optional<Interview> find(qint64 id) const;
    QList<Interview> page(const InterviewQuery &query, int offset, int limit) const;
    int count(const InterviewQuery &query = {}) const;
    int positionOf(qint64 id, const InterviewQuery &query) const;

    QList<Interview> forPerson(qint64 personId) const;
    /// Interviews with a start in [@p from, @p to), not cancelled, soonest first.
    QList<Interview> startingBetween(const QDateTime &from, const QDateTime &to) const;
    /// Done interviews since @p since (or without a time) that brought fewer than @p goal
    /// referrals, latest first.
    QList<Interview> doneWithFewerReferrals(int goal, const QDateTime &since) const;

    /// What the person's records say has happened (interviews, outreach, thank-you notes).
    PersonActivity activityOf(qint64 personId) const;

    bool add(Interview &interview);
    bool update(const Interview &interview);
};

} // namespace Inroad
