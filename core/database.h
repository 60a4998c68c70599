#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

namespace Inroad {

/// What was found when a file was inspected or opened.
enum class DatabaseProblem {
    None,
    Missing,        ///< the file does not exist (only reported by check())
    NotSqlite,      ///< the file is not an SQLite database at all
    Foreign,        ///< an SQLite database that belongs to another program
    Damaged,        ///< SQLite reports corruption, or the file cannot be read
    TooNew,         ///< written by a newer version of Inroad
    Locked,         ///< another running Inroad has it open
    CannotWrite,    ///< the folder or file cannot be created or written
    MigrationFailed ///< upgrading the schema failed; the old file is unchanged
};

/// The findings of an inspection, in words a user can act on.
struct DatabaseReport
{
    DatabaseProblem problem = DatabaseProblem::None;
    QString path;
    QString message;          ///< one sentence naming the file and what was found; empty when healthy
    QStringList details;      ///< the facts looked at, one per line (for `inroad check`)
    int schemaVersion = 0;    ///< the file's user_version, when it could be read
    bool isEmpty = false;     ///< a new or empty file that Inroad may initialise

    bool ok() const { return problem == DatabaseProblem::None; }
};

/// One Inroad workspace file: opening (with every safety check), migrations, pragmas, transactions.
///
/// A file is only ever written after it has been found to be an Inroad database (or a new, empty
/// file), healthy, not newer than this build, and not open in another instance. Anything else is
/// reported and the file is left byte-for-byte as it was.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    /// The default workspace file in the per-user application data folder.
    static QString defaultPath();
    /// Where File ▸ Open sample workspace keeps its sample.
    static QString defaultSamplePath();

    /// Inspects a file without writing to it (used by `inroad check` and before every open).
    static DatabaseReport inspect(const QString &path);

    /// Opens or creates the workspace at @p path: locks it, checks it, backs it up and migrates
    /// it when it is older, and applies the connection pragmas. On failure nothing was written.
    DatabaseReport open(const QString &path);
    /// Opens a second connection to the workspace at @p path, which a Database of this process
    /// has open and locked: for work on another thread, which must be the one that calls this and
    /// then uses the connection. No lock, no checks, no migration (the first connection did
    /// those); the same connection settings. Returns false with lastError().
    bool openAlongside(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    /// The backup written before the last migration, if one was needed.
    QString lastBackupPath() const { return m_lastBackup; }

    /// Nested transactions: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    bool beginTransaction();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /// Runs @p action once the outermost transaction commits (at once when none is open); dropped
    /// on rollback. Repositories use this so that change signals only describe committed data.
    void afterCommit(std::function<void()> action);
    /// Called before the outermost transaction begins, and before a setting is written outside
    /// one: a workspace uses it to let a write wait for work on another connection (a rebuild of
    /// the search index) rather than for its lock.
    void setBeforeWrite(std::function<void()> hook) { m_beforeWrite = std::move(hook); }

    /// Key/value settings stored in the workspace itself.
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    /// The SQLite library's version as reported by the open connection ("3.40.1"); empty when closed.
    QString sqliteVersion() const;

    /// The last SQL error, for messages.
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &message) { m_lastError = message; }

    /// Restricts a file to its owner (0600) on systems that have such permissions.
    static void restrictToOwner(const QString &filePath);

signals:
    /// A write failed; @p message says what could not be saved.
    void writeFailed(const QString &message);

private:
    static DatabaseReport inspectFile(const QString &path, bool removeNewSideFiles);
    bool exec(const QString &sql);
    /// The settings of every connection to a workspace: foreign keys, secure delete, busy timeout.
    bool setUpConnection();
    bool migrate(int fromVersion, DatabaseReport &report);
    void restrictSideFiles() const;

    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
    QString m_lastError;
    std::unique_ptr<QLockFile> m_lock;
    int m_depth = 0;
    std::vector<std::function<void()>> m_pending;
    std::function<void()> m_beforeWrite;
};

/// Scoped transaction: commits on commit(), rolls back if it goes out of scope first.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db) : m_db(db), m_active(db.beginTransaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace Inroad
