#pragma once

// Small helpers shared by the test programs: a private workspace per test, file fingerprints for
// "left byte-for-byte unchanged", and a dump of every table for "undo restored everything".

#include "database.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace InroadTest {

/// A workspace in its own temporary folder, opened (and migrated) on construction.
struct TempWorkspace
{
    QTemporaryDir dir;
    Inroad::Workspace workspace;
    QString path;

    explicit TempWorkspace(const QString &fileName = QStringLiteral("test.inroad"))
        : path(dir.filePath(fileName))
    {
        const Inroad::DatabaseReport report = workspace.open(path);
        if (!report.ok())
            qFatal("cannot open test workspace: %s", qPrintable(report.message));
    }
    Inroad::Database &db() { return workspace.database(); }
};

/// The output of a poppler-utils tool (pdfinfo, pdftotext) run on @p arguments; empty when the
/// tool is not installed, "<failed>" when it failed.
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<failed>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QByteArray fileFingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Every row of every table, in a stable order, as text. The search index (search_index and its
/// FTS5 tables search_index_*) is left out: it is derived from the others.
inline QStringList dumpTables(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name <> 'search_index' AND name NOT GLOB 'search_index_*' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            const QSqlRecord r = rows.record();
            for (int i = 0; i < r.count(); ++i)
                cells << (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString());
            lines << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        lines.sort();
        out << lines;
    }
    return out;
}

/// Runs one statement for test set-up; fails the test on error.
inline void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(sql, q.lastError().text())), __FILE__, __LINE__);
}

} // namespace InroadTest
