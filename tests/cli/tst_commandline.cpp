#include "commandline.h"
#include "database.h"
#include "sampleworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

using namespace Inroad;

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

// Runs a verb in this process, as app/main.cpp does.
Outcome runInProcess(const QStringList &arguments)
{
    Outcome result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = CommandLine::run(QStringList{QStringLiteral("inroad")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

// Runs the real program, for real exit codes and streams.
Outcome runBinary(const QStringList &arguments)
{
    Outcome result;
    QProcess process;
    process.start(QStringLiteral(INROAD_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        result.err = process.errorString();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeWorkspace(const QString &path, int people = 20)
{
    Database db;
    if (!db.open(path).ok())
        return false;
    SampleOptions options;
    options.people = people;
    options.today = QDate(2026, 3, 14);
    QString error;
    return SampleWorkspace::write(db, options, &error);
}

// Runs @p sql on a plain SQLite connection, as another program would.
bool execSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Makes the file named @p kind in @p dir and returns its path.
QString makeFile(const QTemporaryDir &dir, const QString &kind)
{
    const QString path = dir.filePath(kind + QStringLiteral(".inroad"));
    if (kind == QLatin1String("missing"))
        return path;
    if (kind == QLatin1String("empty"))
        return writeFile(path, {}) ? path : QString();
    if (kind == QLatin1String("text"))
        return writeFile(path, "name,email\nAda,ada@example.org\n") ? path : QString();
    if (kind == QLatin1String("foreign"))
        return execSqlite(path, {QStringLiteral("CREATE TABLE recipes (name TEXT, minutes INTEGER)"),
                                 QStringLiteral("INSERT INTO recipes VALUES ('soup', 30)")})
            ? path
            : QString();
    if (!writeWorkspace(path))
        return {};
    if (kind == QLatin1String("newer"))
        return execSqlite(path, {QStringLiteral("PRAGMA user_version = 99")}) ? path : QString();
    if (kind == QLatin1String("damaged")) {
        // Overwrite the header and cell pointers of a b-tree page in the middle of the file.
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        const qint64 pageSize = 4096;
        const qint64 page = file.size() / pageSize / 2;
        file.seek(page * pageSize + 1);
        file.write(QByteArray(64, char(0xA5)));
        return path;
    }
    return path; // "healthy"
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void isCommand_data();
    void isCommand();
    void noVerb();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void sampleWritesAndSummarises();
    void sampleIsReproducible();
    void sampleRefusesNonEmptyWorkspace();
    void sampleRefusesUnsafeFiles_data();
    void sampleRefusesUnsafeFiles();
    void check_data();
    void check();
    void binary_data();
    void binary();
};

void TestCommandLine::isCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("expected");
    const auto list = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QTest::newRow("window") << list("inroad") << false;
    QTest::newRow("window with database") << list("inroad --database work.inroad") << false;
    QTest::newRow("file named like a verb") << list("inroad --database check") << false;
    QTest::newRow("file named like a verb, short") << list("inroad -d sample") << false;
    QTest::newRow("Qt option") << list("inroad -platform offscreen") << false;
    QTest::newRow("a file argument") << list("inroad work.inroad") << false;
    QTest::newRow("sample") << list("inroad sample") << true;
    QTest::newRow("check") << list("inroad check --database x.inroad") << true;
    QTest::newRow("option before verb") << list("inroad --database x.inroad check") << true;
    QTest::newRow("option with = before verb") << list("inroad --database=x.inroad check") << true;
    QTest::newRow("help of a verb") << list("inroad sample --help") << true;
    QTest::newRow("unknown verb") << list("inroad frobnicate") << false;
}

void TestCommandLine::isCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, expected);
    QCOMPARE(CommandLine::isCommand(arguments), expected);
}

void TestCommandLine::noVerb()
{
    const Outcome result = runInProcess({});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("sample")));
    QVERIFY(result.err.contains(QStringLiteral("check")));
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sample --help") << QStringList{QStringLiteral("sample"), QStringLiteral("--help")}
                                   << QStringList{QStringLiteral("Usage: inroad sample"), QStringLiteral("--database FILE"),
                                                  QStringLiteral("--people N"), QStringLiteral("--today YYYY-MM-DD")};
    QTest::newRow("check -h") << QStringList{QStringLiteral("check"), QStringLiteral("-h")}
                              << QStringList{QStringLiteral("Usage: inroad check"), QStringLiteral("-d, --database FILE")};
}

void TestCommandLine::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.isEmpty());
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(result.out));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const auto list = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QTest::newRow("sample without database") << list("sample --people 5") << list("--database");
    QTest::newRow("check without database") << list("check") << list("--database");
    QTest::newRow("people not a number") << list("sample --database F --people many") << list("--people many");
    QTest::newRow("people zero") << list("sample --database F --people 0") << list("--people 0");
    QTest::newRow("people too many") << list("sample --database F --people 1000001") << list("--people 1000001");
    QTest::newRow("people fraction") << list("sample --database F --people 2.5") << list("--people 2.5");
    QTest::newRow("impossible day") << list("sample --database F --today 2026-02-30") << list("--today 2026-02-30");
    QTest::newRow("day in another shape") << list("sample --database F --today 14.03.2026") << list("--today 14.03.2026");
    QTest::newRow("unknown option") << list("sample --database F --frobnicate") << list("frobnicate");
    QTest::newRow("missing value") << list("sample --database F --people") << list("people");
    QTest::newRow("stray argument") << list("check --database F extra") << list("extra");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.inroad"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), path);
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    for (const QString &word : mentions)
        QVERIFY2(result.err.contains(word), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--help")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCommandLine::sampleWritesAndSummarises()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/sample.inroad"));
    const Outcome written = runInProcess({QStringLiteral("sample"), QStringLiteral("--database"), path,
                                          QStringLiteral("--people"), QStringLiteral("25"), QStringLiteral("--today"),
                                          QStringLiteral("2026-03-14")});
    QCOMPARE(written.code, 0);
    QVERIFY(written.err.isEmpty());
    QVERIFY2(written.out.startsWith(QStringLiteral("Wrote 25 people, 5 organizations, 7 career fields, ")),
             qPrintable(written.out));
    QVERIFY(written.out.contains(QStringLiteral("interviews")));
    QVERIFY(written.out.contains(QFileInfo(path).fileName()));
    QVERIFY(written.out.endsWith(QLatin1Char('\n')));
    QCOMPARE(written.out.count(QLatin1Char('\n')), 1);

    const Outcome checked = runInProcess({QStringLiteral("check"), QStringLiteral("--database"), path});
    QCOMPARE(checked.code, 0);
    QVERIFY2(checked.out.contains(QStringLiteral("Healthy")), qPrintable(checked.out));
    QVERIFY(checked.out.contains(QStringLiteral("integrity: ok")));
}

