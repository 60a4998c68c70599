#include "commandline.h"

#include "agenda.h"
#include "calendarexport.h"
#include "contactexport.h"
#include "contactimport.h"
#include "contactreaders.h"
#include "database.h"
#include "documentwriter.h"
#include "icalendar.h"
#include "interviewdocuments.h"
#include "migrations.h"
#include "questionhandout.h"
#include "shippedbank.h"
#include "workspacearchive.h"
#include "referralgraph.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::CommandLine", text, disambiguation, n);
}

enum ExitStatus { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// What one verb needs: its options, and what it does once they have been parsed. A verb is one
// word ("check") or a word and what it acts on ("export calendar"); `inroad export` followed by
// anything else is a usage error that lists what can follow.
struct Verb
{
    const char *name;         // its words, separated by one space
    const char *synopsis;     // after "inroad NAME", not translated: it is what the user types
    const char *summary;      // one sentence for --help (translated)
    QList<QCommandLineOption> (*options)();
    int (*run)(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err);
};

QCommandLineOption databaseOption(const char *description)
{
    return QCommandLineOption({QStringLiteral("d"), QStringLiteral("database")}, tr(description), QStringLiteral("FILE"));
}

int usageError(QTextStream &err, const QString &verb, const QString &message)
{
    err << QStringLiteral("inroad %1: ").arg(verb) << message << '\n'
        << tr("Run “inroad %1 --help” to see its options.").arg(verb) << '\n';
    err.flush();
    return ExitUsage;
}

// ---- inroad sample ---------------------------------------------------------------------------

QList<QCommandLineOption> sampleOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine",
                                         "The workspace file to write; it is created when it does not exist, and must be empty.")),
        QCommandLineOption(QStringLiteral("people"), tr("How many people the sample holds (default 60, at most %1).")
                                                         .arg(QLocale::c().toString(SampleWorkspace::kMaxPeople)),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("today"),
                           tr("The day the sample's interviews and follow-ups are placed around (default: today). "
                              "The same day always gives the same sample."),
                           QStringLiteral("YYYY-MM-DD")),
    };
}

