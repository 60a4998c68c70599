#pragma once

#include "question.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about the question lists of interviews and their answers (table interview_questions).
///
/// Every list edit renumbers positions 0..n-1 in one transaction and then emits listChanged()
/// for the interview; content edits of one row (text, minutes, answer, not asked) emit
/// changed(id). The base class's added/removed are not used for list edits.
class InterviewQuestionRepository final : public Repository
{
    Q_OBJECT

public:
    explicit InterviewQuestionRepository(Database &db, QObject *parent = nullptr);

    /// The interview's questions, by position.
    QList<InterviewQuestion> forInterview(qint64 interviewId) const;
    std::optional<InterviewQuestion> find(qint64 id) const;
    int countForInterview(qint64 interviewId) const;

    /// Inserts @p items before row @p row of the interview's list (a negative row, or one past
    /// the end, means at the end) and fills
    /// in their ids and positions. Items with a non-zero id keep it (redo, or undoing a removal).
    bool insert(qint64 interviewId, int row, QList<InterviewQuestion> &items);
    /// Deletes the rows with @p ids (answers included) and closes the gaps.
    bool removeQuestions(qint64 interviewId, const QList<qint64> &ids);
    /// Puts the list in the order of @p orderedIds, which must be exactly the interview's ids.
    bool reorder(qint64 interviewId, const QList<qint64> &orderedIds);
    /// Writes text, minutes, answer and not-asked of one row.
    bool update(const InterviewQuestion &question);

signals:
    void listChanged(qint64 interviewId);

private:
    bool writeOrder(qint64 interviewId, const QList<qint64> &orderedIds);
};

} // namespace Inroad
