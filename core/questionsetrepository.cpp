#include "questionsetrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

namespace {

QuestionSet readSet(const QSqlQuery &q)
{
    QuestionSet set;
    set.id = q.value(0).toLongLong();
    set.name = q.value(1).toString();
    set.description = q.value(2).toString();
    set.createdAt = instantFromSql(q.value(3));
    return set;
}

QuestionSetItem readItem(const QSqlQuery &q)
{
    QuestionSetItem item;
    item.questionId = q.value(0).toLongLong();
    item.text = q.value(1).toString();
    item.minutes = q.value(2).toDouble();
    item.builtinKey = q.value(3).toString();
    item.categoryName = q.value(4).toString();
    for (const QString &tag : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        item.tags.append(tag.trimmed());
    return item;
}

QString comparable(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QuestionSetRepository::QuestionSetRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("question_sets"), parent)
{
}

QList<QuestionSetItem> QuestionSetRepository::itemsOf(qint64 setId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.question_id, i.text, i.minutes, q.builtin_key, c.name, q.tags "
                             "FROM question_set_items i LEFT JOIN questions q ON q.id = i.question_id "
                             "LEFT JOIN question_categories c ON c.id = q.category_id "
                             "WHERE i.set_id = ? ORDER BY i.position, i.id"));
    q.addBindValue(setId);
    return readAll(q, readItem);
}

QList<QuestionSet> QuestionSetRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, description, created_at FROM question_sets ORDER BY name COLLATE NOCASE"));
    QList<QuestionSet> sets = readAll(q, readSet);
    for (QuestionSet &set : sets)
        set.items = itemsOf(set.id);
    return sets;
}

std::optional<QuestionSet> QuestionSetRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, description, created_at FROM question_sets WHERE id = ?"));
    q.addBindValue(id);
    std::optional<QuestionSet> set = readOne(q, readSet);
    if (set)
        set->items = itemsOf(set->id);
    return set;
}

qint64 QuestionSetRepository::idForName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM question_sets WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.simplified());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool QuestionSetRepository::writeItems(qint64 setId, const QList<QuestionSetItem> &items)
{
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM question_set_items WHERE set_id = ?"));
    clear.addBindValue(setId);
    if (!clear.exec())
        return fail(clear);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO question_set_items (set_id, question_id, text, minutes, position) "
                             "VALUES (?, (SELECT id FROM questions WHERE id = ?), ?, ?, ?)"));
    for (int position = 0; position < items.size(); ++position) {
        const QuestionSetItem &item = items.at(position);
        q.addBindValue(setId);
        q.addBindValue(sqlId(item.questionId));
        q.addBindValue(item.text.trimmed());
        q.addBindValue(item.minutes);
        q.addBindValue(position);
        if (!q.exec())
            return fail(q);
    }
    return true;
}

bool QuestionSetRepository::validate(const QuestionSet &set)
{
    if (set.name.simplified().isEmpty())
        return fail(tr("a question set needs a name"));
    for (const QuestionSetItem &item : set.items) {
        if (item.text.trimmed().isEmpty())
            return fail(tr("every question of a set needs its text"));
        if (!(item.minutes > 0))
            return fail(tr("every question of a set needs a positive number of minutes"));
    }
    const qint64 clash = idForName(set.name);
    if (clash != 0 && clash != set.id)
        return fail(tr("there is already a question set called “%1”").arg(set.name.simplified()));
    return true;
}

bool QuestionSetRepository::add(QuestionSet &set)
{
    if (!validate(set))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO question_sets (name, description, created_at, id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(set.name.simplified());
    q.addBindValue(sqlText(set.description));
    q.addBindValue(set.createdAt.isValid() ? sqlInstant(set.createdAt) : QVariant(sqlNow()));
    q.addBindValue(sqlId(set.id));
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeItems(id, set.items))
        return false;
    notifyAdded(id);
    if (!tx.commit())
        return false;
    set.id = id;
    if (!set.createdAt.isValid())
        set.createdAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool QuestionSetRepository::update(const QuestionSet &set)
{
    if (!validate(set))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE question_sets SET name = ?, description = ? WHERE id = ?"));
    q.addBindValue(set.name.simplified());
    q.addBindValue(sqlText(set.description));
    q.addBindValue(set.id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("the question set no longer exists"));
    if (!writeItems(set.id, set.items))
        return false;
    notifyChanged(set.id);
    return tx.commit();
}

QList<QuestionSetItem> QuestionSetRepository::matchToBank(const QList<QuestionSetItem> &items) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT q.id, q.text, q.minutes, q.builtin_key, c.name, q.tags FROM questions q "
                             "LEFT JOIN question_categories c ON c.id = q.category_id ORDER BY q.retired, q.id"));
    QHash<QString, QuestionSetItem> byKey;
    QHash<QString, QuestionSetItem> byText;
    if (q.exec()) {
        while (q.next()) {
            QuestionSetItem bank;
            bank.questionId = q.value(0).toLongLong();
            bank.text = q.value(1).toString();
            bank.builtinKey = q.value(3).toString();
            bank.categoryName = q.value(4).toString();
            bank.tags.clear();
            for (const QString &tag : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                bank.tags.append(tag.trimmed());
            if (!bank.builtinKey.isEmpty() && !byKey.contains(bank.builtinKey))
                byKey.insert(bank.builtinKey, bank);
            const QString key = comparable(bank.text);
            if (!byText.contains(key))
                byText.insert(key, bank);
        }
    }
    QList<QuestionSetItem> out;
    for (QuestionSetItem item : items) {
        std::optional<QuestionSetItem> match;
        if (!item.builtinKey.isEmpty() && byKey.contains(item.builtinKey))
            match = byKey.value(item.builtinKey);
        else if (byText.contains(comparable(item.text)))
            match = byText.value(comparable(item.text));
        if (match) {
            // The set keeps its wording; what the bank says about the question is this workspace's.
            item.questionId = match->questionId;
            item.builtinKey = match->builtinKey;
            item.categoryName = match->categoryName;
            item.tags = match->tags;
        } else {
            item.questionId = 0;
        }
        out.append(item);
    }
    return out;
}

} // namespace Inroad
