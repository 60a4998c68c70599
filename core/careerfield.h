#pragma once

#include <QMetaType>
#include <QString>

namespace Inroad {

/// A line of work being explored ("UX research").
struct CareerField
{
    qint64 id = 0;
    QString name;
    QString occupationCode;      ///< e.g. an O*NET or ISCO code; optional
    QString links;
    QString description;
};

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::CareerField)
