#include "calendarexport.h"
#include "icalendar.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Inroad;
using namespace InroadTest;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// Two people, interviews in every status that matters, and open, snoozed and done follow-ups.
void fillWorkspace(const QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO organizations (id, name, created_at, updated_at) "
                       "VALUES (1, 'Harbor Analytics', '2026-02-01T08:00:00Z', '2026-02-01T08:00:00Z')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name, organization_id, created_at, updated_at) "
                       "VALUES (1, 'Ada', 'Lovelace', 1, '2026-02-01T08:00:00Z', '2026-02-01T08:00:00Z')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name, created_at, updated_at) "
                       "VALUES (2, 'Grace', 'Hopper', '2026-02-01T08:00:00Z', '2026-02-01T08:00:00Z')"),
        QStringLiteral(
            "INSERT INTO career_fields (id, name, created_at) VALUES (1, 'UX research', '2026-02-01T08:00:00Z')"),
        // Scheduled, by video, with the organization and a field.
        QStringLiteral("INSERT INTO interviews (id, person_id, organization_id, field_id, purpose, scheduled_start, "
                       "agreed_minutes, mode, location, status, created_at, updated_at) VALUES (1, 1, 1, 1, "
                       "'Learn how research, ops; and design work together', '2026-03-20T15:00:00Z', 25, 2, "
                       "'https://meet.example.org/ada?pwd=1', 2, '2026-03-01T09:00:00Z', '2026-03-02T10:30:00Z')"),
        // Scheduled, in person, without an organization: the summary has none.
        QStringLiteral(
            "INSERT INTO interviews (id, person_id, purpose, scheduled_start, agreed_minutes, mode, location, "
            "status, created_at, updated_at) VALUES (2, 2, '', '2026-03-18T13:30:00Z', 20, 0, "
            "'Café Nord, 2nd floor', 2, '2026-03-03T11:00:00Z', '2026-03-03T11:00:00Z')"),
        // Done, cancelled, only requested, and scheduled without a time yet: none is on the calendar.
        QStringLiteral("INSERT INTO interviews (id, person_id, scheduled_start, status, created_at, updated_at) "
                       "VALUES (3, 1, '2026-03-10T16:00:00Z', 3, '2026-02-20T09:00:00Z', '2026-03-10T17:00:00Z')"),
        QStringLiteral("INSERT INTO interviews (id, person_id, scheduled_start, status, created_at, updated_at) "
                       "VALUES (4, 2, '2026-03-25T16:00:00Z', 4, '2026-02-21T09:00:00Z', '2026-03-05T09:00:00Z')"),
        QStringLiteral("INSERT INTO interviews (id, person_id, scheduled_start, status, created_at, updated_at) "
                       "VALUES (5, 2, NULL, 1, '2026-02-22T09:00:00Z', '2026-02-22T09:00:00Z')"),
        QStringLiteral("INSERT INTO interviews (id, person_id, scheduled_start, status, created_at, updated_at) "
                       "VALUES (6, 2, NULL, 2, '2026-02-23T09:00:00Z', '2026-02-23T09:00:00Z')"),
        // Open and snoozed: due on the 11th, snoozed to the 16th.
        QStringLiteral(
            "INSERT INTO follow_ups (id, person_id, interview_id, kind, due_at, snoozed_until, done_at, note, "
            "created_at) VALUES (1, 1, 3, 0, '2026-03-11T09:00:00Z', '2026-03-16T14:00:00Z', NULL, "
            "'Mention the book she recommended', '2026-03-10T17:00:00Z')"),
        // Open, not snoozed.
        QStringLiteral("INSERT INTO follow_ups (id, person_id, kind, due_at, note, created_at) "
                       "VALUES (2, 1, 1, '2026-04-21T09:00:00Z', '', '2026-03-10T17:05:00Z')"),
        // Done: not on the calendar.
        QStringLiteral("INSERT INTO follow_ups (id, person_id, kind, due_at, done_at, note, created_at) "
                       "VALUES (3, 2, 2, '2026-03-05T09:00:00Z', '2026-03-06T10:00:00Z', '', '2026-02-23T09:00:00Z')"),
    };
    for (const QString &sql : statements)
        exec(db, sql);
}

QStringList uids(const QList<CalendarEntry> &entries)
{
    QStringList out;
    for (const CalendarEntry &entry : entries)
        out << entry.uid;
    return out;
}

const CalendarEntry *find(const QList<CalendarEntry> &entries, const QString &uid)
{
    for (const CalendarEntry &entry : entries) {
        if (entry.uid == uid)
            return &entry;
    }
    return nullptr;
}

const QString kInterview1 = QStringLiteral("interview-1-20260301T090000Z@inroad");
const QString kInterview2 = QStringLiteral("interview-2-20260303T110000Z@inroad");
const QString kFollowUp1 = QStringLiteral("follow-up-1-20260310T170000Z@inroad");
const QString kFollowUp2 = QStringLiteral("follow-up-2-20260310T170500Z@inroad");

} // namespace