int runSample(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which file to write the sample into."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));

    SampleOptions options;
    if (parser.isSet(QStringLiteral("people"))) {
        const QString value = parser.value(QStringLiteral("people"));
        bool ok = false;
        const int people = value.trimmed().toInt(&ok);
        if (!ok || people < 1 || people > SampleWorkspace::kMaxPeople) {
            return usageError(err, verb,
                              tr("--people: “%1” is not a whole number from 1 to %2.")
                                  .arg(value, QLocale::c().toString(SampleWorkspace::kMaxPeople)));
        }
        options.people = people;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        const QString value = parser.value(QStringLiteral("today"));
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate today = shape.match(value).hasMatch() ? QDate::fromString(value, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!today.isValid()) {
            return usageError(err, verb,
                              tr("--today: “%1” is not a date in the calendar; write it as YYYY-MM-DD, for example 2026-03-14.")
                                  .arg(value));
        }
        options.today = today;
    }

    Database db;
    const DatabaseReport report = db.open(path);
    if (!report.ok()) {
        err << report.message << '\n';
        err.flush();
        return ExitFailed;
    }
    SampleSummary summary;
    QString error;
    if (!SampleWorkspace::write(db, options, &error, &summary)) {
        err << tr("No sample was written to “%1”: %2").arg(displayPath(path), error) << '\n';
        err.flush();
        return ExitFailed;
    }
    db.close();
    out << tr("Wrote %n people", nullptr, summary.people)
        << tr(", %n organizations", nullptr, summary.organizations)
        << tr(", %n career fields", nullptr, summary.careerFields)
        << tr(", %n interviews", nullptr, summary.interviews)
        << tr(", %n referrals", nullptr, summary.referrals)
        << tr(", %n outreach attempts", nullptr, summary.outreachAttempts)
        << tr(", %n notes", nullptr, summary.notes)
        << tr(" and %n follow-ups", nullptr, summary.followUps)
        << tr(" to “%1”.").arg(displayPath(path)) << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad check ----------------------------------------------------------------------------

QList<QCommandLineOption> checkOptions()
{
    return {databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace file to check; it is only read."))};
}

int runCheck(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to check."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));

    const DatabaseReport report = Database::inspect(path);
    out << tr("Checking “%1”").arg(displayPath(path)) << '\n';
    for (const QString &detail : report.details)
        out << QStringLiteral("  ") << detail << '\n';
    out.flush();

    if (report.ok() && report.isEmpty) {
        err << tr("Not a workspace: “%1” is empty. Inroad can make a new workspace of it, but there is nothing to check.")
                   .arg(displayPath(path))
            << '\n';
        err.flush();
        return ExitFailed;
    }
    if (!report.ok()) {
        err << tr("Not healthy: %1").arg(report.message) << '\n';
        err.flush();
        return ExitFailed;
    }
    out << tr("Healthy: an Inroad workspace with schema %1.").arg(report.schemaVersion);
    if (report.schemaVersion < currentSchemaVersion())
        out << ' ' << tr("Inroad will back it up and upgrade it to schema %1 the next time it opens it.").arg(currentSchemaVersion());
    out << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad export calendar -------------------------------------------------------------------

QList<QCommandLineOption> exportCalendarOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to export from; it is only read.")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("The iCalendar file to write (replaced when it exists)."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("todo"),
                           tr("Write open follow-ups as to-dos (VTODO) instead of events. Interviews stay events.")),
    };
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

// Opens an existing workspace for a verb that only reads it. It is inspected first, as `inroad
// check` does, so that a file that is not a healthy workspace of this version is never opened for
// writing, locked or upgraded; a healthy one of this version is only read, and its lock file and WAL
// side files go again when it is closed.
int openToRead(const QString &path, Workspace &workspace, QTextStream &err)
{
    const DatabaseReport report = Database::inspect(path);
    QString problem = report.message;
    if (report.ok() && report.isEmpty)
        problem = tr("Not a workspace: “%1” is empty, so there is nothing to read.").arg(displayPath(path));
    else if (report.ok() && report.schemaVersion < currentSchemaVersion())
        problem = tr("The workspace “%1” was written by an older version of Inroad (schema %2). Open it in Inroad "
                     "once, so that it is backed up and upgraded, then try again. The file was not changed.")
                      .arg(displayPath(path))
                      .arg(report.schemaVersion);
    else if (report.ok())
        problem = workspace.open(path, Workspace::Setup::ReadOnly).message;
    if (problem.isEmpty())
        return ExitOk;
    err << problem << '\n';
    err.flush();
    return ExitFailed;
}

int runExportCalendar(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to export from."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(
            err, verb, tr("--output FILE is missing: say where to write the calendar, for example -o interviews.ics."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(err, verb, tr("--output needs a file name."));
    if (samePath(output, path))
        return usageError(err, verb, tr("--output names the workspace itself; choose another file for the calendar."));

    Workspace workspace;
    if (const int status = openToRead(path, workspace, err); status != ExitOk)
        return status;
    Database &db = workspace.database();
    CalendarExport::Options options;
    options.followUpsAsTodos = parser.isSet(QStringLiteral("todo"));
    const CalendarExport exporter(db);
    const std::optional<QList<CalendarEntry>> entries = exporter.entries(options);
    db.close();
    if (!entries) {
        err << tr("The workspace “%1” could not be read: %2").arg(displayPath(path), exporter.lastError()) << '\n';
        err.flush();
        return ExitFailed;
    }

    ICalendarOptions calendar;
    calendar.calendarName = CalendarExport::calendarName();
    const QByteArray bytes = ICalendarWriter(calendar).write(*entries);
    // QSaveFile: a calendar from an earlier export is replaced only once the new one is complete.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("The calendar could not be written to “%1”: %2").arg(displayPath(output), file.errorString()) << '\n';
        err.flush();
        return ExitFailed;
    }

    int todos = 0;
    for (const CalendarEntry &entry : *entries) {
        if (entry.kind == CalendarEntry::Kind::Todo)
            ++todos;
    }
    const int events = int(entries->size()) - todos;
    out << tr("Wrote %n events", nullptr, events);
    if (todos > 0)
        out << tr(" and %n to-dos", nullptr, todos);
    out << tr(" to “%1”.").arg(displayPath(output)) << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad import ----------------------------------------------------------------------------

QList<QCommandLineOption> importOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine",
                                         "The workspace to import into; it is created when it does not exist.")),
        QCommandLineOption(QStringLiteral("format"),
                           tr("What the file is: linkedin (Connections.csv), google (Google Contacts CSV), vcard, csv "
                              "(any CSV file whose header names its columns) or json (an Inroad export)."),
                           QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would be imported without changing the workspace.")),
    };
}

/// "file:line: " for a message about a line of @p file, or "file: " when there is no line.
QString where(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : QStringLiteral("%1: ").arg(file);
}

