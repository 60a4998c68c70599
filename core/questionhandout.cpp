#include "questionhandout.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::QuestionHandout", text);
}

QTextBlockFormat headingBlock(int level, qreal topMargin)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setTopMargin(topMargin);
    format.setBottomMargin(4);
    return format;
}

QTextCharFormat headingChar(qreal pointSize)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(pointSize);
    return format;
}

// A question as printed: trimmed, ending with its question mark.
QString asQuestion(const QString &text)
{
    QString question = text.trimmed();
    if (!question.endsWith(QLatin1Char('?')))
        question += QLatin1Char('?');
    return question;
}

} // namespace

void buildQuestionHandout(QTextDocument &document, const QList<QuestionCategory> &categories,
                          const QList<Question> &questions)
{
    document.clear();
    const QString title = tr("Questions for informational interviews");
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    // Printed for reading at arm's length, and for notes in the margin.
    QFont font = document.defaultFont();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);

    // The questions of each category, in their order; those of no known category come last.
    QList<QuestionCategory> headings = categories;
    std::stable_sort(headings.begin(), headings.end(),
                     [](const QuestionCategory &a, const QuestionCategory &b) { return a.position < b.position; });
    QHash<qint64, QList<Question>> byCategory;
    QList<Question> uncategorized;
    for (const Question &question : questions) {
        if (question.retired || question.text.trimmed().isEmpty())
            continue;
        const bool known = std::any_of(headings.cbegin(), headings.cend(), [&question](const QuestionCategory &c) {
            return c.id == question.categoryId;
        });
        if (known)
            byCategory[question.categoryId].append(question);
        else
            uncategorized.append(question);
    }
    QuestionCategory other;
    other.id = -1;
    other.name = tr("Other questions");
    headings.append(other);
    byCategory.insert(other.id, uncategorized);

    QTextCursor cursor(&document);
    cursor.setBlockFormat(headingBlock(1, 0));
    cursor.setBlockCharFormat(headingChar(18));
    cursor.insertText(title, headingChar(18));

    QTextBlockFormat introBlock;
    introBlock.setTopMargin(6);
    introBlock.setBottomMargin(6);
    QTextCharFormat introChar;
    introChar.setFontItalic(true);
    cursor.insertBlock(introBlock, introChar);
    cursor.insertText(tr("Pick a few of these that fit the time you agreed on, and end by asking who else you could "
                         "talk to. Never ask for a job, or about what the person earns."),
                      introChar);

    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextBlockFormat itemBlock;
    itemBlock.setBottomMargin(2);
    const QTextCharFormat plain;
    for (const QuestionCategory &category : std::as_const(headings)) {
        QList<Question> items = byCategory.value(category.id);
        if (items.isEmpty())
            continue;
        std::stable_sort(items.begin(), items.end(),
                         [](const Question &a, const Question &b) { return a.position < b.position; });
        cursor.insertBlock(headingBlock(2, 12), headingChar(13));
        cursor.insertText(category.name, headingChar(13));
        cursor.insertBlock(itemBlock, plain);
        QTextList *list = cursor.createList(listFormat);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0) {
                cursor.insertBlock(itemBlock, plain);
                list->add(cursor.block());
            }
            cursor.insertText(asQuestion(items.at(i).text), plain);
        }
    }
}

} // namespace Inroad
