#include "commandline.h"
#include "database.h"
#include "sampleworkspace.h"
#include "shippedbank.h"
#include "workspace.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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
    void exportCalendar();
    void exportCalendarRefusesUnsafeFiles_data();
    void exportCalendarRefusesUnsafeFiles();
    void exportCalendarBinary();
    void agenda();
    void agendaUsageErrors_data();
    void agendaUsageErrors();
    void agendaRefusesUnsafeFiles_data();
    void agendaRefusesUnsafeFiles();
    void agendaBinary();
    void exportGraphUsageErrors_data();
    void exportGraphUsageErrors();
    void exportGraphNeedsADrawingApplication();
    void exportGraphBinary();
    void exportQuestionsUsageErrors_data();
    void exportQuestionsUsageErrors();
    void exportQuestionsBinary();
    void searchPrintsOneLinePerHit();
    void exportDocumentsUsageErrors_data();
    void exportDocumentsUsageErrors();
    void exportDocumentsBinary();
    void searchUsageErrors_data();
    void searchUsageErrors();
    void searchBinary();
    void importReportsRejectionsAndSummary();
    void importFindsWhatIsThereAlready();
    void importExitCodes_data();
    void importExitCodes();
    void importDryRunChangesNothing();
    void exportContacts_data();
    void exportContacts();
    void exportContactsUsageErrors();
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
    QTest::newRow("export calendar") << list("inroad export calendar -o x.ics") << true;
    QTest::newRow("export without what") << list("inroad export") << true;
    QTest::newRow("file named export") << list("inroad --database export") << false;
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
    QVERIFY(result.err.contains(QStringLiteral("export calendar")));
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
    QTest::newRow("export calendar --help")
        << QStringList{QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: inroad export calendar"), QStringLiteral("-d, --database FILE"),
                       QStringLiteral("-o, --output FILE"), QStringLiteral("--todo")};
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << QStringList{QStringLiteral("Usage: inroad export"), QStringLiteral("calendar")};
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
    QTest::newRow("export calendar without output") << list("export calendar --database F") << list("--output");
    QTest::newRow("export calendar without database") << list("export calendar -o F") << list("--database");
    QTest::newRow("export calendar output empty") << list("export calendar --database F --output=") << list("--output");
    QTest::newRow("export calendar into the workspace")
        << list("export calendar --database F -o F") << list("--output");
    QTest::newRow("export calendar stray argument") << list("export calendar --database F -o F.ics now") << list("now");
    QTest::newRow("export without what") << list("export") << list("calendar");
    QTest::newRow("export only options") << list("export --database F") << list("calendar");
    QTest::newRow("export unknown what") << list("export frobnicate --database F") << list("frobnicate calendar");
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

namespace {

// Checks the framing rules of RFC 5545 and returns the number of components named @p component.
int countComponents(const QByteArray &ics, const QByteArray &component)
{
    if (!ics.startsWith("BEGIN:VCALENDAR\r\n") || !ics.endsWith("END:VCALENDAR\r\n"))
        return -1;
    QList<QByteArray> lines = ics.split('\n');
    lines.removeLast(); // after the final CRLF
    QByteArrayList open;
    int count = 0;
    for (QByteArray line : lines) {
        if (!line.endsWith('\r') || line.size() > 76) // 75 octets and the CR
            return -1;
        line.chop(1);
        if (line.startsWith(' '))
            continue; // a folded continuation
        if (line.startsWith("BEGIN:")) {
            open << line.mid(6);
            if (open.constLast() == component)
                ++count;
        } else if (line.startsWith("END:")) {
            if (open.isEmpty() || open.takeLast() != line.mid(4))
                return -1;
        }
    }
    return open.isEmpty() ? count : -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestCommandLine::exportCalendar()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path));
    const QByteArray before = checksum(path);
    const QString output = dir.filePath(QStringLiteral("interviews.ics"));
    QVERIFY(writeFile(output, "an older export\n"));

    const Outcome result = runInProcess({QStringLiteral("export"), QStringLiteral("calendar"),
                                         QStringLiteral("--database"), path, QStringLiteral("-o"), output});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QByteArray ics = readAll(output);
    const int events = countComponents(ics, "VEVENT");
    QVERIFY2(events > 0, ics.left(2000).constData());
    QCOMPARE(countComponents(ics, "VTODO"), 0);
    QCOMPARE(countComponents(ics, "VALARM"), events);
    QCOMPARE(result.out,
             QStringLiteral("Wrote %1 events to “%2”.\n").arg(events).arg(QFileInfo(output).absoluteFilePath()));
    QCOMPARE(checksum(path), before); // the workspace was only read
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

    // The same workspace gives the same file, so importing it again changes nothing.
    const QString again = dir.filePath(QStringLiteral("again.ics"));
    QCOMPARE(runInProcess({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("-d"), path,
                           QStringLiteral("--output"), again})
                 .code,
             0);
    QCOMPARE(readAll(again), ics);

    // --todo: follow-ups become to-dos, interviews stay events.
    const QString todos = dir.filePath(QStringLiteral("todo.ics"));
    const Outcome todo =
        runInProcess({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--database"), path,
                      QStringLiteral("-o"), todos, QStringLiteral("--todo")});
    QCOMPARE(todo.code, 0);
    const QByteArray todoIcs = readAll(todos);
    const int todoCount = countComponents(todoIcs, "VTODO");
    const int interviewCount = countComponents(todoIcs, "VEVENT");
    QVERIFY(todoCount > 0);
    QVERIFY(interviewCount > 0);
    QCOMPARE(todoCount + interviewCount, events);
    QVERIFY2(todo.out.startsWith(QStringLiteral("Wrote %1 events and %2 to-dos to").arg(interviewCount).arg(todoCount)),
             qPrintable(todo.out));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::exportCalendarRefusesUnsafeFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no workspace");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a database");
    QTest::newRow("foreign SQLite") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("older version") << QStringLiteral("older") << QStringLiteral("older version");
}

