#include "shippedbank.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::ShippedBank", text);
}

} // namespace

ShippedBank parseShippedBank(const QByteArray &json)
{
    ShippedBank bank;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        bank.error = tr("The shipped question bank is not valid JSON: %1").arg(parseError.errorString());
        return bank;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("inroad-question-bank")
        || root.value(QStringLiteral("version")).toInt() != 1) {
        bank.error = tr("The shipped question bank has an unknown format or version.");
        return bank;
    }
    QSet<QString> keys;
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &categoryValue : categories) {
        const QJsonObject category = categoryValue.toObject();
        const QString name = category.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty()) {
            bank.error = tr("A category of the shipped question bank has no name.");
            return bank;
        }
        bank.categories.append(name);
        int position = 0;
        for (const QJsonValue &questionValue : category.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject object = questionValue.toObject();
            Question question;
            question.builtinKey = object.value(QStringLiteral("key")).toString().trimmed();
            question.text = object.value(QStringLiteral("text")).toString().trimmed();
            question.minutes = object.value(QStringLiteral("minutes")).toDouble(Question::kDefaultMinutes);
            for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
                question.tags.append(tag.toString().trimmed().toLower());
            question.categoryName = name;
            question.position = position++;
            if (question.builtinKey.isEmpty() || question.text.isEmpty() || question.minutes <= 0) {
                bank.error = tr("A question of the shipped bank lacks a key, a text or a positive number of minutes.");
                return bank;
            }
            if (keys.contains(question.builtinKey)) {
                bank.error = tr("The shipped question bank repeats the key “%1”.").arg(question.builtinKey);
                return bank;
            }
            keys.insert(question.builtinKey);
            bank.questions.append(question);
        }
    }
    return bank;
}

const ShippedBank &shippedBank()
{
    static const ShippedBank bank = [] {
        QFile file(QStringLiteral(":/questions/default-bank.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            ShippedBank missing;
            missing.error = tr("The shipped question bank is missing from this build.");
            return missing;
        }
        return parseShippedBank(file.readAll());
    }();
    return bank;
}

} // namespace Inroad
