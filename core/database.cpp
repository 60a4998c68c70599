#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Inroad {

namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("inroad-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::Database", text, disambiguation, n);
}

// Reads the facts of an existing file through a read-only connection. Reading a WAL database
// makes SQLite create its -wal and -shm side files; when @p removeNewSideFiles is set (the caller
// holds the workspace lock, so no other Inroad uses them) the ones that did not exist before and
// hold nothing are removed again, so an inspection leaves the folder as it found it.
void inspectWithSqlite(const QString &path, DatabaseReport &report, bool removeNewSideFiles)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto damaged = [&](const QString &what) {
            report.problem = DatabaseProblem::Damaged;
            report.message = tr("The workspace “%1” is damaged: %2.").arg(displayPath(path), what);
            report.details << tr("damaged: %1").arg(what);
        };
        if (!db.open()) {
            damaged(db.lastError().text());
        } else {
            QSqlQuery q(db);
            const auto scalar = [&](const QString &sql, bool *ok) -> QVariant {
                *ok = q.exec(sql) && q.next();
                return *ok ? q.value(0) : QVariant();
            };
            bool ok = false;
            const int appId = scalar(QStringLiteral("PRAGMA application_id"), &ok).toInt();
            if (!ok) {
                damaged(q.lastError().text());
            } else {
                const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok).toInt();
                if (!ok) {
                    damaged(q.lastError().text());
                } else if (appId != kApplicationId) {
                    if (appId == 0 && tables == 0) {
                        report.isEmpty = true;
                        report.details << tr("empty SQLite database: it can become a workspace");
                    } else {
                        report.problem = DatabaseProblem::Foreign;
                        report.message = tr("The file “%1” is an SQLite database of another program "
                                            "(application id %2, %3 schema objects), not an Inroad workspace. "
                                            "It was not changed.")
                                             .arg(displayPath(path))
                                             .arg(appId)
                                             .arg(tables);
                        report.details << tr("application id: %1 (Inroad uses %2)").arg(appId).arg(kApplicationId);
                    }
                } else {
                    report.details << tr("application id: Inroad");
                    report.schemaVersion = scalar(QStringLiteral("PRAGMA user_version"), &ok).toInt();
                    report.details << tr("schema version: %1 (this program writes %2)")
                                          .arg(report.schemaVersion)
                                          .arg(currentSchemaVersion());
                    QStringList findings;
                    if (q.exec(QStringLiteral("PRAGMA quick_check"))) {
                        while (q.next())
                            findings << q.value(0).toString();
                    } else {
                        findings << q.lastError().text();
                    }
                    if (findings != QStringList{QStringLiteral("ok")}) {
                        damaged(findings.mid(0, 3).join(QStringLiteral("; ")));
                    } else {
                        report.details << tr("integrity: ok");
                        int violations = 0;
                        if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                            while (q.next())
                                ++violations;
                        }
                        if (violations > 0) {
                            damaged(tr("%n broken link(s) between records", nullptr, violations));
                        } else {
                            report.details << tr("links between records: ok");
                            if (report.schemaVersion > currentSchemaVersion()) {
                                report.problem = DatabaseProblem::TooNew;
                                report.message =
                                    tr("The workspace “%1” was written by a newer version of Inroad (schema %2; "
                                       "this version understands up to %3). Update Inroad to open it; the file "
                                       "was not changed.")
                                        .arg(displayPath(path))
                                        .arg(report.schemaVersion)
                                        .arg(currentSchemaVersion());
                            }
                        }
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (removeNewSideFiles && !hadWal && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(uniqueConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/workspace.inroad");
}

QString Database::defaultSamplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample.inroad");
}

void Database::restrictToOwner(const QString &filePath)
{
    if (QFile::exists(filePath))
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

DatabaseReport Database::inspect(const QString &path)
{
    // Hold the workspace lock while looking, when it is free, so that side files SQLite creates
    // for the look can be removed again safely; a running Inroad keeps its own.
    QLockFile lock(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    const bool locked = QFileInfo(path).isFile() && lock.tryLock(0);
    return inspectFile(path, locked);
}

DatabaseReport Database::inspectFile(const QString &path, bool removeNewSideFiles)
{
    DatabaseReport report;
    report.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.problem = DatabaseProblem::Missing;
        report.isEmpty = true;
        report.message = tr("There is no workspace at “%1”.").arg(displayPath(path));
        return report;
    }
    if (!info.isFile()) {
        report.problem = DatabaseProblem::NotSqlite;
        report.message = tr("“%1” is not a file.").arg(displayPath(path));
        return report;
    }
    if (info.size() == 0) {
        report.isEmpty = true;
        report.details << tr("empty file: it can become a workspace");
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problem = DatabaseProblem::CannotWrite;
        report.message = tr("The workspace “%1” cannot be read: %2.").arg(displayPath(path), file.errorString());
        return report;
    }
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        report.problem = DatabaseProblem::NotSqlite;
        report.message = tr("The file “%1” is not an Inroad workspace: it is not a database at all. It was not changed.")
                             .arg(displayPath(path));
        report.details << tr("not an SQLite database (%n byte(s))", nullptr, int(qMin<qint64>(info.size(), INT_MAX)));
        return report;
    }
    report.details << tr("SQLite database, %n byte(s)", nullptr, int(qMin<qint64>(info.size(), INT_MAX)));
    inspectWithSqlite(path, report, removeNewSideFiles);
    return report;
}

DatabaseReport Database::open(const QString &path)
{
    close();
    DatabaseReport report;
    report.path = path;

    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral("."))) {
            report.problem = DatabaseProblem::CannotWrite;
            report.message = tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder.absolutePath()));
            return report;
        }
        QFile::setPermissions(folder.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    auto lock = std::make_unique<QLockFile>(info.absoluteFilePath() + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        report.problem = lock->error() == QLockFile::LockFailedError ? DatabaseProblem::Locked : DatabaseProblem::CannotWrite;
        report.message = report.problem == DatabaseProblem::Locked
            ? tr("The workspace “%1” is already open in another Inroad (process %2 on %3). "
                 "Close it there, or open another workspace.")
                  .arg(displayPath(path))
                  .arg(pid)
                  .arg(host.isEmpty() ? tr("this computer") : host)
            : tr("The workspace “%1” cannot be locked: its folder is not writable.").arg(displayPath(path));
        return report;
    }
    restrictToOwner(lock->fileName());

    report = inspectFile(path, true);
    if (report.problem == DatabaseProblem::Missing) {
        report.problem = DatabaseProblem::None;
        report.message.clear();
    }
    if (!report.ok())
        return report;

    const bool existed = QFileInfo::exists(path) && !report.isEmpty;
    const int version = report.schemaVersion;

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            report.problem = DatabaseProblem::CannotWrite;
            report.message = tr("The workspace “%1” cannot be opened: %2.").arg(displayPath(path), db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return report;
        }
    }
    m_path = path;
    m_lock = std::move(lock);

    if (!setUpConnection()) {
        report.problem = DatabaseProblem::CannotWrite;
        report.message = tr("The workspace “%1” cannot be set up: %2.").arg(displayPath(path), m_lastError);
        close();
        return report;
    }

    if (version < currentSchemaVersion()) {
        if (existed && version > 0) {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            m_lastBackup = path + QStringLiteral(".schema%1-%2.bak").arg(version).arg(stamp);
            QFile::remove(m_lastBackup);
            QSqlQuery backup(connection());
            backup.prepare(QStringLiteral("VACUUM INTO ?"));
            backup.addBindValue(m_lastBackup);
            if (!backup.exec()) {
                report.problem = DatabaseProblem::CannotWrite;
                report.message = tr("The workspace “%1” needs an upgrade, but its backup could not be written: %2. "
                                    "The file was not changed.")
                                     .arg(displayPath(path), backup.lastError().text());
                QFile::remove(m_lastBackup);
                m_lastBackup.clear();
                close();
                return report;
            }
            restrictToOwner(m_lastBackup);
        }
        if (!migrate(version, report)) {
            close();
            return report;
        }
    }

    if (!exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        report.problem = DatabaseProblem::CannotWrite;
        report.message = tr("The workspace “%1” cannot be set up: %2.").arg(displayPath(path), m_lastError);
        close();
        return report;
    }
    restrictSideFiles();
    report.schemaVersion = currentSchemaVersion();
    report.isEmpty = false;
    return report;
}

