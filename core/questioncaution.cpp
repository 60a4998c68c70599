#include "questioncaution.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Inroad {

namespace {

/// Lower case, without accents, with straight apostrophes and single spaces, so one pattern
/// covers "What’s", "what's" and "WHAT'S", "résumé" and "resume".
QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            out.append(QLatin1Char('\''));
        else
            out.append(c.toLower());
    }
    return out.simplified();
}

bool matchesAny(const QString &text, const QList<QRegularExpression> &patterns)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&text](const QRegularExpression &pattern) { return pattern.match(text).hasMatch(); });
}

QList<QRegularExpression> compile(const QStringList &patterns)
{
    QList<QRegularExpression> out;
    for (const QString &pattern : patterns)
        out.append(QRegularExpression(pattern));
    return out;
}

// Asking the interviewee what they themselves earn. Ranges in the field are fine.
const QList<QRegularExpression> &ownPayPatterns()
{
    static const QList<QRegularExpression> patterns = compile({
        QStringLiteral(R"(\bhow much (money |pay |salary )?(do|did|does|would|will|can) you (make|earn|get paid|take home|bring home|pull in)\b)"),
        QStringLiteral(R"(\bhow much (are|were) you (paid|making|earning)\b)"),
        QStringLiteral(R"(\bwhat (do|did) you (earn|get paid|take home)\b)"),
        QStringLiteral(R"(\bwhat (do|did) you make( a year| per year| annually| a month| an hour| per hour| now| in a typical year)?\s*\??$)"),
        QStringLiteral(R"(\b(what|how much)( is|'s| was| are) your (own |current |starting |annual |yearly |monthly )?(salary|pay|income|compensation|wages?|earnings|paycheck|bonus|hourly rate|take-home pay)\b)"),
        QStringLiteral(R"(\b(tell|share|ask)( me)? (about |what )?your (own |current )?(salary|pay|income|compensation|wages?|earnings|paycheck|bonus)\b)"),
        QStringLiteral(R"(\bdo you mind (telling|sharing|saying)( me)? (how much|what) you (make|earn|get paid)\b)"),
        QStringLiteral(R"(\b(do|did) you (make|earn) (good|decent|a lot of|much|enough|big) (money|salary)\b)"),
        QStringLiteral(R"(\bare you (well |fairly |properly )?paid (well|enough|fairly)\b)"),
        QStringLiteral(R"(\b(six|seven) figures\b.*\byou\b)"),
        QStringLiteral(R"(\b(do|did) you (make|earn|pull in|bring in|take home) (six|seven) figures\b)"),
        QStringLiteral(R"(\bwhat (do|did) you (make|earn) (in|during|at) (your|the) (first|last|current|starting|previous)\b)"),
        QStringLiteral(R"(\bwhat (kind|sort) of (money|salary|pay|income) (do|did) you (make|earn|get|take home)\b)"),
        QStringLiteral(R"(\b(what|how much) does your (job|position|role|work) pay\b)"),
        QStringLiteral(R"(\byour (own |current |starting )?(salary|paycheck|pay packet|take-home pay|pay|income|bonus|compensation|wages|earnings|hourly rate)\b)"),
    });
    return patterns;
}

