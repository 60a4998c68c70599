#pragma once

#include <QStringList>

class QTextStream;

namespace Inroad {

/// The command-line verbs that run without a window (`inroad sample`, `inroad check`, and those
/// later issues add). `app/main.cpp` hands them over before any QApplication exists.
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
};

} // namespace Inroad
