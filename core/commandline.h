#pragma once

#include <QStringList>

#include <functional>

class QTextStream;

namespace Inroad {

class Database;

/// The command-line verbs that run without a window (`inroad sample`, `inroad check`, and those
/// later issues add). `app/main.cpp` hands them over with a QCoreApplication, or a QApplication for
/// a verb that draws (needsGui()).
class CommandLine final
{
public:
    /// Whether @p arguments (as from QCoreApplication::arguments(), program name first) name a
    /// verb handled here rather than starting the window: the first positional argument is a verb
    /// (`inroad --database check` still opens a file named "check").
    static bool isCommand(const QStringList &arguments);

    /// Runs the verb. Results go to @p out, errors to @p err; returns the process exit status:
    /// 0 on success, 1 when the work failed or was refused (a damaged, foreign, newer, locked or
    /// non-empty file), 2 for a usage error (a missing or unknown option, a bad number or date).
    /// `inroad VERB --help` prints the verb's usage.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Draws the referral graph of an open workspace into a .png, .svg or .pdf file, or says why
    /// it could not in @p error. Drawing needs the widgets library, which this one does not link.
    using GraphExporter = std::function<bool(const Database &db, const QString &path, QString *error)>;
    /// Lets `inroad export graph` draw: `app/main.cpp` sets it, with a QApplication made first
    /// (needsGui() says when). Without one the verb fails with a message.
    static void setGraphExporter(GraphExporter exporter);
    /// Whether the verb in @p arguments draws, and so needs a QApplication instead of a
    /// QCoreApplication.
    static bool needsGui(const QStringList &arguments);
};

} // namespace Inroad