void TestCommandLine::sampleIsReproducible()
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const char *name : {"a.inroad", "b.inroad"}) {
        const Outcome result = runInProcess({QStringLiteral("sample"), QStringLiteral("--database"),
                                             dir.filePath(QLatin1String(name)), QStringLiteral("--today"),
                                             QStringLiteral("2025-11-30")});
        QCOMPARE(result.code, 0);
        outputs << result.out.section(QStringLiteral(" to “"), 0, 0);
    }
    QCOMPARE(outputs.at(0), outputs.at(1));
    QVERIFY(outputs.at(0).startsWith(QStringLiteral("Wrote 60 people, 10 organizations")));
}

void TestCommandLine::sampleRefusesNonEmptyWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.inroad"));
    QVERIFY(writeWorkspace(path, 12));
    const QByteArray before = checksum(path);
    const Outcome result = runInProcess({QStringLiteral("sample"), QStringLiteral("--database"), path});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("empty")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("full.inroad")));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::sampleRefusesUnsafeFiles_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"text", "foreign", "damaged", "newer"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCommandLine::sampleRefusesUnsafeFiles()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = makeFile(dir, kind);
    QVERIFY(!path.isEmpty());
    const QByteArray before = checksum(path);
    const Outcome result = runInProcess({QStringLiteral("sample"), QStringLiteral("--database"), path});
    QCOMPARE(result.code, 1);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.err.contains(QFileInfo(path).fileName()));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::check_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("healthy") << QStringLiteral("healthy") << 0 << QStringLiteral("Healthy");
    QTest::newRow("missing") << QStringLiteral("missing") << 1 << QStringLiteral("no workspace");
    QTest::newRow("empty file") << QStringLiteral("empty") << 1 << QStringLiteral("empty");
    QTest::newRow("text file") << QStringLiteral("text") << 1 << QStringLiteral("not a database");
    QTest::newRow("foreign SQLite") << QStringLiteral("foreign") << 1 << QStringLiteral("another program");
    QTest::newRow("damaged") << QStringLiteral("damaged") << 1 << QStringLiteral("damaged");
    QTest::newRow("newer version") << QStringLiteral("newer") << 1 << QStringLiteral("newer version");
}

