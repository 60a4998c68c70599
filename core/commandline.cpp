#include "commandline.h"

#include "database.h"
#include "migrations.h"
#include "sampleworkspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
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

// What one verb needs: its options, and what it does once they have been parsed.
struct Verb
{
    const char *name;
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

// Later issues add their verbs here.
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
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

// Options of the window (ours and Qt's) that take their value as the next argument, so that
// `inroad --database check` opens a file named "check" instead of running a verb.
bool takesSeparateValue(const QString &argument)
{
    static const QStringList names = {
        QStringLiteral("database"), QStringLiteral("d"), QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
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
            return i + 1 < arguments.size() && findVerb(arguments.at(i + 1)) ? i + 1 : -1;
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            if (takesSeparateValue(argument))
                ++i;
            continue;
        }
        return findVerb(argument) ? i : -1;
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
    const Verb &verb = *findVerb(arguments.at(position));
    const QString verbName = QLatin1String(verb.name);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options = verb.options();
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and stop."));
    parser.addOptions(options);
    parser.addOption(help);

    QStringList rest = arguments;
    rest.removeAt(position);
    if (!parser.parse(rest))
        return usageError(err, verbName, parser.errorText());
    if (parser.isSet(help)) {
        out << helpText(verb, options, help);
        out.flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err, verbName,
                          tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    }
    return verb.run(parser, verbName, out, err);
}

} // namespace Inroad
