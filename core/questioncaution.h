#pragma once

#include <QString>

namespace Inroad {

/// Why a question does not belong in an informational interview.
enum class CautionKind {
    None,
    OwnPay,      ///< asks what the interviewee earns (ask for salary ranges in the field instead)
    AsksForJob,  ///< asks for a job, an opening, an interview or a hiring decision
};

struct Caution
{
    CautionKind kind = CautionKind::None;
    QString reason; ///< one translated sentence saying what to ask instead; empty for None

    bool isNone() const { return kind == CautionKind::None; }
};

/// Checks the text of a question (any case, with or without its question mark). Salary questions
/// about the field or the position ("What is the salary range for this work?") pass; questions
/// about the person's own pay ("How much do you make?") and requests for a job ("Are you hiring?",
/// "Could you pass my résumé to the hiring manager?") are flagged.
Caution questionCaution(const QString &text);

} // namespace Inroad

namespace Inroad {

/// The shipped key of the closing question that asks who else to talk to.
inline QString referralQuestionKey() { return QStringLiteral("referrals.who-else"); }

/// True when @p text asks for the names of other people to talk to ("Who else should I talk
/// to?", "Is there anyone you would recommend I contact?").
bool asksForReferrals(const QString &text);

} // namespace Inroad
