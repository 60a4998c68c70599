#include "rowsnapshot.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>

namespace Inroad {

namespace {

struct ForeignKey
{
    QString childTable;
    QString childColumn;
    bool cascade = false; // otherwise SET NULL
};

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Which columns of which tables point at each table, read from the schema itself so that tables
// added by later versions are covered without touching this code.
QHash<QString, QList<ForeignKey>> referencesByParent(const QSqlDatabase &db)
{
    QHash<QString, QList<ForeignKey>> out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &child : std::as_const(names)) {
        QSqlQuery fk(db);
        fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(child)));
        while (fk.next()) {
            const QString action = fk.value(QStringLiteral("on_delete")).toString().toUpper();
            if (action != QLatin1String("CASCADE") && action != QLatin1String("SET NULL"))
                continue;
            out[fk.value(QStringLiteral("table")).toString()].append(
                {child, fk.value(QStringLiteral("from")).toString(), action == QLatin1String("CASCADE")});
        }
    }
    return out;
}

bool hasIdColumn(const QSqlRecord &record)
{
    return record.indexOf(QStringLiteral("id")) >= 0;
}

} // namespace

RowSnapshot RowSnapshot::capture(const QSqlDatabase &db, const QString &table, qint64 id, QString *error)
{
    RowSnapshot snap;
    snap.table = table;
    snap.id = id;
    const auto refs = referencesByParent(db);

    // Breadth-first over the rows that would disappear; `seen` keeps a row reached by two paths
    // (a follow-up on both a person and that person's interview) from being captured twice.
    QSet<QString> seen;
    struct Pending { QString table; QString column; qint64 value; };
    QList<Pending> queue{{table, QStringLiteral("id"), id}};
    while (!queue.isEmpty()) {
        const Pending next = queue.takeFirst();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoted(next.table), quoted(next.column)));
        q.addBindValue(next.value);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        QList<qint64> ids;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QStringList key{next.table};
            for (int i = 0; i < record.count(); ++i)
                key << record.value(i).toString();
            const QString fingerprint = key.join(QChar(0x1f));
            if (seen.contains(fingerprint))
                continue;
            seen.insert(fingerprint);
            snap.rows.append({next.table, record});
            if (hasIdColumn(record))
                ids << record.value(QStringLiteral("id")).toLongLong();
        }
        for (qint64 rowId : std::as_const(ids)) {
            for (const ForeignKey &fk : refs.value(next.table)) {
                if (fk.cascade) {
                    queue.append({fk.childTable, fk.childColumn, rowId});
                    continue;
                }
                QSqlQuery nulls(db);
                nulls.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(quoted(fk.childTable), quoted(fk.childColumn)));
                nulls.addBindValue(rowId);
                if (!nulls.exec()) {
                    if (error)
                        *error = nulls.lastError().text();
                    return {};
                }
                while (nulls.next())
                    snap.cleared.append({fk.childTable, fk.childColumn, nulls.value(0).toLongLong(), rowId});
            }
        }
    }
    return snap;
}

bool RowSnapshot::remove(const QSqlDatabase &db, const QString &table, qint64 id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RowSnapshot::restore(const QSqlDatabase &db, QString *error) const
{
    // Rows come back in capture order (parents first); deferring the foreign-key checks to the
    // commit covers the rows that point at each other both ways (a referral made in an interview).
    QSqlQuery defer(db);
    defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const Row &row : rows) {
        QStringList columns, marks;
        for (int i = 0; i < row.values.count(); ++i) {
            columns << quoted(row.values.fieldName(i));
            marks << QStringLiteral("?");
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(row.table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (int i = 0; i < row.values.count(); ++i)
            q.addBindValue(row.values.value(i));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    for (const ClearedReference &ref : cleared) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(quoted(ref.table), quoted(ref.column)));
        q.addBindValue(ref.value);
        q.addBindValue(ref.rowId);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Inroad
