// Times what issue 7 promises for printing: a counselor packet of 100 interviews (cover, then for
// each interview its sheet, research summary, reflection form and thank-you letter) laid out and
// written to PDF in under 10 s. Also writes the same packet as ODT and, when LibreOffice is
// installed, times the word-processor route (ODT converted to PDF by LibreOffice) for comparison.
// Prints a table with a verdict per target; the exit status is 0 unless something could not be run
// at all (targets are reported, not asserted).

#include "benchsupport.h"
#include "database.h"
#include "documentwriter.h"
#include "interviewdocuments.h"
#include "interviewrepository.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

#include <cstdio>

using namespace Inroad;

using InroadBench::millis;
using InroadBench::out;

namespace {

constexpr int kDefaultInterviews = 100;
constexpr int kPeople = 2000;               // about 1,500 interviews: well over 100
constexpr double kTargetMs = 10000.0;       // 100 interviews to PDF
constexpr int kLibreOfficeTimeoutMs = 10 * 60 * 1000;

void row(const QString &what, const QString &result, const QString &target = {}, int verdict = -1)
{
    out() << what.leftJustified(56) << result.leftJustified(22) << target.leftJustified(16)
          << (verdict < 0 ? QString()
              : verdict   ? QStringLiteral("PASS")
                          : QStringLiteral("FAIL"))
          << '\n';
    out().flush();
}

/// "850 ms" below a second, "12.34 s" above.
QString duration(double ms)
{
    return ms < 1000 ? millis(ms) : QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

QString fileSize(const QString &path)
{
    const double bytes = double(QFileInfo(path).size());
    return bytes < 1024.0 * 1024.0 ? QString::number(bytes / 1024.0, 'f', 1) + QStringLiteral(" KiB")
                                   : QString::number(bytes / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The pages of a PDF: pdfinfo's count when it is installed, otherwise the page objects in the
/// file (Qt and LibreOffice write them uncompressed). -1 when neither works.
int pdfPages(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess process;
        process.start(pdfinfo, {path});
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0) {
            const QString text = QString::fromLocal8Bit(process.readAllStandardOutput());
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                    .match(text);
            if (m.hasMatch())
                return m.captured(1).toInt();
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    const QByteArray key("/Type /Page");
    int pages = 0;
    for (qsizetype at = data.indexOf(key); at >= 0; at = data.indexOf(key, at + key.size())) {
        const qsizetype next = at + key.size();
        if (next >= data.size() || data.at(next) != 's') // not "/Type /Pages"
            ++pages;
    }
    return pages;
}

QString pagesText(int pages)
{
    return pages < 0 ? QStringLiteral("unknown") : QString::number(pages);
}

} // namespace

int main(int argc, char *argv[])
{
    // Text layout needs a GUI application; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : kDefaultInterviews;
    if (wanted < 1) {
        std::fprintf(stderr, "usage: bench_packet [INTERVIEWS]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_packet: cannot create a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("packet.inroad"));
    // INROAD_BENCH_KEEP=1 keeps the workspace and the files written, to look at them afterwards.
    if (qEnvironmentVariableIntValue("INROAD_BENCH_KEEP") == 1) {
        dir.setAutoRemove(false);
        out() << "Files kept in " << dir.path() << '\n';
    }
    // Enough people for the interviews asked for (the sample gives about three per four people).
    const int people = qMin(SampleWorkspace::kMaxPeople, qMax(kPeople, wanted * 2));

    out() << "Inroad packet benchmark: " << wanted << " interviews from a " << people << "-person sample, "
          << QThread::idealThreadCount() << " CPU(s), " << QSysInfo::prettyProductName() << '\n'
          << QString().fill(QLatin1Char('-'), 94) << '\n';
    row(QStringLiteral("measurement"), QStringLiteral("result"), QStringLiteral("target"));

    QElapsedTimer timer;
    timer.start();
    {
        Database db;
        const DatabaseReport report = db.open(path);
        QString error;
        SampleOptions options;
        options.people = people;
        options.today = QDate(2026, 3, 14);
        SampleSummary summary;
        if (!report.ok() || !SampleWorkspace::write(db, options, &error, &summary)) {
            std::fprintf(stderr, "bench_packet: %s\n", qPrintable(report.ok() ? error : report.message));
            return 1;
        }
        row(QStringLiteral("Write the sample (%1 people, %2 interviews)").arg(summary.people).arg(summary.interviews),
            duration(elapsedMs(timer)));
    }

    Workspace workspace;
    const DatabaseReport report = workspace.open(path);
    if (!report.ok()) {
        std::fprintf(stderr, "bench_packet: %s\n", qPrintable(report.message));
        return 1;
    }
    InterviewQuery query;
    query.scope = InterviewQuery::All;
    QList<qint64> ids;
    QMap<int, int> byStatus;
    for (const Interview &interview : workspace.interviews().page(query, 0, wanted)) {
        ids << interview.id;
        ++byStatus[int(interview.status)];
    }
    if (ids.isEmpty()) {
        std::fprintf(stderr, "bench_packet: the sample holds no interviews\n");
        return 1;
    }
    if (ids.size() < wanted)
        row(QStringLiteral("Only %1 interviews in the sample (%2 asked for)").arg(ids.size()).arg(wanted),
            QStringLiteral("using %1").arg(ids.size()));
    QStringList statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses << QStringLiteral("%1 %2").arg(it.value()).arg(interviewStatusName(InterviewStatus(it.key())).toLower());
    row(QStringLiteral("  interviews in the packet (the first by start)"), statuses.join(QStringLiteral(", ")));

    // Inroad's route: lay the packet out, then paint it into a PDF.
    QTextDocument document;
    QString error;
    timer.restart();
    if (!InterviewDocuments(workspace).buildPacket(document, ids, DocumentOptions(), &error)) {
        std::fprintf(stderr, "bench_packet: building the packet failed: %s\n", qPrintable(error));
        return 1;
    }
    const double buildMs = elapsedMs(timer);
    row(QStringLiteral("Build the packet (%1 interviews)").arg(ids.size()), duration(buildMs));

    const QString pdfPath = dir.filePath(QStringLiteral("packet.pdf"));
    timer.restart();
    error = writeDocument(document, pdfPath, QPageSize::A4);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_packet: %s\n", qPrintable(error));
        return 1;
    }
    const double pdfMs = elapsedMs(timer);
    row(QStringLiteral("Write it to PDF (A4)"), duration(pdfMs));
    const double inroadMs = buildMs + pdfMs;
    row(QStringLiteral("%1-interview packet to PDF, total").arg(ids.size()), duration(inroadMs),
        QStringLiteral("< %1 s").arg(kTargetMs / 1000.0), inroadMs < kTargetMs);
    row(QStringLiteral("  pages, file size"),
        QStringLiteral("%1, %2").arg(pagesText(pdfPages(pdfPath)), fileSize(pdfPath)));

    // The word-processor route: the same packet as ODT, converted to PDF by LibreOffice.
    const QString odtPath = dir.filePath(QStringLiteral("packet.odt"));
    timer.restart();
    error = writeDocument(document, odtPath, QPageSize::A4);
    if (!error.isEmpty()) {
        row(QStringLiteral("Write it to ODT"), QStringLiteral("failed"));
        std::fprintf(stderr, "bench_packet: %s\n", qPrintable(error));
        return 0;
    }
    row(QStringLiteral("Write it to ODT"), duration(elapsedMs(timer)));
    row(QStringLiteral("  file size"), fileSize(odtPath));

    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        // Longer than the first column: printed as it is.
        out() << "libreoffice not installed: apt-get install libreoffice-writer-nogui to compare\n";
        out().flush();
        return 0;
    }
    // A private profile, so that the user's own LibreOffice settings are not touched; the output
    // goes to a folder of its own so that it does not replace Inroad's packet.pdf.
    const QString outDir = dir.filePath(QStringLiteral("libreoffice"));
    QDir().mkpath(outDir);
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    timer.restart();
    process.start(office, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir,
                           odtPath});
    if (!process.waitForStarted()) {
        row(QStringLiteral("LibreOffice: ODT to PDF"), QStringLiteral("could not start"));
        std::fprintf(stderr, "bench_packet: %s: %s\n", qPrintable(office), qPrintable(process.errorString()));
        return 0;
    }
    if (!process.waitForFinished(kLibreOfficeTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        row(QStringLiteral("LibreOffice: ODT to PDF"), QStringLiteral("timed out"),
            QStringLiteral("> %1 min").arg(kLibreOfficeTimeoutMs / 60000));
        return 0;
    }
    const double officeMs = elapsedMs(timer);
    const QString officePdf = QDir(outDir).filePath(QStringLiteral("packet.pdf"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !QFileInfo::exists(officePdf)) {
        row(QStringLiteral("LibreOffice: ODT to PDF"), QStringLiteral("failed"));
        std::fprintf(stderr, "bench_packet: %s failed (exit code %d): %s\n", qPrintable(office), process.exitCode(),
                     qPrintable(QString::fromLocal8Bit(process.readAll()).trimmed()));
        return 0;
    }
    row(QStringLiteral("LibreOffice: ODT to PDF (first run, fresh profile)"), duration(officeMs));
    row(QStringLiteral("  pages, file size"),
        QStringLiteral("%1, %2").arg(pagesText(pdfPages(officePdf)), fileSize(officePdf)));
    row(QStringLiteral("Word-processor route / Inroad"),
        QStringLiteral("%1× Inroad's time").arg(QString::number(officeMs / inroadMs, 'f', 1)));
    return 0;
}
