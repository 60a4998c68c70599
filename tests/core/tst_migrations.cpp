#include "database.h"
#include "migrations.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Inroad;
using namespace InroadTest;

namespace {

// Reads one value from a file through a throw-away read-only connection.
QVariant peek(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString copyStoredVersion1(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.inroad"));
    QFile::copy(QStringLiteral(INROAD_TEST_DATA "/inroad-v1.inroad"), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrderedAndNumbered()
    {
        const auto &steps = migrations();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY(!steps.at(i).statements.isEmpty());
            QVERIFY(!steps.at(i).description.isEmpty());
        }
        QCOMPARE(currentSchemaVersion(), steps.constLast().version);
    }

    void storedVersion1IsAsReleased()
    {
        const QString stored = QStringLiteral(INROAD_TEST_DATA "/inroad-v1.inroad");
        QCOMPARE(peek(stored, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(peek(stored, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    }

    void upgradesAStoredVersion1Workspace()
    {
        QTemporaryDir dir;
        const QString path = copyStoredVersion1(dir);
        Database db;
        const DatabaseReport report = db.open(path);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.schemaVersion, currentSchemaVersion());

        // A backup of the old file was written first, privately, and it is still version 1.
        const QString backup = db.lastBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.startsWith(path));
        QVERIFY(!(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
        QCOMPARE(peek(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(peek(backup, QStringLiteral("SELECT count(*) FROM people")).toInt(), 3);

        // The data came through, reachable through today's repositories.
        PersonRepository people(db);
        QCOMPARE(people.count(), 3);
        const auto priya = people.find(1);
        QVERIFY(priya);
        QCOMPARE(priya->displayName(), QStringLiteral("Priya Raman"));
        QCOMPARE(priya->organizationName, QStringLiteral("Harbor Analytics"));
        QCOMPARE(priya->tags, (QStringList{QStringLiteral("alumni"), QStringLiteral("mentor")}));
        QCOMPARE(priya->stage, PipelineStage::Interviewed);
        const auto tomas = people.find(2);
        QVERIFY(tomas);
        QCOMPARE(tomas->firstName, QStringLiteral("Tomás"));

        // Version 2's indexes exist.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'people_by_name'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();

        // Opening again needs no upgrade and writes no new backup.
        Database again;
        QVERIFY(again.open(path).ok());
        QVERIFY(again.lastBackupPath().isEmpty());
    }

    void aFailingStepLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = copyStoredVersion1(dir);
        // Something in the way of step 2: an index of the same name that step 2 wants to create.
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("CREATE INDEX people_by_name ON people(email)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
                q.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray before = fileFingerprint(path);

        Database db;
        const DatabaseReport report = db.open(path);
        QCOMPARE(report.problem, DatabaseProblem::MigrationFailed);
        QVERIFY2(report.message.contains(QStringLiteral("schema 2")), qPrintable(report.message));
        QVERIFY(report.message.contains(QStringLiteral("old.inroad")));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileFingerprint(path), before);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
