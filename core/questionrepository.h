#pragma once

#include "question.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about the question bank: its categories and questions. Signals report committed
/// changes (added/changed/removed carry question ids). Every add and update runs questionCaution()
/// on the text and stores the reason, so questions the user writes are checked like shipped ones.
class QuestionRepository final : public Repository
{
    Q_OBJECT

public:
    explicit QuestionRepository(Database &db, QObject *parent = nullptr);

    // Categories, by position.
    QList<QuestionCategory> categories() const;
    std::optional<QuestionCategory> category(qint64 id) const;
    /// The id of the category called @p name (case-insensitive), creating it last when missing;
    /// 0 after fail() (an empty name).
    qint64 ensureCategory(const QString &name);
    /// Fails with a message when another category already has @p name.
    bool renameCategory(qint64 id, const QString &name);
    /// Deletes a category that no question uses any more (undoing its creation).
    bool removeCategory(qint64 id);

    // Questions.
    std::optional<Question> find(qint64 id) const;
    std::optional<Question> findShipped(const QString &builtinKey) const;
    /// The bank by category position, then position; retired questions only when asked for.
    QList<Question> all(bool includeRetired = false) const;
    /// Every distinct tag in the bank, sorted.
    QStringList allTags() const;

    /// Adds @p question last in its category (unless its position is set) and fills in its id,
    /// caution and creation time. A non-zero id is kept (redo of an undone add).
    bool add(Question &question);
    /// Writes text, category, minutes, tags, retired and position; recomputes the caution.
    bool update(const Question &question);

    /// True once the shipped bank has been installed in this workspace (a setting).
    bool shippedBankInstalled() const;
    /// Installs the shipped bank (resources/questions/default-bank.json) when it has never been
    /// installed: a new workspace starts with it. Not undoable; part of setting up a workspace.
    bool installShippedBankIfNeeded();

signals:
    void categoriesChanged();
};

} // namespace Inroad