void TestCommandLine::exportCalendarRefusesUnsafeFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    QString path;
    if (kind == QLatin1String("older")) {
        // Exporting must not upgrade it, which is what opening it would do.
        path = dir.filePath(QStringLiteral("older.inroad"));
        QVERIFY(QFile::copy(QStringLiteral(INROAD_TEST_DATA "/inroad-v1.inroad"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        path = makeFile(dir, kind);
    }
    QVERIFY(!path.isEmpty());
    const QByteArray before = checksum(path);
    const QString output = dir.filePath(QStringLiteral("out.ics"));
    const Outcome result = runInProcess({QStringLiteral("export"), QStringLiteral("calendar"),
                                         QStringLiteral("--database"), path, QStringLiteral("-o"), output});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY(result.err.contains(QFileInfo(path).fileName()));
    QCOMPARE(checksum(path), before);
    QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".bak")), QStringList());
}

void TestCommandLine::exportCalendarBinary()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 12));
    const QString output = dir.filePath(QStringLiteral("out.ics"));

    const Outcome missingOutput =
        runBinary({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--database"), path});
    QCOMPARE(missingOutput.code, 2);
    QVERIFY2(missingOutput.err.contains(QStringLiteral("--output")), qPrintable(missingOutput.err));

    const Outcome written = runBinary({QStringLiteral("export"), QStringLiteral("calendar"),
                                       QStringLiteral("--database"), path, QStringLiteral("-o"), output});
    QCOMPARE(written.code, 0);
    QVERIFY2(written.out.startsWith(QStringLiteral("Wrote ")), qPrintable(written.out + written.err));
    QVERIFY(countComponents(readAll(output), "VEVENT") > 0);
    QVERIFY(readAll(output).contains("PRODID:-//Inroad//Inroad "));
}

namespace {

// The morning of the day writeWorkspace() places its sample around.
const QString kSampleMorning = QStringLiteral("2026-03-14T10:00");

} // namespace

void TestCommandLine::agenda()
{
    QVERIFY(CommandLine::isCommand(
        {QStringLiteral("inroad"), QStringLiteral("agenda"), QStringLiteral("-d"), QStringLiteral("x")}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 60)); // enough people for an interview in the coming week
    const QByteArray before = checksum(path);

    const Outcome result = runInProcess(
        {QStringLiteral("agenda"), QStringLiteral("--database"), path, QStringLiteral("--now"), kSampleMorning});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral("Today, Saturday 14 March 2026\n")), qPrintable(result.out));
    // The sample has something in every section on its day.
    for (const char *section :
         {"\nFollow-ups due (", "\nComing interviews (", "\nAsk for referrals (", "\nWaiting for a reply ("})
        QVERIFY2(result.out.contains(QLatin1String(section)), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("(overdue)")));
    QVERIFY(result.out.endsWith(QLatin1Char('\n')));
    // Only read: the file is as it was, and nothing is left beside it.
    QCOMPARE(checksum(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("work.inroad")});

    // More days list more interviews; the same moment gives the same list.
    const auto interviews = [](const QString &text) {
        static const QRegularExpression count(QStringLiteral("Coming interviews \\((\\d+)\\)"));
        return count.match(text).captured(1).toInt();
    };
    const Outcome month = runInProcess({QStringLiteral("agenda"), QStringLiteral("-d"), path, QStringLiteral("--now"),
                                        kSampleMorning, QStringLiteral("--days"), QStringLiteral("30")});
    QCOMPARE(month.code, 0);
    QVERIFY2(interviews(month.out) > interviews(result.out), qPrintable(month.out));
    const Outcome again =
        runInProcess({QStringLiteral("agenda"), QStringLiteral("-d"), path, QStringLiteral("--now"), kSampleMorning});
    QCOMPARE(again.out, result.out);

    // Long after the sample's day no interview is coming, and the due follow-ups are overdue.
    const Outcome later = runInProcess({QStringLiteral("agenda"), QStringLiteral("-d"), path, QStringLiteral("--now"),
                                        QStringLiteral("2027-06-01T09:00Z")});
    QCOMPARE(later.code, 0);
    QVERIFY2(later.out.startsWith(QStringLiteral("Today, Tuesday 1 June 2027")), qPrintable(later.out));
    QVERIFY(!later.out.contains(QStringLiteral("Coming interviews")));
    QVERIFY(later.out.contains(QStringLiteral("(overdue)")));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::agendaUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const auto list = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QTest::newRow("without database") << list("agenda --days 3") << QStringLiteral("--database");
    QTest::newRow("days zero") << list("agenda -d F --days 0") << QStringLiteral("--days: “0”");
    QTest::newRow("days not a number") << list("agenda -d F --days week") << QStringLiteral("--days: “week”");
    QTest::newRow("days too many") << list("agenda -d F --days 367") << QStringLiteral("--days: “367”");
    QTest::newRow("days negative") << list("agenda -d F --days=-2") << QStringLiteral("--days: “-2”");
    QTest::newRow("now not a time") << list("agenda -d F --now tomorrow") << QStringLiteral("--now: “tomorrow”");
    QTest::newRow("now impossible") << list("agenda -d F --now 2026-02-30T10:00") << QStringLiteral("--now");
    QTest::newRow("stray argument") << list("agenda -d F today") << QStringLiteral("today");
}

void TestCommandLine::agendaUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 5));
    const QByteArray before = checksum(path);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), path);
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("inroad agenda --help")), qPrintable(result.err));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::agendaRefusesUnsafeFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no workspace");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a database");
    QTest::newRow("foreign SQLite") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("older version") << QStringLiteral("older") << QStringLiteral("older version");
}

