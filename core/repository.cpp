#include "repository.h"

#include "database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

namespace Inroad {

QVariant sqlInstant(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant sqlDay(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime instantFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

QDate dayFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString likePattern(const QString &word)
{
    QString w = word;
    w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    w.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    w.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + w + QLatin1Char('%');
}

QString sqlNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Repository::Repository(Database &db, const QString &table, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_table(table)
{
}

bool Repository::fail(const QSqlQuery &query)
{
    return fail(query.lastError().text());
}

bool Repository::fail(const QString &message)
{
    m_lastError = message;
    m_db.setLastError(message);
    emit m_db.writeFailed(QCoreApplication::translate("Inroad::Repository", "Your change could not be saved: %1").arg(message));
    return false;
}

void Repository::notifyAdded(qint64 id)
{
    m_db.afterCommit([self = QPointer<Repository>(this), id] {
        if (self)
            emit self->added(id);
    });
}

void Repository::notifyReloaded()
{
    m_db.afterCommit([self = QPointer<Repository>(this)] {
        if (self)
            emit self->reloaded();
    });
}

void Repository::notifyChanged(qint64 id)
{
    m_db.afterCommit([self = QPointer<Repository>(this), id] {
        if (self)
            emit self->changed(id);
    });
}

void Repository::notifyRemoved(qint64 id)
{
    m_db.afterCommit([self = QPointer<Repository>(this), id] {
        if (self)
            emit self->removed(id);
    });
}

qint64 Repository::insertRow(const QString &sql, const std::function<void(QSqlQuery &)> &bind)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(m_db.lastError());
        return 0;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    bind(q);
    if (!q.exec()) {
        fail(q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    notifyAdded(id);
    return tx.commit() ? id : 0;
}

bool Repository::updateRow(const QString &sql, const std::function<void(QSqlQuery &)> &bind, qint64 id,
                           const QString &missing)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    bind(q);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1)
        return fail(missing);
    notifyChanged(id);
    return tx.commit();
}

std::optional<RowSnapshot> Repository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(m_db.lastError());
        return std::nullopt;
    }
    QString error;
    RowSnapshot snapshot = RowSnapshot::capture(m_db.connection(), m_table, id, &error);
    if (snapshot.isEmpty()) {
        fail(error.isEmpty() ? QCoreApplication::translate("Inroad::Repository", "the record no longer exists") : error);
        return std::nullopt;
    }
    if (!RowSnapshot::remove(m_db.connection(), m_table, id, &error)) {
        fail(error);
        return std::nullopt;
    }
    notifyRemoved(id);
    if (!tx.commit())
        return std::nullopt;
    return snapshot;
}

bool Repository::restore(const RowSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.lastError());
    QString error;
    if (!snapshot.restore(m_db.connection(), &error))
        return fail(error);
    notifyAdded(snapshot.id);
    return tx.commit();
}

} // namespace Inroad
