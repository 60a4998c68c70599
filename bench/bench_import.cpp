// Times what issue 8 promises for importing contacts: LinkedIn's Connections.csv of 100,000 rows
// (with its "Notes:" preamble, about 10% e-mail addresses and 20,000 distinct companies) read,
// planned and written into a new workspace within 3× of the floor — the sqlite3 shell's
// `.import --csv` of the same file into a bare table of seven text columns. Each run uses a fresh
// workspace (and a fresh database for sqlite3); the median of 3 runs counts. Prints a table with a
// verdict per target; the exit status is 0 unless something could not be run at all (targets are
// reported, not asserted).
//
// Two more rows say where the time goes. An import this large suspends the search index and
// rebuilds it in one pass after its transaction (search reads the tables meanwhile); that pass is
// timed on its own. And the sqlite3 shell also writes the same rows into Inroad's own tables with
// SQL alone — foreign keys on, with the tables' indexes and checks, without validation or looking
// for duplicates: the floor for any import into this schema.
//
//   bench_import [ROWS]     ROWS defaults to 100000

#include "benchsupport.h"
#include "contactimport.h"
#include "contactreaders.h"
#include "csvreader.h"
#include "database.h"
#include "searchindex.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <vector>

using namespace Inroad;

using InroadBench::median;
using InroadBench::millis;
using InroadBench::out;