// Asking for a job, an opening, an interview or a word with the people who hire.
const QList<QRegularExpression> &jobPatterns()
{
    static const QList<QRegularExpression> patterns = compile({
        QStringLiteral(R"(\b(are|is) (you|your (company|team|organization|organisation|firm|department|group|office)|anyone|the company|your employer) (currently |still |now |ever )?hiring\b)"),
        QStringLiteral(R"(\b(do|does) (you|your (company|team|organization|organisation|firm|department|group)|the company) (currently |still )?have (any |an? )?(job |open |current )?(openings?|vacanc(y|ies)|jobs?|positions?|roles?|internships?|spots?)( (open|available|for me|i could)|\s*\??$))"),
        QStringLiteral(R"(\b(are there|is there|do you have|does your \w+ have)( any| an?)?( job| open| current)? (openings?|vacanc(y|ies)|open positions?|job openings?)\b(?! (in|across) (this|the|your) (field|industry|profession|sector|line of work)))"),
        QStringLiteral(R"(\bopenings? (at|in|on) your\b)"),
        QStringLiteral(R"(\b(give|offer|get|find|land) me (a|an|the|some) (job|position|role|internship|interview|placement|spot)\b)"),
        QStringLiteral(R"(\b(can|could|would|will) (you|your (company|team)) (hire|employ|take on|interview|consider) me\b)"),
        QStringLiteral(R"(\brefer me (for|to) (a|an|the|any) (job|position|role|opening|internship|vacancy)\b)"),
        QStringLiteral(R"(\b(pass|forward|send|hand) (along |on )?my (resume|cv|application)\b)"),
        QStringLiteral(R"(\b(introduce|connect|refer|put) me (to|with|in touch with) (the|your|a) (hiring manager|hiring team|recruiter)\b)"),
        QStringLiteral(R"(\bmy (resume|cv|application) to (the|your|a) (hiring manager|hiring team|recruiter|hr)\b)"),
        QStringLiteral(R"(\bwho (is|are|does) (the |your )?(hiring manager|hiring|recruiter)s?\b.*\b(your|you)\b)"),
        QStringLiteral(R"(\b(is there|are there|do you have) (a|any) (job|position|role|place|spot|opening|vacancy|internship)s? (for me|i could (get|fill|apply))\b)"),
        QStringLiteral(R"(\bjob for me\b)"),
        QStringLiteral(R"(\b(can|could|may|should) i apply( for (it|a job|the job|a position|the position|a role|an internship|an opening))?\s*\??$)"),
        QStringLiteral(R"(\bapply (to|for|at|with) (you|your (company|team|organization|organisation|firm|department))\b)"),
        QStringLiteral(R"(\bhow (do|can|could) i apply (to|for|at|with) (you|your|this (company|team|organization|job|position))\b)"),
        QStringLiteral(R"(\bare there (any )?internships (open|available)\b)"),
        QStringLiteral(R"(\bput in a (good )?word for me\b)"),
        QStringLiteral(R"(\b(can|could|may) i (come )?work (for|with) you\s*\??$)"),
        QStringLiteral(R"(\b(would|could|will) you (ever )?(consider )?(hiring|employing|taking on|interviewing) me\b)"),
        QStringLiteral(R"(\bapply for (a|the|an) (job|position|role|internship|opening) (at|with|in) (your|you)\b)"),
    });
    return patterns;
}

const QList<QRegularExpression> &referralPatterns()
{
    static const QList<QRegularExpression> patterns = compile({
        QStringLiteral(R"(\bwho else\b)"),
        QStringLiteral(R"(\b(anyone|anybody|someone|somebody|people|others|other people|colleagues|contacts|names?)\b.*\b(i|me)\b.*\b(talk|speak|contact|meet|reach out|get in touch|write|call|introduce)\b)"),
        QStringLiteral(R"(\bintroduce me to\b)"),
        QStringLiteral(R"(\bwho (would|do|could|might|else would) you (suggest|recommend)\b)"),
        QStringLiteral(R"(\b(else|other people|others) (i|to) (should |could |might |can )?(talk|speak|contact|meet)\b)"),
    });
    return patterns;
}

} // namespace

Caution questionCaution(const QString &text)
{
    const QString plain = normalized(text);
    Caution caution;
    if (plain.isEmpty())
        return caution;
    if (matchesAny(plain, ownPayPatterns())) {
        caution.kind = CautionKind::OwnPay;
        caution.reason = QCoreApplication::translate(
            "Inroad::QuestionCaution",
            "Asks what they earn themselves: never ask that. Ask for the salary range in the field instead.");
    } else if (matchesAny(plain, jobPatterns())) {
        caution.kind = CautionKind::AsksForJob;
        caution.reason = QCoreApplication::translate(
            "Inroad::QuestionCaution",
            "Asks for a job: never ask that here. An informational interview is for information and advice, "
            "not a job interview.");
    }
    return caution;
}

bool asksForReferrals(const QString &text)
{
    return matchesAny(normalized(text), referralPatterns());
}

} // namespace Inroad
