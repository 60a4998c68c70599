#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace Inroad {

class Database;

/// A workspace's data as read from an Inroad JSON file: per table, rows of column → value.
struct WorkspaceArchive
{
    int schemaVersion = 0; ///< the schema the file was written from
    QString exportedAt;    ///< as in the file
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows; ///< values are null, qint64, double or QString
    };
    QList<Table> tables; ///< sorted by name (as Inroad writes them)
    const Table *table(const QString &name) const;
    /// The number of rows of every table together.
    qint64 rowCount() const;
};

/// The format name and version written in every file.
inline constexpr char kWorkspaceArchiveFormat[] = "inroad-workspace";
inline constexpr int kWorkspaceArchiveVersion = 1;

/// Every row of every data table (all tables in sqlite_master except sqlite_* and the search
/// index's tables; the setting that records the search index version is left out), as UTF-8 JSON:
/// {"format":"inroad-workspace","version":1,"schemaVersion":N,"exportedAt":"…Z","tables":{"people":{"columns":[…],"rows":[[…],…]},…}}
/// Values keep their SQLite type (integer, real, text, null). Tables are sorted by name, rows by
/// primary key, one row per line, so that diffs are readable. Returns empty and sets *error on failure.
QByteArray exportWorkspaceJson(const Database &db, QString *error = nullptr);

/// Parses and validates a file written by exportWorkspaceJson() against the schema this build
/// writes: format and version known, schema not newer, tables and columns known, primary key
/// columns present, every row as long as the columns and of allowed JSON types (bool → 0/1,
/// integral numbers → qint64). Errors say where ("tables.people.rows[12]: …", "line 7, column 3: …").
std::optional<WorkspaceArchive> readWorkspaceArchive(const QByteArray &json, QString *error);

/// Whether the workspace holds anything a user made: any row in people, organizations,
/// career_fields, interviews, notes, referrals, outreach_attempts, follow_ups or question_sets
/// (the shipped question bank, settings, templates and an unfilled profile do not count).
bool workspaceHasUserData(const Database &db);

/// Replaces all data tables' rows by the archive's, with the same ids, in one transaction:
/// deletes the existing rows, inserts the archive's (columns missing from an older-schema file get
/// their defaults), then checks every foreign key. On any failure (or when @p progress returns
/// false: error "cancelled") nothing changes. The search index follows through its triggers; the
/// setting recording its version is kept. Repositories are not told: reopen the workspace after.
bool restoreWorkspaceArchive(Database &db, const WorkspaceArchive &archive, QString *error,
                             const std::function<bool(qint64, qint64)> &progress = {});

} // namespace Inroad
