#include "workspacearchive.h"

#include "database.h"
#include "migrations.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::WorkspaceArchive", text);
}

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

/// A name from the file, shortened for a message so that junk cannot make it huge.
QString shown(const QString &name)
{
    return name.size() <= 60 ? name : name.left(60) + QChar(0x2026);
}

struct TableSchema
{
    QString name;
    QStringList columns;    // in the table's order
    QStringList primaryKey; // in key order; empty for a table keyed only by rowid
};

/// The data tables of @p db: everything but SQLite's own tables and the search index.
std::optional<QList<TableSchema>> readSchema(const QSqlDatabase &db, QString *error)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                    "ESCAPE '\\' AND name <> 'search_index' AND name NOT GLOB 'search_index_*' "
                                    "ORDER BY name"))) {
        *error = tables.lastError().text();
        return std::nullopt;
    }
    QList<TableSchema> out;
    while (tables.next())
        out.append({tables.value(0).toString(), {}, {}});
    for (TableSchema &table : out) {
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name)))) {
            *error = info.lastError().text();
            return std::nullopt;
        }
        QMap<int, QString> keys;
        while (info.next()) {
            const QString column = info.value(QStringLiteral("name")).toString();
            table.columns << column;
            const int pk = info.value(QStringLiteral("pk")).toInt();
            if (pk > 0)
                keys.insert(pk, column);
        }
        table.primaryKey = keys.values();
    }
    return out;
}

