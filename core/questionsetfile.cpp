#include "questionsetfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Inroad {

namespace {

const QString kFormat = QStringLiteral("inroad-question-set");
constexpr int kVersion = 1;
constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
constexpr qsizetype kMaxQuestions = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::QuestionSetFile", text);
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(std::clamp<qsizetype>(offset, 0, data.size())).count('\n')) + 1;
}

/// Where each element of the JSON array that follows @p from begins (JSON values do not carry
/// their line, and a message should point at the question it is about).
QList<qsizetype> elementOffsets(const QByteArray &data, qsizetype from)
{
    QList<qsizetype> offsets;
    if (from < 0)
        return offsets;
    const qsizetype open = data.indexOf('[', from);
    if (open < 0)
        return offsets;
    int depth = 0;
    bool inString = false;
    bool expectElement = true;
    for (qsizetype i = open + 1; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (depth == 0 && c == ']')
            break;
        if (depth == 0 && c == ',') {
            expectElement = true;
            continue;
        }
        if (depth == 0 && expectElement) {
            offsets.append(i);
            expectElement = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return offsets;
}

} // namespace

QByteArray questionSetToJson(const QuestionSet &set)
{
    QJsonArray questions;
    for (const QuestionSetItem &item : set.items) {
        QJsonObject question;
        question.insert(QStringLiteral("text"), item.text);
        question.insert(QStringLiteral("minutes"), item.minutes);
        if (!item.categoryName.isEmpty())
            question.insert(QStringLiteral("category"), item.categoryName);
        if (!item.tags.isEmpty())
            question.insert(QStringLiteral("tags"), QJsonArray::fromStringList(item.tags));
        if (!item.builtinKey.isEmpty())
            question.insert(QStringLiteral("key"), item.builtinKey);
        questions.append(question);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("name"), set.name);
    root.insert(QStringLiteral("description"), set.description);
    root.insert(QStringLiteral("questions"), questions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QuestionSetReadResult questionSetFromJson(const QByteArray &data, const QString &fileName)
{
    QuestionSetReadResult result;
    const auto error = [&](int line, const QString &message) {
        result.error = QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
        return result;
    };
    if (data.size() > kMaxBytes)
        return error(1, tr("the file is larger than 5 MB; a question set is a few kilobytes"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(lineAt(data, parseError.offset),
                     tr("not a question set file (it is not valid JSON: %1)").arg(parseError.errorString()));
    if (!document.isObject())
        return error(1, tr("not a question set file"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return error(1, tr("not a question set file (its format is not “inroad-question-set”)"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1)
        return error(1, tr("the file does not say which version of the format it uses"));
    if (version.toDouble() > kVersion)
        return error(1, tr("the set was written by a newer version of Inroad; update Inroad to read it"));
    result.set.name = root.value(QStringLiteral("name")).toString().simplified();
    if (result.set.name.isEmpty())
        return error(1, tr("the set has no name"));
    result.set.description = root.value(QStringLiteral("description")).toString();
    const QJsonValue questions = root.value(QStringLiteral("questions"));
    if (!questions.isArray())
        return error(1, tr("the set has no list of questions"));
    const QJsonArray array = questions.toArray();
    if (array.size() > kMaxQuestions)
        return error(1, tr("the set has more than 1000 questions"));
    const QList<qsizetype> starts = elementOffsets(data, data.indexOf("\"questions\""));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = i < starts.size() ? lineAt(data, starts.at(i)) : 1;
        const QString where = tr("question %1").arg(i + 1);
        if (!array.at(i).isObject())
            return error(line, tr("%1 is not an object with a text").arg(where));
        const QJsonObject object = array.at(i).toObject();
        QuestionSetItem item;
        item.text = object.value(QStringLiteral("text")).toString().trimmed();
        if (item.text.isEmpty())
            return error(line, tr("%1 has no text").arg(where));
        const QJsonValue minutes = object.value(QStringLiteral("minutes"));
        if (minutes.isUndefined() || minutes.isNull()) {
            item.minutes = Question::kDefaultMinutes;
        } else if (!minutes.isDouble() || !(minutes.toDouble() > 0) || minutes.toDouble() > 240) {
            return error(line, tr("%1 has minutes that are not a number between 0 and 240").arg(where));
        } else {
            item.minutes = minutes.toDouble();
        }
        item.categoryName = object.value(QStringLiteral("category")).toString().simplified();
        item.builtinKey = object.value(QStringLiteral("key")).toString().trimmed();
        const QJsonValue tags = object.value(QStringLiteral("tags"));
        if (!tags.isUndefined() && !tags.isArray())
            return error(line, tr("%1 has tags that are not a list of words").arg(where));
        for (const QJsonValue &tag : tags.toArray()) {
            if (!tag.isString())
                return error(line, tr("%1 has tags that are not a list of words").arg(where));
            if (!tag.toString().trimmed().isEmpty())
                item.tags.append(tag.toString().trimmed().toLower());
        }
        result.set.items.append(item);
    }
    return result;
}

} // namespace Inroad
