#pragma once

#include "question.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about saved question sets and their items. remove()/restore() from Repository take the
/// items along. Signals report committed changes.
class QuestionSetRepository final : public Repository
{
    Q_OBJECT

public:
    explicit QuestionSetRepository(Database &db, QObject *parent = nullptr);

    /// Every set with its items, by name.
    QList<QuestionSet> all() const;
    std::optional<QuestionSet> find(qint64 id) const;
    /// The id of the set called @p name (case-insensitive), or 0.
    qint64 idForName(const QString &name) const;

    /// Adds the set with its items and fills in its id. A non-zero id is kept.
    bool add(QuestionSet &set);
    /// Writes name, description and replaces the items.
    bool update(const QuestionSet &set);

    /// Fills in questionId (and builtinKey, categoryName, tags) of each item from this workspace's
    /// bank: by shipped key first, then by identical text (ignoring case and surrounding space).
    QList<QuestionSetItem> matchToBank(const QList<QuestionSetItem> &items) const;

private:
    QList<QuestionSetItem> itemsOf(qint64 setId) const;
    bool validate(const QuestionSet &set);
    bool writeItems(qint64 setId, const QList<QuestionSetItem> &items);
};

} // namespace Inroad
