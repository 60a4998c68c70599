// Times what issue 6 promises for search: on a 10,000-person sample with 50,000 notes, the first
// page of hits (20) for a typical word in under 16 ms (median), and typing a word key by key never
// taking more than a frame per query. Prints a table with a verdict per target; the exit status is
// 0 unless something could not be run at all (targets are reported, not asserted).

#include "benchsupport.h"
#include "database.h"
#include "sampleworkspace.h"
#include "searchindex.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Inroad;

using InroadBench::median;
using InroadBench::millis;
using InroadBench::out;

namespace {

constexpr int kRuns = 60;
constexpr int kFallbackRuns = 5;
constexpr int kPage = 20;
constexpr double kFrameMs = 16.0;

// Words of the kind people write after an informational interview, so that prefixes are shared
// the way they are in real notes ("de" starts deadline, degree, design, develop, …).
const char *const kWords[] = {
    "design",     "designer",    "desk",      "deadline",    "decision",   "degree",      "department", "data",
    "develop",    "development", "detail",    "demand",      "deliver",    "describe",    "day",        "daily",
    "deal",       "debt",        "decade",    "deep",        "defend",     "define",      "analysis",   "analyst",
    "apply",      "application", "advice",    "agency",      "ambition",   "answer",      "approach",   "area",
    "background", "budget",      "build",     "business",    "career",     "certificate", "change",     "class",
    "client",     "coach",       "colleague", "company",     "conference", "contact",     "contract",   "course",
    "culture",    "customer",    "engineer",  "engineering", "entry",      "environment", "experience", "expert",
    "field",      "finance",     "focus",     "follow",      "friend",     "goal",        "grade",      "growth",
    "guide",      "habit",       "health",    "help",        "hire",       "hospital",    "hours",      "idea",
    "impact",     "industry",    "intern",    "internship",  "interview",  "introduce",   "job",        "journal",
    "junior",     "knowledge",   "lab",       "leader",      "learn",      "level",       "library",    "listen",
    "manager",    "market",      "meeting",   "mentor",      "method",     "mistake",     "model",      "money",
    "month",      "network",     "night",     "nurse",       "office",     "opening",     "option",     "patient",
    "people",     "plan",        "portfolio", "position",    "practice",   "present",     "problem",    "process",
    "product",    "program",     "project",   "question",    "reading",    "recommend",   "referral",   "report",
    "research",   "resume",      "review",    "risk",        "role",       "salary",      "schedule",   "school",
    "science",    "senior",      "service",   "shift",       "skill",      "software",    "start",      "story",
    "student",    "study",       "support",   "system",      "talk",       "team",        "technology", "thank",
    "time",       "tool",        "training",  "travel",      "trend",      "university",  "user",       "value",
    "visit",      "volunteer",   "week",      "work",        "workshop",   "write",       "year",       "young",
    "zone",       "about",       "after",     "again",       "always",     "because",     "before",     "better",
    "between",    "could",       "every",     "first",       "from",       "good",        "great",      "into",
    "just",       "later",       "maybe",     "more",        "most",       "much",        "never",      "next",
    "often",      "only",        "other",     "really",      "should",     "since",       "some",       "still",
    "than",       "that",        "their",     "there",       "these",      "they",        "this",       "through",
    "under",      "very",        "what",      "when",        "where",      "which",       "while",      "with",
    "would",      "your"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// A small deterministic generator (the same notes on every machine).
struct Generator
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    quint32 next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

QString sentence(Generator &g)
{
    const int words = 8 + g.below(9);
    QString s;
    for (int i = 0; i < words; ++i) {
        QString word = QString::fromLatin1(kWords[g.below(kWordCount)]);
        if (i == 0)
            word[0] = word.at(0).toUpper();
        else
            s += g.below(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
        s += word;
    }
    return s + QLatin1Char('.');
}

QList<qint64> ids(const QSqlDatabase &db, const QString &table)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// Adds @p count notes spread over people (most), interviews, organizations and fields, through
// the same SQL path as any write, so the index is kept by its triggers.
bool writeNotes(Database &db, int count, QString *error)
{
    const QSqlDatabase c = db.connection();
    const QList<QList<qint64>> subjects = {ids(c, QStringLiteral("people")), ids(c, QStringLiteral("organizations")),
                                           ids(c, QStringLiteral("career_fields")),
                                           ids(c, QStringLiteral("interviews"))};
    Generator g;
    Transaction tx(db);
    QSqlQuery q(c);
    q.prepare(
        QStringLiteral("INSERT INTO notes (person_id, organization_id, field_id, interview_id, title, body, noted_on, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDate start(2024, 1, 1);
    for (int n = 0; n < count; ++n) {
        const int roll = g.below(10);
        const int kind = roll < 6 ? 0 : roll < 8 ? 3 : roll < 9 ? 1 : 2;
        const QList<qint64> &pool = subjects.at(kind).isEmpty() ? subjects.at(0) : subjects.at(kind);
        for (int k = 0; k < 4; ++k)
            q.addBindValue(k == kind ? QVariant(pool.at(g.below(int(pool.size()))))
                                     : QVariant(QMetaType(QMetaType::LongLong)));
        QString title = sentence(g);
        title.chop(1);
        title = title.section(QLatin1Char(' '), 0, 2 + g.below(3));
        QString body;
        const int paragraphs = 1 + g.below(3);
        for (int p = 0; p < paragraphs; ++p) {
            if (p > 0)
                body += QStringLiteral("\n\n");
            if (g.below(3) == 0)
                body += QStringLiteral("- ");
            const int sentences = 1 + g.below(3);
            for (int s = 0; s < sentences; ++s)
                body += (s > 0 ? QStringLiteral(" ") : QString()) + sentence(g);
        }
        const QString day = start.addDays(g.below(800)).toString(Qt::ISODate);
        q.addBindValue(title);
        q.addBindValue(body);
        q.addBindValue(day);
        const QString noon = day + QStringLiteral("T12:00:00Z");
        q.addBindValue(noon);
        q.addBindValue(noon);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return tx.commit();
}

void row(const QString &what, const QString &result, const QString &target = {}, int verdict = -1)
{
    out() << what.leftJustified(56) << result.leftJustified(22) << target.leftJustified(16)
          << (verdict < 0 ? QString()
              : verdict   ? QStringLiteral("PASS")
                          : QStringLiteral("FAIL"))
          << '\n';
    out().flush();
}

struct Timing
{
    double median = 0;
    double worst = 0;
    int hits = 0;
};

Timing timeSearch(const SearchIndex &search, const QString &query, int runs)
{
    std::vector<double> ms;
    Timing t;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        t.hits = int(search.search(query, kPage).size());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    t.median = median(ms);
    t.worst = *std::max_element(ms.begin(), ms.end());
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int notes = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50000;
    if (people < 1 || notes < 0) {
        std::fprintf(stderr, "usage: bench_search [PEOPLE [NOTES]]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_search: cannot create a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("search.inroad"));
    // INROAD_BENCH_KEEP=1 keeps the workspace, to look at it afterwards.
    if (qEnvironmentVariableIntValue("INROAD_BENCH_KEEP") == 1) {
        dir.setAutoRemove(false);
        out() << "Workspace kept at " << path << '\n';
    }

    out() << "Inroad search benchmark: " << people << " people, " << notes << " extra notes, "
          << QThread::idealThreadCount() << " CPU(s), " << QSysInfo::prettyProductName() << '\n'
          << QString().fill(QLatin1Char('-'), 94) << '\n';
    row(QStringLiteral("measurement"), QStringLiteral("result"), QStringLiteral("target"));

    {
        Database db;
        const DatabaseReport report = db.open(path);
        QString error;
        SampleOptions options;
        options.people = people;
        options.today = QDate(2026, 3, 14);
        if (!report.ok() || !SampleWorkspace::write(db, options, &error)) {
            std::fprintf(stderr, "bench_search: %s\n", qPrintable(report.ok() ? error : report.message));
            return 1;
        }
    }

    Workspace workspace;
    QElapsedTimer timer;
    timer.start();
    const DatabaseReport report = workspace.open(path);
    if (!report.ok()) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(report.message));
        return 1;
    }
    SearchIndex &search = workspace.search();
    if (!search.isReady()) {
        std::fprintf(stderr, "bench_search: no search index (FTS5 missing?): %s\n", qPrintable(search.lastError()));
        return 1;
    }
    row(QStringLiteral("Open the sample, building the index"), millis(double(timer.nsecsElapsed()) / 1e6));

    timer.restart();
    QString error;
    if (!writeNotes(workspace.database(), notes, &error)) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(error));
        return 1;
    }
    row(QStringLiteral("Write %1 notes in one transaction (triggers on)").arg(notes),
        millis(double(timer.nsecsElapsed()) / 1e6));
    QSqlQuery count(workspace.database().connection());
    count.exec(QStringLiteral("SELECT count(*) FROM search_index"));
    count.next();
    row(QStringLiteral("  rows in the index"), QString::number(count.value(0).toLongLong()));
    row(QStringLiteral("  file size"),
        QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB"));

    const QString target = QStringLiteral("< %1 ms").arg(kFrameMs);
    const auto measure = [&](const QString &what, const QString &query) {
        const Timing t = timeSearch(search, query, kRuns);
        row(QStringLiteral("%1 “%2” (median of %3)").arg(what, query).arg(kRuns), millis(t.median), target,
            t.median < kFrameMs);
        row(QStringLiteral("  slowest run, hits on the page"),
            QStringLiteral("%1, %2").arg(millis(t.worst)).arg(t.hits));
        return t;
    };
    measure(QStringLiteral("First page, a typical word"), QStringLiteral("network"));
    measure(QStringLiteral("First page, a 3-letter prefix"), QStringLiteral("des"));
    measure(QStringLiteral("First page, two words"), QStringLiteral("junior design"));

    // Typing "design" key by key: each query must fit in a frame.
    double slowestKey = 0;
    const QString word = QStringLiteral("design");
    for (int length = 1; length <= word.size(); ++length) {
        if (length == 5)
            continue; // "desig" adds nothing to "desi" and "design"
        const Timing t = timeSearch(search, word.left(length), kRuns);
        slowestKey = qMax(slowestKey, t.median);
        row(QStringLiteral("  typing: “%1” (median of %2)").arg(word.left(length)).arg(kRuns), millis(t.median), target,
            t.median < kFrameMs);
    }
    row(QStringLiteral("Typing “design”: slowest keystroke (median)"), millis(slowestKey), target,
        slowestKey < kFrameMs);

    // The fallback (SQLite without FTS5): reported, no target.
    search.setForceFallback(true);
    const Timing fallback = timeSearch(search, QStringLiteral("network"), kFallbackRuns);
    row(QStringLiteral("Fallback without FTS5, “network” (median of %1)").arg(kFallbackRuns), millis(fallback.median));
    search.setForceFallback(false);
    return 0;
}