/// The data tables this build writes, read from a private in-memory database with every
/// migration applied, so that the check of a file needs no workspace and follows the schema.
const std::optional<QList<TableSchema>> &currentSchema(QString *error)
{
    static QString failure;
    static const std::optional<QList<TableSchema>> schema = []() -> std::optional<QList<TableSchema>> {
        const QString name = QStringLiteral("inroad-archive-schema");
        std::optional<QList<TableSchema>> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (!db.open()) {
                failure = db.lastError().text();
            } else {
                QSqlQuery q(db);
                bool ok = true;
                for (const Migration &step : migrations()) {
                    for (const QString &sql : step.statements) {
                        if (ok && !q.exec(sql)) {
                            failure = q.lastError().text();
                            ok = false;
                        }
                    }
                }
                if (ok)
                    out = readSchema(db, &failure);
                q = QSqlQuery();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }();
    if (!schema && error)
        *error = tr("the schema of this version of Inroad cannot be read: %1").arg(failure);
    return schema;
}

const TableSchema *findTable(const QList<TableSchema> &schema, const QString &name)
{
    for (const TableSchema &t : schema) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QByteArray jsonText(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: write a one-element array and cut the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString parseProblem(const QJsonParseError &e)
{
    switch (e.error) {
    case QJsonParseError::UnterminatedObject:
        return tr("an object is not closed with “}”");
    case QJsonParseError::MissingNameSeparator:
        return tr("“:” is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return tr("a list is not closed with “]”");
    case QJsonParseError::MissingValueSeparator:
        return tr("“,” is missing between two values");
    case QJsonParseError::IllegalValue:
        return tr("this is not a JSON value");
    case QJsonParseError::TerminationByNumber:
        return tr("the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return tr("this number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("an escape sequence (“\\”) in a text is not valid");
    case QJsonParseError::IllegalUTF8String:
        return tr("a text is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return tr("a text is not closed with “\"”");
    case QJsonParseError::MissingObject:
        return tr("an object was expected");
    case QJsonParseError::DeepNesting:
        return tr("lists and objects are nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("there is more text after the end of the data");
    default:
        return e.errorString();
    }
}

/// "line L, column C: what" for a parse error; columns count characters.
QString locatedParseError(const QByteArray &json, const QJsonParseError &e)
{
    const qsizetype size = json.size();
    const qsizetype offset = qBound(qsizetype(0), qsizetype(e.offset), size);
    // The parser reports the offset after the character it stopped at, except for garbage at the end.
    bool atEnd = false;
    switch (e.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
        atEnd = offset >= size;
        break;
    default:
        break;
    }
    const qsizetype position =
        atEnd ? size : (e.error == QJsonParseError::GarbageAtEnd || offset == 0 ? offset : offset - 1);
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < position; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < position; ++i) {
        if ((uchar(json.at(i)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++column;
    }
    const QString what = atEnd ? tr("unexpected end of the file") : parseProblem(e);
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(what);
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a true/false value");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("nothing");
    }
}

/// A cell of the file as the value to store; nullopt for lists and objects.
std::optional<QVariant> cellValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::String:
        return QVariant(v.toString());
    case QJsonValue::Double: {
        const QVariant number = v.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return number;
        const double d = v.toDouble();
        // 2^63 is exactly representable; integral values inside the range are integers.
        if (std::isfinite(d) && std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    default:
        return std::nullopt;
    }
}

QString tablePath(const QString &table)
{
    return QStringLiteral("tables.") + shown(table);
}

} // namespace

const WorkspaceArchive::Table *WorkspaceArchive::table(const QString &name) const
{
    for (const Table &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

qint64 WorkspaceArchive::rowCount() const
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += t.rows.size();
    return n;
}

QByteArray exportWorkspaceJson(const Database &db, QString *error)
{
    if (!db.isOpen()) {
        fail(error, tr("no workspace is open"));
        return {};
    }
    const QSqlDatabase connection = db.connection();
    QString why;
    const auto schema = readSchema(connection, &why);
    if (!schema) {
        fail(error, tr("the workspace's tables cannot be read: %1").arg(why));
        return {};
    }
    QSqlQuery version(connection);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        fail(error, tr("the workspace's schema version cannot be read: %1").arg(version.lastError().text()));
        return {};
    }

    QByteArray out;
    out += "{\n    \"format\": " + jsonText(QLatin1String(kWorkspaceArchiveFormat)) + ",\n";
    out += "    \"version\": " + QByteArray::number(kWorkspaceArchiveVersion) + ",\n";
    out += "    \"schemaVersion\": " + QByteArray::number(version.value(0).toLongLong()) + ",\n";
    out += "    \"exportedAt\": " + jsonText(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + ",\n";
    out += "    \"tables\": {";
    const QString searchVersionKey = SearchIndex::versionSetting();
    bool firstTable = true;
    for (const TableSchema &table : *schema) {
        QStringList columns;
        QJsonArray columnNames;
        for (const QString &c : table.columns) {
            columns << quoted(c);
            columnNames.append(c);
        }
        QStringList order;
        for (const QString &k : table.primaryKey)
            order << quoted(k);
        if (order.isEmpty())
            order << QStringLiteral("rowid");
        QSqlQuery rows(connection);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QStringLiteral(", ")), quoted(table.name), order.join(QStringLiteral(", "))))) {
            fail(error, tr("%1: the rows cannot be read: %2").arg(tablePath(table.name), rows.lastError().text()));
            return {};
        }
        out += firstTable ? "\n" : ",\n";
        firstTable = false;
        out += "        " + jsonText(table.name) + ": {\n";
        out += "            \"columns\": " + QJsonDocument(columnNames).toJson(QJsonDocument::Compact) + ",\n";
        out += "            \"rows\": [";
        const int keyColumn = table.name == QLatin1String("settings") ? int(table.columns.indexOf(QStringLiteral("key"))) : -1;
        qint64 index = 0;
        bool firstRow = true;
        while (rows.next()) {
            if (keyColumn >= 0 && rows.value(keyColumn).toString() == searchVersionKey)
                continue; // belongs to the search index, which is rebuilt, not restored
            QJsonArray cells;
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant v = rows.value(i);
                if (v.isNull()) {
                    cells.append(QJsonValue::Null);
                    continue;
                }
                switch (v.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::ULongLong:
                    cells.append(QJsonValue(v.toLongLong()));
                    break;
                case QMetaType::Double: {
                    const double d = v.toDouble();
                    if (!std::isfinite(d)) {
                        fail(error, tr("%1.rows[%2]: the column “%3” holds an infinite number, which JSON cannot hold")
                                        .arg(tablePath(table.name))
                                        .arg(index)
                                        .arg(table.columns.at(i)));
                        return {};
                    }
                    cells.append(QJsonValue(d));
                    break;
                }
                case QMetaType::QString:
                    cells.append(v.toString());
                    break;
                default:
                    fail(error, tr("%1.rows[%2]: the column “%3” holds binary data, which this format cannot hold")
                                    .arg(tablePath(table.name))
                                    .arg(index)
                                    .arg(table.columns.at(i)));
                    return {};
                }
            }
            out += firstRow ? "\n" : ",\n";
            firstRow = false;
            out += "                " + QJsonDocument(cells).toJson(QJsonDocument::Compact);
            ++index;
        }
        if (rows.lastError().isValid()) {
            fail(error, tr("%1: the rows cannot be read: %2").arg(tablePath(table.name), rows.lastError().text()));
            return {};
        }
        out += firstRow ? "]\n" : "\n            ]\n";
        out += "        }";
    }
    out += firstTable ? "}\n}\n" : "\n    }\n}\n";
    return out;
}

std::optional<WorkspaceArchive> readWorkspaceArchive(const QByteArray &json, QString *error)
{
    if (json.trimmed().isEmpty()) {
        fail(error, tr("the file is empty"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, locatedParseError(json, parseError));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, tr("the file is not an Inroad workspace: it holds a list, not an object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kWorkspaceArchiveFormat)) {
        fail(error, tr("format: the file is not an Inroad workspace (expected “%1”)").arg(QLatin1String(kWorkspaceArchiveFormat)));
        return std::nullopt;
    }
    const QJsonValue formatVersion = root.value(QLatin1String("version"));
    if (!formatVersion.isDouble() || formatVersion.toDouble() != kWorkspaceArchiveVersion) {
        fail(error, tr("version: this version of the workspace format is not known to this version of Inroad; "
                       "a newer Inroad may read it"));
        return std::nullopt;
    }
    WorkspaceArchive archive;
    const QJsonValue schemaVersion = root.value(QLatin1String("schemaVersion"));
    const double sv = schemaVersion.toDouble(-1);
    if (!schemaVersion.isDouble() || sv < 1 || std::trunc(sv) != sv) {
        fail(error, tr("schemaVersion: a positive whole number is expected"));
        return std::nullopt;
    }
    if (sv > currentSchemaVersion()) {
        fail(error, tr("schemaVersion: the file was written by a newer Inroad (schema %1; this version knows up to %2). "
                       "Update Inroad to import it.")
                        .arg(QString::number(sv, 'f', 0))
                        .arg(currentSchemaVersion()));
        return std::nullopt;
    }
    archive.schemaVersion = int(sv);
    const QJsonValue exportedAt = root.value(QLatin1String("exportedAt"));
    if (!exportedAt.isUndefined() && !exportedAt.isString()) {
        fail(error, tr("exportedAt: a text is expected, found %1").arg(jsonTypeName(exportedAt)));
        return std::nullopt;
    }
    archive.exportedAt = exportedAt.toString();

    const auto &schema = currentSchema(error);
    if (!schema)
        return std::nullopt;
    const QJsonValue tablesValue = root.value(QLatin1String("tables"));
    if (!tablesValue.isObject()) {
        fail(error, tr("tables: an object of tables is expected, found %1").arg(jsonTypeName(tablesValue)));
        return std::nullopt;
    }
    // QJsonObject keeps its keys sorted, which is also the order Inroad writes.
    const QJsonObject tables = tablesValue.toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        const QString name = it.key();
        const QString where = tablePath(name);
        const TableSchema *known = findTable(*schema, name);
        if (!known) {
            fail(error, tr("%1: there is no such table in an Inroad workspace").arg(where));
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            fail(error, tr("%1: an object with “columns” and “rows” is expected, found %2").arg(where, jsonTypeName(it.value())));
            return std::nullopt;
        }
        const QJsonObject tableObject = it.value().toObject();
        for (auto key = tableObject.constBegin(); key != tableObject.constEnd(); ++key) {
            if (key.key() != QLatin1String("columns") && key.key() != QLatin1String("rows")) {
                fail(error, tr("%1.%2: unknown entry (only “columns” and “rows” are allowed)").arg(where, shown(key.key())));
                return std::nullopt;
            }
        }
        WorkspaceArchive::Table table;
        table.name = known->name;
        const QJsonValue columnsValue = tableObject.value(QLatin1String("columns"));
        if (!columnsValue.isArray()) {
            fail(error, tr("%1.columns: a list of column names is expected, found %2").arg(where, jsonTypeName(columnsValue)));
            return std::nullopt;
        }
        const QJsonArray columns = columnsValue.toArray();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString column = columns.at(i).toString();
            const QString at = where + QStringLiteral(".columns[%1]").arg(i);
            if (!columns.at(i).isString()) {
                fail(error, tr("%1: a column name is expected, found %2").arg(at, jsonTypeName(columns.at(i))));
                return std::nullopt;
            }
            if (!known->columns.contains(column)) {
                fail(error, tr("%1: the table has no column “%2”").arg(at, shown(column)));
                return std::nullopt;
            }
            if (table.columns.contains(column)) {
                fail(error, tr("%1: the column “%2” is named twice").arg(at, column));
                return std::nullopt;
            }
            table.columns << column;
        }
        for (const QString &key : known->primaryKey) {
            if (!table.columns.contains(key)) {
                fail(error, tr("%1.columns: the column “%2” is missing").arg(where, key));
                return std::nullopt;
            }
        }
        const QJsonValue rowsValue = tableObject.value(QLatin1String("rows"));
        if (!rowsValue.isArray()) {
            fail(error, tr("%1.rows: a list of rows is expected, found %2").arg(where, jsonTypeName(rowsValue)));
            return std::nullopt;
        }
        const QJsonArray rows = rowsValue.toArray();
        table.rows.reserve(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonValue rowValue = rows.at(r);
            const QString at = where + QStringLiteral(".rows[%1]").arg(r);
            if (!rowValue.isArray()) {
                fail(error, tr("%1: a list of values is expected, found %2").arg(at, jsonTypeName(rowValue)));
                return std::nullopt;
            }
            const QJsonArray cells = rowValue.toArray();
            if (cells.size() != table.columns.size()) {
                fail(error, tr("%1: %2 values for %3 columns").arg(at).arg(cells.size()).arg(table.columns.size()));
                return std::nullopt;
            }
            QVariantList row;
            row.reserve(cells.size());
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const std::optional<QVariant> value = cellValue(cells.at(c));
                if (!value) {
                    fail(error, tr("%1[%2] (%3): a text, number, true/false or null is expected, found %4")
                                    .arg(at)
                                    .arg(c)
                                    .arg(table.columns.at(c), jsonTypeName(cells.at(c))));
                    return std::nullopt;
                }
                row.append(*value);
            }
            table.rows.append(std::move(row));
        }
        archive.tables.append(std::move(table));
    }
    return archive;
}

