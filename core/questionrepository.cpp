#include "questionrepository.h"

#include "database.h"
#include "questioncaution.h"
#include "shippedbank.h"

#include <QPointer>
#include <QSqlQuery>

namespace Inroad {

namespace {

const QString kBankSetting = QStringLiteral("questionBankVersion");
const QString kBankVersion = QStringLiteral("1");

const QLatin1String kSelect("SELECT q.id, q.category_id, q.text, q.minutes, q.tags, q.caution, q.builtin_key, "
                            "q.retired, q.position, q.created_at, c.name FROM questions q "
                            "LEFT JOIN question_categories c ON c.id = q.category_id");
const QLatin1String kOrder(" ORDER BY c.position IS NULL, c.position, q.position, q.id");

QStringList tagsFromSql(const QString &stored)
{
    QStringList tags;
    for (const QString &tag : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = tag.trimmed();
        if (!t.isEmpty())
            tags.append(t);
    }
    return tags;
}

QString tagsToSql(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed().toLower().remove(QLatin1Char(','));
        if (!t.isEmpty() && !clean.contains(t))
            clean.append(t);
    }
    return sqlText(clean.join(QLatin1Char(',')));
}

Question readQuestion(const QSqlQuery &q)
{
    Question question;
    question.id = q.value(0).toLongLong();
    question.categoryId = q.value(1).toLongLong();
    question.text = q.value(2).toString();
    question.minutes = q.value(3).toDouble();
    question.tags = tagsFromSql(q.value(4).toString());
    question.caution = q.value(5).toString();
    question.builtinKey = q.value(6).toString();
    question.retired = q.value(7).toBool();
    question.position = q.value(8).toInt();
    question.createdAt = instantFromSql(q.value(9));
    question.categoryName = q.value(10).toString();
    return question;
}

QuestionCategory readCategory(const QSqlQuery &q)
{
    return QuestionCategory{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
}

QVariant builtinKeyValue(const QString &key)
{
    return key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(key);
}

} // namespace

QuestionRepository::QuestionRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("questions"), parent)
{
}

QList<QuestionCategory> QuestionRepository::categories() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, position FROM question_categories ORDER BY position, id"));
    return readAll(q, readCategory);
}

std::optional<QuestionCategory> QuestionRepository::category(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, position FROM question_categories WHERE id = ?"));
    q.addBindValue(id);
    return readOne(q, readCategory);
}

qint64 QuestionRepository::ensureCategory(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        fail(tr("a category needs a name"));
        return 0;
    }
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM question_categories WHERE name = ? COLLATE NOCASE"));
    find.addBindValue(trimmed);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();

    Transaction tx(m_db);
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO question_categories (name, position) "
                                  "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM question_categories))"));
    insert.addBindValue(trimmed);
    if (!tx.isActive() || !insert.exec()) {
        fail(insert);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    m_db.afterCommit([self = QPointer<QuestionRepository>(this)] {
        if (self)
            emit self->categoriesChanged();
    });
    return tx.commit() ? id : 0;
}

bool QuestionRepository::renameCategory(qint64 id, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(tr("a category needs a name"));
    QSqlQuery clash(m_db.connection());
    clash.prepare(QStringLiteral("SELECT id FROM question_categories WHERE name = ? COLLATE NOCASE AND id <> ?"));
    clash.addBindValue(trimmed);
    clash.addBindValue(id);
    if (clash.exec() && clash.next())
        return fail(tr("there is already a category called “%1”").arg(trimmed));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE question_categories SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the category no longer exists"));
    m_db.afterCommit([self = QPointer<QuestionRepository>(this)] {
        if (self)
            emit self->categoriesChanged();
    });
    return tx.commit();
}

bool QuestionRepository::removeCategory(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM question_categories WHERE id = ? "
                             "AND NOT EXISTS (SELECT 1 FROM questions WHERE category_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the category is still in use"));
    m_db.afterCommit([self = QPointer<QuestionRepository>(this)] {
        if (self)
            emit self->categoriesChanged();
    });
    return tx.commit();
}

std::optional<Question> QuestionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE q.id = ?"));
    q.addBindValue(id);
    return readOne(q, readQuestion);
}

std::optional<Question> QuestionRepository::findShipped(const QString &builtinKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE q.builtin_key = ?"));
    q.addBindValue(builtinKey);
    return readOne(q, readQuestion);
}

