#include "commandline.h"
#include "database.h"
#include "graphexport.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// --help and --version print and exit; they need no display.
bool onlyAsksForText(const QStringList &arguments)
{
    static const QStringList textOptions = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
                                            QStringLiteral("--help-all"), QStringLiteral("-v"),
                                            QStringLiteral("--version")};
    for (const QString &argument : arguments.mid(1)) {
        if (textOptions.contains(argument))
            return true;
    }
    return false;
}

QCommandLineOption importOption()
{
    return QCommandLineOption(QStringLiteral("import"),
                              tr("Open the Import Contacts window on FILE (a LinkedIn or Google CSV, vCard, CSV or Inroad "
                                 "JSON file) to see what it brings before anything is saved."),
                              tr("FILE"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"), tr("Open the workspace FILE instead of the default one."),
                              tr("FILE"));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Plan, hold and follow up informational interviews.\n\n"
                                        "Commands that run without a window: inroad sample, check, agenda, search, import, "
                                        "and export calendar|graph|questions|sheet|letter|packet|contacts. Each has --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption());
    parser.addOption(importOption());
}

void installTranslators(QCoreApplication &app)
{
    // Both are optional: without them the program speaks English.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language, but its plural forms ("1 event", "2 events") come from
    // inroad_en: it is the fallback for every locale without a translation of its own.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("inroad"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("inroad_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // The database's side files (-wal, -shm, backups) are created by SQLite: keep them private too.
    umask(077);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("inroad"));
    QCoreApplication::setApplicationName(QStringLiteral("inroad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INROAD_VERSION));

    const QStringList arguments = argumentList(argc, argv);
    if (Inroad::CommandLine::isCommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Inroad::CommandLine::needsGui(arguments)) {
            // `inroad export graph` draws with the widgets' graphics scene; without a display it
            // draws off screen.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            app = std::make_unique<QApplication>(argc, argv);
            Inroad::CommandLine::setGraphExporter([](const Inroad::Database &db, const QString &path, QString *error) {
                return Inroad::exportGraph(db, Inroad::ReferralGraphFilter(), path, error);
            });
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        installTranslators(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Inroad::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    if (onlyAsksForText(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    installTranslators(app);
    QGuiApplication::setApplicationDisplayName(tr("Inroad"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/inroad.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.inroad.Inroad"));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const QString path = parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Inroad::Database::defaultPath();
    auto workspace = std::make_unique<Inroad::Workspace>();
    const Inroad::DatabaseReport report = workspace->open(path);
    if (!report.ok()) {
        QMessageBox::critical(nullptr, tr("Inroad Cannot Open Your Workspace"),
                              Inroad::MainWindow::openFailureText(report));
        return 1;
    }

    auto *window = new Inroad::MainWindow(std::move(workspace));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (parser.isSet(importOption())) {
        const QString file = parser.value(importOption());
        QTimer::singleShot(0, window, [window, file] { window->importContacts(file); });
    } else {
        QTimer::singleShot(0, window, &Inroad::MainWindow::offerWelcome);
    }
    return app.exec();
}