void TestCommandLine::agendaRefusesUnsafeFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    QString path;
    if (kind == QLatin1String("older")) {
        // Listing must not upgrade it, which is what opening it would do.
        path = dir.filePath(QStringLiteral("older.inroad"));
        QVERIFY(QFile::copy(QStringLiteral(INROAD_TEST_DATA "/inroad-v1.inroad"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        path = makeFile(dir, kind);
    }
    QVERIFY(!path.isEmpty());
    const QByteArray before = checksum(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const Outcome result = runInProcess({QStringLiteral("agenda"), QStringLiteral("--database"), path});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY(result.err.contains(QFileInfo(path).fileName()));
    QCOMPARE(checksum(path), before);
    QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestCommandLine::agendaBinary()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 12));
    const QByteArray before = checksum(path);

    const Outcome listed = runBinary(
        {QStringLiteral("agenda"), QStringLiteral("--database"), path, QStringLiteral("--now"), kSampleMorning});
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("Follow-ups due (")), qPrintable(listed.out + listed.err));
    const Outcome badDays = runBinary(
        {QStringLiteral("agenda"), QStringLiteral("--database"), path, QStringLiteral("--days"), QStringLiteral("7d")});
    QCOMPARE(badDays.code, 2);
    QVERIFY2(badDays.err.contains(QStringLiteral("--days")), qPrintable(badDays.err));
    const QString foreign = makeFile(dir, QStringLiteral("foreign"));
    const QByteArray foreignBefore = checksum(foreign);
    const Outcome refused = runBinary({QStringLiteral("agenda"), QStringLiteral("--database"), foreign});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("another program")), qPrintable(refused.err));
    QCOMPARE(checksum(foreign), foreignBefore);
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::exportGraphUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString F = QStringLiteral("F.inroad");
    const QStringList verb{QStringLiteral("export"), QStringLiteral("graph")};
    QTest::newRow("without output") << verb + QStringList{QStringLiteral("--database"), F} << QStringLiteral("--output");
    QTest::newRow("without database") << verb + QStringList{QStringLiteral("-o"), QStringLiteral("g.png")}
                                      << QStringLiteral("--database");
    QTest::newRow("unknown kind") << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("g.jpg")}
                                  << QStringLiteral(".png, .svg or .pdf");
    QTest::newRow("no ending") << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("graph")}
                               << QStringLiteral("graph");
    QTest::newRow("stray argument")
        << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("g.pdf"), QStringLiteral("now")}
        << QStringLiteral("now");
}

void TestCommandLine::exportGraphUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QVERIFY(CommandLine::isCommand(QStringList{QStringLiteral("inroad")} + arguments));
    QVERIFY(CommandLine::needsGui(QStringList{QStringLiteral("inroad")} + arguments));
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY(!CommandLine::needsGui({QStringLiteral("inroad"), QStringLiteral("export"), QStringLiteral("calendar")}));
}

void TestCommandLine::exportGraphNeedsADrawingApplication()
{
    // This test program links no widgets, so nothing has given the command line a way to draw.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 8));
    const QByteArray before = checksum(path);
    const QString output = dir.filePath(QStringLiteral("graph.png"));
    const Outcome result = runInProcess({QStringLiteral("export"), QStringLiteral("graph"), QStringLiteral("--database"),
                                         path, QStringLiteral("-o"), output});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QStringLiteral("cannot draw")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(checksum(path), before);
}

void TestCommandLine::exportGraphBinary()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    const Outcome sample = runBinary({QStringLiteral("sample"), QStringLiteral("--database"), path,
                                      QStringLiteral("--people"), QStringLiteral("30"), QStringLiteral("--today"),
                                      QStringLiteral("2026-03-14")});
    QCOMPARE(sample.code, 0);
    const QByteArray before = checksum(path);

    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString output = dir.filePath(QStringLiteral("graph.") + suffix);
        const Outcome written = runBinary({QStringLiteral("export"), QStringLiteral("graph"), QStringLiteral("--database"),
                                           path, QStringLiteral("-o"), output});
        QVERIFY2(written.code == 0, qPrintable(suffix + QLatin1Char(' ') + written.err));
        QVERIFY2(written.out.startsWith(QStringLiteral("Drew 30 people and ")), qPrintable(written.out));
        QVERIFY(written.out.contains(QFileInfo(output).fileName()));
        const QByteArray bytes = readAll(output);
        QVERIFY2(bytes.size() > 1000, qPrintable(suffix));
        if (suffix == QLatin1String("png"))
            QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        else if (suffix == QLatin1String("svg"))
            QVERIFY(bytes.startsWith("<?xml") || bytes.startsWith("<svg"));
        else
            QVERIFY(bytes.startsWith("%PDF-"));
    }
    QCOMPARE(checksum(path), before); // only read
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

    const Outcome missingOutput =
        runBinary({QStringLiteral("export"), QStringLiteral("graph"), QStringLiteral("--database"), path});
    QCOMPARE(missingOutput.code, 2);
    QVERIFY2(missingOutput.err.contains(QStringLiteral("--output")), qPrintable(missingOutput.err));

    const QString foreign = makeFile(dir, QStringLiteral("foreign"));
    const QByteArray foreignBefore = checksum(foreign);
    const QString refusedOutput = dir.filePath(QStringLiteral("refused.pdf"));
    const Outcome refused = runBinary({QStringLiteral("export"), QStringLiteral("graph"), QStringLiteral("--database"),
                                       foreign, QStringLiteral("-o"), refusedOutput});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("another program")), qPrintable(refused.err));
    QCOMPARE(checksum(foreign), foreignBefore);
    QVERIFY(!QFileInfo::exists(refusedOutput));
}