void TestCommandLine::check()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = makeFile(dir, kind);
    QVERIFY(!path.isEmpty());
    const QByteArray before = checksum(path);
    const Outcome result = runInProcess({QStringLiteral("check"), QStringLiteral("--database"), path});
    QCOMPARE(result.code, code);
    if (code == 0) {
        QVERIFY2(result.out.contains(mention), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());
    } else {
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QVERIFY(result.err.contains(QFileInfo(path).fileName()));
    }
    QCOMPARE(checksum(path), before);
    QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
}

void TestCommandLine::binary_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    const QString check = QStringLiteral("check");
    const QString sample = QStringLiteral("sample");
    const QString db = QStringLiteral("--database");
    QTest::newRow("check healthy") << QStringLiteral("healthy") << QStringList{check, db} << 0 << QStringLiteral("Healthy");
    QTest::newRow("check damaged") << QStringLiteral("damaged") << QStringList{check, db} << 1 << QStringLiteral("damaged");
    QTest::newRow("check newer") << QStringLiteral("newer") << QStringList{check, db} << 1 << QStringLiteral("newer");
    QTest::newRow("check missing") << QStringLiteral("missing") << QStringList{check, db} << 1 << QStringLiteral("no workspace");
    QTest::newRow("sample new") << QStringLiteral("missing") << QStringList{sample, QStringLiteral("--people"), QStringLiteral("30"), db}
                                << 0 << QStringLiteral("Wrote 30 people");
    QTest::newRow("sample non-empty") << QStringLiteral("healthy") << QStringList{sample, db} << 1 << QStringLiteral("empty");
    QTest::newRow("sample impossible day") << QStringLiteral("missing")
                                           << QStringList{sample, QStringLiteral("--today"), QStringLiteral("2026-02-30"), db}
                                           << 2 << QStringLiteral("--today");
    QTest::newRow("sample without database") << QString() << QStringList{sample} << 2 << QStringLiteral("--database");
    QTest::newRow("help") << QString() << QStringList{sample, QStringLiteral("--help")} << 0 << QStringLiteral("Usage: inroad sample");
}

void TestCommandLine::binary()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mention);
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    QString path;
    QByteArray before;
    if (!kind.isEmpty()) {
        path = makeFile(dir, kind);
        QVERIFY(!path.isEmpty());
        before = checksum(path);
        arguments << path;
    }
    const Outcome result = runBinary(arguments);
    QCOMPARE(result.code, code);
    const QString &stream = code == 0 ? result.out : result.err;
    QVERIFY2(stream.contains(mention), qPrintable(result.out + result.err));
    if (code != 0 && !path.isEmpty())
        QCOMPARE(checksum(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
