#include "followuprules.h"
#include "interview.h"

#include <QTest>

using namespace Inroad;

Q_DECLARE_METATYPE(Inroad::PersonActivity)

class TestFollowUpRules : public QObject
{
    Q_OBJECT

private slots:
    void thankYouIsDue48HoursAfterTheAgreedEnd_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("due");
        const auto utc = [](const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); };
        QTest::newRow("20 minutes") << utc("2026-03-10T15:00:00Z") << 20 << utc("2026-03-12T15:20:00Z");
        QTest::newRow("across month end") << utc("2026-01-31T23:30:00Z") << 30 << utc("2026-02-03T00:00:00Z");
        // 48 real hours, whatever the clocks do: Chicago springs forward on 8 March 2026.
        QTest::newRow("across DST change") << utc("2026-03-07T18:00:00Z") << 20 << utc("2026-03-09T18:20:00Z");
    }
    void thankYouIsDue48HoursAfterTheAgreedEnd()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QDateTime, due);
        Interview interview;
        interview.scheduledStart = start;
        interview.agreedMinutes = minutes;
        QCOMPARE(FollowUpRules::thankYouDue(interview, QDateTime::currentDateTimeUtc()), due);
    }

    void thankYouWithoutATimeCountsFromNow()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-05-01T10:00:00Z"), Qt::ISODate);
        QCOMPARE(FollowUpRules::thankYouDue(Interview(), now), now.addSecs(48 * 3600));
    }

    void keepInTouchLandsInTheMorningWeeksLater_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("last");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QDateTime>("due");
        const auto utc = [](const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); };
        // 09:00 in Chicago is 15:00 UTC in winter (CST) and 14:00 UTC in summer (CDT).
        QTest::newRow("winter to summer") << QByteArray("America/Chicago") << utc("2026-02-10T20:00:00Z") << 6
                                          << utc("2026-03-24T14:00:00Z");
        QTest::newRow("summer to winter") << QByteArray("America/Chicago") << utc("2026-10-01T16:00:00Z") << 6
                                          << utc("2026-11-12T15:00:00Z");
        // Late evening local time is already the next day in UTC: the local day counts.
        QTest::newRow("local day, not UTC day") << QByteArray("America/Chicago") << utc("2026-06-02T03:30:00Z") << 1
                                                << utc("2026-06-08T14:00:00Z");
        QTest::newRow("Berlin, four weeks") << QByteArray("Europe/Berlin") << utc("2026-03-20T10:00:00Z") << 4
                                            << utc("2026-04-17T07:00:00Z");
        QTest::newRow("out of range falls back to six") << QByteArray("UTC") << utc("2026-01-01T12:00:00Z") << 0
                                                        << utc("2026-02-12T09:00:00Z");
    }
    void keepInTouchLandsInTheMorningWeeksLater()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, last);
        QFETCH(int, weeks);
        QFETCH(QDateTime, due);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        QCOMPARE(FollowUpRules::keepInTouchDue(last, weeks, tz), due);
    }

    void snoozeMovesToAMorningDaysLater()
    {
        const QTimeZone chicago("America/Chicago");
        const QDateTime saturdayNight = QDateTime::fromString(QStringLiteral("2026-03-08T04:00:00Z"), Qt::ISODate); // Sat 22:00 CST
        // One day: Sunday 8 March, the day the clocks change, at 09:00 CDT.
        QCOMPARE(FollowUpRules::snoozedUntil(saturdayNight, 1, chicago),
                 QDateTime::fromString(QStringLiteral("2026-03-08T14:00:00Z"), Qt::ISODate));
        QCOMPARE(FollowUpRules::snoozedUntil(saturdayNight, 7, chicago),
                 QDateTime::fromString(QStringLiteral("2026-03-14T14:00:00Z"), Qt::ISODate));
        // Never less than a day.
        QCOMPARE(FollowUpRules::snoozedUntil(saturdayNight, 0, chicago), FollowUpRules::snoozedUntil(saturdayNight, 1, chicago));
    }

    void stageFollowsTheLog_data()
    {
        QTest::addColumn<PersonActivity>("activity");
        QTest::addColumn<int>("stage");
        QTest::newRow("nothing") << PersonActivity{} << int(PipelineStage::Identified);
        QTest::newRow("contacted") << PersonActivity{true, false, false, false, false, {}} << int(PipelineStage::Contacted);
        QTest::newRow("scheduled") << PersonActivity{true, true, false, false, false, {}} << int(PipelineStage::Scheduled);
        QTest::newRow("interviewed") << PersonActivity{true, false, true, false, false, {}} << int(PipelineStage::Interviewed);
        QTest::newRow("thanked") << PersonActivity{true, false, true, true, false, {}} << int(PipelineStage::Thanked);
        QTest::newRow("keeping in touch") << PersonActivity{true, false, true, true, true, {}}
                                          << int(PipelineStage::KeepingInTouch);
        QTest::newRow("a second interview scheduled after a thank-you")
            << PersonActivity{true, true, true, true, false, {}} << int(PipelineStage::Thanked);
    }
    void stageFollowsTheLog()
    {
        QFETCH(PersonActivity, activity);
        QFETCH(int, stage);
        QCOMPARE(int(derivedStage(activity)), stage);
    }

    void aStageSetByHandHoldsUntilTheLogPassesIt()
    {
        // Not set by hand: the log decides, backwards too (an undone log entry).
        QCOMPARE(decideStage(PipelineStage::Scheduled, false, PipelineStage::Contacted),
                 (StageDecision{PipelineStage::Contacted, false}));
        // Set by hand ahead of the log: kept.
        QCOMPARE(decideStage(PipelineStage::Scheduled, true, PipelineStage::Contacted),
                 (StageDecision{PipelineStage::Scheduled, true}));
        QCOMPARE(decideStage(PipelineStage::Scheduled, true, PipelineStage::Scheduled),
                 (StageDecision{PipelineStage::Scheduled, true}));
        // The log moves past it: the log takes over again.
        QCOMPARE(decideStage(PipelineStage::Contacted, true, PipelineStage::Interviewed),
                 (StageDecision{PipelineStage::Interviewed, false}));
    }
};


QTEST_GUILESS_MAIN(TestFollowUpRules)
#include "tst_followuprules.moc"
