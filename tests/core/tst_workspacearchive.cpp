#include "migrations.h"
#include "sampleworkspace.h"
#include "searchindex.h"
#include "testsupport.h"
#include "workspacearchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

std::unique_ptr<TempWorkspace> sampleWorkspace(int people, quint32 seed = 20261121)
{
    auto w = std::make_unique<TempWorkspace>();
    SampleOptions options;
    options.people = people;
    options.seed = seed;
    options.today = QDate(2026, 3, 14);
    QString error;
    if (!SampleWorkspace::write(w->db(), options, &error))
        qFatal("cannot write the sample: %s", qPrintable(error));
    return w;
}

QByteArray withoutExportedAt(const QByteArray &json)
{
    QList<QByteArray> lines = json.split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.trimmed().startsWith("\"exportedAt\"");
    });
    return lines.join('\n');
}

QByteArray mutated(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    change(root);
    return QJsonDocument(root).toJson();
}

// Applies @p change to tables.<table> of @p root.
void editTable(QJsonObject &root, const QString &table, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    QJsonObject t = tables.value(table).toObject();
    change(t);
    tables.insert(table, t);
    root.insert(QStringLiteral("tables"), tables);
}

int columnIndex(const QJsonObject &table, const QString &column)
{
    return int(table.value(QLatin1String("columns")).toArray().toVariantList().indexOf(column));
}

void setCell(QJsonObject &table, int row, int column, const QJsonValue &value)
{
    QJsonArray rows = table.value(QLatin1String("rows")).toArray();
    QJsonArray cells = rows.at(row).toArray();
    cells.replace(column, value);
    rows.replace(row, cells);
    table.insert(QStringLiteral("rows"), rows);
}

} // namespace

class TestWorkspaceArchive : public QObject
{
    Q_OBJECT

private:
    QByteArray m_tiny; // a real export of a small sample

private slots:
    void initTestCase()
    {
        auto w = sampleWorkspace(3);
        QString error;
        m_tiny = exportWorkspaceJson(w->db(), &error);
        QVERIFY2(!m_tiny.isEmpty(), qPrintable(error));
    }

    void roundTripOfTheSample()
    {
        auto source = sampleWorkspace(60);
        QString error;
        const QByteArray first = exportWorkspaceJson(source->db(), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(first.contains("\"format\": \"inroad-workspace\""));
        QVERIFY(first.contains(QByteArray(QByteArray("\"schemaVersion\": ") + QByteArray::number(currentSchemaVersion()))));
        QVERIFY(!first.contains("search_index"));
        QVERIFY(!first.contains(SearchIndex::versionSetting().toUtf8()));

        const auto archive = readWorkspaceArchive(first, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion, currentSchemaVersion());
        QVERIFY(archive->exportedAt.endsWith(QLatin1Char('Z')));
        QVERIFY(archive->table(QStringLiteral("people")));
        QCOMPARE(archive->table(QStringLiteral("people"))->rows.size(), 60);
        QStringList names;
        for (const auto &t : archive->tables) {
            names << t.name;
            QVERIFY2(!t.rows.isEmpty() || t.name == QLatin1String("agenda_dismissals") || t.name == QLatin1String("tags"),
                     qPrintable(t.name));
        }
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);

        TempWorkspace target;
        QVERIFY(!workspaceHasUserData(target.db()));
        QVERIFY(target.workspace.search().isReady());
        QList<qint64> calls;
        const bool restored = restoreWorkspaceArchive(target.db(), *archive, &error, [&](qint64 done, qint64 total) {
            calls << done;
            return total == archive->rowCount();
        });
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first(), 0);
        QCOMPARE(calls.last(), archive->rowCount());
        QVERIFY(std::is_sorted(calls.cbegin(), calls.cend()));
        QVERIFY(workspaceHasUserData(target.db()));