QList<Question> QuestionRepository::all(bool includeRetired) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + (includeRetired ? QString() : QStringLiteral(" WHERE q.retired = 0")) + kOrder);
    return readAll(q, readQuestion);
}

QStringList QuestionRepository::allTags() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT tags FROM questions WHERE tags <> ''"));
    QStringList tags;
    if (q.exec()) {
        while (q.next()) {
            for (const QString &tag : tagsFromSql(q.value(0).toString())) {
                if (!tags.contains(tag))
                    tags.append(tag);
            }
        }
    }
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return tags;
}

bool QuestionRepository::add(Question &question)
{
    if (question.text.trimmed().isEmpty())
        return fail(tr("a question needs its text"));
    if (!(question.minutes > 0))
        return fail(tr("a question needs a positive number of minutes"));
    const QString caution = questionCaution(question.text).reason;
    const bool placeLast = question.position <= 0 && question.id == 0;
    const qint64 id = insertRow(
        QStringLiteral("INSERT INTO questions (category_id, text, minutes, tags, caution, builtin_key, retired, "
                       "position, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ")
            + (placeLast ? QStringLiteral("(SELECT coalesce(max(position), -1) + 1 FROM questions WHERE "
                                          "category_id IS ?)")
                         : QStringLiteral("?"))
            + QStringLiteral(", ?, ?)"),
        [&](QSqlQuery &q) {
            q.addBindValue(sqlId(question.categoryId));
            q.addBindValue(question.text.trimmed());
            q.addBindValue(question.minutes);
            q.addBindValue(tagsToSql(question.tags));
            q.addBindValue(sqlText(caution));
            q.addBindValue(builtinKeyValue(question.builtinKey));
            q.addBindValue(question.retired ? 1 : 0);
            q.addBindValue(placeLast ? sqlId(question.categoryId) : QVariant(question.position));
            q.addBindValue(question.createdAt.isValid() ? sqlInstant(question.createdAt) : QVariant(sqlNow()));
            q.addBindValue(sqlId(question.id));
        });
    if (id == 0)
        return false;
    question.id = id;
    question.caution = caution;
    if (const std::optional<Question> stored = find(id)) {
        question.position = stored->position;
        question.createdAt = stored->createdAt;
        question.categoryName = stored->categoryName;
    }
    return true;
}

bool QuestionRepository::update(const Question &question)
{
    if (question.text.trimmed().isEmpty())
        return fail(tr("a question needs its text"));
    if (!(question.minutes > 0))
        return fail(tr("a question needs a positive number of minutes"));
    return updateRow(QStringLiteral("UPDATE questions SET category_id = ?, text = ?, minutes = ?, tags = ?, "
                                    "caution = ?, retired = ?, position = ? WHERE id = ?"),
                     [&](QSqlQuery &q) {
                         q.addBindValue(sqlId(question.categoryId));
                         q.addBindValue(question.text.trimmed());
                         q.addBindValue(question.minutes);
                         q.addBindValue(tagsToSql(question.tags));
                         q.addBindValue(sqlText(questionCaution(question.text).reason));
                         q.addBindValue(question.retired ? 1 : 0);
                         q.addBindValue(question.position);
                     },
                     question.id, tr("the question no longer exists"));
}

bool QuestionRepository::shippedBankInstalled() const
{
    return !m_db.setting(kBankSetting).isEmpty();
}

bool QuestionRepository::installShippedBankIfNeeded()
{
    if (shippedBankInstalled())
        return true;
    const ShippedBank &bank = shippedBank();
    if (!bank.ok())
        return fail(bank.error);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QHash<QString, qint64> categoryIds;
    for (const QString &name : bank.categories) {
        const qint64 id = ensureCategory(name);
        if (id == 0)
            return false;
        categoryIds.insert(name, id);
    }
    for (Question question : bank.questions) {
        if (findShipped(question.builtinKey))
            continue; // a workspace that already had it (an earlier install, or an import)
        question.categoryId = categoryIds.value(question.categoryName);
        if (!add(question))
            return false;
    }
    if (!m_db.setSetting(kBankSetting, kBankVersion))
        return fail(m_db.lastError());
    return tx.commit();
}

} // namespace Inroad
