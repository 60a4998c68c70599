#include "answercomparison.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <limits>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::AnswerComparison", text, disambiguation, n);
}

// The WHERE condition on interviews (alias i) for @p scope, with its values to bind.
QString scopeCondition(const ComparisonScope &scope, QVariantList &values)
{
    if (scope.interviewIds.isEmpty()) {
        values << scope.fieldId;
        return QStringLiteral("i.field_id = ?");
    }
    QStringList marks;
    for (const qint64 id : scope.interviewIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    return QStringLiteral("i.id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// One-off questions are the same question when their words are, whatever the case and spacing.
QString oneOffKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qWarning("AnswerComparison: %s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("AnswerComparison: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool hasAnswer(bool notAsked, const QString &answer)
{
    return !notAsked && !answer.trimmed().isEmpty();
}

} // namespace

AnswerComparison::AnswerComparison(Database &db)
    : m_db(db)
{
}

QList<ComparedQuestion> AnswerComparison::questions(const ComparisonScope &scope) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT iq.interview_id, iq.question_id, iq.text, iq.answer, iq.not_asked, q.text, c.name, "
                       "c.position, q.position FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id "
                       "LEFT JOIN questions q ON q.id = iq.question_id "
                       "LEFT JOIN question_categories c ON c.id = q.category_id WHERE ")
        + scopeCondition(scope, values) + QStringLiteral(" ORDER BY iq.interview_id, iq.position");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return {};

    struct Group
    {
        ComparedQuestion question;
        QSet<qint64> interviews;
        QSet<qint64> answered;
        int categoryPosition = 0;
        int position = 0;
        int firstSeen = 0;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const qint64 interviewId = q.value(0).toLongLong();
        const qint64 questionId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        const QString key = questionId > 0 ? QStringLiteral("#") + QString::number(questionId)
                                           : oneOffKey(q.value(2).toString());
        qsizetype at = index.value(key, -1);
        if (at < 0) {
            Group group;
            group.question.questionId = questionId;
            group.question.text = questionId > 0 ? q.value(5).toString() : q.value(2).toString().simplified();
            group.question.categoryName = q.value(6).toString();
            group.categoryPosition = q.value(7).isNull() ? std::numeric_limits<int>::max() : q.value(7).toInt();
            group.position = q.value(8).toInt();
            group.firstSeen = int(groups.size());
            at = groups.size();
            index.insert(key, at);
            groups.append(group);
        }
        Group &group = groups[at];
        group.interviews.insert(interviewId);
        if (hasAnswer(q.value(4).toBool(), q.value(3).toString()))
            group.answered.insert(interviewId);
    }

    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.answered.size() != b.answered.size())
            return a.answered.size() > b.answered.size();
        if (a.interviews.size() != b.interviews.size())
            return a.interviews.size() > b.interviews.size();
        if (a.categoryPosition != b.categoryPosition)
            return a.categoryPosition < b.categoryPosition;
        if (a.position != b.position)
            return a.position < b.position;
        return a.question.text.localeAwareCompare(b.question.text) < 0;
    });
    QList<ComparedQuestion> result;
    result.reserve(groups.size());
    for (Group &group : groups) {
        group.question.interviewCount = int(group.interviews.size());
        group.question.answerCount = int(group.answered.size());
        result.append(group.question);
    }
    return result;
}

QList<ComparedAnswer> AnswerComparison::answers(const ComparisonScope &scope, const ComparedQuestion &question) const
{
    QVariantList values;
    QString sql = QStringLiteral(
                      "SELECT i.id, iq.id, p.first_name, p.last_name, p.title, coalesce(o.name, po.name, ''), "
                      "coalesce(f.name, ''), i.scheduled_start, iq.text, iq.answer, iq.not_asked "
                      "FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id "
                      "JOIN people p ON p.id = i.person_id "
                      "LEFT JOIN organizations o ON o.id = i.organization_id "
                      "LEFT JOIN organizations po ON po.id = p.organization_id "
                      "LEFT JOIN career_fields f ON f.id = i.field_id WHERE ")
        + scopeCondition(scope, values);
    if (question.questionId > 0) {
        sql += QStringLiteral(" AND iq.question_id = ?");
        values << question.questionId;
    } else {
        sql += QStringLiteral(" AND iq.question_id IS NULL");
    }
    sql += QStringLiteral(" ORDER BY i.scheduled_start IS NULL, i.scheduled_start, i.id, iq.position");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return {};

    const QString wanted = oneOffKey(question.text);
    QList<ComparedAnswer> result;
    QHash<qint64, qsizetype> byInterview;
    while (q.next()) {
        if (question.questionId == 0 && oneOffKey(q.value(8).toString()) != wanted)
            continue;
        ComparedAnswer answer;
        answer.interviewId = q.value(0).toLongLong();
        answer.interviewQuestionId = q.value(1).toLongLong();
        const QString first = q.value(2).toString().trimmed();
        const QString last = q.value(3).toString().trimmed();
        answer.personName = first.isEmpty() ? last : last.isEmpty() ? first : first + QLatin1Char(' ') + last;
        answer.personTitle = q.value(4).toString();
        answer.organizationName = q.value(5).toString();
        answer.fieldName = q.value(6).toString();
        if (!q.value(7).isNull())
            answer.when = QDateTime::fromString(q.value(7).toString(), Qt::ISODate).toUTC();
        answer.askedText = q.value(8).toString();
        answer.answer = q.value(9).toString();
        answer.notAsked = q.value(10).toBool();

        // An interview that has the question twice shows it once: the first answer given.
        const qsizetype seen = byInterview.value(answer.interviewId, -1);
        if (seen < 0) {
            byInterview.insert(answer.interviewId, result.size());
            result.append(answer);
        } else if (!hasAnswer(result.at(seen).notAsked, result.at(seen).answer)
                   && hasAnswer(answer.notAsked, answer.answer)) {
            result[seen] = answer;
        }
    }
    return result;
}