int runImport(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to import into."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(err, verb, tr("--format is missing: one of linkedin, google, vcard, csv or json."));
    const std::optional<ContactFormat> format = contactFormatFromKey(parser.value(QStringLiteral("format")));
    if (!format) {
        return usageError(err, verb, tr("--format: “%1” is not one of linkedin, google, vcard, csv or json.")
                                         .arg(parser.value(QStringLiteral("format"))));
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(err, verb, tr("name one file to import, after the options."));
    const QString input = inputs.constFirst();
    if (samePath(input, path))
        return usageError(err, verb, tr("the file to import is the workspace itself."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("“%1” could not be read: %2").arg(displayPath(input), file.errorString()) << '\n';
        err.flush();
        return ExitFailed;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QString shownInput = QDir::toNativeSeparators(input);

    // The file is read before the workspace is opened: a file that cannot be imported at all
    // leaves the workspace as it was, and does not create one.
    std::optional<WorkspaceArchive> archive;
    ContactSource source;
    if (*format == ContactFormat::Json) {
        QString error;
        archive = readWorkspaceArchive(bytes, &error);
        if (!archive) {
            err << where(shownInput, 0) << error << '\n' << tr("Nothing was imported.") << '\n';
            err.flush();
            return ExitFailed;
        }
    } else {
        source = readContactFile(*format, bytes);
        if (!source.ok()) {
            err << where(shownInput, source.errorLine) << source.error << '\n' << tr("Nothing was imported.") << '\n';
            err.flush();
            return ExitFailed;
        }
    }

    // A dry run against a workspace that does not exist yet plans against an empty one, elsewhere.
    QTemporaryDir scratch;
    const bool exists = QFileInfo::exists(path);
    const QString openPath = dryRun && !exists ? scratch.filePath(QStringLiteral("dry-run.inroad")) : path;
    Workspace workspace;
    const DatabaseReport report = workspace.open(openPath, dryRun && exists ? Workspace::Setup::ReadOnly
                                                                            : Workspace::Setup::Full);
    if (!report.ok()) {
        err << report.message << '\n';
        err.flush();
        return ExitFailed;
    }
    Database &db = workspace.database();

    // A whole Inroad workspace goes back as it was into a workspace that holds nothing yet.
    if (archive && !workspaceHasUserData(db)) {
        QString error;
        if (!dryRun && !restoreWorkspaceArchive(db, *archive, &error)) {
            err << where(shownInput, 0) << error << '\n' << tr("Nothing was imported.") << '\n';
            err.flush();
            return ExitFailed;
        }
        out << (dryRun ? tr("Would restore %n record(s) from “%1” into “%2”, which holds nothing yet.", nullptr,
                            int(archive->rowCount()))
                       : tr("Restored %n record(s) from “%1” into “%2”.", nullptr, int(archive->rowCount())))
                   .arg(shownInput, displayPath(path))
            << '\n';
        out.flush();
        return ExitOk;
    }
    if (archive) {
        source = readArchiveContacts(*archive);
        if (!source.ok()) {
            err << where(shownInput, source.errorLine) << source.error << '\n' << tr("Nothing was imported.") << '\n';
            err.flush();
            return ExitFailed;
        }
    }
    const ImportPlan plan = planContactImport(db, source, input);
    for (const ImportItem &item : plan.items) {
        if (item.action == ImportAction::Reject)
            err << where(shownInput, item.record.line) << item.reason << '\n';
    }
    err.flush();
    ImportOutcome outcome;
    QString error;
    if (!dryRun && !applyContactImport(db, plan, outcome, &error)) {
        err << where(shownInput, 0) << error << '\n';
        err.flush();
        return ExitFailed;
    }
    // The contacts are saved; a large import left the search index behind. Should bringing it up to
    // date fail, search reads the tables and the next opening tries again.
    if (outcome.searchIndexOutOfDate && !workspace.search().ensure())
        err << tr("The search index could not be updated: %1").arg(workspace.search().lastError()) << '\n';
    out << (dryRun ? tr("Would import “%1” into “%2”: ") : tr("Imported “%1” into “%2”: ")).arg(shownInput, displayPath(path))
        << tr("%n new", nullptr, plan.count(ImportAction::Create)) << ", "
        << tr("%n updated", nullptr, plan.count(ImportAction::Update)) << ", "
        << tr("%n duplicate(s) left out", nullptr, plan.count(ImportAction::Duplicate)) << ", "
        << tr("%n rejected", nullptr, plan.count(ImportAction::Reject)) << "; "
        << tr("%n new organization(s).", nullptr, int(plan.newOrganizations.size())) << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad export contacts -------------------------------------------------------------------

QList<QCommandLineOption> exportContactsOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to export from; it is only read.")),
        QCommandLineOption(QStringLiteral("format"),
                           tr("vcard (an address book), csv (a spreadsheet) or json (everything in the workspace, for "
                              "moving it to another computer). Without it, the ending of the output file decides."),
                           QStringLiteral("FORMAT")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("vcard4"), tr("Write vCard 4.0 instead of 3.0.")),
        QCommandLineOption(QStringLiteral("bom"), tr("Start a CSV file with a byte order mark, so that Excel reads it as UTF-8.")),
    };
}

int runExportContacts(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to export from."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(err, verb, tr("--output FILE is missing: say where to write, for example -o contacts.vcf."));
    if (samePath(output, path))
        return usageError(err, verb, tr("--output names the workspace itself; choose another file."));
    QString formatName = parser.value(QStringLiteral("format")).toLower();
    if (formatName.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        formatName = suffix == QLatin1String("vcf") ? QStringLiteral("vcard") : suffix;
    }
    if (formatName != QLatin1String("vcard") && formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return usageError(err, verb, tr("--format: “%1” is not one of vcard, csv or json.").arg(formatName));

    Workspace workspace;
    if (const int status = openToRead(path, workspace, err); status != ExitOk)
        return status;
    Database &db = workspace.database();
    QString error;
    QByteArray bytes;
    if (formatName == QLatin1String("vcard"))
        bytes = ContactExport::vcard(db, parser.isSet(QStringLiteral("vcard4")), &error);
    else if (formatName == QLatin1String("csv"))
        bytes = ContactExport::csv(db, parser.isSet(QStringLiteral("bom")), &error);
    else
        bytes = exportWorkspaceJson(db, &error);
    const int people = ContactExport::peopleCount(db);
    db.close();
    if (!error.isEmpty()) {
        err << tr("The workspace “%1” could not be read: %2").arg(displayPath(path), error) << '\n';
        err.flush();
        return ExitFailed;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("“%1” could not be written: %2").arg(displayPath(output), file.errorString()) << '\n';
        err.flush();
        return ExitFailed;
    }
    out << (formatName == QLatin1String("json") ? tr("Wrote the whole workspace (%n people) to “%1”.", nullptr, people)
                                                : tr("Wrote %n people to “%1”.", nullptr, people))
                   .arg(displayPath(output))
        << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad export graph ----------------------------------------------------------------------

CommandLine::GraphExporter &graphExporter()
{
    static CommandLine::GraphExporter exporter;
    return exporter;
}

QList<QCommandLineOption> exportGraphOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to draw; it is only read.")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("The file to write, replaced when it exists. Its ending says what it becomes: .png "
                              "(a picture), .svg (a drawing) or .pdf (one printable page)."),
                           QStringLiteral("FILE")),
    };
}

