#include "sampleworkspace.h"
#include "statisticsrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <ctime>
#include <numeric>

using namespace Inroad;
using namespace InroadTest;

namespace {

// Interview status codes of the schema.
enum Status {
    Idea = 0,
    Requested = 1,
    Scheduled = 2,
    Done = 3,
    Cancelled = 4
};

qint64 insertPerson(const QSqlDatabase &db, int stage = 0)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO people (first_name, pipeline_stage, created_at, updated_at) "
                             "VALUES ('Test', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    q.addBindValue(stage);
    if (!q.exec())
        qFatal("cannot insert a person: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

// An interview with a person of its own; @p start is UTC text or empty for none.
qint64 insertInterview(const QSqlDatabase &db, int status, const QString &start, int minutes = 30,
                       const QString &thanksDay = QString())
{
    const qint64 person = insertPerson(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO interviews (person_id, scheduled_start, agreed_minutes, status, "
                             "thanks_sent_on, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    q.addBindValue(person);
    q.addBindValue(start.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(start));
    q.addBindValue(minutes);
    q.addBindValue(status);
    q.addBindValue(thanksDay.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(thanksDay));
    if (!q.exec())
        qFatal("cannot insert an interview: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

// @p count new people, each referred to the user at interview @p interviewId (0: at none).
void insertReferrals(const QSqlDatabase &db, qint64 interviewId, int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 referred = insertPerson(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO referrals (referred_id, interview_id, created_at) "
                                 "VALUES (?, ?, '2026-01-01T00:00:00Z')"));
        q.addBindValue(referred);
        q.addBindValue(interviewId > 0 ? QVariant(interviewId) : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec())
            qFatal("cannot insert a referral: %s", qPrintable(q.lastError().text()));
    }
}

// Noon on 15 March 2026 in the test's time zone (Chicago: UTC-5 from 8 March, UTC-6 before).
QDateTime midMarch()
{
    return QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::LocalTime);
}

const MonthStatistics &monthOf(const Statistics &s, int year, int month)
{
    for (const MonthStatistics &m : s.months) {
        if (m.month == QDate(year, month, 1))
            return m;
    }
    qFatal("month %d-%d is not in the window", year, month);
}

} // namespace

class TestStatisticsRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A zone whose months begin hours after UTC's, with daylight saving, written as a POSIX rule
        // so that it does not depend on the system's time zone database.
        qputenv("TZ", "CST6CDT,M3.2.0,M11.1.0");
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
        if (QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::LocalTime).offsetFromUtc() != -6 * 3600
            || QDateTime(QDate(2026, 3, 15), QTime(0, 0), Qt::LocalTime).offsetFromUtc() != -5 * 3600)
            QSKIP("This system does not take a POSIX time zone rule from TZ.");
    }

    void emptyWorkspaceHasZeroes()
    {
        TempWorkspace tw;
        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.now, midMarch());
        QCOMPARE(s.months.size(), 12);
        QCOMPARE(s.months.constFirst().month, QDate(2025, 4, 1));
        QCOMPARE(s.months.constLast().month, QDate(2026, 3, 1));
        for (const MonthStatistics &m : s.months) {
            QCOMPARE(m.done + m.scheduled + m.referrals + m.reachedGoal, 0);
            QCOMPARE(m.averageReferrals(), 0.0);
        }
        QCOMPARE(s.interviewsDone, 0);
        QCOMPARE(s.interviewsScheduled, 0);
        QCOMPARE(s.averageReferrals(), 0.0);
        QCOMPARE(s.thanks.total(), 0);
        QCOMPARE(s.thanks.shareWithinTwoDays(), 0.0);
        QCOMPARE(s.people, 0);
        QVERIFY(!s.hasInterviews());
    }

    void windowLength_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QDate>("first");
        QTest::newRow("one") << 1 << 1 << QDate(2026, 3, 1);
        QTest::newRow("three") << 3 << 3 << QDate(2026, 1, 1);
        QTest::newRow("two years") << 24 << 24 << QDate(2024, 4, 1);
        QTest::newRow("zero means one") << 0 << 1 << QDate(2026, 3, 1);
        QTest::newRow("at most ten years") << 500 << 120 << QDate(2016, 4, 1);
    }

    void windowLength()
    {
        QFETCH(int, months);
        QFETCH(int, expected);
        QFETCH(QDate, first);
        TempWorkspace tw;
        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch(), months);
        QCOMPARE(s.months.size(), expected);
        QCOMPARE(s.months.constFirst().month, first);
        QCOMPARE(s.months.constLast().month, QDate(2026, 3, 1));
    }

    void interviewsFallInLocalMonths()
    {
        TempWorkspace tw;
        const QSqlDatabase db = tw.db().connection();
        // 28 February 21:00 in Chicago, though already March in UTC.
        insertInterview(db, Done, QStringLiteral("2026-03-01T03:00:00Z"));
        // 1 March 00:00 in Chicago: the first minute of March.
        insertInterview(db, Done, QStringLiteral("2026-03-01T06:00:00Z"));
        // Still to come this month, and next month (outside the window).
        insertInterview(db, Scheduled, QStringLiteral("2026-03-20T15:00:00Z"));
        insertInterview(db, Scheduled, QStringLiteral("2026-04-02T15:00:00Z"));
        // A scheduled interview whose day has passed without being marked done still counts as scheduled.
        insertInterview(db, Scheduled, QStringLiteral("2026-01-12T16:00:00Z"));
        // The first minute of the window (1 April 2025, 00:00 CDT), and the last minute before it.
        insertInterview(db, Done, QStringLiteral("2025-04-01T05:00:00Z"));
        insertInterview(db, Done, QStringLiteral("2025-04-01T04:59:00Z"));
        // Not counted anywhere: ideas, requests and cancelled interviews.
        insertInterview(db, Idea, QString());
        insertInterview(db, Requested, QString());
        insertInterview(db, Cancelled, QStringLiteral("2026-03-03T15:00:00Z"));
        insertInterview(db, Cancelled, QStringLiteral("2026-02-03T15:00:00Z"));
        // Done without a recorded start: counted in the totals, in no month.
        insertInterview(db, Done, QString());

        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(monthOf(s, 2026, 2).done, 1);
        QCOMPARE(monthOf(s, 2026, 2).scheduled, 0);
        QCOMPARE(monthOf(s, 2026, 3).done, 1);
        QCOMPARE(monthOf(s, 2026, 3).scheduled, 1);
        QCOMPARE(monthOf(s, 2026, 1).scheduled, 1);
        QCOMPARE(monthOf(s, 2025, 4).done, 1);
        int doneInWindow = 0;
        int scheduledInWindow = 0;
        for (const MonthStatistics &m : s.months) {
            doneInWindow += m.done;
            scheduledInWindow += m.scheduled;
        }
        QCOMPARE(doneInWindow, 3);
        QCOMPARE(scheduledInWindow, 2);
        QCOMPARE(s.interviewsDone, 5);
        QCOMPARE(s.interviewsScheduled, 3);
        QVERIFY(s.hasInterviews());
    }

    void nowIsReadInLocalTime()
    {
        TempWorkspace tw;
        insertInterview(tw.db().connection(), Done, QStringLiteral("2026-02-27T16:00:00Z"));
        // 1 March 03:00 UTC is still February in Chicago: February is the window's last month.
        const Statistics s =
            StatisticsRepository(tw.db()).compute(QDateTime(QDate(2026, 3, 1), QTime(3, 0), Qt::UTC), 2);
        QCOMPARE(s.months.size(), 2);
        QCOMPARE(s.months.constLast().month, QDate(2026, 2, 1));
        QCOMPARE(s.months.constLast().done, 1);
    }

    void referralsPerInterview()
    {
        TempWorkspace tw;
        const QSqlDatabase db = tw.db().connection();
        const qint64 none = insertInterview(db, Done, QStringLiteral("2026-02-10T16:00:00Z"));
        const qint64 two = insertInterview(db, Done, QStringLiteral("2026-02-17T16:00:00Z"));
        const qint64 three = insertInterview(db, Done, QStringLiteral("2026-03-03T16:00:00Z"));
        const qint64 one = insertInterview(db, Done, QStringLiteral("2026-03-05T16:00:00Z"));
        const qint64 upcoming = insertInterview(db, Scheduled, QStringLiteral("2026-03-25T16:00:00Z"));
        const qint64 cancelled = insertInterview(db, Cancelled, QStringLiteral("2026-03-04T16:00:00Z"));
        Q_UNUSED(none)
        insertReferrals(db, two, 2);
        insertReferrals(db, three, 3);
        insertReferrals(db, one, 1);
        // Not from a done interview: found on one's own, promised at an upcoming one, or given
        // at an interview later cancelled.
        insertReferrals(db, 0, 4);
        insertReferrals(db, upcoming, 1);
        insertReferrals(db, cancelled, 2);

        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QCOMPARE(s.interviewsDone, 4);
        QCOMPARE(s.referralsFromInterviews, 6);
        QCOMPARE(s.averageReferrals(), 1.5);
        QCOMPARE(s.interviewsReachingGoal, 2);

        const MonthStatistics &february = monthOf(s, 2026, 2);
        QCOMPARE(february.done, 2);
        QCOMPARE(february.referrals, 2);
        QCOMPARE(february.reachedGoal, 1);
        QCOMPARE(february.averageReferrals(), 1.0);
        const MonthStatistics &march = monthOf(s, 2026, 3);
        QCOMPARE(march.done, 2);
        QCOMPARE(march.referrals, 4);
        QCOMPARE(march.reachedGoal, 1);
        QCOMPARE(march.averageReferrals(), 2.0);
        QCOMPARE(monthOf(s, 2026, 1).averageReferrals(), 0.0);
    }

    void thankYouWithin48Hours_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("thanks");
        QTest::addColumn<int>("within");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("notYet");

        // 9 February 2026, 10:00 in Chicago (UTC-6), a Monday.
        const QString monday = QStringLiteral("2026-02-09T16:00:00Z");
        QTest::newRow("same day") << monday << 20 << "2026-02-09" << 1 << 0 << 0;
        QTest::newRow("next day") << monday << 20 << "2026-02-10" << 1 << 0 << 0;
        QTest::newRow("second day after: the last in time") << monday << 20 << "2026-02-11" << 1 << 0 << 0;
        QTest::newRow("third day after: late") << monday << 20 << "2026-02-12" << 0 << 1 << 0;
        QTest::newRow("weeks later") << monday << 20 << "2026-03-02" << 0 << 1 << 0;
        QTest::newRow("written before the interview") << monday << 20 << "2026-02-08" << 1 << 0 << 0;
        QTest::newRow("not yet") << monday << 20 << "" << 0 << 0 << 1;
        // Starts 23:50 on Monday, ends 00:10 on Tuesday: the 48 hours count from Tuesday.
        QTest::newRow("ends after midnight, in time") << "2026-02-10T05:50:00Z" << 20 << "2026-02-12" << 1 << 0 << 0;
        QTest::newRow("ends after midnight, late") << "2026-02-10T05:50:00Z" << 20 << "2026-02-13" << 0 << 1 << 0;
        // Ends 21:30 on Monday in Chicago, already Tuesday in UTC: the local day counts.
        QTest::newRow("local day, not UTC's") << "2026-02-10T03:00:00Z" << 30 << "2026-02-12" << 0 << 1 << 0;
        QTest::newRow("no start: counted in time") << "" << 30 << "2026-02-20" << 1 << 0 << 0;
        QTest::newRow("unreadable day: counted in time") << monday << 20 << "soon" << 1 << 0 << 0;
    }

    void thankYouWithin48Hours()
    {
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, thanks);
        QFETCH(int, within);
        QFETCH(int, late);
        QFETCH(int, notYet);
        TempWorkspace tw;
        insertInterview(tw.db().connection(), Done, start, minutes, thanks);
        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QCOMPARE(s.thanks.withinTwoDays, within);
        QCOMPARE(s.thanks.late, late);
        QCOMPARE(s.thanks.notYet, notYet);
        QCOMPARE(s.thanks.total(), 1);
    }

    void thankYouShareCountsDoneInterviewsOnly()
    {
        TempWorkspace tw;
        const QSqlDatabase db = tw.db().connection();
        insertInterview(db, Done, QStringLiteral("2026-02-09T16:00:00Z"), 20, QStringLiteral("2026-02-10"));
        insertInterview(db, Done, QStringLiteral("2026-02-16T16:00:00Z"), 20, QStringLiteral("2026-02-17"));
        insertInterview(db, Done, QStringLiteral("2026-02-23T16:00:00Z"), 20, QStringLiteral("2026-03-01"));
        insertInterview(db, Done, QStringLiteral("2026-03-02T16:00:00Z"), 20);
        // A thank-you recorded on a cancelled or scheduled interview is not one of the done ones.
        insertInterview(db, Cancelled, QStringLiteral("2026-02-11T16:00:00Z"), 20, QStringLiteral("2026-02-11"));
        insertInterview(db, Scheduled, QStringLiteral("2026-03-20T16:00:00Z"), 20, QStringLiteral("2026-03-01"));

        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QCOMPARE(s.thanks.withinTwoDays, 2);
        QCOMPARE(s.thanks.late, 1);
        QCOMPARE(s.thanks.notYet, 1);
        QCOMPARE(s.thanks.shareWithinTwoDays(), 0.5);
    }

    void peoplePerStage()
    {
        TempWorkspace tw;
        const QSqlDatabase db = tw.db().connection();
        const int perStage[kPipelineStageCount] = {4, 0, 2, 1, 3, 5};
        for (int stage = 0; stage < kPipelineStageCount; ++stage) {
            for (int i = 0; i < perStage[stage]; ++i)
                insertPerson(db, stage);
        }
        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        for (int stage = 0; stage < kPipelineStageCount; ++stage)
            QCOMPARE(s.peopleByStage[std::size_t(stage)], perStage[stage]);
        QCOMPARE(s.people, 15);
        QVERIFY(!s.hasInterviews());
    }

    void sampleWorkspaceGivesRealFigures()
    {
        TempWorkspace tw;
        SampleOptions options;
        options.today = QDate(2026, 3, 15);
        QString error;
        QVERIFY2(SampleWorkspace::write(tw.db(), options, &error), qPrintable(error));

        const Statistics s = StatisticsRepository(tw.db()).compute(midMarch());
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.people, options.people);
        QCOMPARE(std::accumulate(s.peopleByStage.begin(), s.peopleByStage.end(), 0), options.people);
        for (int stage = 0; stage < kPipelineStageCount; ++stage)
            QVERIFY2(s.peopleByStage[std::size_t(stage)] > 0, qPrintable(pipelineStageName(PipelineStage(stage))));

        // Every figure agrees with a count made directly in SQL.
        QSqlQuery q(tw.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3")) && q.next());
        QCOMPARE(s.interviewsDone, q.value(0).toInt());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 2")) && q.next());
        QCOMPARE(s.interviewsScheduled, q.value(0).toInt());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM referrals r JOIN interviews i ON i.id = r.interview_id "
                                      "WHERE i.status = 3"))
                && q.next());
        QCOMPARE(s.referralsFromInterviews, q.value(0).toInt());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3 AND thanks_sent_on IS NULL"))
                && q.next());
        QCOMPARE(s.thanks.notYet, q.value(0).toInt());

        QVERIFY(s.interviewsDone >= 5);
        QVERIFY(s.interviewsScheduled >= 1);
        QVERIFY(s.averageReferrals() > 0.5);
        QVERIFY(s.interviewsReachingGoal > 0);
        QVERIFY(s.thanks.withinTwoDays > 0);
        QCOMPARE(s.thanks.total(), s.interviewsDone);
        int doneInWindow = 0;
        int monthsWithInterviews = 0;
        for (const MonthStatistics &m : s.months) {
            doneInWindow += m.done;
            if (m.done + m.scheduled > 0)
                ++monthsWithInterviews;
        }
        QVERIFY(doneInWindow > 0 && doneInWindow <= s.interviewsDone);
        QVERIFY(monthsWithInterviews >= 2);
        QVERIFY(s.months.constLast().scheduled > 0 || s.interviewsScheduled > 0);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsRepository)
#include "tst_statisticsrepository.moc"
