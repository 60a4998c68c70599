#pragma once

#include <QDate>
#include <QString>

namespace Inroad {

class Database;

/// What `inroad sample` and File ▸ Open sample workspace write.
struct SampleOptions
{
    int people = 60;                          ///< how many people (1 to SampleWorkspace::kMaxPeople)
    QDate today = QDate::currentDate();       ///< interviews and follow-ups are placed around this day
    quint32 seed = 20261121;                  ///< same seed, same day, same people: the sample is deterministic
};

/// How many rows of each kind a sample received, for the summary `inroad sample` prints.
struct SampleSummary
{
    int people = 0;
    int organizations = 0;
    int careerFields = 0;
    int interviews = 0;
    int referrals = 0;
    int outreachAttempts = 0;
    int questions = 0;
    int interviewQuestions = 0;
    int notes = 0;
    int followUps = 0;
    int templates = 0;
};

/// Writes a realistic, fictional workspace: people across organizations and career fields, with
/// interviews past and upcoming, referrals, outreach attempts, questions and answers, question
/// sets, notes, follow-ups, templates and a profile. Every table of the schema gets rows.
///
/// The same options give byte-for-byte the same table contents on every platform: names and
/// numbers come from the program's own generator, and every date is placed relative to
/// SampleOptions::today, never read from the clock. About one organization per six people (at
/// least five) is written. With two people or more the referral graph holds a cycle (A suggested
/// B, B suggested A); with three or more, one person was suggested by two people.
class SampleWorkspace final
{
public:
    static constexpr int kMaxPeople = 1000000;

    /// Why @p options cannot be written, in a sentence; empty when they are fine.
    static QString checkOptions(const SampleOptions &options);

    /// Fills @p db, which must be open and hold no people, organizations or other records (the
    /// profile and settings may exist; a profile already filled in is kept). Refuses otherwise.
    /// Runs in one transaction: on failure nothing is written and @p error says why.
    static bool write(Database &db, const SampleOptions &options, QString *error, SampleSummary *summary = nullptr);
};

} // namespace Inroad
