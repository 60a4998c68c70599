#include "interviewquestionrepository.h"

#include "database.h"

#include <QSet>
#include <QPointer>
#include <QSqlQuery>

#include <algorithm>

namespace Inroad {

namespace {

const QLatin1String kSelect("SELECT id, interview_id, question_id, text, minutes, position, answer, not_asked "
                            "FROM interview_questions");

InterviewQuestion readQuestion(const QSqlQuery &q)
{
    InterviewQuestion question;
    question.id = q.value(0).toLongLong();
    question.interviewId = q.value(1).toLongLong();
    question.questionId = q.value(2).toLongLong();
    question.text = q.value(3).toString();
    question.minutes = q.value(4).toDouble();
    question.position = q.value(5).toInt();
    question.answer = q.value(6).toString();
    question.notAsked = q.value(7).toBool();
    return question;
}

} // namespace

InterviewQuestionRepository::InterviewQuestionRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("interview_questions"), parent)
{
}

QList<InterviewQuestion> InterviewQuestionRepository::forInterview(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE interview_id = ? ORDER BY position, id"));
    q.addBindValue(interviewId);
    return readAll(q, readQuestion);
}

std::optional<InterviewQuestion> InterviewQuestionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return readOne(q, readQuestion);
}

int InterviewQuestionRepository::countForInterview(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM interview_questions WHERE interview_id = ?"));
    q.addBindValue(interviewId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool InterviewQuestionRepository::writeOrder(qint64 interviewId, const QList<qint64> &orderedIds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE interview_questions SET position = ? WHERE id = ? AND interview_id = ?"));
    for (int position = 0; position < orderedIds.size(); ++position) {
        q.addBindValue(position);
        q.addBindValue(orderedIds.at(position));
        q.addBindValue(interviewId);
        if (!q.exec())
            return fail(q);
    }
    return true;
}

bool InterviewQuestionRepository::insert(qint64 interviewId, int row, QList<InterviewQuestion> &items)
{
    if (items.isEmpty())
        return true;
    for (const InterviewQuestion &item : std::as_const(items)) {
        if (item.text.trimmed().isEmpty())
            return fail(tr("a question needs its text"));
        if (!(item.minutes > 0))
            return fail(tr("a question needs a positive number of minutes"));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QList<qint64> order;
    for (const InterviewQuestion &existing : forInterview(interviewId))
        order.append(existing.id);
    const int at = row < 0 ? int(order.size()) : std::clamp(row, 0, int(order.size()));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO interview_questions (interview_id, question_id, text, minutes, position, "
                             "answer, not_asked, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> added;
    for (InterviewQuestion &item : items) {
        q.addBindValue(interviewId);
        q.addBindValue(sqlId(item.questionId));
        q.addBindValue(item.text.trimmed());
        q.addBindValue(item.minutes);
        q.addBindValue(int(order.size() + added.size())); // renumbered below
        q.addBindValue(sqlText(item.answer));
        q.addBindValue(item.notAsked ? 1 : 0);
        q.addBindValue(sqlId(item.id));
        if (!q.exec())
            return fail(q);
        item.id = q.lastInsertId().toLongLong();
        item.interviewId = interviewId;
        added.append(item.id);
    }
    for (int i = 0; i < added.size(); ++i)
        order.insert(at + i, added.at(i));
    if (!writeOrder(interviewId, order))
        return false;
    for (int i = 0; i < items.size(); ++i)
        items[i].position = at + i;
    m_db.afterCommit([self = QPointer<InterviewQuestionRepository>(this), interviewId] {
        if (self)
            emit self->listChanged(interviewId);
    });
    return tx.commit();
}

bool InterviewQuestionRepository::removeQuestions(qint64 interviewId, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    QList<qint64> order;
    int found = 0;
    for (const InterviewQuestion &existing : forInterview(interviewId)) {
        if (gone.contains(existing.id))
            ++found;
        else
            order.append(existing.id);
    }
    if (found != gone.size())
        return fail(tr("the question is no longer on the interview’s list"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM interview_questions WHERE id = ? AND interview_id = ?"));
    for (const qint64 id : gone) {
        q.addBindValue(id);
        q.addBindValue(interviewId);
        if (!q.exec())
            return fail(q);
    }
    if (!writeOrder(interviewId, order))
        return false;
    m_db.afterCommit([self = QPointer<InterviewQuestionRepository>(this), interviewId] {
        if (self)
            emit self->listChanged(interviewId);
    });
    return tx.commit();
}

bool InterviewQuestionRepository::reorder(qint64 interviewId, const QList<qint64> &orderedIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QList<qint64> current;
    for (const InterviewQuestion &existing : forInterview(interviewId))
        current.append(existing.id);
    QList<qint64> sortedCurrent = current;
    QList<qint64> sortedNew = orderedIds;
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    std::sort(sortedNew.begin(), sortedNew.end());
    if (sortedCurrent != sortedNew)
        return fail(tr("the interview’s list changed in the meantime"));
    if (current == orderedIds)
        return tx.commit();
    if (!writeOrder(interviewId, orderedIds))
        return false;
    m_db.afterCommit([self = QPointer<InterviewQuestionRepository>(this), interviewId] {
        if (self)
            emit self->listChanged(interviewId);
    });
    return tx.commit();
}

bool InterviewQuestionRepository::update(const InterviewQuestion &question)
{
    if (question.text.trimmed().isEmpty())
        return fail(tr("a question needs its text"));
    if (!(question.minutes > 0))
        return fail(tr("a question needs a positive number of minutes"));
    return updateRow(QStringLiteral("UPDATE interview_questions SET text = ?, minutes = ?, answer = ?, not_asked = ? "
                                    "WHERE id = ?"),
                     [&](QSqlQuery &q) {
                         q.addBindValue(question.text.trimmed());
                         q.addBindValue(question.minutes);
                         q.addBindValue(sqlText(question.answer));
                         q.addBindValue(question.notAsked ? 1 : 0);
                     },
                     question.id, tr("the question is no longer on the interview’s list"));
}

} // namespace Inroad
