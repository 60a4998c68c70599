#include "questioncommands.h"

#include "database.h"
#include "interviewquestionrepository.h"
#include "questionrepository.h"
#include "shippedbank.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Inroad {

InsertInterviewQuestionsCommand::InsertInterviewQuestionsCommand(InterviewQuestionRepository &repo, qint64 interviewId,
                                                                 int row, QList<InterviewQuestion> items,
                                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repo(repo)
    , m_interviewId(interviewId)
    , m_row(row)
    , m_items(std::move(items))
{
}

void InsertInterviewQuestionsCommand::redo()
{
    // Ids are kept from the first run, so a redo brings back the same rows.
    if (!m_repo.insert(m_interviewId, m_row, m_items))
        setObsolete(true);
}

void InsertInterviewQuestionsCommand::undo()
{
    QList<qint64> ids;
    for (const InterviewQuestion &item : std::as_const(m_items))
        ids.append(item.id);
    // Answers written after the insert belong to the rows; keep them for a redo.
    for (InterviewQuestion &item : m_items) {
        if (const std::optional<InterviewQuestion> stored = m_repo.find(item.id))
            item = *stored;
    }
    if (!m_repo.removeQuestions(m_interviewId, ids))
        setObsolete(true);
}

RemoveInterviewQuestionsCommand::RemoveInterviewQuestionsCommand(InterviewQuestionRepository &repo, qint64 interviewId,
                                                                 QList<qint64> ids, const QString &text,
                                                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repo(repo)
    , m_interviewId(interviewId)
    , m_ids(std::move(ids))
{
}

void RemoveInterviewQuestionsCommand::redo()
{
    const QSet<qint64> wanted(m_ids.cbegin(), m_ids.cend());
    m_removed.clear();
    for (const InterviewQuestion &question : m_repo.forInterview(m_interviewId)) {
        if (wanted.contains(question.id))
            m_removed.append(question);
    }
    if (m_removed.size() != wanted.size() || !m_repo.removeQuestions(m_interviewId, m_ids))
        setObsolete(true);
}

void RemoveInterviewQuestionsCommand::undo()
{
    Database &db = m_repo.database();
    Transaction tx(db);
    // Back in ascending order of their old rows, so each lands where it was.
    for (const InterviewQuestion &question : std::as_const(m_removed)) {
        QList<InterviewQuestion> one{question};
        if (!m_repo.insert(m_interviewId, question.position, one)) {
            setObsolete(true);
            return;
        }
    }
    if (!tx.commit())
        setObsolete(true);
}

ReorderInterviewQuestionsCommand::ReorderInterviewQuestionsCommand(InterviewQuestionRepository &repo,
                                                                   qint64 interviewId, QList<qint64> before,
                                                                   QList<qint64> after, const QString &text,
                                                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repo(repo)
    , m_interviewId(interviewId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReorderInterviewQuestionsCommand::redo()
{
    if (!m_repo.reorder(m_interviewId, m_after))
        setObsolete(true);
}

void ReorderInterviewQuestionsCommand::undo()
{
    if (!m_repo.reorder(m_interviewId, m_before))
        setObsolete(true);
}

RestoreShippedBankCommand::RestoreShippedBankCommand(QuestionRepository &repo, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Inroad::RestoreShippedBankCommand", "Restore Shipped Questions"), parent)
    , m_repo(repo)
{
}

void RestoreShippedBankCommand::redo()
{
    const ShippedBank &bank = shippedBank();
    if (!bank.ok()) {
        setObsolete(true);
        return;
    }
    Database &db = m_repo.database();
    Transaction tx(db);
    const bool firstRun = m_restored == 0 && m_before.isEmpty() && m_added.isEmpty();
    QHash<QString, qint64> categoryIds;
    QSet<QString> existing;
    for (const QuestionCategory &category : m_repo.categories())
        existing.insert(category.name.toCaseFolded());
    m_createdCategories.clear();
    for (const QString &name : bank.categories) {
        const qint64 id = m_repo.ensureCategory(name);
        if (id == 0) {
            setObsolete(true);
            return;
        }
        if (!existing.contains(name.toCaseFolded()))
            m_createdCategories.append(id);
        categoryIds.insert(name, id);
    }
    if (firstRun) {
        for (const Question &shipped : bank.questions) {
            const qint64 categoryId = categoryIds.value(shipped.categoryName);
            if (const std::optional<Question> current = m_repo.findShipped(shipped.builtinKey)) {
                const bool same = current->text == shipped.text && current->minutes == shipped.minutes
                    && current->tags == shipped.tags && current->categoryId == categoryId && !current->retired;
                if (!same)
                    m_before.append(*current);
            } else {
                Question added = shipped;
                added.categoryId = categoryId;
                m_added.append(added);
            }
        }
        m_restored = int(m_before.size() + m_added.size());
    }
    for (const Question &before : std::as_const(m_before)) {
        const auto shipped = std::find_if(bank.questions.cbegin(), bank.questions.cend(),
                                          [&](const Question &q) { return q.builtinKey == before.builtinKey; });
        Question restored = before;
        restored.text = shipped->text;
        restored.minutes = shipped->minutes;
        restored.tags = shipped->tags;
        restored.categoryId = categoryIds.value(shipped->categoryName);
        restored.retired = false;
        if (!m_repo.update(restored)) {
            setObsolete(true);
            return;
        }
    }
    // The first run gives the re-added questions their ids and times; a redo brings back the same.
    for (Question &added : m_added) {
        added.categoryId = categoryIds.value(added.categoryName);
        if (!m_repo.add(added)) {
            setObsolete(true);
            return;
        }
    }
    // Nothing to bring back: no undo step that does nothing.
    if (!tx.commit() || m_restored == 0)
        setObsolete(true);
}

void RestoreShippedBankCommand::undo()
{
    Database &db = m_repo.database();
    Transaction tx(db);
    for (const Question &question : std::as_const(m_before)) {
        if (!m_repo.update(question)) {
            setObsolete(true);
            return;
        }
    }
    for (const Question &added : std::as_const(m_added)) {
        if (!m_repo.remove(added.id)) {
            setObsolete(true);
            return;
        }
    }
    for (const qint64 id : std::as_const(m_createdCategories)) {
        if (!m_repo.removeCategory(id)) {
            setObsolete(true);
            return;
        }
    }
    if (!tx.commit())
        setObsolete(true);
}

} // namespace Inroad