bool workspaceHasUserData(const Database &db)
{
    static const char *const userTables[] = {"people",          "organizations",     "career_fields",
                                             "interviews",      "notes",             "referrals",
                                             "outreach_attempts", "follow_ups",      "question_sets"};
    if (!db.isOpen())
        return false;
    QSqlQuery q(db.connection());
    for (const char *table : userTables) {
        if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(QLatin1String(table)))) && q.next()
            && q.value(0).toBool())
            return true;
    }
    return false;
}

namespace {

/// The first foreign key violation, described for the user; empty when there is none.
QString foreignKeyViolation(const QSqlDatabase &db, QString *sqlError)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *sqlError = check.lastError().text();
        return {};
    }
    if (!check.next())
        return {};
    const QString table = check.value(0).toString();
    const QVariant rowid = check.value(1);
    const QString parent = check.value(2).toString();
    const int fkid = check.value(3).toInt();
    check.finish();

    // Which column points where, to say which value is missing.
    QString from, to;
    QSqlQuery list(db);
    if (list.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)))) {
        while (list.next()) {
            if (list.value(QStringLiteral("id")).toInt() == fkid) {
                from = list.value(QStringLiteral("from")).toString();
                to = list.value(QStringLiteral("to")).toString();
                break;
            }
        }
    }
    if (to.isEmpty())
        to = QStringLiteral("id");
    QVariant value;
    if (!from.isEmpty()) {
        QSqlQuery q(db);
        if (!rowid.isNull()) {
            q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(quoted(from), quoted(table)));
            q.addBindValue(rowid);
        } else {
            q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 NOT IN (SELECT %3 FROM %4) LIMIT 1")
                          .arg(quoted(from), quoted(table), quoted(to), quoted(parent)));
        }
        if (q.exec() && q.next())
            value = q.value(0);
    }
    const QString target = value.isValid() ? QStringLiteral("%1 %2 %3").arg(parent, to, value.toString()) : parent;
    if (!rowid.isNull())
        return tr("%1: the row with id %2 refers to %3, which does not exist").arg(tablePath(table), rowid.toString(), target);
    return tr("%1: a row refers to %2, which does not exist").arg(tablePath(table), target);
}

} // namespace

