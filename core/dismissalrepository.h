#pragma once

#include "repository.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace Inroad {

/// A Today item the user marked done (no end) or snoozed (until a time). Follow-ups keep their own
/// done and snooze dates; this is for the items that are not records of their own.
struct Dismissal
{
    qint64 id = 0;
    QString itemKey;          ///< AgendaItem::key()
    QDateTime until;          ///< UTC; invalid: done for good
};

/// All SQL about dismissed Today items. Signals report committed changes.
class DismissalRepository final : public Repository
{
    Q_OBJECT

public:
    explicit DismissalRepository(Database &db, QObject *parent = nullptr);

    std::optional<Dismissal> findByKey(const QString &itemKey) const;
    /// The keys hidden at @p now: done ones, and those snoozed past @p now.
    QSet<QString> hiddenAt(const QDateTime &now) const;

    bool add(Dismissal &dismissal);
    bool update(const Dismissal &dismissal);
};

} // namespace Inroad