void TestCommandLine::exportQuestionsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString F = QStringLiteral("F.inroad");
    const QStringList verb{QStringLiteral("export"), QStringLiteral("questions")};
    QTest::newRow("without output") << verb + QStringList{QStringLiteral("--database"), F} << QStringLiteral("--output");
    QTest::newRow("without database") << verb + QStringList{QStringLiteral("-o"), QStringLiteral("q.pdf")}
                                      << QStringLiteral("--database");
    QTest::newRow("unknown kind") << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("q.docx")}
                                  << QStringLiteral(".pdf, .odt or .html");
    QTest::newRow("no ending") << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("questions")}
                               << QStringLiteral("questions");
    QTest::newRow("unknown paper") << verb + QStringList{QStringLiteral("-d"), F, QStringLiteral("-o"), QStringLiteral("q.pdf"),
                                                         QStringLiteral("--page-size"), QStringLiteral("a5")}
                                   << QStringLiteral("a4 or letter");
    QTest::newRow("the workspace itself") << verb + QStringList{QStringLiteral("-d"), QStringLiteral("q.html"),
                                                                QStringLiteral("-o"), QStringLiteral("q.html")}
                                          << QStringLiteral("workspace itself");
}

void TestCommandLine::exportQuestionsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QVERIFY(CommandLine::isCommand(QStringList{QStringLiteral("inroad")} + arguments));
    // Laying out the handout needs a GUI application.
    QVERIFY(CommandLine::needsGui(QStringList{QStringLiteral("inroad")} + arguments));
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
}

void TestCommandLine::exportQuestionsBinary()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    const Outcome sample = runBinary({QStringLiteral("sample"), QStringLiteral("--database"), path,
                                      QStringLiteral("--people"), QStringLiteral("10"), QStringLiteral("--today"),
                                      QStringLiteral("2026-03-14")});
    QCOMPARE(sample.code, 0);
    const QByteArray before = checksum(path);

    const QString html = dir.filePath(QStringLiteral("questions.html"));
    const Outcome written = runBinary({QStringLiteral("export"), QStringLiteral("questions"), QStringLiteral("--database"),
                                       path, QStringLiteral("-o"), html});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY2(written.out.startsWith(QStringLiteral("Wrote ")), qPrintable(written.out));
    QVERIFY(written.out.contains(QStringLiteral("questions.html")));
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(QStringLiteral("Questions for informational interviews")));
    for (const QString &category : shippedBank().categories)
        QVERIFY2(page.contains(category.toHtmlEscaped()), qPrintable(category));
    QVERIFY(page.contains(QStringLiteral("Who else would you suggest I talk to")));

    for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("letter")}) {
        const QString pdf = dir.filePath(QStringLiteral("questions-%1.pdf").arg(paper));
        const Outcome printed = runBinary({QStringLiteral("export"), QStringLiteral("questions"), QStringLiteral("-d"),
                                           path, QStringLiteral("-o"), pdf, QStringLiteral("--page-size"), paper});
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (!pdfinfo.isEmpty()) {
            QProcess info;
            info.start(pdfinfo, {pdf});
            QVERIFY(info.waitForFinished(30000));
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(paper == QLatin1String("a4") ? QStringLiteral("(A4)") : QStringLiteral("(letter)")),
                     qPrintable(text));
        }
    }
    QCOMPARE(checksum(path), before); // only read
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

    const QString wrong = dir.filePath(QStringLiteral("questions.txt"));
    const Outcome refused = runBinary({QStringLiteral("export"), QStringLiteral("questions"), QStringLiteral("--database"),
                                       path, QStringLiteral("-o"), wrong});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral(".pdf, .odt or .html")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(wrong));

    const QString unwritable = dir.filePath(QStringLiteral("missing/questions.pdf"));
    const Outcome failed = runBinary({QStringLiteral("export"), QStringLiteral("questions"), QStringLiteral("--database"),
                                      path, QStringLiteral("-o"), unwritable});
    QCOMPARE(failed.code, 1);
    QVERIFY2(failed.err.contains(QStringLiteral("questions.pdf")), qPrintable(failed.err));
}

namespace {

// A sample workspace with a person and a note whose names carry accents.
QString writeSearchWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("search.inroad"));
    if (!writeWorkspace(path, 12))
        return {};
    const bool ok = execSqlite(
        path, {QStringLiteral("INSERT INTO people (id, first_name, last_name, title, created_at, updated_at) "
                              "VALUES (900, 'Zoë', 'Quillfeather', 'Glassblower', 'x', 'x')"),
               QStringLiteral("INSERT INTO notes (person_id, title, body, noted_on, created_at, updated_at) "
                              "VALUES (900, 'Résumé review', 'Bring the printed\tRÉSUMÉ to\nQuillfeather.', "
                              "'2026-03-14', 'x', 'x')")});
    return ok ? path : QString();
}

} // namespace

