#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Inroad {

/// A heading of the question bank ("A typical day", "TIARA").
struct QuestionCategory
{
    qint64 id = 0;
    QString name;
    int position = 0;          ///< order in the bank and on the printed handout
};

/// A question of the bank: what to ask, about how long an answer takes, and why it may be unwise.
struct Question
{
    static constexpr double kDefaultMinutes = 2.0;

    qint64 id = 0;
    qint64 categoryId = 0;     ///< 0: no category
    QString text;
    double minutes = kDefaultMinutes; ///< estimated time for the answer, > 0
    QStringList tags;          ///< lower-case words, stored comma-separated
    QString caution;           ///< why the question is unwise (see questionCaution()); empty when fine
    QString builtinKey;        ///< the key of a shipped question ("day.typical"); empty for the user's own
    bool retired = false;      ///< kept for old interviews, hidden from the bank by default
    int position = 0;          ///< order inside its category
    QDateTime createdAt;

    // Read-only, filled in by the repository.
    QString categoryName;

    bool isShipped() const { return !builtinKey.isEmpty(); }
};

/// A question on one interview's list, with its answer. The text is copied from the bank when the
/// question is added, so editing the bank never rewrites what was asked.
struct InterviewQuestion
{
    qint64 id = 0;
    qint64 interviewId = 0;
    qint64 questionId = 0;     ///< the bank question it came from; 0 for a one-off
    QString text;
    double minutes = Question::kDefaultMinutes;
    int position = 0;          ///< 0-based row in the interview's list
    QString answer;            ///< Markdown
    bool notAsked = false;     ///< the question was skipped in the conversation

    bool sameContent(const InterviewQuestion &other) const
    {
        return interviewId == other.interviewId && questionId == other.questionId && text == other.text
            && minutes == other.minutes && answer == other.answer && notAsked == other.notAsked;
    }
};

/// One question of a saved set.
struct QuestionSetItem
{
    qint64 questionId = 0;     ///< the bank question; 0 when it is not (or no longer) in the bank
    QString text;
    double minutes = Question::kDefaultMinutes;
    // Carried in set files so a set can be matched to another workspace's bank (read-only here).
    QString builtinKey;
    QString categoryName;
    QStringList tags;
};

/// A named, reusable question list ("Engineering, first talk").
struct QuestionSet
{
    qint64 id = 0;
    QString name;
    QString description;
    QList<QuestionSetItem> items;
    QDateTime createdAt;
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Question)
Q_DECLARE_METATYPE(Inroad::InterviewQuestion)
Q_DECLARE_METATYPE(Inroad::QuestionSet)
