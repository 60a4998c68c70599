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
    /// verb handled here rather than starting the window.
    static bool isCommand(const QStringList &arguments);

    /// Runs the verb. Results go to @p out, errors to @p err; returns the process exit status
    /// (0 on success).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Inroad