void TestCommandLine::searchPrintsOneLinePerHit()
{
    QTemporaryDir dir;
    const QString path = writeSearchWorkspace(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray before = checksum(path);

    const Outcome found = runInProcess({QStringLiteral("search"), QStringLiteral("--database"), path,
                                        QStringLiteral("quill"), QStringLiteral("resume")});
    QCOMPARE(found.code, 0);
    QCOMPARE(found.out, QStringLiteral("note\tRésumé review\tBring the printed [RÉSUMÉ] to [Quillfeather].\n"));
    const Outcome people = runInProcess(
        {QStringLiteral("search"), QStringLiteral("-d"), path, QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("ZOE"),
         QStringLiteral("glass")});
    QCOMPARE(people.code, 0);
    QCOMPARE(people.out, QStringLiteral("person\tZoë Quillfeather\t[Glassblower]\n"));
    QCOMPARE(checksum(path), before); // only read: no index was built

    // The same lines from the index, once Inroad has opened the workspace and built it.
    {
        Workspace workspace;
        QVERIFY(workspace.open(path).ok());
        QVERIFY(workspace.search().isReady());
    }
    const Outcome indexed = runInProcess({QStringLiteral("search"), QStringLiteral("--database"), path,
                                          QStringLiteral("quill"), QStringLiteral("resume")});
    QCOMPARE(indexed.out, found.out);

    qputenv("INROAD_SEARCH_FALLBACK", "1");
    const Outcome forced = runInProcess({QStringLiteral("search"), QStringLiteral("--database"), path,
                                         QStringLiteral("quill"), QStringLiteral("resume")});
    qunsetenv("INROAD_SEARCH_FALLBACK");
    QCOMPARE(forced.out, found.out);

    const Outcome nothing = runInProcess({QStringLiteral("search"), QStringLiteral("--database"), path,
                                          QStringLiteral("--"), QStringLiteral("\"xylophone"), QStringLiteral("NEAR("),
                                          QStringLiteral("-x*")});
    QCOMPARE(nothing.code, 0);
    QVERIFY(nothing.out.isEmpty());
    QVERIFY2(nothing.err.contains(QStringLiteral("Nothing matches")), qPrintable(nothing.err));
}

void TestCommandLine::searchUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no database") << QStringList{QStringLiteral("zoe")} << 2 << QStringLiteral("--database");
    QTest::newRow("no query") << QStringList{QStringLiteral("--database"), QStringLiteral("WORKSPACE")} << 2
                              << QStringLiteral("what to search for");
    QTest::newRow("only punctuation") << QStringList{QStringLiteral("--database"), QStringLiteral("WORKSPACE"), QStringLiteral("*")}
                                      << 2 << QStringLiteral("what to search for");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("--database"), QStringLiteral("WORKSPACE"), QStringLiteral("--limit"),
                                              QStringLiteral("0"), QStringLiteral("zoe")}
                               << 2 << QStringLiteral("--limit");
    QTest::newRow("not a workspace") << QStringList{QStringLiteral("--database"), QStringLiteral("FOREIGN"), QStringLiteral("zoe")}
                                     << 1 << QStringLiteral("another program");
}

void TestCommandLine::searchUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = writeSearchWorkspace(dir);
    const QString foreign = makeFile(dir, QStringLiteral("foreign"));
    QVERIFY(!path.isEmpty() && !foreign.isEmpty());
    arguments.replaceInStrings(QStringLiteral("WORKSPACE"), path);
    arguments.replaceInStrings(QStringLiteral("FOREIGN"), foreign);
    const QByteArray before = checksum(foreign);
    const Outcome result = runInProcess(QStringList{QStringLiteral("search")} + arguments);
    QCOMPARE(result.code, code);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QCOMPARE(checksum(foreign), before);
}

void TestCommandLine::searchBinary()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(INROAD_BINARY)), INROAD_BINARY);
    QTemporaryDir dir;
    const QString path = writeSearchWorkspace(dir);
    QVERIFY(!path.isEmpty());
    const Outcome found = runBinary({QStringLiteral("search"), QStringLiteral("--database"), path, QStringLiteral("zoë"),
                                     QStringLiteral("Glassblower")});
    QCOMPARE(found.code, 0);
    QCOMPARE(found.out, QStringLiteral("person\tZoë Quillfeather\t[Glassblower]\n"));
    const Outcome help = runBinary({QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("[brackets]")), qPrintable(help.out));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestCommandLine::exportDocumentsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const auto args = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QTest::newRow("no interviews") << args("export sheet -d F.inroad -o s.pdf") << QStringLiteral("--interview ID");
    QTest::newRow("both ways") << args("export packet -d F.inroad -o p.pdf --interview 1 --from 2026-01-01 --to 2026-02-01")
                               << QStringLiteral("--interview ID");
    QTest::newRow("not a number") << args("export letter -d F.inroad -o l.pdf --interview one")
                                  << QStringLiteral("“one” is not an interview number");
    QTest::newRow("from without to") << args("export packet -d F.inroad -o p.pdf --from 2026-01-01")
                                     << QStringLiteral("--from and --to go together");
    QTest::newRow("impossible date") << args("export packet -d F.inroad -o p.pdf --from 2026-02-30 --to 2026-03-01")
                                     << QStringLiteral("“2026-02-30” is not a date");
    QTest::newRow("backwards") << args("export packet -d F.inroad -o p.pdf --from 2026-03-01 --to 2026-02-01")
                               << QStringLiteral("--to is before --from");
    QTest::newRow("bad today") << args("export letter -d F.inroad -o l.pdf --interview 1 --today 25.11.2026")
                               << QStringLiteral("--today");
    QTest::newRow("no output") << args("export packet -d F.inroad --interview 1") << QStringLiteral("--output");
    QTest::newRow("bad ending") << args("export sheet -d F.inroad -o s.docx --interview 1")
                                << QStringLiteral(".pdf, .odt or .html");
}

void TestCommandLine::exportDocumentsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QVERIFY(CommandLine::needsGui(QStringList{QStringLiteral("inroad")} + arguments));
    const Outcome result = runInProcess(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
}

