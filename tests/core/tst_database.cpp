#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Inroad;
using namespace InroadTest;

namespace {

int pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toInt() : -1;
}

// Runs statements on a plain SQLite file, as another program would.
void writeWithSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A workspace with enough rows to span several pages, closed again.
QString makeWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("filled.inroad"));
    Database db;
    if (!db.open(path).ok())
        return {};
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < 400; ++i) {
        q.prepare(QStringLiteral("INSERT INTO organizations(name, research_news, created_at, updated_at) VALUES (?, ?, 'x', 'x')"));
        q.addBindValue(QStringLiteral("Organization %1").arg(i));
        q.addBindValue(QString(200, QLatin1Char('n')));
        q.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.finish();
    db.close();
    return path;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsAPrivateWorkspace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/folder"));
        const QString path = folder + QStringLiteral("/w.inroad");
        Database db;
        const DatabaseReport report = db.open(path);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(db.isOpen());
        QSqlDatabase c = db.connection();
        QCOMPARE(pragma(c, "application_id"), kApplicationId);
        QCOMPARE(pragma(c, "user_version"), currentSchemaVersion());
        QCOMPARE(pragma(c, "foreign_keys"), 1);
        QCOMPARE(pragma(c, "secure_delete"), 1);
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();

        // Something is written so that the side files exist, then every file is the owner's alone.
        QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(db.beginTransaction());
        QVERIFY(db.setSetting(QStringLiteral("k2"), QStringLiteral("v2")));
        QVERIFY(db.commit());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto everyone = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                path + QStringLiteral(".lock")};
        for (const QString &file : files) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const auto perms = QFile::permissions(file);
            QVERIFY2((perms & ownerOnly) == ownerOnly, qPrintable(file));
            QVERIFY2(!(perms & everyone), qPrintable(file));
        }
        QVERIFY(!(QFile::permissions(folder) & everyone));
        QCOMPARE(db.setting(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(db.setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void anEmptyFileBecomesAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.inroad"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(pragma(db.connection(), "user_version"), currentSchemaVersion());
    }

    void refusesWithoutWriting_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("text file") << "text" << int(DatabaseProblem::NotSqlite) << "not a database";
        QTest::newRow("binary junk") << "junk" << int(DatabaseProblem::NotSqlite) << "not a database";
        QTest::newRow("another program's SQLite") << "foreign" << int(DatabaseProblem::Foreign) << "another program";
        QTest::newRow("another application id") << "otherid" << int(DatabaseProblem::Foreign) << "another program";
        QTest::newRow("damaged pages") << "damaged" << int(DatabaseProblem::Damaged) << "damaged";
        QTest::newRow("damaged header") << "damagedheader" << int(DatabaseProblem::Damaged) << "damaged";
        QTest::newRow("newer version") << "newer" << int(DatabaseProblem::TooNew) << "newer version";
    }

    void refusesWithoutWriting()
    {
        QFETCH(QString, kind);
        QFETCH(int, problem);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("subject.inroad"));
        if (kind == QLatin1String("text") || kind == QLatin1String("junk")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text")) {
                f.write("Name,E-mail\nPriya Raman,priya@example.org\n");
            } else {
                QByteArray junk;
                for (int i = 0; i < 5000; ++i)
                    junk.append(char((i * 7919) % 251));
                f.write(junk);
            }
        } else if (kind == QLatin1String("foreign")) {
            writeWithSqlite(path, {QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT)"),
                                   QStringLiteral("INSERT INTO recipes(title) VALUES ('Soup')")});
        } else if (kind == QLatin1String("otherid")) {
            writeWithSqlite(path, {QStringLiteral("PRAGMA application_id = 42")});
        } else if (kind == QLatin1String("damaged")) {
            path = makeWorkspace(dir);
            QVERIFY(!path.isEmpty());
            // Scribble over the middle of the file: table pages no longer parse.
            const qint64 size = QFileInfo(path).size();
            overwrite(path, size / 2, QByteArray(8192, '\xA5'));
        } else if (kind == QLatin1String("damagedheader")) {
            path = makeWorkspace(dir);
            overwrite(path, 16, QByteArray("\x00\x03", 2)); // page size 3: impossible
        } else if (kind == QLatin1String("newer")) {
            path = makeWorkspace(dir);
            writeWithSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 5),
                                   QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        }
        const QByteArray before = fileFingerprint(path);
        const qint64 sizeBefore = QFileInfo(path).size();

        const DatabaseReport inspected = Database::inspect(path);
        QCOMPARE(int(inspected.problem), problem);

        Database db;
        const DatabaseReport report = db.open(path);
        QCOMPARE(int(report.problem), problem);
        QVERIFY(!db.isOpen());
        QVERIFY2(report.message.contains(QFileInfo(path).fileName()), qPrintable(report.message));
        QVERIFY2(report.message.contains(words, Qt::CaseInsensitive), qPrintable(report.message));
        QCOMPARE(fileFingerprint(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    }

    void aSecondInstanceIsTurnedAway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.inroad"));
        Database first;
        QVERIFY(first.open(path).ok());
        QVERIFY(first.setSetting(QStringLiteral("owner"), QStringLiteral("first")));
        const QByteArray before = fileFingerprint(path);

        Database second;
        const DatabaseReport report = second.open(path);
        QCOMPARE(report.problem, DatabaseProblem::Locked);
        QVERIFY2(report.message.contains(QStringLiteral("already open")), qPrintable(report.message));
        QVERIFY(report.message.contains(QStringLiteral("shared.inroad")));
        QVERIFY(!second.isOpen());
        QCOMPARE(fileFingerprint(path), before);
        // The first one is unaffected, and once it closes the file can be opened again.
        QCOMPARE(first.setting(QStringLiteral("owner")), QStringLiteral("first"));
        first.close();
        QVERIFY(second.open(path).ok());
        QCOMPARE(second.setting(QStringLiteral("owner")), QStringLiteral("first"));
    }

    void inspectReportsAHealthyWorkspace()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        const QByteArray before = fileFingerprint(path);
        const DatabaseReport report = Database::inspect(path);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.schemaVersion, currentSchemaVersion());
        QVERIFY(report.details.join(QLatin1Char('\n')).contains(QStringLiteral("integrity: ok")));
        QCOMPARE(fileFingerprint(path), before);
        // Looking leaves nothing behind: no side files, no lock.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("filled.inroad")});
        QCOMPARE(Database::inspect(dir.filePath(QStringLiteral("nope.inroad"))).problem, DatabaseProblem::Missing);
    }

    void nestedTransactionsAndQueuedSignals()
    {
        TempWorkspace tw;
        Database &db = tw.db();
        int ran = 0;
        QVERIFY(db.beginTransaction());
        db.afterCommit([&ran] { ++ran; });
        QVERIFY(db.beginTransaction());
        QVERIFY(db.setSetting(QStringLiteral("inner"), QStringLiteral("1")));
        db.afterCommit([&ran] { ran += 10; });
        QVERIFY(db.commit());
        QCOMPARE(ran, 0); // only the outermost commit runs them
        QVERIFY(db.beginTransaction());
        QVERIFY(db.setSetting(QStringLiteral("discarded"), QStringLiteral("1")));
        db.rollback();
        QVERIFY(db.commit());
        QCOMPARE(ran, 11);
        QCOMPARE(db.setting(QStringLiteral("inner")), QStringLiteral("1"));
        QCOMPARE(db.setting(QStringLiteral("discarded")), QString());

        QVERIFY(db.beginTransaction());
        db.afterCommit([&ran] { ran = -1; });
        QVERIFY(db.setSetting(QStringLiteral("gone"), QStringLiteral("1")));
        db.rollback();
        QCOMPARE(ran, 11);
        QCOMPARE(db.setting(QStringLiteral("gone")), QString());
        QCOMPARE(db.transactionDepth(), 0);
    }

    void foreignKeysAreEnforced()
    {
        TempWorkspace tw;
        QSqlQuery q(tw.db().connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO people(first_name, organization_id, created_at, updated_at) "
                                       "VALUES ('Ana', 999, 'x', 'x')")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
