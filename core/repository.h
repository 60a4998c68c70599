#pragma once

#include "rowsnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QVariant>

#include <QSqlQuery>

#include <functional>
#include <optional>

namespace Inroad {

class Database;

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so empty text is bound as ''.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// An instant for a TEXT column: UTC ISO 8601 ("2026-03-14T15:00:00Z"), or NULL when invalid.
QVariant sqlInstant(const QDateTime &instant);
/// A calendar day for a TEXT column ("2026-03-14"), or NULL when invalid.
QVariant sqlDay(const QDate &day);
/// The instant stored by sqlInstant(), as UTC; invalid for NULL or unreadable text.
QDateTime instantFromSql(const QVariant &value);
QDate dayFromSql(const QVariant &value);
/// An id for a nullable reference column: NULL for 0.
QVariant sqlId(qint64 id);
/// "%word%" with LIKE's wildcards escaped, for `LIKE ? ESCAPE '\'`.
QString likePattern(const QString &word);
/// The current time, as stored.
QString sqlNow();

/// What every repository shares: the table it owns, change signals that are only emitted for
/// committed data, and undoable deletion through RowSnapshot.
class Repository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Repository)

public:
    Database &database() const { return m_db; }
    QString lastError() const { return m_lastError; }

    /// Deletes the record and everything that depends on it, returning what is needed to undo it.
    std::optional<RowSnapshot> remove(qint64 id);
    /// Puts a deleted record back as it was, with the same id.
    bool restore(const RowSnapshot &snapshot);

    /// Announces, once the current transaction commits, that many rows changed at once (an
    /// import): lists reload instead of placing each row.
    void notifyReloaded();

signals:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    void reloaded();

protected:
    Repository(Database &db, const QString &table, QObject *parent);

    /// Records the failure of @p query and tells the user through Database::writeFailed.
    bool fail(const QSqlQuery &query);
    bool fail(const QString &message);
    void notifyAdded(qint64 id);
    void notifyChanged(qint64 id);
    void notifyRemoved(qint64 id);

    /// Runs the INSERT @p sql with the values @p bind adds, in a transaction of its own, and
    /// announces the new row. Returns its id, or 0 after fail().
    qint64 insertRow(const QString &sql, const std::function<void(QSqlQuery &)> &bind);
    /// Runs the UPDATE @p sql of the row @p id (bound last, after @p bind's values) in a
    /// transaction of its own and announces the change; fails with @p missing when no row matched.
    bool updateRow(const QString &sql, const std::function<void(QSqlQuery &)> &bind, qint64 id, const QString &missing);

    /// Every row @p query returns, read by @p read; empty when the query fails.
    template<class Record>
    static QList<Record> readAll(QSqlQuery &query, Record (*read)(const QSqlQuery &))
    {
        QList<Record> out;
        if (query.exec()) {
            while (query.next())
                out.append(read(query));
        }
        return out;
    }
    /// The first row @p query returns, read by @p read.
    template<class Record>
    static std::optional<Record> readOne(QSqlQuery &query, Record (*read)(const QSqlQuery &))
    {
        if (query.exec() && query.next())
            return read(query);
        return std::nullopt;
    }

    Database &m_db;
    const QString m_table;
    QString m_lastError;
};

} // namespace Inroad