void TestCommandLine::exportDocumentsBinary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    const Outcome sample = runBinary({QStringLiteral("sample"), QStringLiteral("--database"), path, QStringLiteral("--people"),
                                      QStringLiteral("40"), QStringLiteral("--today"), QStringLiteral("2026-03-14")});
    QCOMPARE(sample.code, 0);
    const QByteArray before = checksum(path);

    // The agenda names each coming interview's number.
    const Outcome agenda = runBinary({QStringLiteral("agenda"), QStringLiteral("-d"), path, QStringLiteral("--now"),
                                      QStringLiteral("2026-03-14T08:00:00Z"), QStringLiteral("--days"), QStringLiteral("30")});
    QCOMPARE(agenda.code, 0);
    static const QRegularExpression number(QStringLiteral(R"(\[interview (\d+)\])"));
    const QRegularExpressionMatch first = number.match(agenda.out);
    QVERIFY2(first.hasMatch(), qPrintable(agenda.out));
    const QString id = first.captured(1);

    const QString sheet = dir.filePath(QStringLiteral("sheet.html"));
    const Outcome written = runBinary({QStringLiteral("export"), QStringLiteral("sheet"), QStringLiteral("-d"), path,
                                       QStringLiteral("--interview"), id, QStringLiteral("-o"), sheet});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY2(written.out.startsWith(QStringLiteral("Wrote 1 interview to ")), qPrintable(written.out));
    const QString html = QString::fromUtf8(readAll(sheet));
    QVERIFY(html.contains(QStringLiteral("Time plan")));
    QVERIFY(html.contains(QStringLiteral("Who else would you suggest I talk to?")));

    const QString packet = dir.filePath(QStringLiteral("packet.pdf"));
    const Outcome packed = runBinary({QStringLiteral("export"), QStringLiteral("packet"), QStringLiteral("-d"), path,
                                      QStringLiteral("--from"), QStringLiteral("2026-03-14"), QStringLiteral("--to"),
                                      QStringLiteral("2026-04-14"), QStringLiteral("-o"), packet, QStringLiteral("--page-size"),
                                      QStringLiteral("letter")});
    QVERIFY2(packed.code == 0, qPrintable(packed.err));
    QVERIFY(readAll(packet).startsWith("%PDF-"));

    // Nothing scheduled in those days: an error, and no file.
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    const Outcome none = runBinary({QStringLiteral("export"), QStringLiteral("packet"), QStringLiteral("-d"), path,
                                    QStringLiteral("--from"), QStringLiteral("2030-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2030-01-31"), QStringLiteral("-o"), empty});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(QStringLiteral("No interview is scheduled")), qPrintable(none.err));
    QVERIFY(!QFileInfo::exists(empty));
    // An interview that does not exist: an error naming it, and no file.
    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    const Outcome unknown = runBinary({QStringLiteral("export"), QStringLiteral("letter"), QStringLiteral("-d"), path,
                                       QStringLiteral("--interview"), QStringLiteral("99999"), QStringLiteral("-o"), missing});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("99999")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(missing));
    // The workspace was only read.
    QCOMPARE(checksum(path), before);
}

namespace {

// LinkedIn's Connections.csv with its preamble (lines 1–3), the header on line 4 and rows from
// line 5: two good rows at one company, an impossible date and a malformed address.
const QByteArray kConnections = "Notes:\n"
                                "\"When exporting your connection data, you may notice that some of the email addresses "
                                "are missing.\nYou will only see email addresses for connections who allowed it.\"\n"
                                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                "Ann,Lee,https://www.linkedin.com/in/ann-lee,,\"Acme, Inc.\",Engineer,15 Mar 2024\n"
                                "Dan,Fox,https://www.linkedin.com/in/dfox,,Acme,Analyst,31 Feb 2024\n"
                                "Bob,Stone,,bob@example.org,\"ACME, INC.\",Manager,1 Sep 2023\n"
                                "Eve,Ng,,eve(at)example.org,Acme,Engineer,1 Sep 2023\n";

QStringList importArguments(const QString &database, const QString &format, const QString &input)
{
    return {QStringLiteral("import"), QStringLiteral("--database"), database, QStringLiteral("--format"), format, input};
}

const QRegularExpression kImportSummary(QStringLiteral(
    "^(Imported|Would import) “[^”]+” into “[^”]+”: (\\d+) new, (\\d+) updated, (\\d+) duplicate\\(s\\) left out, "
    "(\\d+) rejected; (\\d+) new organization\\(s\\)\\.\\n$"));

} // namespace

void TestCommandLine::importReportsRejectionsAndSummary()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("Connections.csv"));
    QVERIFY(writeFile(input, kConnections));
    const QString path = dir.filePath(QStringLiteral("new.inroad"));
    QVERIFY(!QFileInfo::exists(path));

    const Outcome result = runBinary(importArguments(path, QStringLiteral("linkedin"), input));
    QCOMPARE(result.code, 0);
    // Each rejection as file:line: reason, in the file's order.
    const QStringList errLines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 2);
    const QString shown = QDir::toNativeSeparators(input);
    QVERIFY2(errLines.at(0).startsWith(shown + QStringLiteral(":6: ")), qPrintable(errLines.at(0)));
    QVERIFY2(errLines.at(0).contains(QStringLiteral("31 Feb 2024")), qPrintable(errLines.at(0)));
    QVERIFY2(errLines.at(1).startsWith(shown + QStringLiteral(":8: ")), qPrintable(errLines.at(1)));
    QVERIFY2(errLines.at(1).contains(QStringLiteral("eve(at)example.org")), qPrintable(errLines.at(1)));
    // Then one line of summary on standard output.
    const QRegularExpressionMatch summary = kImportSummary.match(result.out);
    QVERIFY2(summary.hasMatch(), qPrintable(result.out));
    QCOMPARE(summary.captured(1), QStringLiteral("Imported"));
    QCOMPARE(summary.captured(2), QStringLiteral("2")); // new
    QCOMPARE(summary.captured(3), QStringLiteral("0"));
    QCOMPARE(summary.captured(4), QStringLiteral("0"));
    QCOMPARE(summary.captured(5), QStringLiteral("2")); // rejected
    QCOMPARE(summary.captured(6), QStringLiteral("1")); // "Acme, Inc." once, whatever its case
    QVERIFY(result.out.contains(QFileInfo(path).absoluteFilePath()));

    // The workspace was created, and holds the two people.
    QVERIFY(QFileInfo::exists(path));
    Workspace workspace;
    QVERIFY(workspace.open(path).ok());
    QCOMPARE(workspace.people().count(), 2);
    QSqlQuery q(workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organizations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCommandLine::importFindsWhatIsThereAlready()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("Connections.csv"));
    QVERIFY(writeFile(input, kConnections));
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QCOMPARE(runInProcess(importArguments(path, QStringLiteral("linkedin"), input)).code, 0);
    const QByteArray before = InroadTest::fileFingerprint(path);

    // Again: everyone is there already; nothing changes.
    const Outcome again = runInProcess(importArguments(path, QStringLiteral("linkedin"), input));
    QCOMPARE(again.code, 0);
    const QRegularExpressionMatch summary = kImportSummary.match(again.out);
    QVERIFY2(summary.hasMatch(), qPrintable(again.out));
    QCOMPARE(summary.captured(2), QStringLiteral("0"));
    QCOMPARE(summary.captured(4), QStringLiteral("2"));
    QCOMPARE(summary.captured(5), QStringLiteral("2"));
    QCOMPARE(summary.captured(6), QStringLiteral("0"));

    // A vCard of Ann with a phone number updates her.
    const QString card = dir.filePath(QStringLiteral("ann.vcf"));
    QVERIFY(writeFile(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nTEL;TYPE=CELL:+1 555 0100\r\n"
                            "URL:linkedin.com/in/ann-lee/\r\nEND:VCARD\r\n"));
    const Outcome update = runInProcess(importArguments(path, QStringLiteral("vcard"), card));
    QCOMPARE(update.code, 0);
    QVERIFY2(update.out.contains(QStringLiteral(": 0 new, 1 updated, 0 duplicate(s) left out, 0 rejected; ")),
             qPrintable(update.out));
    QVERIFY(InroadTest::fileFingerprint(path) != before);
}