        const QByteArray second = exportWorkspaceJson(target.db(), &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QCOMPARE(withoutExportedAt(second), withoutExportedAt(first));
        QCOMPARE(dumpTables(target.db().connection()), dumpTables(source->db().connection()));
        const auto again = readWorkspaceArchive(second, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->tables.size(), archive->tables.size());
        for (qsizetype i = 0; i < archive->tables.size(); ++i) {
            QCOMPARE(again->tables.at(i).name, archive->tables.at(i).name);
            QCOMPARE(again->tables.at(i).columns, archive->tables.at(i).columns);
            QCOMPARE(again->tables.at(i).rows, archive->tables.at(i).rows);
        }

        // The triggers kept the index current: a sample person is found by name.
        QSqlQuery q(target.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, last_name FROM people WHERE last_name <> '' ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 personId = q.value(0).toLongLong();
        const QString lastName = q.value(1).toString();
        SearchIndex &search = target.workspace.search();
        QVERIFY(search.isReady());
        QVERIFY(!search.usesFallback());
        const QList<SearchHit> hits = search.search(lastName, 100);
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                             [&](const SearchHit &h) {
                                 return h.kind == SearchHit::Kind::Person && h.recordId == personId;
                             }),
                 qPrintable(lastName));
    }

    void userDataIsDetected()
    {
        TempWorkspace fresh;
        QVERIFY(!workspaceHasUserData(fresh.db())); // the shipped bank, settings and profile do not count
        auto sample = sampleWorkspace(3);
        QVERIFY(workspaceHasUserData(sample->db()));
        // One organization is enough.
        exec(fresh.db().connection(), QStringLiteral("INSERT INTO organizations (name, created_at, updated_at) "
                                                     "VALUES ('Harbor', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        QVERIFY(workspaceHasUserData(fresh.db()));
    }

    void valuesKeepTheirTypes()
    {
        TempWorkspace w;
        exec(w.db().connection(), QStringLiteral("INSERT INTO question_sets (id, name, created_at) VALUES (7, 'Set', 'x')"));
        exec(w.db().connection(), QStringLiteral("INSERT INTO question_set_items (id, set_id, text, minutes, position) "
                                                 "VALUES (3, 7, 'Why “this”?\n\tTabs \\ quotes \"', 2.5, 1)"));
        QString error;
        const QByteArray json = exportWorkspaceJson(w.db(), &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        const auto archive = readWorkspaceArchive(json, &error);
        QVERIFY2(archive, qPrintable(error));
        const auto *items = archive->table(QStringLiteral("question_set_items"));
        QVERIFY(items);
        QCOMPARE(items->rows.size(), 1);
        const QVariantList row = items->rows.first();
        QCOMPARE(row.at(items->columns.indexOf(QStringLiteral("id"))).typeId(), QMetaType::LongLong);
        QCOMPARE(row.at(items->columns.indexOf(QStringLiteral("minutes"))), QVariant(2.5));
        QCOMPARE(row.at(items->columns.indexOf(QStringLiteral("text"))).toString(),
                 QStringLiteral("Why “this”?\n\tTabs \\ quotes \""));
        QVERIFY(row.at(items->columns.indexOf(QStringLiteral("question_id"))).isNull());

        const QByteArray small = R"({"format":"inroad-workspace","version":1,"schemaVersion":1,"tables":{
            "question_sets":{"columns":["id","name","created_at"],"rows":[[7.0,"A",true]]}}})";
        const auto parsed = readWorkspaceArchive(small, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->schemaVersion, 1);
        const QVariantList cells = parsed->table(QStringLiteral("question_sets"))->rows.first();
        QCOMPARE(cells.at(0), QVariant(qint64(7)));
        QCOMPARE(cells.at(2), QVariant(qint64(1)));
        // An older file lacks tables and columns: the missing ones are empty or get their defaults.
        QVERIFY2(restoreWorkspaceArchive(w.db(), *parsed, &error), qPrintable(error));
        QSqlQuery q(w.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT description, (SELECT count(*) FROM question_set_items), "
                                      "(SELECT count(*) FROM questions) FROM question_sets WHERE id = 7")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const QJsonObject root = QJsonDocument::fromJson(m_tiny).object();
        const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
        const QJsonObject people = tables.value(QLatin1String("people")).toObject();
        const int peopleColumns = int(people.value(QLatin1String("columns")).toArray().size());
        const QJsonObject interviews = tables.value(QLatin1String("interviews")).toObject();
        QVERIFY(!interviews.value(QLatin1String("rows")).toArray().isEmpty());
        const qint64 interviewId =
            interviews.value(QLatin1String("rows")).toArray().at(0).toArray().at(columnIndex(interviews, QStringLiteral("id"))).toInteger();

        QTest::newRow("not JSON") << QByteArray("This is not JSON.\n") << QStringLiteral("line 1, column 1: ");
        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("the file is empty");
        QTest::newRow("error on line 3") << QByteArray("{\n  \"format\": \"inroad-workspace\",\n  \"version\" 1\n}")
                                         << QStringLiteral("line 3, column 13: ");
        QTest::newRow("garbage after the end") << QByteArray("{}\n  x") << QStringLiteral("line 2, column 3: there is more");
        QTest::newRow("truncated") << m_tiny.left(m_tiny.size() / 2) << QStringLiteral("unexpected end of the file");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("line 1, column ");
        QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("not an Inroad workspace");
        QTest::newRow("wrong format") << mutated(m_tiny, [](QJsonObject &r) {
            r.insert(QStringLiteral("format"), QStringLiteral("contacts"));
        }) << QStringLiteral("format: ");
        QTest::newRow("unknown version") << mutated(m_tiny, [](QJsonObject &r) {
            r.insert(QStringLiteral("version"), 2);
        }) << QStringLiteral("version: ");
        QTest::newRow("newer schema") << mutated(m_tiny, [](QJsonObject &r) {
            r.insert(QStringLiteral("schemaVersion"), currentSchemaVersion() + 1);
        }) << QStringLiteral("schemaVersion: the file was written by a newer Inroad");
        QTest::newRow("unknown table") << mutated(m_tiny, [](QJsonObject &r) {
            QJsonObject t = r.value(QLatin1String("tables")).toObject();
            t.insert(QStringLiteral("spaceships"), QJsonObject{{QStringLiteral("columns"), QJsonArray{QStringLiteral("id")}},
                                                              {QStringLiteral("rows"), QJsonArray{}}});
            r.insert(QStringLiteral("tables"), t);
        }) << QStringLiteral("tables.spaceships: there is no such table");
        QTest::newRow("search index table") << mutated(m_tiny, [](QJsonObject &r) {
            QJsonObject t = r.value(QLatin1String("tables")).toObject();
            t.insert(QStringLiteral("search_index"), QJsonObject{{QStringLiteral("columns"), QJsonArray{}},
                                                                {QStringLiteral("rows"), QJsonArray{}}});
            r.insert(QStringLiteral("tables"), t);
        }) << QStringLiteral("tables.search_index: there is no such table");
        QTest::newRow("unknown column") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                QJsonArray columns = t.value(QLatin1String("columns")).toArray();
                columns.append(QStringLiteral("shoe_size"));
                t.insert(QStringLiteral("columns"), columns);
                QJsonArray rows;
                for (const QJsonValue &row : t.value(QLatin1String("rows")).toArray()) {
                    QJsonArray cells = row.toArray();
                    cells.append(42);
                    rows.append(cells);
                }
                t.insert(QStringLiteral("rows"), rows);
            });
        }) << QStringLiteral("tables.people.columns[%1]: the table has no column “shoe_size”").arg(peopleColumns);
        QTest::newRow("missing id column") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                QJsonArray columns = t.value(QLatin1String("columns")).toArray();
                columns.removeFirst();
                t.insert(QStringLiteral("columns"), columns);
                QJsonArray rows;
                for (const QJsonValue &row : t.value(QLatin1String("rows")).toArray()) {
                    QJsonArray cells = row.toArray();
                    cells.removeFirst();
                    rows.append(cells);
                }
                t.insert(QStringLiteral("rows"), rows);
            });
        }) << QStringLiteral("tables.people.columns: the column “id” is missing");
        QTest::newRow("row too short") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                QJsonArray rows = t.value(QLatin1String("rows")).toArray();
                QJsonArray cells = rows.at(1).toArray();
                cells.removeLast();
                rows.replace(1, cells);
                t.insert(QStringLiteral("rows"), rows);
            });
        }) << QStringLiteral("tables.people.rows[1]: %1 values for %2 columns").arg(peopleColumns - 1).arg(peopleColumns);
        QTest::newRow("object as row") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                QJsonArray rows = t.value(QLatin1String("rows")).toArray();
                rows.replace(0, QJsonObject{{QStringLiteral("id"), 1}});
                t.insert(QStringLiteral("rows"), rows);
            });
        }) << QStringLiteral("tables.people.rows[0]: a list of values is expected, found an object");
        QTest::newRow("list as value") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                setCell(t, 0, 1, QJsonArray{1, 2});
            });
        }) << QStringLiteral("tables.people.rows[0][1] (first_name): ");
        QTest::newRow("dangling foreign key") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("interviews"), [](QJsonObject &t) {
                setCell(t, 0, columnIndex(t, QStringLiteral("person_id")), 999999);
            });
        }) << QStringLiteral("tables.interviews: the row with id %1 refers to people id 999999").arg(interviewId);
        QTest::newRow("dangling key in a table without rowid") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("person_fields"), [](QJsonObject &t) {
                setCell(t, 0, columnIndex(t, QStringLiteral("field_id")), 888888);
            });
        }) << QStringLiteral("tables.person_fields: a row refers to career_fields id 888888");
        QTest::newRow("check constraint") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("people"), [](QJsonObject &t) {
                setCell(t, 2, columnIndex(t, QStringLiteral("relationship_strength")), 9);
            });
        }) << QStringLiteral("tables.people.rows[2]: ");
        QTest::newRow("duplicate id") << mutated(m_tiny, [](QJsonObject &r) {
            editTable(r, QStringLiteral("organizations"), [](QJsonObject &t) {
                QJsonArray rows = t.value(QLatin1String("rows")).toArray();
                rows.append(rows.at(0));
                t.insert(QStringLiteral("rows"), rows);
            });
        }) << QStringLiteral("tables.organizations.rows[");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto target = sampleWorkspace(5, 7);
        const QStringList before = dumpTables(target->db().connection());
        QString error;
        const auto archive = readWorkspaceArchive(json, &error);
        if (archive) {
            QVERIFY(!restoreWorkspaceArchive(target->db(), *archive, &error));
            QCOMPARE(target->db().transactionDepth(), 0);
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(dumpTables(target->db().connection()), before);
        QVERIFY(target->workspace.search().isReady());
    }

    void cancelLeavesTheWorkspaceUnchanged_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::newRow("before writing") << 0;
        QTest::newRow("while writing") << 2;
        QTest::newRow("at the end") << -1;
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        QFETCH(int, cancelAtCall);
        auto source = sampleWorkspace(60);
        QString error;
        const auto archive = readWorkspaceArchive(exportWorkspaceJson(source->db()), &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archive->rowCount() > 1000);

        auto target = sampleWorkspace(5, 7);
        const QStringList before = dumpTables(target->db().connection());
        int call = 0;
        qint64 lastDone = -1;
        const bool ok = restoreWorkspaceArchive(target->db(), *archive, &error, [&](qint64 done, qint64 total) {
            lastDone = done;
            if (cancelAtCall < 0)
                return done < total;
            return call++ < cancelAtCall;
        });
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("cancelled"));
        if (cancelAtCall > 0)
            QVERIFY(lastDone > 0);
        QCOMPARE(target->db().transactionDepth(), 0);
        QCOMPARE(dumpTables(target->db().connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceArchive)
#include "tst_workspacearchive.moc"
