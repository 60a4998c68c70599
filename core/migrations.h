#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Inroad {

/// One schema step. Steps are applied in order, each in its own transaction; a released step is
/// never edited, a change to the schema is a new step at the end.
struct Migration
{
    int version = 0;          ///< user_version after the step has run
    QString description;
    QStringList statements;
};

/// Every step, oldest first. `migrations().last().version` is the schema version this build writes.
const QList<Migration> &migrations();

/// The schema version written by this build.
int currentSchemaVersion();

/// Our SQLite `application_id` ("InRd").
inline constexpr int kApplicationId = 0x496E5264;

} // namespace Inroad
