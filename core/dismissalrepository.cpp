#include "dismissalrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Inroad {

DismissalRepository::DismissalRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("agenda_dismissals"), parent)
{
}

std::optional<Dismissal> DismissalRepository::findByKey(const QString &itemKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, item_key, until FROM agenda_dismissals WHERE item_key = ?"));
    q.addBindValue(itemKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Dismissal{q.value(0).toLongLong(), q.value(1).toString(), instantFromSql(q.value(2))};
}

QSet<QString> DismissalRepository::hiddenAt(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT item_key FROM agenda_dismissals WHERE until IS NULL OR until > ?"));
    q.addBindValue(sqlInstant(now));
    QSet<QString> out;
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

bool DismissalRepository::add(Dismissal &dismissal)
{
    const qint64 id = insertRow(QStringLiteral("INSERT INTO agenda_dismissals (item_key, until, created_at, id) "
                                               "VALUES (?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    q.addBindValue(dismissal.itemKey);
                                    q.addBindValue(sqlInstant(dismissal.until));
                                    q.addBindValue(sqlNow());
                                    q.addBindValue(sqlId(dismissal.id));
                                });
    if (id == 0)
        return false;
    dismissal.id = id;
    return true;
}

bool DismissalRepository::update(const Dismissal &dismissal)
{
    return updateRow(QStringLiteral("UPDATE agenda_dismissals SET item_key = ?, until = ? WHERE id = ?"),
                     [&](QSqlQuery &q) {
                         q.addBindValue(dismissal.itemKey);
                         q.addBindValue(sqlInstant(dismissal.until));
                     },
                     dismissal.id, tr("the Today item no longer exists"));
}

} // namespace Inroad