void TestCommandLine::importExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {DB} and {IN} are replaced
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QString db = QStringLiteral("{DB}");
    const QString in = QStringLiteral("{IN}");
    const QString import = QStringLiteral("import");
    const QString database = QStringLiteral("--database");
    const QString format = QStringLiteral("--format");
    QTest::newRow("missing --format") << QStringList{import, database, db, in} << kConnections << 2
                                      << QStringLiteral("--format");
    QTest::newRow("unknown format") << QStringList{import, database, db, format, QStringLiteral("outlook"), in}
                                    << kConnections << 2 << QStringLiteral("outlook");
    QTest::newRow("no input") << QStringList{import, database, db, format, QStringLiteral("linkedin")} << kConnections << 2
                              << QStringLiteral("file");
    QTest::newRow("two inputs") << QStringList{import, database, db, format, QStringLiteral("linkedin"), in, in}
                                << kConnections << 2 << QStringLiteral("one file");
    QTest::newRow("missing --database") << QStringList{import, format, QStringLiteral("linkedin"), in} << kConnections
                                        << 2 << QStringLiteral("--database");
    QTest::newRow("the input does not exist")
        << QStringList{import, database, db, format, QStringLiteral("csv"), QStringLiteral("{DIR}/nothing.csv")}
        << QByteArray() << 1 << QStringLiteral("nothing.csv");
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    QTest::newRow("binary junk as CSV") << QStringList{import, database, db, format, QStringLiteral("csv"), in} << junk
                                        << 1 << QStringLiteral("text");
    QTest::newRow("binary junk as vCard") << QStringList{import, database, db, format, QStringLiteral("vcard"), in}
                                          << junk << 1 << QString();
    QTest::newRow("binary junk as JSON") << QStringList{import, database, db, format, QStringLiteral("json"), in} << junk
                                         << 1 << QString();
    QTest::newRow("a truncated vCard") << QStringList{import, database, db, format, QStringLiteral("vcard"), in}
                                       << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@exa") << 1
                                       << QStringLiteral("{IN}:1: ");
    QTest::newRow("an unbalanced quote") << QStringList{import, database, db, format, QStringLiteral("linkedin"), in}
                                         << QByteArray("First Name,Last Name,Company,Connected On\nAnn,Lee,\"Acme,15 Mar 2024\n"
                                                       "Bob,Stone,Globex,1 Sep 2023\n")
                                         << 1 << QStringLiteral("{IN}:2: ");
    QTest::newRow("a CSV without a name column") << QStringList{import, database, db, format, QStringLiteral("csv"), in}
                                                 << QByteArray("E-mail,Phone\nann@example.org,555\n") << 1
                                                 << QStringLiteral("name");
    QTest::newRow("LinkedIn without its header")
        << QStringList{import, database, db, format, QStringLiteral("linkedin"), in}
        << QByteArray("Name,E-mail\nAnn Lee,ann@example.org\n") << 1 << QStringLiteral("First Name");
}

void TestCommandLine::importExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString inputPath = dir.filePath(QStringLiteral("input.dat"));
    QVERIFY(writeFile(inputPath, input));
    const QString existing = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(existing));
    const QByteArray before = InroadTest::fileFingerprint(existing);
    const QString missing = dir.filePath(QStringLiteral("missing.inroad"));

    const auto expand = [&](const QString &database) {
        QStringList out;
        for (const QString &argument : arguments)
            out << QString(argument)
                       .replace(QStringLiteral("{DB}"), database)
                       .replace(QStringLiteral("{IN}"), inputPath)
                       .replace(QStringLiteral("{DIR}"), dir.path());
        return out;
    };
    const QString expected = QString(message).replace(QStringLiteral("{IN}"), QDir::toNativeSeparators(inputPath));
    for (const QString &database : {existing, missing}) {
        const Outcome result = runInProcess(expand(database));
        QCOMPARE(result.code, code);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        if (code == 1)
            QVERIFY2(result.err.contains(QStringLiteral("Nothing was imported")) || !QFileInfo::exists(inputPath)
                         || input.isEmpty(),
                     qPrintable(result.err));
        // Nothing was written: the workspace is byte for byte as it was, a missing one is not created.
        QCOMPARE(InroadTest::fileFingerprint(existing), before);
        QVERIFY(!QFileInfo::exists(missing));
    }
    // The real program exits with the same status.
    QCOMPARE(runBinary(expand(existing)).code, code);
}