bool restoreWorkspaceArchive(Database &db, const WorkspaceArchive &archive, QString *error,
                             const std::function<bool(qint64, qint64)> &progress)
{
    if (!db.isOpen()) {
        fail(error, tr("no workspace is open"));
        return false;
    }
    if (archive.schemaVersion > currentSchemaVersion()) {
        fail(error, tr("the file was written by a newer Inroad (schema %1; this version knows up to %2)")
                        .arg(archive.schemaVersion)
                        .arg(currentSchemaVersion()));
        return false;
    }
    const QSqlDatabase connection = db.connection();
    QString why;
    const auto schema = readSchema(connection, &why);
    if (!schema) {
        fail(error, tr("the workspace's tables cannot be read: %1").arg(why));
        return false;
    }
    // Everything that can be checked without writing is checked first.
    QSet<QString> seen;
    for (const WorkspaceArchive::Table &table : archive.tables) {
        const TableSchema *known = findTable(*schema, table.name);
        if (!known) {
            fail(error, tr("%1: there is no such table in this workspace").arg(tablePath(table.name)));
            return false;
        }
        if (seen.contains(table.name)) {
            fail(error, tr("%1: the table is given twice").arg(tablePath(table.name)));
            return false;
        }
        seen.insert(table.name);
        for (const QString &column : table.columns) {
            if (!known->columns.contains(column) || table.columns.count(column) != 1) {
                fail(error, tr("%1.columns: the column “%2” is unknown or named twice").arg(tablePath(table.name), shown(column)));
                return false;
            }
        }
        if (table.columns.isEmpty() && !table.rows.isEmpty()) {
            fail(error, tr("%1.columns: rows without columns").arg(tablePath(table.name)));
            return false;
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (table.rows.at(r).size() != table.columns.size()) {
                fail(error, tr("%1.rows[%2]: %3 values for %4 columns")
                                .arg(tablePath(table.name))
                                .arg(r)
                                .arg(table.rows.at(r).size())
                                .arg(table.columns.size()));
                return false;
            }
        }
    }

    const qint64 total = archive.rowCount();
    qint64 done = 0;
    constexpr qint64 kBatch = 256;
    if (progress && !progress(0, total)) {
        fail(error, tr("cancelled"));
        return false;
    }

    Transaction tx(db);
    if (!tx.isActive()) {
        fail(error, tr("the workspace cannot be written: %1").arg(db.lastError()));
        return false;
    }
    QSqlQuery q(connection);
    // Rows point at each other both ways (a referral made in an interview): check the keys once,
    // at the end, instead of after each statement. Put back as found, for an enclosing transaction.
    bool deferredBefore = false;
    if (q.exec(QStringLiteral("PRAGMA defer_foreign_keys")) && q.next())
        deferredBefore = q.value(0).toBool();
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
        fail(error, q.lastError().text());
        return false;
    }
    const auto restoreDeferral = [&] {
        if (!deferredBefore)
            QSqlQuery(connection).exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
    };
    const QString searchVersionKey = SearchIndex::versionSetting();

    for (const TableSchema &table : *schema) {
        const bool settings = table.name == QLatin1String("settings");
        q.prepare(settings ? QStringLiteral("DELETE FROM %1 WHERE key IS NOT ?").arg(quoted(table.name))
                           : QStringLiteral("DELETE FROM %1").arg(quoted(table.name)));
        if (settings)
            q.addBindValue(searchVersionKey);
        if (!q.exec()) {
            fail(error, tr("%1: the existing rows cannot be removed: %2").arg(tablePath(table.name), q.lastError().text()));
            restoreDeferral();
            return false;
        }
    }

    for (const WorkspaceArchive::Table &table : archive.tables) {
        if (table.rows.isEmpty())
            continue;
        const TableSchema *known = findTable(*schema, table.name);
        QStringList columns, marks;
        for (const QString &column : table.columns) {
            columns << quoted(known->columns.at(known->columns.indexOf(column))); // the schema's spelling
            marks << QStringLiteral("?");
        }
        const int keyColumn = table.name == QLatin1String("settings") ? int(table.columns.indexOf(QStringLiteral("key"))) : -1;
        QSqlQuery insert(connection);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(quoted(table.name), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            fail(error, tablePath(table.name) + QStringLiteral(": ") + insert.lastError().text());
            restoreDeferral();
            return false;
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            const bool skip = keyColumn >= 0 && row.at(keyColumn).toString() == searchVersionKey;
            if (!skip) {
                for (int c = 0; c < row.size(); ++c) {
                    const QVariant &v = row.at(c);
                    insert.bindValue(c, v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : v);
                }
                if (!insert.exec()) {
                    fail(error, tr("%1.rows[%2]: %3").arg(tablePath(table.name)).arg(r).arg(insert.lastError().text()));
                    restoreDeferral();
                    return false;
                }
            }
            ++done;
            if (progress && done % kBatch == 0 && !progress(done, total)) {
                fail(error, tr("cancelled"));
                restoreDeferral();
                return false;
            }
        }
    }

    QString sqlError;
    const QString violation = foreignKeyViolation(connection, &sqlError);
    if (!violation.isEmpty() || !sqlError.isEmpty()) {
        fail(error, violation.isEmpty() ? sqlError : violation);
        restoreDeferral();
        return false;
    }
    if (progress && !progress(total, total)) {
        fail(error, tr("cancelled"));
        restoreDeferral();
        return false;
    }
    restoreDeferral();
    if (!tx.commit()) {
        fail(error, tr("the workspace cannot be written: %1").arg(db.lastError()));
        return false;
    }
    return true;
}

} // namespace Inroad
