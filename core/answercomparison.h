#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QTextDocument;

namespace Inroad {

class Database;

/// Which interviews to compare: those of one career field, or a hand-picked list.
struct ComparisonScope
{
    qint64 fieldId = 0;            ///< used when interviewIds is empty
    QList<qint64> interviewIds;
};

/// A question asked in the scope, for the picker. Bank questions are identified by their id;
/// one-off questions by their text (questionId 0).
struct ComparedQuestion
{
    qint64 questionId = 0;
    QString text;                  ///< the bank's current text, or the one-off's text
    QString categoryName;
    int interviewCount = 0;        ///< interviews in the scope that have it on their list
    int answerCount = 0;           ///< of those, the ones with a non-empty answer
};

/// One interview's answer to the compared question.
struct ComparedAnswer
{
    qint64 interviewId = 0;
    qint64 interviewQuestionId = 0;
    QString personName;
    QString personTitle;
    QString organizationName;
    QString fieldName;
    QDateTime when;                ///< scheduled start (UTC); invalid when never scheduled
    QString askedText;             ///< the wording used in that interview
    QString answer;                ///< Markdown; empty when not answered
    bool notAsked = false;
};

/// Read-only queries that put everyone's answer to one question side by side — how many
/// conversations in a field become a decision — and the printable comparison.
class AnswerComparison final
{
public:
    explicit AnswerComparison(Database &db);

    /// Questions on the lists of the scope's interviews, most answered first.
    QList<ComparedQuestion> questions(const ComparisonScope &scope) const;
    /// The answers to @p question in the scope, oldest interview first (unscheduled ones last).
    QList<ComparedAnswer> answers(const ComparisonScope &scope, const ComparedQuestion &question) const;

    /// A printable document: the question as title, the scope as subtitle, then one block per
    /// interview (who, title, organization, date, the answer rendered from Markdown, or
    /// "Not asked" / "No answer recorded").
    static void buildDocument(QTextDocument &document, const QString &scopeTitle, const ComparedQuestion &question,
                              const QList<ComparedAnswer> &answers);

private:
    Database &m_db;
};

} // namespace Inroad