void AnswerComparison::buildDocument(QTextDocument &document, const QString &scopeTitle,
                                     const ComparedQuestion &question, const QList<ComparedAnswer> &answers)
{
    document.clear();
    document.setMetaInformation(QTextDocument::DocumentTitle, question.text);
    const QLocale locale;

    QTextCursor cursor(&document);
    QTextBlockFormat titleBlock;
    titleBlock.setHeadingLevel(1);
    titleBlock.setBottomMargin(4);
    QTextCharFormat titleChar;
    titleChar.setFontWeight(QFont::Bold);
    titleChar.setFontPointSize(16);
    cursor.setBlockFormat(titleBlock);
    cursor.setBlockCharFormat(titleChar);
    cursor.insertText(question.text, titleChar);

    QTextCharFormat subtitleChar;
    subtitleChar.setForeground(QColor(0x55, 0x55, 0x55));
    QTextBlockFormat subtitleBlock;
    subtitleBlock.setBottomMargin(8);
    cursor.insertBlock(subtitleBlock, subtitleChar);
    int answered = 0;
    for (const ComparedAnswer &answer : answers)
        answered += hasAnswer(answer.notAsked, answer.answer) ? 1 : 0;
    QString subtitle = scopeTitle.trimmed();
    if (!subtitle.isEmpty())
        subtitle += QStringLiteral(" — ");
    subtitle += tr("%n interviews", nullptr, int(answers.size())) + QStringLiteral(", ")
        + tr("%n answers", nullptr, answered);
    cursor.insertText(subtitle, subtitleChar);

    QTextBlockFormat nameBlock;
    nameBlock.setHeadingLevel(2);
    nameBlock.setTopMargin(14);
    QTextCharFormat nameChar;
    nameChar.setFontWeight(QFont::Bold);
    nameChar.setFontPointSize(12);
    QTextCharFormat detailChar = subtitleChar;
    QTextCharFormat plain;
    QTextCharFormat remarkChar;
    remarkChar.setFontItalic(true);
    remarkChar.setForeground(QColor(0x55, 0x55, 0x55));
    const QTextBlockFormat bodyBlock;

    for (const ComparedAnswer &answer : answers) {
        cursor.insertBlock(nameBlock, nameChar);
        cursor.insertText(answer.personName.isEmpty() ? tr("Someone without a name") : answer.personName, nameChar);

        QStringList details;
        if (!answer.personTitle.trimmed().isEmpty())
            details << answer.personTitle.trimmed();
        if (!answer.organizationName.trimmed().isEmpty())
            details << answer.organizationName.trimmed();
        details << (answer.when.isValid() ? locale.toString(answer.when.toLocalTime().date(), QLocale::LongFormat)
                                          : tr("not scheduled"));
        cursor.insertBlock(bodyBlock, detailChar);
        cursor.insertText(details.join(QStringLiteral(" · ")), detailChar);
        if (!answer.askedText.trimmed().isEmpty() && answer.askedText.simplified() != question.text.simplified()) {
            cursor.insertBlock(bodyBlock, remarkChar);
            cursor.insertText(tr("Asked as: “%1”").arg(answer.askedText.simplified()), remarkChar);
        }

        cursor.insertBlock(bodyBlock, plain);
        if (answer.notAsked) {
            cursor.insertText(tr("Not asked"), remarkChar);
        } else if (answer.answer.trimmed().isEmpty()) {
            cursor.insertText(tr("No answer recorded"), remarkChar);
        } else {
            cursor.insertMarkdown(answer.answer.trimmed());
            cursor.movePosition(QTextCursor::End);
        }
    }
}

} // namespace Inroad