namespace {

constexpr int kDefaultRows = 100000;
constexpr int kRuns = 3;
constexpr double kTargetRatio = 3.0;
/// Lines before the first data row: "Notes:", the quoted note, a blank line and the header.
constexpr int kLinesBeforeData = 4;

const char *const kFirstNames[] = {
    "James",  "Mary",   "Robert",  "Patricia", "John",    "Jennifer", "Michael", "Linda",   "David",   "Elizabeth",
    "William", "Barbara", "Richard", "Susan",   "Joseph",  "Jessica",  "Thomas",  "Sarah",   "Charles", "Karen",
    "Wei",    "Fang",   "Hiroshi", "Yuki",     "Priya",   "Arjun",    "Aisha",   "Omar",    "Fatima",  "Mohammed",
    "Sofía",  "Mateo",  "Lucía",   "José",     "Zoë",     "Björn",    "Søren",   "Chloé",   "François", "Ngozi",
    "Kwame",  "Olga",   "Dmitri",  "Anya",     "Seo-yeon", "Min-jun", "Thanh",   "Nguyen",  "Lars",    "Ingrid"};
const char *const kLastNames[] = {
    "Smith",   "Johnson", "Williams", "Brown",   "Jones",   "Garcia",    "Miller",   "Davis",  "Rodriguez", "Martinez",
    "Lee",     "Chen",    "Wang",     "Kim",     "Patel",   "Singh",     "Nguyen",   "Tanaka", "Sato",      "Müller",
    "Schmidt", "O'Brien", "Dubois",   "Rossi",   "Kowalski", "Ivanova",  "Okafor",   "Mensah", "Haddad",    "Cohen",
    "Andersen", "Nielsen", "Fernández", "López", "da Silva", "van der Berg", "Björk", "Novak",  "Horvat",    "Yilmaz"};
const char *const kCompanyWords[] = {
    "Acme",    "Globex",   "Initech", "Umbrella", "Stark",   "Wayne",    "Hooli",   "Vandelay", "Soylent", "Cyberdyne",
    "Aperture", "Tyrell",  "Wonka",   "Gringotts", "Pied",   "Piper",    "Massive", "Dynamic",  "Blue",    "Red",
    "North",   "South",    "Pacific", "Atlantic", "Summit",  "Vertex",   "Nimbus",  "Quantum",  "Silver",  "Golden",
    "Harbor",  "River",    "Cedar",   "Maple",    "Oak",     "Pine",     "Granite", "Iron",     "Crystal", "Lumen"};
const char *const kCompanySuffixes[] = {"Inc.", "LLC", "Ltd", "GmbH", "Group", "Labs", "Partners", "& Co.", "Systems",
                                        "Consulting", "Health", "Bank", "University", "Foundation", "Studio"};
const char *const kPositions[] = {"Software Engineer", "Senior Software Engineer", "Product Manager", "Data Scientist",
                                  "Recruiter", "Account Executive", "Designer", "Director of Engineering", "Nurse",
                                  "Teacher", "Consultant", "Analyst", "VP, Sales", "Founder & CEO", "Intern",
                                  "Research Assistant", "Marketing Manager", "Attorney", "Accountant", "Student"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

template <typename T, size_t N>
constexpr int count(const T (&)[N])
{
    return int(N);
}

// A small deterministic generator (the same file on every machine).
struct Generator
{
    quint64 state = 0x2545F4914F6CDD1Dull;
    quint32 next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

/// The name of company number @p n (0 to 19,999 and more): two words and a suffix, distinct for
/// each n below 40 × 40 × 15 = 24,000.
QString company(int n)
{
    const int words = count(kCompanyWords);
    const int suffixes = count(kCompanySuffixes);
    return QString::fromUtf8(kCompanyWords[n % words]) + QLatin1Char(' ')
           + QString::fromUtf8(kCompanyWords[(n / words) % words]).toLower() + QLatin1Char(' ')
           + QString::fromUtf8(kCompanySuffixes[(n / (words * words)) % suffixes]);
}

QByteArray connectionsCsv(int rows, int companies)
{
    Generator g;
    QString text = QStringLiteral(
        "Notes:\n"
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will "
        "only see email addresses for connections who have allowed their connections to see or download their email "
        "address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
        "https://www.linkedin.com/help/linkedin/answer/261\"\n"
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    text.reserve(rows * 130);
    QStringList fields(7);
    for (int i = 0; i < rows; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[g.below(count(kFirstNames))]);
        const QString last = QString::fromUtf8(kLastNames[g.below(count(kLastNames))]);
        QString slug = QString(first + QLatin1Char('-') + last).toLower();
        slug.remove(QLatin1Char('\''));
        slug.replace(QLatin1Char(' '), QLatin1Char('-'));
        fields[0] = first;
        fields[1] = last;
        fields[2] = QStringLiteral("https://www.linkedin.com/in/%1-%2").arg(slug).arg(i, 6, 16, QLatin1Char('0'));
        fields[3] = g.below(10) == 0 ? QStringLiteral("%1.%2%3@example.org").arg(first.left(1).toLower()).arg(i).arg(
                                           QString::number(g.below(100)))
                                     : QString();
        // A few of the companies are met often, most only a few times.
        fields[4] = g.below(20) == 0 ? QString() : company(g.below(4) == 0 ? g.below(200) : g.below(companies));
        fields[5] = QString::fromUtf8(kPositions[g.below(count(kPositions))]);
        const QDate day = QDate(2012, 1, 1).addDays(g.below(4700));
        fields[6] = QStringLiteral("%1 %2 %3").arg(day.day(), 2, 10, QLatin1Char('0')).arg(
            QLatin1String(kMonths[day.month() - 1])).arg(day.year());
        text += csvLine(fields, QLatin1Char(','), false);
    }
    return text.toUtf8();
}

void row(const QString &what, const QString &result, const QString &target = {}, int verdict = -1)
{
    out() << what.leftJustified(58) << result.leftJustified(22) << target.leftJustified(16)
          << (verdict < 0 ? QString()
              : verdict   ? QStringLiteral("PASS")
                          : QStringLiteral("MISS"))
          << '\n';
    out().flush();
}

/// "850 ms" below a second, "1.23 s" above.
QString duration(double ms)
{
    return ms < 1000 ? millis(ms) : QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

struct ImportTiming
{
    double read = 0;
    double plan = 0;
    double apply = 0;
    double index = 0; ///< the search index brought up to date after the import (0 when it was kept)
    double undo = 0;  ///< the import taken back (Edit ▸ Undo), its search index rebuild left out
    double total() const { return read + plan + apply; }
    int people = 0;
    int organizations = 0;
};

bool importOnce(const QByteArray &bytes, const QString &path, ImportTiming &timing, QString *error)
{
    Workspace workspace;
    const DatabaseReport report = workspace.open(path, Workspace::Setup::Full);
    if (!report.ok()) {
        *error = report.message;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const ContactSource source = readLinkedInContacts(bytes);
    timing.read = double(timer.nsecsElapsed()) / 1e6;
    if (!source.ok()) {
        *error = source.error;
        return false;
    }
    timer.restart();
    const ImportPlan plan = planContactImport(workspace.database(), source, QStringLiteral("Connections.csv"));
    timing.plan = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ImportOutcome outcome;
    if (!applyContactImport(workspace.database(), plan, outcome, error))
        return false;
    timing.apply = double(timer.nsecsElapsed()) / 1e6;
    if (outcome.searchIndexOutOfDate) {
        timer.restart();
        if (!workspace.search().ensure()) {
            *error = workspace.search().lastError();
            return false;
        }
        timing.index = double(timer.nsecsElapsed()) / 1e6;
    }
    timer.restart();
    if (!revertContactImport(workspace.database(), outcome, error))
        return false;
    timing.undo = double(timer.nsecsElapsed()) / 1e6;
    timing.people = outcome.created;
    timing.organizations = int(outcome.createdOrganizations.size());
    return true;
}

/// Runs the sqlite3 shell on @p dbPath with @p commands on its standard input; the milliseconds it
/// took (start to exit), or -1 with @p error. @p output gets what it printed.
double runSqlite(const QString &sqlite3, const QString &dbPath, const QString &commands, QString *output, QString *error)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {QStringLiteral("-bail"), dbPath});
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return -1;
    }
    process.write(commands.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = process.errorString();
        return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return ms;
}

/// Runs the sqlite3 shell on a fresh database: the same file into a bare table. -1 on failure.
double sqliteImportOnce(const QString &sqlite3, const QString &csvPath, const QString &dbPath, qint64 *rows,
                        QString *error)
{
    QFile::remove(dbPath);
    const QString commands =
        QStringLiteral(".mode csv\n"
                       "CREATE TABLE connections (first_name TEXT, last_name TEXT, url TEXT, email TEXT, company TEXT, "
                       "position TEXT, connected_on TEXT);\n"
                       ".import --csv --skip %1 '%2' connections\n"
                       "SELECT count(*) FROM connections;\n")
            .arg(kLinesBeforeData)
            .arg(csvPath);
    QString output;
    const double ms = runSqlite(sqlite3, dbPath, commands, &output, error);
    *rows = output.trimmed().toLongLong();
    return ms;
}

/// What SQL alone costs Inroad's own tables: the sqlite3 shell reads the same file into a
/// temporary table and, in one transaction with foreign keys on, writes its companies into
/// organizations and its rows into people (with their indexes and checks, without the search
/// index, which an import of this size rebuilds afterwards) — no validation, no duplicates found.
/// @p workspace is an empty workspace whose search triggers are dropped; -1 on failure.
double schemaFloorOnce(const QString &sqlite3, const QString &csvPath, const QString &workspace, QString *error)
{
    const QString commands =
        QStringLiteral("PRAGMA foreign_keys = ON;\n"
                       ".mode csv\n"
                       "CREATE TEMP TABLE connections (first_name TEXT, last_name TEXT, url TEXT, email TEXT, "
                       "company TEXT, position TEXT, connected_on TEXT);\n"
                       ".import --csv --skip %1 '%2' connections\n"
                       "BEGIN;\n"
                       "INSERT INTO organizations (name, created_at, updated_at) SELECT DISTINCT company, 'now', "
                       "'now' FROM connections WHERE company <> '';\n"
                       "INSERT INTO people (first_name, last_name, title, organization_id, email, linkedin_url, "
                       "source, created_at, updated_at) SELECT c.first_name, c.last_name, c.position, o.id, c.email, "
                       "c.url, 'LinkedIn connection since ' || c.connected_on, 'now', 'now' FROM connections c "
                       "LEFT JOIN organizations o ON o.name = c.company;\n"
                       "COMMIT;\n")
            .arg(kLinesBeforeData)
            .arg(csvPath);
    return runSqlite(sqlite3, workspace, commands, nullptr, error);
}

/// An empty workspace at @p path, as Inroad makes it, with its search triggers dropped.
bool emptyWorkspace(const QString &path, QString *error)
{
    QFile::remove(path);
    Workspace workspace;
    const DatabaseReport report = workspace.open(path, Workspace::Setup::Full);
    if (!report.ok()) {
        *error = report.message;
        return false;
    }
    if (!workspace.search().suspend() && !workspace.search().lastError().isEmpty()) {
        *error = workspace.search().lastError();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : kDefaultRows;
    if (rows < 1) {
        std::fprintf(stderr, "usage: bench_import [ROWS]\n");
        return 2;
    }
    const int companies = qMax(1, rows / 5); // 20,000 for 100,000 rows
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_import: cannot create a temporary folder\n");
        return 1;
    }
    if (qEnvironmentVariableIntValue("INROAD_BENCH_KEEP") == 1) {
        dir.setAutoRemove(false);
        out() << "Files kept in " << dir.path() << '\n';
    }

    out() << "Inroad import benchmark: LinkedIn Connections.csv of " << rows << " rows, " << kRuns << " runs, "
          << QThread::idealThreadCount() << " CPU(s), " << QSysInfo::prettyProductName() << '\n'
          << QString().fill(QLatin1Char('-'), 96) << '\n';
    row(QStringLiteral("measurement"), QStringLiteral("result"), QStringLiteral("target"));

    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = connectionsCsv(rows, companies);
    const QString csvPath = dir.filePath(QStringLiteral("Connections.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
    }
    row(QStringLiteral("Generate the file"), duration(double(timer.nsecsElapsed()) / 1e6));
    row(QStringLiteral("  file size"), QString::number(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB"));

    std::vector<double> reads, plans, applies, indexes, undos, totals;
    ImportTiming last;
    for (int run = 0; run < kRuns; ++run) {
        const QString path = dir.filePath(QStringLiteral("import-%1.inroad").arg(run));
        QString error;
        ImportTiming timing;
        if (!importOnce(bytes, path, timing, &error)) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
            return 1;
        }
        reads.push_back(timing.read);
        plans.push_back(timing.plan);
        applies.push_back(timing.apply);
        indexes.push_back(timing.index);
        undos.push_back(timing.undo);
        totals.push_back(timing.total());
        last = timing;
        QFile::remove(path);
    }
    row(QStringLiteral("  read (readLinkedInContacts), median"), duration(median(reads)));
    row(QStringLiteral("  plan (planContactImport), median"), duration(median(plans)));
    row(QStringLiteral("  write (applyContactImport), median"), duration(median(applies)));
    row(QStringLiteral("  search index rebuilt afterwards, median"), duration(median(indexes)));
    row(QStringLiteral("  undo of the whole import, median"), duration(median(undos)));
    row(QStringLiteral("  people, organizations created"), QStringLiteral("%1, %2").arg(last.people).arg(last.organizations));
    const double ours = median(totals);
    row(QStringLiteral("Inroad: read + plan + write (median of %1)").arg(kRuns), duration(ours));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        row(QStringLiteral("sqlite3 .import: skipped, no sqlite3 on PATH"), QStringLiteral("—"));
        out() << "Install the sqlite3 shell to compare, e.g. apt-get install sqlite3\n";
        out().flush();
        return 0;
    }
    std::vector<double> floors;
    qint64 imported = 0;
    for (int run = 0; run < kRuns; ++run) {
        QString error;
        const double ms = sqliteImportOnce(sqlite3, csvPath, dir.filePath(QStringLiteral("floor.db")), &imported, &error);
        if (ms < 0) {
            std::fprintf(stderr, "bench_import: sqlite3 failed: %s\n", qPrintable(error));
            return 1;
        }
        floors.push_back(ms);
    }
    const double floor = median(floors);
    row(QStringLiteral("sqlite3 .import --csv into a bare table (median of %1)").arg(kRuns), duration(floor));
    row(QStringLiteral("  rows in its table"), QString::number(imported));

    std::vector<double> schemaFloors;
    for (int run = 0; run < kRuns; ++run) {
        QString error;
        const QString path = dir.filePath(QStringLiteral("schema-floor-%1.inroad").arg(run));
        const double ms = emptyWorkspace(path, &error) ? schemaFloorOnce(sqlite3, csvPath, path, &error) : -1;
        if (ms < 0) {
            std::fprintf(stderr, "bench_import: sqlite3 into Inroad's tables failed: %s\n", qPrintable(error));
            return 1;
        }
        schemaFloors.push_back(ms);
    }
    const double schemaFloor = median(schemaFloors);
    row(QStringLiteral("sqlite3 into Inroad's tables, SQL only (median of %1)").arg(kRuns), duration(schemaFloor));

    const double ratio = ours / floor;
    row(QStringLiteral("Inroad ÷ sqlite3 .import"), QStringLiteral("%1×").arg(ratio, 0, 'f', 2),
        QStringLiteral("within %1×").arg(kTargetRatio, 0, 'f', 0), ratio <= kTargetRatio);
    row(QStringLiteral("  sqlite3 into Inroad's tables ÷ sqlite3 .import"),
        QStringLiteral("%1×").arg(schemaFloor / floor, 0, 'f', 2));
    row(QStringLiteral("  Inroad ÷ sqlite3 into Inroad's tables"), QStringLiteral("%1×").arg(ours / schemaFloor, 0, 'f', 2));
    row(QStringLiteral("  Inroad and the search index rebuild ÷ sqlite3 .import"),
        QStringLiteral("%1×").arg((ours + median(indexes)) / floor, 0, 'f', 2));
    return 0;
}
