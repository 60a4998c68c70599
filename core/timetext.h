#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace Inroad {

/// A time of day as lists show it: the locale's short format without seconds (some locales' short
/// format, C among them, still has them).
inline QString shortTimeText(const QLocale &locale, const QTime &time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

} // namespace Inroad