int runExportGraph(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to draw."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(err, verb,
                          tr("--output FILE is missing: say where to draw the graph, for example -o graph.pdf."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(err, verb, tr("--output needs a file name."));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        return usageError(err, verb,
                          tr("--output: “%1” does not end in .png, .svg or .pdf, which say what kind of file to write.")
                              .arg(output));
    }
    if (samePath(output, path))
        return usageError(err, verb, tr("--output names the workspace itself; choose another file for the graph."));

    // Inspected first, as for the calendar: only a healthy workspace of this version is opened.
    const DatabaseReport report = Database::inspect(path);
    if (!report.ok()) {
        err << report.message << '\n';
        err.flush();
        return ExitFailed;
    }
    if (report.isEmpty) {
        err << tr("Not a workspace: “%1” is empty, so there is nothing to draw.").arg(displayPath(path)) << '\n';
        err.flush();
        return ExitFailed;
    }
    if (report.schemaVersion < currentSchemaVersion()) {
        err << tr("The workspace “%1” was written by an older version of Inroad (schema %2). Open it in Inroad once, "
                  "so that it is backed up and upgraded, then export again. The file was not changed.")
                   .arg(displayPath(path))
                   .arg(report.schemaVersion)
            << '\n';
        err.flush();
        return ExitFailed;
    }
    if (!graphExporter()) {
        err << tr("This build of Inroad cannot draw; the graph was not exported.") << '\n';
        err.flush();
        return ExitFailed;
    }

    Database db;
    const DatabaseReport opened = db.open(path);
    if (!opened.ok()) {
        err << opened.message << '\n';
        err.flush();
        return ExitFailed;
    }
    const ReferralGraph graph = ReferralGraphRepository(db).load();
    QString error;
    const bool written = graphExporter()(db, output, &error);
    db.close();
    if (!written) {
        err << error << '\n';
        err.flush();
        return ExitFailed;
    }
    out << tr("Drew %n people", nullptr, int(graph.nodes.size()) - 1)
        << tr(" and %n referrals", nullptr, int(graph.edges.size())) << tr(" to “%1”.").arg(displayPath(output)) << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad export questions -----------------------------------------------------------------

QCommandLineOption documentOutputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              tr("The file to write, replaced when it exists. Its ending says what it becomes: .pdf, "
                                 ".odt (for word processors) or .html."),
                              QStringLiteral("FILE"));
}

QCommandLineOption pageSizeOption()
{
    return QCommandLineOption(QStringLiteral("page-size"),
                              tr("The paper of a PDF: a4 or letter (default: your locale's paper, here %1).")
                                  .arg(defaultPageSize(QLocale()) == QPageSize::Letter ? QStringLiteral("letter")
                                                                                       : QStringLiteral("a4")),
                              QStringLiteral("SIZE"));
}

QList<QCommandLineOption> exportQuestionsOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace whose question bank is printed; it is only read.")),
        documentOutputOption(),
        pageSizeOption(),
    };
}

// The workspace, the file to write and its paper, shared by the verbs that print documents.
struct DocumentOutput
{
    QString database;
    QString output;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// Reads --database, --output and --page-size; returns ExitOk or the status of a usage error.
// @p what completes "say which workspace's … to print".
int readDocumentOutput(const QCommandLineParser &parser, const QString &verb, QTextStream &err, const QString &what,
                       DocumentOutput &result)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace's %1 to print.").arg(what));
    result.database = parser.value(QStringLiteral("database"));
    if (result.database.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(err, verb,
                          tr("--output FILE is missing: say where to write the %1, for example -o %2.pdf.")
                              .arg(what, verb.section(QLatin1Char(' '), -1)));
    result.output = parser.value(QStringLiteral("output"));
    if (result.output.isEmpty())
        return usageError(err, verb, tr("--output needs a file name."));
    if (documentFormatForPath(result.output) == DocumentFormat::Unknown) {
        return usageError(err, verb,
                          tr("--output: “%1” does not end in .pdf, .odt or .html, which say what kind of file to write.")
                              .arg(result.output));
    }
    if (samePath(result.output, result.database))
        return usageError(err, verb, tr("--output names the workspace itself; choose another file."));
    result.pageSize = defaultPageSize(QLocale());
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString value = parser.value(QStringLiteral("page-size"));
        const QString size = value.trimmed().toLower();
        if (size == QLatin1String("a4"))
            result.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            result.pageSize = QPageSize::Letter;
        else
            return usageError(err, verb, tr("--page-size: “%1” is not a4 or letter.").arg(value));
    }
    return ExitOk;
}

