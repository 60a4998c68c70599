#pragma once

#include "question.h"

#include <QUndoCommand>

namespace Inroad {

class InterviewQuestionRepository;
class QuestionRepository;

// Undo commands for interview question lists and the bank. Like recordcommands.h: value
// snapshots, one transaction per redo or undo, obsolete when the first redo fails.

/// Inserts questions into an interview's list before @p row; undo takes them out again.
class InsertInterviewQuestionsCommand final : public QUndoCommand
{
public:
    InsertInterviewQuestionsCommand(InterviewQuestionRepository &repo, qint64 interviewId, int row,
                                    QList<InterviewQuestion> items, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QList<InterviewQuestion> items() const { return m_items; }

private:
    InterviewQuestionRepository &m_repo;
    qint64 m_interviewId;
    int m_row;
    QList<InterviewQuestion> m_items;
};

/// Removes questions (with their answers) from an interview's list; undo puts each back in its place.
class RemoveInterviewQuestionsCommand final : public QUndoCommand
{
public:
    RemoveInterviewQuestionsCommand(InterviewQuestionRepository &repo, qint64 interviewId, QList<qint64> ids,
                                    const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    InterviewQuestionRepository &m_repo;
    qint64 m_interviewId;
    QList<qint64> m_ids;
    QList<InterviewQuestion> m_removed; ///< as they were, by position
};

/// Puts an interview's list in a new order; undo restores the old one.
class ReorderInterviewQuestionsCommand final : public QUndoCommand
{
public:
    ReorderInterviewQuestionsCommand(InterviewQuestionRepository &repo, qint64 interviewId, QList<qint64> before,
                                     QList<qint64> after, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    InterviewQuestionRepository &m_repo;
    qint64 m_interviewId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

/// Brings the shipped questions back: missing ones are added, edited or retired ones get their
/// shipped text, minutes, tags and category again. The user's own questions are left alone.
/// Undo puts the bank back as it was.
class RestoreShippedBankCommand final : public QUndoCommand
{
public:
    explicit RestoreShippedBankCommand(QuestionRepository &repo, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    int restoredCount() const { return m_restored; }

private:
    QuestionRepository &m_repo;
    QList<Question> m_before;           ///< shipped questions as they were before the first redo
    QList<Question> m_added;            ///< missing ones, with the ids and times the first redo gave them
    QList<qint64> m_createdCategories;  ///< categories the last redo had to create
    int m_restored = 0;
};

} // namespace Inroad