class TestCalendarExport final : public QObject
{
    Q_OBJECT

private slots:
    void scheduledInterviewsAndOpenFollowUps()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        // Interviews by start, then follow-ups by due time; done, cancelled, requested and
        // not-yet-timed interviews and done follow-ups are left out.
        QCOMPARE(uids(*entries), (QStringList{kInterview2, kInterview1, kFollowUp1, kFollowUp2}));
        for (const CalendarEntry &entry : *entries)
            QCOMPARE(entry.kind, CalendarEntry::Kind::Event);
    }

    void interviewEntry()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        const CalendarEntry *entry = find(*entries, kInterview1);
        QVERIFY(entry);
        QCOMPARE(entry->summary, QStringLiteral("Informational interview with Ada Lovelace (Harbor Analytics)"));
        QCOMPARE(entry->start, utc(2026, 3, 20, 15, 0));
        QCOMPARE(entry->end, utc(2026, 3, 20, 15, 25)); // the agreed 25 minutes
        QCOMPARE(entry->alarmMinutesBefore, std::optional<int>(30));
        QCOMPARE(entry->location, QStringLiteral("https://meet.example.org/ada?pwd=1"));
        QCOMPARE(entry->url, QUrl(QStringLiteral("https://meet.example.org/ada?pwd=1")));
        QCOMPARE(entry->lastModified, utc(2026, 3, 2, 10, 30));
        const QStringList description = entry->description.split(QLatin1Char('\n'));
        QVERIFY2(description.contains(QStringLiteral("Purpose: Learn how research, ops; and design work together")),
                 qPrintable(entry->description));
        QVERIFY(description.contains(QStringLiteral("How: video call")));
        QVERIFY(description.contains(QStringLiteral("Career field: UX research")));
        QVERIFY(description.contains(QStringLiteral("Agreed length: 25 min")));
    }

    void interviewInPersonWithoutOrganization()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        const CalendarEntry *entry = find(*entries, kInterview2);
        QVERIFY(entry);
        QCOMPARE(entry->summary, QStringLiteral("Informational interview with Grace Hopper"));
        QCOMPARE(entry->location, QStringLiteral("Café Nord, 2nd floor"));
        QVERIFY(entry->url.isEmpty()); // a place, not a web address
        QCOMPARE(entry->start, utc(2026, 3, 18, 13, 30));
        QCOMPARE(entry->end, utc(2026, 3, 18, 13, 50));
        QVERIFY(entry->description.contains(QStringLiteral("How: in person")));
        QVERIFY(!entry->description.contains(QStringLiteral("Purpose:"))); // no empty lines for empty fields
    }

    void interviewTakesThePersonsOrganization()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        exec(tw.db().connection(), QStringLiteral("UPDATE interviews SET organization_id = NULL WHERE id = 1"));
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        QCOMPARE(find(*entries, kInterview1)->summary,
                 QStringLiteral("Informational interview with Ada Lovelace (Harbor Analytics)"));
    }

    void followUpUsesSnoozedDueTime()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        const CalendarEntry *snoozed = find(*entries, kFollowUp1);
        QVERIFY(snoozed);
        QCOMPARE(snoozed->start, utc(2026, 3, 16, 14, 0)); // not the original 11 March
        QCOMPARE(snoozed->end, utc(2026, 3, 16, 14, 15));
        QCOMPARE(snoozed->alarmMinutesBefore, std::optional<int>(0));
        QCOMPARE(snoozed->summary, QStringLiteral("Send a thank-you note to Ada Lovelace"));
        QCOMPARE(snoozed->description, QStringLiteral("Mention the book she recommended"));
        QCOMPARE(snoozed->lastModified, utc(2026, 3, 10, 17, 0));

        const CalendarEntry *plain = find(*entries, kFollowUp2);
        QVERIFY(plain);
        QCOMPARE(plain->start, utc(2026, 4, 21, 9, 0));
        QCOMPARE(plain->summary, QStringLiteral("Keep in touch with Ada Lovelace"));
        QVERIFY(plain->description.isEmpty());
    }

    void followUpKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("summary");
        QTest::newRow("thank-you") << 0 << QStringLiteral("Send a thank-you note to Grace Hopper");
        QTest::newRow("keep in touch") << 1 << QStringLiteral("Keep in touch with Grace Hopper");
        QTest::newRow("update") << 2 << QStringLiteral("Send an update to Grace Hopper");
        QTest::newRow("other") << 3 << QStringLiteral("Follow up with Grace Hopper");
    }

    void followUpKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, summary);
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        exec(tw.db().connection(),
             QStringLiteral("UPDATE follow_ups SET kind = %1, done_at = NULL WHERE id = 3").arg(kind));
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        const CalendarEntry *entry = find(*entries, QStringLiteral("follow-up-3-20260223T090000Z@inroad"));
        QVERIFY(entry);
        QCOMPARE(entry->summary, summary);
        QCOMPARE(entry->start, utc(2026, 3, 5, 9, 0)); // overdue follow-ups stay on the calendar
    }

    void followUpsAsTodos()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        CalendarExport::Options options;
        options.followUpsAsTodos = true;
        const auto entries = CalendarExport(tw.db()).entries(options);
        QVERIFY(entries);
        QCOMPARE(find(*entries, kInterview1)->kind, CalendarEntry::Kind::Event);
        QCOMPARE(find(*entries, kFollowUp1)->kind, CalendarEntry::Kind::Todo);
        QCOMPARE(find(*entries, kFollowUp2)->kind, CalendarEntry::Kind::Todo);

        const QByteArray ics = ICalendarWriter().write(*entries);
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 2);
        QCOMPARE(ics.count("BEGIN:VTODO\r\n"), 2);
        QCOMPARE(ics.count("STATUS:NEEDS-ACTION\r\n"), 2);
        QVERIFY(ics.contains("DUE:20260316T141500Z\r\n"));
    }

    void uidsAreStable()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto first = CalendarExport(tw.db()).entries();
        const auto second = CalendarExport(tw.db()).entries();
        QVERIFY(first && second);
        QCOMPARE(uids(*second), uids(*first));
        QCOMPARE(ICalendarWriter().write(*second), ICalendarWriter().write(*first));

        // Editing an interview and snoozing a follow-up change the entries, not their UIDs.
        exec(tw.db().connection(), QStringLiteral("UPDATE interviews SET location = 'Room 2', "
                                                  "scheduled_start = '2026-03-21T10:00:00Z', "
                                                  "updated_at = '2026-03-04T08:00:00Z' WHERE id = 1"));
        exec(tw.db().connection(),
             QStringLiteral("UPDATE follow_ups SET snoozed_until = '2026-03-30T09:00:00Z' WHERE id = 2"));
        const auto edited = CalendarExport(tw.db()).entries();
        QVERIFY(edited);
        QCOMPARE(find(*edited, kInterview1)->location, QStringLiteral("Room 2"));
        QCOMPARE(find(*edited, kInterview1)->lastModified, utc(2026, 3, 4, 8, 0));
        QCOMPARE(find(*edited, kFollowUp2)->start, utc(2026, 3, 30, 9, 0));
        QStringList sortedBefore = uids(*first);
        QStringList sortedAfter = uids(*edited);
        sortedBefore.sort();
        sortedAfter.sort();
        QCOMPARE(sortedAfter, sortedBefore);

        // After closing and opening the workspace again (a restart), nothing changes either.
        const QByteArray before = ICalendarWriter().write(*edited);
        tw.db().close();
        Database reopened;
        QVERIFY(reopened.open(tw.path).ok());
        const auto again = CalendarExport(reopened).entries();
        QVERIFY(again);
        QCOMPARE(ICalendarWriter().write(*again), before);
    }

    void aReusedIdGetsANewUid()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        // SQLite may give a new row the id of a deleted one; its calendar entry must not take over.
        exec(tw.db().connection(), QStringLiteral("DELETE FROM interviews WHERE id = 1"));
        exec(
            tw.db().connection(),
            QStringLiteral("INSERT INTO interviews (id, person_id, scheduled_start, status, created_at, updated_at) "
                           "VALUES (1, 2, '2026-05-01T12:00:00Z', 2, '2026-04-01T12:00:00Z', '2026-04-01T12:00:00Z')"));
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        QVERIFY(!find(*entries, kInterview1));
        QVERIFY(find(*entries, QStringLiteral("interview-1-20260401T120000Z@inroad")));
    }

    void onlyReads()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const QStringList before = dumpTables(tw.db().connection());
        CalendarExport::Options options;
        options.followUpsAsTodos = true;
        QVERIFY(CalendarExport(tw.db()).entries(options));
        QCOMPARE(dumpTables(tw.db().connection()), before);
    }

    void emptyWorkspace()
    {
        TempWorkspace tw;
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        QVERIFY(entries->isEmpty());
    }

    void closedWorkspaceIsAnError()
    {
        Database closed;
        const CalendarExport exporter(closed);
        QVERIFY(!exporter.entries());
        QVERIFY(!exporter.lastError().isEmpty());
    }

    void wholeCalendar()
    {
        TempWorkspace tw;
        fillWorkspace(tw.db().connection());
        const auto entries = CalendarExport(tw.db()).entries();
        QVERIFY(entries);
        ICalendarOptions options;
        options.calendarName = CalendarExport::calendarName();
        const QByteArray ics = ICalendarWriter(options).write(*entries);
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 4);
        QCOMPARE(ics.count("BEGIN:VALARM\r\n"), 4);
        QVERIFY(ics.contains("UID:interview-1-20260301T090000Z@inroad\r\n"));
        QVERIFY(ics.contains("DTSTART:20260320T150000Z\r\nDTEND:20260320T152500Z\r\n"));
        QVERIFY(ics.contains("URL:https://meet.example.org/ada?pwd=1\r\n"));
        QVERIFY(ics.contains("LOCATION:Café Nord\\, 2nd floor\r\n"));
        QVERIFY(ics.contains("TRIGGER:-PT30M\r\n"));
        QVERIFY(ics.contains("TRIGGER:PT0M\r\n"));
        QVERIFY(ics.contains("X-WR-CALNAME:"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)

#include "tst_calendarexport.moc"