void TestCommandLine::importDryRunChangesNothing()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("Connections.csv"));
    QVERIFY(writeFile(input, kConnections));
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path));
    const QByteArray before = InroadTest::fileFingerprint(path);

    QStringList arguments = importArguments(path, QStringLiteral("linkedin"), input);
    arguments.insert(1, QStringLiteral("--dry-run"));
    const Outcome result = runBinary(arguments);
    QCOMPARE(result.code, 0);
    const QRegularExpressionMatch summary = kImportSummary.match(result.out);
    QVERIFY2(summary.hasMatch(), qPrintable(result.out));
    QCOMPARE(summary.captured(1), QStringLiteral("Would import"));
    QCOMPARE(summary.captured(2), QStringLiteral("2"));
    QCOMPARE(summary.captured(5), QStringLiteral("2"));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 2); // the rejections are shown all the same
    QCOMPARE(InroadTest::fileFingerprint(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

    // A dry run into a workspace that does not exist does not create it.
    const QString missing = dir.filePath(QStringLiteral("missing.inroad"));
    const Outcome intoNothing = runInProcess({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("-d"),
                                              missing, QStringLiteral("--format"), QStringLiteral("linkedin"), input});
    QCOMPARE(intoNothing.code, 0);
    QVERIFY2(intoNothing.out.contains(QStringLiteral(": 2 new, ")), qPrintable(intoNothing.out));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCommandLine::exportContacts_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("begins");
    QTest::addColumn<QByteArray>("contains");

    QTest::newRow(".vcf") << QStringLiteral("people.vcf") << QStringList() << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                          << QByteArray("END:VCARD\r\n");
    QTest::newRow(".vcf --vcard4") << QStringLiteral("people.vcf") << QStringList{QStringLiteral("--vcard4")}
                                   << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\n") << QByteArray("END:VCARD\r\n");
    QTest::newRow("--format vcard") << QStringLiteral("people.txt")
                                    << QStringList{QStringLiteral("--format"), QStringLiteral("vcard")}
                                    << QByteArray("BEGIN:VCARD\r\n") << QByteArray("FN:");
    QTest::newRow(".csv") << QStringLiteral("people.csv") << QStringList() << QByteArray("First Name,Last Name,")
                          << QByteArray("\r\n");
    QTest::newRow(".csv --bom") << QStringLiteral("people.csv") << QStringList{QStringLiteral("--bom")}
                                << QByteArray("\xEF\xBB\xBF" "First Name,Last Name,") << QByteArray("\r\n");
    QTest::newRow("--format CSV") << QStringLiteral("people.dat")
                                  << QStringList{QStringLiteral("--format"), QStringLiteral("CSV")}
                                  << QByteArray("First Name,") << QByteArray("\r\n");
    QTest::newRow(".json") << QStringLiteral("all.json") << QStringList() << QByteArray("{")
                           << QByteArray("\"inroad-workspace\"");
    QTest::newRow("--format json") << QStringLiteral("backup")
                                   << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << QByteArray("{")
                                   << QByteArray("\"people\"");
}

void TestCommandLine::exportContacts()
{
    QFETCH(QString, output);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, begins);
    QFETCH(QByteArray, contains);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path, 20));
    const QByteArray before = InroadTest::fileFingerprint(path);
    const QString out = dir.filePath(output);
    const Outcome result = runInProcess(QStringList{QStringLiteral("export"), QStringLiteral("contacts"),
                                                    QStringLiteral("--database"), path, QStringLiteral("-o"), out}
                                        + options);
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("20 people")) || result.out.contains(QStringLiteral("(20 people)")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QFileInfo(out).absoluteFilePath()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(begins), bytes.left(200).constData());
    QVERIFY(bytes.contains(contains));
    if (begins.startsWith("BEGIN:VCARD")) {
        QCOMPARE(bytes.count("BEGIN:VCARD"), 20);
        QVERIFY(!bytes.contains(options.contains(QStringLiteral("--vcard4")) ? "VERSION:3.0" : "VERSION:4.0"));
    }
    if (begins.contains("First Name")) {
        QVERIFY(bytes.count("\r\n") >= 21); // a header and a row per person
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), options.contains(QStringLiteral("--bom")));
    }
    QCOMPARE(InroadTest::fileFingerprint(path), before); // only read

    // What was written goes back in: the same people are found.
    if (!begins.startsWith("{")) {
        const QString again = dir.filePath(QStringLiteral("again.inroad"));
        QVERIFY(QFile::copy(path, again));
        const Outcome import = runInProcess(importArguments(
            again, begins.startsWith("BEGIN") ? QStringLiteral("vcard") : QStringLiteral("csv"), out));
        QCOMPARE(import.code, 0);
        QVERIFY2(import.out.contains(QStringLiteral(": 0 new, ")), qPrintable(import.out + import.err));
    }
}

void TestCommandLine::exportContactsUsageErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.inroad"));
    QVERIFY(writeWorkspace(path));
    const auto run = [&](const QStringList &arguments) {
        return runInProcess(QStringList{QStringLiteral("export"), QStringLiteral("contacts")} + arguments);
    };
    const Outcome noOutput = run({QStringLiteral("-d"), path});
    QCOMPARE(noOutput.code, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("--output")));
    const Outcome unknownSuffix = run({QStringLiteral("-d"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.xlsx"))});
    QCOMPARE(unknownSuffix.code, 2);
    QVERIFY(unknownSuffix.err.contains(QStringLiteral("xlsx")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.xlsx"))));
    const Outcome itself = run({QStringLiteral("-d"), path, QStringLiteral("-o"), path, QStringLiteral("--format"),
                                QStringLiteral("csv")});
    QCOMPARE(itself.code, 2);
    const Outcome missing = run({QStringLiteral("-d"), dir.filePath(QStringLiteral("none.inroad")), QStringLiteral("-o"),
                                 dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.inroad"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
