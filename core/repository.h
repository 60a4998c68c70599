#pragma once

#include "rowsnapshot.h"

#include <QObject>

#include <optional>

class QSqlQuery;

namespace Inroad {

class Database;

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so empty text is bound as ''.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

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

signals:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);

protected:
    Repository(Database &db, const QString &table, QObject *parent);

    /// Records the failure of @p query and tells the user through Database::writeFailed.
    bool fail(const QSqlQuery &query);
    bool fail(const QString &message);
    void notifyAdded(qint64 id);
    void notifyChanged(qint64 id);
    void notifyRemoved(qint64 id);

    Database &m_db;
    const QString m_table;
    QString m_lastError;
};

} // namespace Inroad