int runExportQuestions(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    DocumentOutput target;
    if (const int status = readDocumentOutput(parser, verb, err, tr("questions"), target); status != ExitOk)
        return status;
    const QString &path = target.database;
    const QString &output = target.output;
    const QPageSize::PageSizeId pageSize = target.pageSize;

    Workspace workspace;
    if (const int status = openToRead(path, workspace, err); status != ExitOk)
        return status;
    QList<QuestionCategory> categories = workspace.questions().categories();
    QList<Question> questions = workspace.questions().all();
    if (!workspace.questions().shippedBankInstalled()) {
        // Inroad has not opened this workspace since the bank shipped (this verb only reads):
        // print the bank it will get.
        const ShippedBank &bank = shippedBank();
        for (qsizetype i = 0; i < bank.categories.size(); ++i)
            categories.append(QuestionCategory{qint64(i + 1), bank.categories.at(i), int(i)});
        for (Question question : bank.questions) {
            question.categoryId = bank.categories.indexOf(question.categoryName) + 1;
            questions.append(question);
        }
    }
    workspace.database().close();

    QTextDocument document;
    buildQuestionHandout(document, categories, questions);
    const QString error = writeDocument(document, output, pageSize);
    if (!error.isEmpty()) {
        err << error << '\n';
        err.flush();
        return ExitFailed;
    }
    QSet<qint64> used;
    for (const Question &question : questions) {
        if (question.categoryId > 0)
            used.insert(question.categoryId);
    }
    out << tr("Wrote the question bank (%n questions)", nullptr, int(questions.size())) << ' '
        << tr("in %n categories", nullptr, int(used.size())) << ' ' << tr("to “%1”.").arg(displayPath(output)) << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad agenda ---------------------------------------------------------------------------

constexpr int kMaxAgendaDays = 366;

QList<QCommandLineOption> agendaOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to read; it is not changed.")),
        QCommandLineOption(QStringLiteral("days"),
                           tr("How many days ahead coming interviews are listed (default %1, at most %2).")
                               .arg(Agenda::kDefaultDays)
                               .arg(kMaxAgendaDays),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("now"),
                           tr("The moment to make the list for instead of now, in ISO 8601: 2026-03-14T09:30 is local "
                              "time; add Z or an offset such as +01:00 for another zone."),
                           QStringLiteral("ISO-DATETIME")),
    };
}

int runAgenda(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to read."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    int days = Agenda::kDefaultDays;
    if (parser.isSet(QStringLiteral("days"))) {
        const QString value = parser.value(QStringLiteral("days"));
        bool ok = false;
        days = value.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > kMaxAgendaDays) {
            const QString message =
                tr("--days: “%1” is not a whole number from 1 to %2.").arg(value).arg(kMaxAgendaDays);
            return usageError(err, verb, message);
        }
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const QString value = parser.value(QStringLiteral("now"));
        now = QDateTime::fromString(value.trimmed(), Qt::ISODate);
        if (!now.isValid()) {
            return usageError(err, verb,
                              tr("--now: “%1” is not a date and time; write it as YYYY-MM-DDTHH:MM, for example "
                                 "2026-03-14T09:30.")
                                  .arg(value));
        }
    }

    Workspace workspace;
    if (const int status = openToRead(path, workspace, err); status != ExitOk)
        return status;
    const QList<AgendaItem> items = Agenda::compute(workspace, now, days);
    workspace.database().close();
    out << Agenda::toText(items, now);
    out.flush();
    return ExitOk;
}

// ---- inroad export sheet|letter|packet -------------------------------------------------------

QList<QCommandLineOption> exportInterviewDocumentOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to print from; it is only read.")),
        documentOutputOption(),
        pageSizeOption(),
        QCommandLineOption(QStringLiteral("interview"),
                           tr("An interview to print, by the number shown in the Interviews area and by `inroad "
                              "agenda`; repeat it for several."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("from"), tr("With --to: every interview scheduled from this day (YYYY-MM-DD)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), tr("With --from: up to and including this day (YYYY-MM-DD)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("include-private"),
                           tr("Also print the personal e-mail addresses, phone numbers and notes of the people "
                              "interviewed (left out unless asked for).")),
        QCommandLineOption(QStringLiteral("today"), tr("The date letters carry (YYYY-MM-DD; default: today)."),
                           QStringLiteral("DATE")),
    };
}

