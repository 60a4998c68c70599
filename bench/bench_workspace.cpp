// Times what issue 2 promises for a large workspace: writing the sample, and opening the People
// list on it without loading every row. Prints a table with a verdict per target; the exit status
// is 0 unless something could not be run at all (targets are reported, not asserted).

#include "agenda.h"
#include "benchsupport.h"
#include "database.h"
#include "interviewlistmodel.h"
#include "personlistmodel.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Inroad;

using InroadBench::median;
using InroadBench::millis;
using InroadBench::out;

namespace {

constexpr int kRuns = 3;
constexpr double kWriteTargetSeconds = 5.0;
constexpr double kListTargetMs = 300.0;

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

void row(const QString &what, const QString &result, const QString &target = {}, int verdict = -1)
{
    out() << what.leftJustified(52) << result.leftJustified(18) << target.leftJustified(20)
          << (verdict < 0 ? QString() : verdict ? QStringLiteral("PASS") : QStringLiteral("FAIL")) << '\n';
    out().flush();
}

SampleOptions optionsFor(int people)
{
    SampleOptions options;
    options.people = people;
    options.today = QDate(2026, 3, 14);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    if (people < 1) {
        std::fprintf(stderr, "usage: bench_workspace [PEOPLE]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_workspace: cannot create a temporary folder\n");
        return 1;
    }

    out() << "Inroad benchmarks: " << people << " people, " << QThread::idealThreadCount() << " CPU(s), "
          << QSysInfo::prettyProductName() << '\n'
          << QString().fill(QLatin1Char('-'), 94) << '\n';
    row(QStringLiteral("measurement"), QStringLiteral("result"), QStringLiteral("target"));

    // (a) SampleWorkspace::write, a fresh file each time.
    std::vector<double> writes;
    std::vector<double> totals;
    QString lastFile;
    for (int run = 0; run < kRuns; ++run) {
        lastFile = dir.filePath(QStringLiteral("write-%1.inroad").arg(run));
        QElapsedTimer total;
        total.start();
        Database db;
        const DatabaseReport report = db.open(lastFile);
        if (!report.ok()) {
            std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(report.message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!SampleWorkspace::write(db, optionsFor(people), &error)) {
            std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(error));
            return 1;
        }
        writes.push_back(double(timer.nsecsElapsed()) / 1e6);
        db.close();
        totals.push_back(double(total.nsecsElapsed()) / 1e6);
    }
    const double write = median(writes);
    row(QStringLiteral("SampleWorkspace::write (median of %1)").arg(kRuns), seconds(write),
        QStringLiteral("< %1 s").arg(kWriteTargetSeconds), write < kWriteTargetSeconds * 1000);
    row(QStringLiteral("  with open, create and close (median)"), seconds(median(totals)));
    row(QStringLiteral("  file size"),
        QString::number(double(QFileInfo(lastFile).size()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB"));

    // (b) The same through the real program.
#ifdef INROAD_BINARY
    std::vector<double> processes;
    bool processOk = true;
    for (int run = 0; run < kRuns && processOk; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(INROAD_BINARY),
                      {QStringLiteral("sample"), QStringLiteral("--people"), QString::number(people),
                       QStringLiteral("--today"), QStringLiteral("2026-03-14"), QStringLiteral("--database"),
                       dir.filePath(QStringLiteral("process-%1.inroad").arg(run))});
        processOk = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        processes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!processOk)
            std::fprintf(stderr, "bench_workspace: inroad sample failed: %s\n", process.readAllStandardError().constData());
    }
    if (processOk) {
        const double process = median(processes);
        row(QStringLiteral("inroad sample --people %1 (median of %2)").arg(people).arg(kRuns), seconds(process),
            QStringLiteral("< %1 s").arg(kWriteTargetSeconds), process < kWriteTargetSeconds * 1000);
    } else {
        row(QStringLiteral("inroad sample --people %1").arg(people), QStringLiteral("failed"),
            QStringLiteral("< %1 s").arg(kWriteTargetSeconds), 0);
    }
#else
    row(QStringLiteral("inroad sample (the app target is not built)"), QStringLiteral("skipped"));
#endif

    // (c) Opening the People list on the last file.
    Workspace workspace;
    QElapsedTimer timer;
    timer.start();
    const DatabaseReport report = workspace.open(lastFile);
    if (!report.ok()) {
        std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(report.message));
        return 1;
    }
    row(QStringLiteral("Open the workspace (checks included)"), millis(double(timer.nsecsElapsed()) / 1e6));

    timer.restart();
    PersonListModel model(workspace.people(), workspace.organizations(), nullptr);
    const double construct = double(timer.nsecsElapsed()) / 1e6;
    row(QStringLiteral("People list: construct PersonListModel"), millis(construct), QStringLiteral("< %1 ms").arg(kListTargetMs),
        construct < kListTargetMs);
    row(QStringLiteral("  rows loaded / people matching"),
        QStringLiteral("%1 / %2").arg(model.rowCount()).arg(model.totalCount()), QStringLiteral("first page only"),
        model.rowCount() <= PersonListModel::kPageSize && model.totalCount() == people
            && (people <= PersonListModel::kPageSize || model.rowCount() < model.totalCount()));

    timer.restart();
    model.fetchMore({});
    row(QStringLiteral("  scroll: fetch the next page"), millis(double(timer.nsecsElapsed()) / 1e6),
        QStringLiteral("< %1 ms").arg(kListTargetMs), double(timer.nsecsElapsed()) / 1e6 < kListTargetMs);

    timer.restart();
    model.sort(PersonListModel::OrganizationColumn, Qt::AscendingOrder);
    const double sort = double(timer.nsecsElapsed()) / 1e6;
    row(QStringLiteral("Sort by organization"), millis(sort), QStringLiteral("< %1 ms").arg(kListTargetMs), sort < kListTargetMs);
    row(QStringLiteral("  rows loaded / people matching"), QStringLiteral("%1 / %2").arg(model.rowCount()).arg(model.totalCount()));

    const QString word = QStringLiteral("nurse");
    timer.restart();
    model.setFilterText(word);
    const double filter = double(timer.nsecsElapsed()) / 1e6;
    row(QStringLiteral("Filter by the word “%1”").arg(word), millis(filter), QStringLiteral("< %1 ms").arg(kListTargetMs),
        filter < kListTargetMs);
    row(QStringLiteral("  rows loaded / people matching"), QStringLiteral("%1 / %2").arg(model.rowCount()).arg(model.totalCount()));

    timer.restart();
    model.setFilterText(QString());
    model.sort(PersonListModel::LastNameColumn, Qt::AscendingOrder);
    row(QStringLiteral("Clear the filter, sort by last name again"), millis(double(timer.nsecsElapsed()) / 1e6),
        QStringLiteral("< %1 ms").arg(2 * kListTargetMs), double(timer.nsecsElapsed()) / 1e6 < 2 * kListTargetMs);

    // (d) The Today list is computed again after every edit: it must stay well under a frame budget
    // a user notices (the sample has far more due items than anyone would let pile up).
    std::vector<double> agendaRuns;
    int items = 0;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        items = int(Agenda::compute(workspace, QDateTime::currentDateTimeUtc()).size());
        agendaRuns.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double agenda = median(agendaRuns);
    row(QStringLiteral("Today: Agenda::compute (median of %1)").arg(kRuns), millis(agenda),
        QStringLiteral("< %1 ms").arg(kListTargetMs), agenda < kListTargetMs);
    row(QStringLiteral("  items listed"), QString::number(items));

    timer.restart();
    InterviewListModel interviews(workspace);
    const double interviewList = double(timer.nsecsElapsed()) / 1e6;
    row(QStringLiteral("Interviews list: construct InterviewListModel"), millis(interviewList),
        QStringLiteral("< %1 ms").arg(kListTargetMs), interviewList < kListTargetMs);
    row(QStringLiteral("  rows loaded / interviews"),
        QStringLiteral("%1 / %2").arg(interviews.rowCount()).arg(interviews.totalCount()), QStringLiteral("first page only"),
        interviews.rowCount() <= InterviewListModel::kPageSize);
    return 0;
}
