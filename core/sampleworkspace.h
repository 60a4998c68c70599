#pragma once

#include <QDate>
#include <QString>

namespace Inroad {

class Database;

/// What `inroad sample` and File ▸ Open sample workspace write.
struct SampleOptions
{
    int people = 60;                          ///< how many people (at least 1)
    QDate today = QDate::currentDate();       ///< interviews and follow-ups are placed around this day
    quint32 seed = 20261121;                  ///< same seed, same day, same people: the sample is deterministic
};

/// Writes a realistic, fictional workspace: people across organizations and career fields, with
/// interviews past and upcoming, referrals, outreach attempts, questions and answers, question
/// sets, notes, follow-ups, templates and a profile. Every table of the schema gets rows.
class SampleWorkspace final
{
public:
    /// Fills @p db, which must be open and hold no people and no organizations; refuses otherwise.
    /// Runs in one transaction: on failure nothing is written and @p error says why.
    static bool write(Database &db, const SampleOptions &options, QString *error);
};

} // namespace Inroad