std::optional<QDate> isoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!shape.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int runExportInterviewDocuments(const QCommandLineParser &parser, const QString &verb, QTextStream &out,
                                QTextStream &err)
{
    const QString kind = verb.section(QLatin1Char(' '), -1);
    DocumentOutput target;
    const QString what = kind == QLatin1String("sheet") ? tr("interview sheets")
        : kind == QLatin1String("letter")              ? tr("thank-you letters")
                                                        : tr("interview packet");
    if (const int status = readDocumentOutput(parser, verb, err, what, target); status != ExitOk)
        return status;

    const QStringList idTexts = parser.values(QStringLiteral("interview"));
    const bool byDates = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (idTexts.isEmpty() == !byDates)
        return usageError(err, verb, tr("say which interviews: --interview ID (repeatable), or --from DATE --to DATE."));
    QList<qint64> ids;
    for (const QString &text : idTexts) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(err, verb, tr("--interview: “%1” is not an interview number.").arg(text));
        if (!ids.contains(id))
            ids << id;
    }
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (byDates) {
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
            return usageError(err, verb, tr("--from and --to go together: give both days."));
        from = isoDate(parser.value(QStringLiteral("from")));
        if (!from)
            return usageError(err, verb, tr("--from: “%1” is not a date like 2026-03-01.").arg(parser.value(QStringLiteral("from"))));
        to = isoDate(parser.value(QStringLiteral("to")));
        if (!to)
            return usageError(err, verb, tr("--to: “%1” is not a date like 2026-03-31.").arg(parser.value(QStringLiteral("to"))));
        if (*to < *from)
            return usageError(err, verb, tr("--to is before --from."));
    }
    DocumentOptions options;
    options.includePrivate = parser.isSet(QStringLiteral("include-private"));
    if (parser.isSet(QStringLiteral("today"))) {
        const std::optional<QDate> today = isoDate(parser.value(QStringLiteral("today")));
        if (!today)
            return usageError(err, verb, tr("--today: “%1” is not a date like 2026-03-01.").arg(parser.value(QStringLiteral("today"))));
        options.today = *today;
    }

    Workspace workspace;
    if (const int status = openToRead(target.database, workspace, err); status != ExitOk)
        return status;
    InterviewDocuments documents(workspace);
    if (byDates) {
        ids = documents.interviewsBetween(*from, *to);
        if (ids.isEmpty()) {
            workspace.database().close();
            err << tr("No interview is scheduled from %1 to %2; nothing was written.")
                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
                << '\n';
            err.flush();
            return ExitFailed;
        }
    }
    QTextDocument document;
    QString error;
    const bool built = kind == QLatin1String("packet")
        ? documents.buildPacket(document, ids, options, &error)
        : documents.buildDocument(document, kind == QLatin1String("sheet") ? InterviewDocument::Sheet
                                                                           : InterviewDocument::ThankYouLetter,
                                  ids, options, &error);
    workspace.database().close();
    if (!built) {
        err << error << '\n';
        err.flush();
        return ExitFailed;
    }
    const QString problem = writeDocument(document, target.output, target.pageSize);
    if (!problem.isEmpty()) {
        err << problem << '\n';
        err.flush();
        return ExitFailed;
    }
    out << QCoreApplication::translate("Inroad::CommandLine", "Wrote %n interview(s) to %1", nullptr, int(ids.size()))
               .arg(displayPath(target.output))
        << '\n';
    out.flush();
    return ExitOk;
}

// ---- inroad search ---------------------------------------------------------------------------

constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 1000;

QList<QCommandLineOption> searchOptions()
{
    return {
        databaseOption(QT_TRANSLATE_NOOP("Inroad::CommandLine", "The workspace to search; it is not changed.")),
        QCommandLineOption(QStringLiteral("limit"),
                           tr("How many results to print at most (default %1, at most %2).")
                               .arg(kDefaultSearchLimit)
                               .arg(kMaxSearchLimit),
                           QStringLiteral("N")),
    };
}

// One field of a result line: a tab or a line break in the user's text would split the line.
QString searchField(const QString &text)
{
    QString field = text;
    field.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return field.simplified();
}

int runSearch(const QCommandLineParser &parser, const QString &verb, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(err, verb, tr("--database FILE is missing: say which workspace to search."));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        return usageError(err, verb, tr("--database needs a file name."));
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (SearchIndex::queryTerms(query).isEmpty())
        return usageError(err, verb, tr("say what to search for: one or more words after the options."));
    int limit = kDefaultSearchLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        const QString value = parser.value(QStringLiteral("limit"));
        bool ok = false;
        limit = value.trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxSearchLimit)
            return usageError(err, verb, tr("--limit: “%1” is not a whole number from 1 to %2.").arg(value).arg(kMaxSearchLimit));
    }

    Workspace workspace;
    if (const int status = openToRead(path, workspace, err); status != ExitOk)
        return status;
    const QList<SearchHit> hits = workspace.search().search(query, limit);
    const QString error = workspace.search().lastError();
    workspace.database().close();
    if (!error.isEmpty()) {
        err << tr("The workspace “%1” could not be searched: %2").arg(displayPath(path), error) << '\n';
        err.flush();
        return ExitFailed;
    }
    for (const SearchHit &hit : hits) {
        out << SearchHit::kindKey(hit.kind) << '\t' << searchField(hit.title) << '\t'
            << searchField(SearchHit::marked(hit.snippet, hit.snippetHighlights, QStringLiteral("["), QStringLiteral("]")))
            << '\n';
    }
    out.flush();
    if (hits.isEmpty()) {
        err << tr("Nothing matches “%1”.").arg(query) << '\n';
        err.flush();
    }
    return ExitOk;
}

