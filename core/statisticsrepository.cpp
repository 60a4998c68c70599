#include "statisticsrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Inroad {

namespace {

// Interview status codes as stored in interviews.status.
constexpr int kStatusScheduled = 2;
constexpr int kStatusDone = 3;

// Calendar months counted from year 0, so that a difference is a number of months.
int monthIndex(const QDate &day)
{
    return day.year() * 12 + day.month() - 1;
}

QString queryError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

StatisticsRepository::StatisticsRepository(Database &db)
    : m_db(db)
{
}

Statistics StatisticsRepository::compute(const QDateTime &now, int months) const
{
    Statistics s;
    s.now = now;
    months = qBound(1, months, 120);

    const QDate today = now.toLocalTime().date();
    const QDate currentMonth(today.year(), today.month(), 1);
    const QDate firstMonth = currentMonth.addMonths(1 - months);
    for (int i = 0; i < months; ++i) {
        MonthStatistics m;
        m.month = firstMonth.addMonths(i);
        s.months.append(m);
    }
    const int firstIndex = monthIndex(firstMonth);

    // Done and scheduled interviews of every date: the monthly window is applied below, in
    // local time, which SQL cannot do.
    QSqlQuery interviews(m_db.connection());
    interviews.setForwardOnly(true);
    interviews.prepare(QStringLiteral("SELECT i.status, i.scheduled_start, i.agreed_minutes, i.thanks_sent_on, "
                                      "(SELECT count(*) FROM referrals r WHERE r.interview_id = i.id) "
                                      "FROM interviews i WHERE i.status IN (?, ?)"));
    interviews.addBindValue(kStatusScheduled);
    interviews.addBindValue(kStatusDone);
    if (!interviews.exec()) {
        s.error = queryError(interviews);
        return s;
    }
    while (interviews.next()) {
        const int status = interviews.value(0).toInt();
        const QString startText = interviews.value(1).toString();
        const QDateTime start = startText.isEmpty() ? QDateTime() : QDateTime::fromString(startText, Qt::ISODate);
        MonthStatistics *month = nullptr;
        if (start.isValid()) {
            const int index = monthIndex(start.toLocalTime().date()) - firstIndex;
            if (index >= 0 && index < months)
                month = &s.months[index];
        }

        if (status == kStatusScheduled) {
            ++s.interviewsScheduled;
            if (month)
                ++month->scheduled;
            continue;
        }

        const int referrals = interviews.value(4).toInt();
        const bool reachedGoal = referrals >= Statistics::kReferralGoal;
        ++s.interviewsDone;
        s.referralsFromInterviews += referrals;
        if (reachedGoal)
            ++s.interviewsReachingGoal;
        if (month) {
            ++month->done;
            month->referrals += referrals;
            if (reachedGoal)
                ++month->reachedGoal;
        }

        const QString thanksText = interviews.value(3).toString().trimmed();
        if (thanksText.isEmpty()) {
            ++s.thanks.notYet;
            continue;
        }
        const QDate thanksDay = QDate::fromString(thanksText, Qt::ISODate);
        if (!start.isValid() || !thanksDay.isValid()) {
            ++s.thanks.withinTwoDays;
            continue;
        }
        const QDate endDay = start.addSecs(qint64(interviews.value(2).toInt()) * 60).toLocalTime().date();
        if (thanksDay <= endDay.addDays(2))
            ++s.thanks.withinTwoDays;
        else
            ++s.thanks.late;
    }

    QSqlQuery people(m_db.connection());
    people.setForwardOnly(true);
    people.prepare(QStringLiteral("SELECT pipeline_stage, count(*) FROM people GROUP BY pipeline_stage"));
    if (!people.exec()) {
        s.error = queryError(people);
        return s;
    }
    while (people.next()) {
        const int count = people.value(1).toInt();
        // The schema keeps stages in range; anything else is shown where the program reads it.
        s.peopleByStage[std::size_t(pipelineStageFromInt(people.value(0).toInt()))] += count;
        s.people += count;
    }
    return s;
}

} // namespace Inroad
