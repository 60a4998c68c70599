#pragma once

// What the benchmark programs share: printing a table to standard output and the median of runs.

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace InroadBench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// "12.3 ms"; two decimals below 10 ms.
inline QString millis(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace InroadBench