// Later issues add their verbs here; a verb of two words ("export graph") is one more row.
const Verb kVerbs[] = {
    {"sample", "--database FILE [--people N] [--today YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Writes a realistic, fictional sample workspace — people, organizations, interviews, referrals, "
                       "notes and follow-ups — into a new or empty file."),
     sampleOptions, runSample},
    {"check", "--database FILE",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Checks a workspace file without changing it, and says what was found. The exit status is 0 only "
                       "for a healthy Inroad workspace."),
     checkOptions, runCheck},
    {"import", "--database FILE --format linkedin|google|vcard|csv|json [--dry-run] INPUT",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Brings people in from LinkedIn's Connections.csv, a Google Contacts CSV export, a vCard file, "
                       "any CSV file whose header names its columns, or an Inroad JSON export. People already in the "
                       "workspace (the same e-mail address, LinkedIn profile, or name at the same organization) are "
                       "updated without overwriting anything; rows that cannot be used are listed as file:line: reason. "
                       "Everything is written in one step: a failure leaves the workspace as it was. A JSON export "
                       "imported into an empty workspace restores all of it."),
     importOptions, runImport},
    {"export contacts", "--database FILE --format vcard|csv|json -o OUT",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Writes the people of a workspace as vCards for an address book or as a CSV spreadsheet, or "
                       "the whole workspace as JSON that `inroad import --format json` reads back with nothing lost. "
                       "The workspace is only read."),
     exportContactsOptions, runExportContacts},
    {"export calendar", "--database FILE -o FILE [--todo]",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Writes the scheduled interviews and the open follow-ups of a workspace to an iCalendar (.ics) "
                       "file that calendar programs import, each with a reminder. Exporting again and importing again "
                       "updates the entries instead of adding them twice. The workspace is only read."),
     exportCalendarOptions, runExportCalendar},
    {"export graph", "--database FILE -o OUT.png|OUT.svg|OUT.pdf",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Draws the referral graph of a workspace — you, the people, and an arrow for each introduction — "
                       "as a PNG picture, an SVG drawing or a one-page PDF, as the ending of the output file says. "
                       "The workspace is only read."),
     exportGraphOptions, runExportGraph},
    {"export questions", "--database FILE -o OUT.pdf|OUT.odt|OUT.html [--page-size a4|letter]",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Prints the question bank of a workspace as a handout — a heading for each category and its "
                       "questions below — to a PDF, an ODT document or a web page, as the ending of the output file "
                       "says. A PDF is on the paper of your locale unless --page-size says otherwise. The workspace is "
                       "only read."),
     exportQuestionsOptions, runExportQuestions},
    {"export sheet", "--database FILE (--interview ID... | --from DATE --to DATE) -o OUT.pdf|OUT.odt|OUT.html",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Prints the interview sheet of each interview — who you are meeting, your research, your "
                       "introduction, a time plan, the questions with room to write, the closing and a notes page — "
                       "each starting on a new page. Personal contact details are left out unless "
                       "--include-private is given. The workspace is only read."),
     exportInterviewDocumentOptions, runExportInterviewDocuments},
    {"export letter", "--database FILE (--interview ID... | --from DATE --to DATE) -o OUT.pdf|OUT.odt|OUT.html",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Prints a draft thank-you letter for each interview, in block layout, citing the first thing "
                       "you wrote under What I learned. The workspace is only read."),
     exportInterviewDocumentOptions, runExportInterviewDocuments},
    {"export packet", "--database FILE (--interview ID... | --from DATE --to DATE) -o OUT.pdf|OUT.odt|OUT.html",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Prints a counselor packet: a cover page listing the interviews, then for each its sheet, "
                       "research summary, reflection form and thank-you letter draft, with page numbers. Personal "
                       "e-mail addresses, phone numbers and notes of the people interviewed are left out unless "
                       "--include-private is given. The workspace is only read."),
     exportInterviewDocumentOptions, runExportInterviewDocuments},
    {"agenda", "--database FILE [--days N] [--now ISO-DATETIME]",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Lists what is due, as the Today view shows it: follow-ups due today or overdue, interviews of "
                       "the coming days, interviews that brought fewer than two referrals, and people who have not "
                       "replied for a week. The workspace is only read."),
     agendaOptions, runAgenda},
    {"search", "--database FILE [--limit N] QUERY...",
     QT_TRANSLATE_NOOP("Inroad::CommandLine",
                       "Finds people, organizations, interviews, answers and notes by words and the beginnings of "
                       "words, ignoring case and accents, best matches first, grouped by kind. Prints one result per "
                       "line: its kind (person, organization, interview, answer or note), a tab, its title, a tab, and "
                       "the matching part of its text with the matching words in [brackets]. The workspace is only "
                       "read."),
     searchOptions, runSearch},
};

QStringList verbWords(const Verb &verb)
{
    return QString::fromLatin1(verb.name).split(QLatin1Char(' '));
}