bool Database::setUpConnection()
{
    return exec(QStringLiteral("PRAGMA foreign_keys = ON")) && exec(QStringLiteral("PRAGMA secure_delete = ON"))
        && exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
}

bool Database::openAlongside(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;
    if (!setUpConnection() || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        const QString error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    return true;
}

bool Database::migrate(int fromVersion, DatabaseReport &report)
{
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        if (!beginTransaction()) {
            report.problem = DatabaseProblem::CannotWrite;
            report.message = tr("The workspace “%1” cannot be written: %2.").arg(displayPath(m_path), m_lastError);
            return false;
        }
        bool ok = true;
        if (step.version == 1)
            ok = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        for (const QString &sql : step.statements) {
            if (!ok)
                break;
            ok = exec(sql);
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (!ok || !commit()) {
            const QString why = m_lastError;
            rollback();
            report.problem = DatabaseProblem::MigrationFailed;
            report.message = tr("Upgrading the workspace “%1” to schema %2 (%3) failed: %4. "
                                "The workspace is as it was before this step.")
                                 .arg(displayPath(m_path))
                                 .arg(step.version)
                                 .arg(step.description, why);
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_pending.clear();
    m_depth = 0;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::sqliteVersion() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return {};
}

void Database::restrictSideFiles() const
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        restrictToOwner(m_path + QLatin1String(suffix));
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::beginTransaction()
{
    if (m_depth == 0 && m_beforeWrite)
        m_beforeWrite();
    const bool ok = m_depth == 0 ? exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : exec(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    if (!ok) {
        emit writeFailed(tr("Could not start saving: %1").arg(m_lastError));
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        if (!exec(QStringLiteral("COMMIT"))) {
            emit writeFailed(tr("Your change could not be saved: %1").arg(m_lastError));
            exec(QStringLiteral("ROLLBACK"));
            m_depth = 0;
            m_pending.clear();
            return false;
        }
        m_depth = 0;
        restrictSideFiles();
        auto actions = std::move(m_pending);
        m_pending.clear();
        for (const auto &action : actions)
            action();
        return true;
    }
    --m_depth;
    return exec(QStringLiteral("RELEASE level%1").arg(m_depth));
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
        m_depth = 0;
        m_pending.clear();
        return;
    }
    --m_depth;
    // An inner rollback undoes the savepoint; the outer transaction decides what is kept. Signals
    // queued inside it are dropped by the outer rollback, or describe rows the outer commit keeps.
    exec(QStringLiteral("ROLLBACK TO level%1").arg(m_depth));
    exec(QStringLiteral("RELEASE level%1").arg(m_depth));
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_depth == 0)
        action();
    else
        m_pending.push_back(std::move(action));
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    if (m_depth == 0 && m_beforeWrite)
        m_beforeWrite(); // a statement of its own: it waits like a transaction does
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        emit writeFailed(tr("A setting could not be saved: %1").arg(m_lastError));
        return false;
    }
    return true;
}

} // namespace Inroad
