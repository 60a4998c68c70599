#pragma once

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace Inroad {

/// Everything that deleting one row takes with it: the row, every row removed by ON DELETE CASCADE
/// (recursively), and every reference that ON DELETE SET NULL clears. Restoring it brings the
/// workspace back exactly as it was, with the same ids, which is what undoing a delete needs.
struct RowSnapshot
{
    struct Row
    {
        QString table;
        QSqlRecord values;
    };
    struct ClearedReference
    {
        QString table;
        QString column;
        qint64 rowId = 0;
        QVariant value;
    };

    QString table;
    qint64 id = 0;
    QList<Row> rows;
    QList<ClearedReference> cleared;

    bool isEmpty() const { return rows.isEmpty(); }

    /// Reads the row @p id of @p table and everything its deletion would touch.
    static RowSnapshot capture(const QSqlDatabase &db, const QString &table, qint64 id, QString *error = nullptr);

    /// Deletes the captured row (SQLite's foreign keys remove the rest). Run inside a transaction.
    static bool remove(const QSqlDatabase &db, const QString &table, qint64 id, QString *error = nullptr);

    /// Puts every captured row and reference back. Run inside a transaction.
    bool restore(const QSqlDatabase &db, QString *error = nullptr) const;
};

} // namespace Inroad