// Whether @p word starts a verb: "check", or "export" of "export calendar".
bool startsVerb(const QString &word)
{
    for (const Verb &verb : kVerbs) {
        if (verbWords(verb).constFirst() == word)
            return true;
    }
    return false;
}

// The verb whose words stand in @p arguments from @p position on.
const Verb *findVerb(const QStringList &arguments, int position)
{
    for (const Verb &verb : kVerbs) {
        const QStringList words = verbWords(verb);
        if (arguments.mid(position, words.size()) == words)
            return &verb;
    }
    return nullptr;
}

// What can follow @p word when it starts verbs of two words ("calendar" after "export").
QStringList objectsOf(const QString &word)
{
    QStringList objects;
    for (const Verb &verb : kVerbs) {
        const QStringList words = verbWords(verb);
        if (words.size() > 1 && words.constFirst() == word)
            objects << words.at(1);
    }
    return objects;
}

// Options of the window (ours and Qt's) that take their value as the next argument, so that
// `inroad --database check` opens a file named "check" instead of running a verb.
bool takesSeparateValue(const QString &argument)
{
    static const QStringList names = {
        QStringLiteral("database"), QStringLiteral("d"), QStringLiteral("import"), QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("title"),
    };
    if (argument.contains(QLatin1Char('=')))
        return false;
    QString name = argument;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return names.contains(name);
}

// Where the verb stands in @p arguments (the first positional argument), or -1.
int verbPosition(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() && startsVerb(arguments.at(i + 1)) ? i + 1 : -1;
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            if (takesSeparateValue(argument))
                ++i;
            continue;
        }
        return startsVerb(argument) ? i : -1;
    }
    return -1;
}

QString helpText(const Verb &verb, const QList<QCommandLineOption> &options, const QCommandLineOption &help)
{
    struct Row
    {
        QString left;
        QString right;
    };
    QList<Row> rows;
    const auto describe = [&rows](const QCommandLineOption &option) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        rows.append({left, option.description()});
    };
    for (const QCommandLineOption &option : options)
        describe(option);
    describe(help);
    int width = 0;
    for (const Row &row : rows)
        width = qMax(width, int(row.left.size()));

    QString text = tr("Usage: inroad %1 %2").arg(QLatin1String(verb.name), QLatin1String(verb.synopsis))
        + QStringLiteral("\n\n") + tr(verb.summary) + QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    for (const Row &row : rows)
        text += QStringLiteral("  ") + row.left.leftJustified(width + 2) + row.right + QLatin1Char('\n');
    return text;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    return verbPosition(arguments) > 0;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int position = verbPosition(arguments);
    if (position < 0) {
        QStringList names;
        for (const Verb &verb : kVerbs)
            names << QLatin1String(verb.name);
        err << tr("inroad: no command given; the commands are: %1.").arg(names.join(QStringLiteral(", "))) << '\n';
        err.flush();
        return ExitUsage;
    }
    const Verb *found = findVerb(arguments, position);
    if (!found) {
        // The first word of a verb of two words, without a known second word: `inroad export`.
        const QString command = arguments.at(position);
        const QString objects = objectsOf(command).join(QStringLiteral(", "));
        const QString next = position + 1 < arguments.size() ? arguments.at(position + 1) : QString();
        if (next == QLatin1String("--help") || next == QLatin1String("-h") || next == QLatin1String("-help")) {
            out << tr("Usage: inroad %1 WHAT …").arg(command) << '\n'
                << tr("WHAT is one of: %1. Run “inroad %2 WHAT --help” to see its options.").arg(objects, command)
                << '\n';
            out.flush();
            return ExitOk;
        }
        err << (next.isEmpty() || next.startsWith(QLatin1Char('-'))
                    ? tr("inroad %1: say what to %1; one of: %2.").arg(command, objects)
                    : tr("inroad %1: “%2” is not known here; one of: %3.").arg(command, next, objects))
            << '\n'
            << tr("Run “inroad %1 --help” to see its options.").arg(command) << '\n';
        err.flush();
        return ExitUsage;
    }
    const Verb &verb = *found;
    const QString verbName = QLatin1String(verb.name);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options = verb.options();
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and stop."));
    parser.addOptions(options);
    parser.addOption(help);

    QStringList rest = arguments;
    rest.remove(position, verbWords(verb).size());
    if (!parser.parse(rest))
        return usageError(err, verbName, parser.errorText());
    if (parser.isSet(help)) {
        out << helpText(verb, options, help);
        out.flush();
        return ExitOk;
    }
    // Only `inroad search` (the query) and `inroad import` (the file) take words after their options.
    if (!parser.positionalArguments().isEmpty() && verb.run != runSearch && verb.run != runImport) {
        return usageError(err, verbName,
                          tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    }
    return verb.run(parser, verbName, out, err);
}

void CommandLine::setGraphExporter(GraphExporter exporter)
{
    graphExporter() = std::move(exporter);
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const int position = verbPosition(arguments);
    const Verb *verb = position > 0 ? findVerb(arguments, position) : nullptr;
    // Laying out text (the question handout) and drawing (the graph) need a GUI application.
    return verb && (verb->run == runExportGraph || verb->run == runExportQuestions
                   || verb->run == runExportInterviewDocuments);
}

} // namespace Inroad
