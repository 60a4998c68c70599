#include "icalendar.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace Inroad;

namespace {

// RFC 5545 unfolding: a line break followed by one space or tab is removed.
QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "").replace("\r\n\t", "");
}

// The physical lines of @p text, which must end in CRLF.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    return lines;
}

QList<QByteArray> contentLines(const QByteArray &ics)
{
    return physicalLines(unfold(ics));
}

// A component as read back: its properties (name and value, parameters not used here) and children.
struct Component
{
    QByteArray name;
    QList<QPair<QByteArray, QByteArray>> properties;
    QList<Component> children;

    QByteArrayList values(const QByteArray &property) const
    {
        QByteArrayList found;
        for (const auto &p : properties) {
            if (p.first == property)
                found << p.second;
        }
        return found;
    }
    QByteArray value(const QByteArray &property) const
    {
        const QByteArrayList found = values(property);
        return found.size() == 1 ? found.constFirst() : QByteArray("<" + QByteArray::number(found.size()) + " values>");
    }
};

// Reads back a whole calendar; fails the test on unbalanced BEGIN/END.
Component parse(const QByteArray &ics)
{
    QList<Component> stack;
    Component root;
    for (const QByteArray &line : contentLines(ics)) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) {
            QTest::qFail(qPrintable(QStringLiteral("not a content line: %1").arg(QString::fromUtf8(line))), __FILE__,
                         __LINE__);
            return {};
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1);
        if (name == "BEGIN") {
            stack.append(Component{value, {}, {}});
        } else if (name == "END") {
            if (stack.isEmpty() || stack.constLast().name != value) {
                QTest::qFail("END without its BEGIN", __FILE__, __LINE__);
                return {};
            }
            const Component done = stack.takeLast();
            if (stack.isEmpty())
                root = done;
            else
                stack.last().children.append(done);
        } else if (!stack.isEmpty()) {
            stack.last().properties.append({name, value});
        }
    }
    if (!stack.isEmpty())
        QTest::qFail("BEGIN without its END", __FILE__, __LINE__);
    return root;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

CalendarEntry sampleEntry()
{
    CalendarEntry entry;
    entry.uid = QStringLiteral("interview-7-20260301T090000Z@inroad");
    entry.summary = QStringLiteral("Informational interview with Ada Lovelace");
    entry.start = utc(2026, 11, 25, 15, 0);
    entry.end = utc(2026, 11, 25, 15, 25);
    entry.lastModified = utc(2026, 3, 2, 10, 30);
    return entry;
}

QByteArray writeOne(const CalendarEntry &entry)
{
    ICalendarOptions options;
    options.productVersion = QStringLiteral("1.2.3");
    return ICalendarWriter(options).write({entry});
}

} // namespace

class TestICalendar final : public QObject
{
    Q_OBJECT

private slots:
    void calendarFrame()
    {
        ICalendarOptions options;
        options.productVersion = QStringLiteral("1.2.3");
        options.calendarName = QStringLiteral("Interviews, follow-ups");
        const QByteArray ics = ICalendarWriter(options).write({sampleEntry()});
        const QList<QByteArray> lines = contentLines(ics);
        QVERIFY(lines.size() > 6);
        QCOMPARE(lines.mid(0, 6),
                 (QList<QByteArray>{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inroad//Inroad 1.2.3//EN",
                                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Interviews\\, follow-ups"}));
        QCOMPARE(lines.constLast(), QByteArray("END:VCALENDAR"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));

        const Component calendar = parse(ics);
        QCOMPARE(calendar.name, QByteArray("VCALENDAR"));
        QCOMPARE(calendar.children.size(), 1);
        const Component &event = calendar.children.constFirst();
        QCOMPARE(event.name, QByteArray("VEVENT"));
        QCOMPARE(event.value("UID"), QByteArray("interview-7-20260301T090000Z@inroad"));
        QCOMPARE(event.value("DTSTART"), QByteArray("20261125T150000Z"));
        QCOMPARE(event.value("DTEND"), QByteArray("20261125T152500Z"));
        QCOMPARE(event.value("SUMMARY"), QByteArray("Informational interview with Ada Lovelace"));
        QVERIFY(event.values("DESCRIPTION").isEmpty()); // empty text is left out, not written empty
        QVERIFY(event.values("LOCATION").isEmpty());
        QVERIFY(event.values("URL").isEmpty());
        QVERIFY(event.children.isEmpty());
    }

    void emptyCalendarIsValid()
    {
        const QByteArray ics = ICalendarWriter().write({});
        const Component calendar = parse(ics);
        QCOMPARE(calendar.name, QByteArray("VCALENDAR"));
        QVERIFY(calendar.children.isEmpty());
        QCOMPARE(calendar.value("VERSION"), QByteArray("2.0"));
        QVERIFY(calendar.value("PRODID").startsWith("-//Inroad//Inroad"));
    }

    void crlfEverywhere()
    {
        CalendarEntry entry = sampleEntry();
        entry.description = QStringLiteral("Unix\nWindows\r\nold Mac\rend ") + QString(200, QLatin1Char('x'));
        entry.location = QStringLiteral("Room 4\n2nd floor");
        entry.alarmMinutesBefore = 30;
        const QByteArray ics = writeOne(entry);
        QVERIFY(ics.endsWith("\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', "a line feed without its carriage return");
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', "a carriage return without its line feed");
        }
        const Component event = parse(ics).children.value(0);
        QCOMPARE(event.value("LOCATION"), QByteArray("Room 4\\n2nd floor"));
        QVERIFY(event.value("DESCRIPTION").startsWith("Unix\\nWindows\\nold Mac\\nend xxx"));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("value");
        // The property name "SUMMARY:" takes 8 octets of the first line.
        QTest::newRow("short") << QStringLiteral("Coffee with Ada");
        QTest::newRow("exactly 75 octets") << QString(75 - 8, QLatin1Char('a'));
        QTest::newRow("76 octets") << QString(76 - 8, QLatin1Char('a'));
        QTest::newRow("long ASCII") << QString(400, QLatin1Char('b'));
        QTest::newRow("2-byte character across the fold") << QString(66, QLatin1Char('a')) + QStringLiteral("éééé");
        QTest::newRow("3-byte character across the fold") << QString(66, QLatin1Char('a')) + QStringLiteral("€€€€");
        QTest::newRow("4-byte character across the fold")
            << QString(66, QLatin1Char('a')) + QStringLiteral("\U0001F4C5\U0001F4C5\U0001F4C5");
        QTest::newRow("only 2-byte characters") << QString(120, QChar(0x00FC));
        QTest::newRow("only 3-byte characters") << QString(100, QChar(0x6C34));
        QTest::newRow("only 4-byte characters") << QStringLiteral("\U0001F91D").repeated(60);
        QTest::newRow("mixed")
            << QStringLiteral("Gespräch mit Zoë Ångström über Ökologie — 面谈 \U0001F4DE ").repeated(6);
    }

    void fold()
    {
        QFETCH(QString, value);
        const QByteArray content = "SUMMARY:" + value.toUtf8();
        const QByteArray folded = ICalendarWriter::foldLine(content);
        QVERIFY(folded.endsWith("\r\n"));
        QCOMPARE(unfold(folded), content + "\r\n");

        const QList<QByteArray> lines = physicalLines(folded);
        QCOMPARE(lines.size() == 1, content.size() <= 75);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            QVERIFY2(line.size() <= 75, line.constData());
            if (i > 0)
                QVERIFY(line.startsWith(' '));
            // Each piece is whole UTF-8 on its own: no character was split.
            QVERIFY2(isValidUtf8(i > 0 ? line.mid(1) : line), line.toHex().constData());
            // Folding does not waste room: only a character that does not fit moves on.
            if (i + 1 < lines.size())
                QVERIFY2(line.size() >= 75 - 3, QByteArray::number(line.size()).constData());
        }
    }

    void foldingInAWholeCalendar()
    {
        CalendarEntry entry = sampleEntry();
        entry.summary =
            QStringLiteral("Informationsgespräch mit Åsa Lindström (Öresund Energi, Malmö) — über Nachhaltigkeit");
        entry.description =
            QStringLiteral("Zweck: herausfinden, wie ein Tag aussieht; Fragen: Ausbildung, Werkzeuge, Kultur.\n")
                .repeated(4);
        const QByteArray ics = writeOne(entry);
        for (const QByteArray &line : physicalLines(ics)) {
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY(isValidUtf8(line));
        }
        const Component event = parse(ics).children.value(0);
        QCOMPARE(QString::fromUtf8(event.value("SUMMARY")), ICalendarWriter::escapeText(entry.summary));
        QCOMPARE(QString::fromUtf8(event.value("DESCRIPTION")), ICalendarWriter::escapeText(entry.description));
    }

    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Coffee at 10: bring notes")
                               << QStringLiteral("Coffee at 10: bring notes");
        QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << QStringLiteral("Lovelace\\, Ada");
        QTest::newRow("semicolon") << QStringLiteral("a;b;c") << QStringLiteral("a\\;b\\;c");
        QTest::newRow("backslash") << QStringLiteral("C:\\Users\\ada") << QStringLiteral("C:\\\\Users\\\\ada");
        QTest::newRow("backslash before n") << QStringLiteral("\\n") << QStringLiteral("\\\\n");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("blank line") << QStringLiteral("one\n\ntwo") << QStringLiteral("one\\n\\ntwo");
        QTest::newRow("all together") << QStringLiteral("a,b;c\\d\ne") << QStringLiteral("a\\,b\\;c\\\\d\\ne");
        QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("other control characters dropped") << QStringLiteral("a\x07"
                                                                            "b\x1B"
                                                                            "c\x7F")
                                                          << QStringLiteral("abc");
        QTest::newRow("quotes and colons kept")
            << QStringLiteral("\"Hi\": https://x.example") << QStringLiteral("\"Hi\": https://x.example");
        QTest::newRow("non-ASCII kept") << QStringLiteral("Zoë, 面谈") << QStringLiteral("Zoë\\, 面谈");
    }

    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ICalendarWriter::escapeText(text), expected);
    }

    void textPropertiesAreEscaped()
    {
        CalendarEntry entry = sampleEntry();
        entry.summary = QStringLiteral("Ada; Grace, and \\ Hedy");
        entry.description = QStringLiteral("Purpose: learn\nHow: video call");
        entry.location = QStringLiteral("Room 1, Building B; Campus");
        entry.categories = {QStringLiteral("Interview"), QStringLiteral("UX, research")};
        const Component event = parse(writeOne(entry)).children.value(0);
        QCOMPARE(event.value("SUMMARY"), QByteArray("Ada\\; Grace\\, and \\\\ Hedy"));
        QCOMPARE(event.value("DESCRIPTION"), QByteArray("Purpose: learn\\nHow: video call"));
        QCOMPARE(event.value("LOCATION"), QByteArray("Room 1\\, Building B\\; Campus"));
        QCOMPARE(event.value("CATEGORIES"), QByteArray("Interview,UX\\, research"));
    }

    void url()
    {
        CalendarEntry entry = sampleEntry();
        entry.location = QStringLiteral("https://meet.example.org/ada-lovelace?pwd=a,b;c");
        entry.url = QUrl(entry.location);
        const Component event = parse(writeOne(entry)).children.value(0);
        QCOMPARE(event.value("LOCATION"), QByteArray("https://meet.example.org/ada-lovelace?pwd=a\\,b\\;c"));
        // A URI is not TEXT: it is written as the encoded URL, without TEXT escaping.
        QCOMPARE(event.value("URL"), QByteArray("https://meet.example.org/ada-lovelace?pwd=a,b;c"));
    }

    void timesAreUtc_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("UTC") << utc(2026, 11, 25, 15, 0) << QByteArray("20261125T150000Z");
        QTest::newRow("offset +02:00") << QDateTime(QDate(2026, 11, 25), QTime(17, 0), QTimeZone(2 * 3600))
                                       << QByteArray("20261125T150000Z");
        QTest::newRow("offset -05:00 across midnight")
            << QDateTime(QDate(2026, 12, 31), QTime(22, 30, 15), QTimeZone(-5 * 3600))
            << QByteArray("20270101T033015Z");
        QTest::newRow("milliseconds dropped")
            << QDateTime(QDate(2026, 3, 14), QTime(9, 5, 7, 999), QTimeZone::utc()) << QByteArray("20260314T090507Z");
    }

    void timesAreUtc()
    {
        QFETCH(QDateTime, start);
        QFETCH(QByteArray, expected);
        CalendarEntry entry = sampleEntry();
        entry.start = start;
        entry.end = start.addSecs(20 * 60);
        entry.lastModified = start;
        const Component event = parse(writeOne(entry)).children.value(0);
        QCOMPARE(event.value("DTSTART"), expected);
        QCOMPARE(event.value("DTSTAMP"), expected);
        QCOMPARE(ICalendarWriter::utcDateTime(start), expected);
        static const QRegularExpression shape(QStringLiteral("^\\d{8}T\\d{6}Z$"));
        QVERIFY(shape.match(QString::fromLatin1(event.value("DTEND"))).hasMatch());
    }

    void localTimeBecomesUtc()
    {
        const QDateTime local(QDate(2026, 7, 1), QTime(12, 0));
        QCOMPARE(ICalendarWriter::utcDateTime(local),
                 local.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
        QVERIFY(ICalendarWriter::utcDateTime(QDateTime()).isEmpty());
    }

    void dtstampInEveryComponent()
    {
        CalendarEntry first = sampleEntry();
        CalendarEntry second = sampleEntry();
        second.uid = QStringLiteral("follow-up-3-20260302T080000Z@inroad");
        second.kind = CalendarEntry::Kind::Todo;
        second.lastModified = utc(2026, 3, 2, 8, 0);
        CalendarEntry third = sampleEntry();
        third.uid = QStringLiteral("no-last-modified@inroad");
        third.lastModified = QDateTime();
        const QByteArray ics = ICalendarWriter().write({first, second, third});
        const Component calendar = parse(ics);
        QCOMPARE(calendar.children.size(), 3);
        QCOMPARE(calendar.children.at(0).value("DTSTAMP"), QByteArray("20260302T103000Z"));
        QCOMPARE(calendar.children.at(1).value("DTSTAMP"), QByteArray("20260302T080000Z"));
        // Without a modification time the start stands in, so the stamp is still present and stable.
        QCOMPARE(calendar.children.at(2).value("DTSTAMP"), QByteArray("20261125T150000Z"));
        for (const Component &component : calendar.children)
            QCOMPARE(component.values("UID").size(), 1);

        // The same entries always give the same bytes: DTSTAMP does not come from the clock.
        QCOMPARE(ICalendarWriter().write({first, second, third}), ics);
    }

    void todo()
    {
        CalendarEntry task = sampleEntry();
        task.kind = CalendarEntry::Kind::Todo;
        task.summary = QStringLiteral("Send a thank-you note to Ada Lovelace");
        const Component calendar = parse(ICalendarWriter().write({sampleEntry(), task}));
        QCOMPARE(calendar.children.size(), 2);
        const Component &event = calendar.children.at(0);
        const Component &todo = calendar.children.at(1);
        QCOMPARE(event.name, QByteArray("VEVENT"));
        QVERIFY(event.values("STATUS").isEmpty());
        QVERIFY(event.values("DUE").isEmpty());
        QCOMPARE(todo.name, QByteArray("VTODO"));
        QCOMPARE(todo.value("DTSTART"), QByteArray("20261125T150000Z"));
        QCOMPARE(todo.value("DUE"), QByteArray("20261125T152500Z"));
        QVERIFY(todo.values("DTEND").isEmpty());
        QCOMPARE(todo.value("STATUS"), QByteArray("NEEDS-ACTION"));
        QCOMPARE(todo.value("DTSTAMP"), QByteArray("20260302T103000Z"));
    }

    void endNotAfterStartIsLeftOut()
    {
        CalendarEntry entry = sampleEntry();
        entry.end = entry.start;
        QVERIFY(parse(writeOne(entry)).children.value(0).values("DTEND").isEmpty());
        entry.end = QDateTime();
        QVERIFY(parse(writeOne(entry)).children.value(0).values("DTEND").isEmpty());
    }

    void entryWithoutStartIsLeftOut()
    {
        CalendarEntry entry = sampleEntry();
        entry.start = QDateTime();
        QVERIFY(parse(ICalendarWriter().write({entry, sampleEntry()})).children.size() == 1);
    }

    void alarm_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("30 minutes before") << 30 << QByteArray("-PT30M");
        QTest::newRow("at the start") << 0 << QByteArray("PT0M");
        QTest::newRow("90 minutes before") << 90 << QByteArray("-PT90M");
        QTest::newRow("none") << -1 << QByteArray();
    }

    void alarm()
    {
        QFETCH(int, minutes);
        QFETCH(QByteArray, trigger);
        for (const CalendarEntry::Kind kind : {CalendarEntry::Kind::Event, CalendarEntry::Kind::Todo}) {
            CalendarEntry entry = sampleEntry();
            entry.kind = kind;
            if (minutes >= 0)
                entry.alarmMinutesBefore = minutes;
            const Component component = parse(writeOne(entry)).children.value(0);
            if (trigger.isEmpty()) {
                QVERIFY(component.children.isEmpty());
                continue;
            }
            QCOMPARE(component.children.size(), 1);
            const Component &alarm = component.children.constFirst();
            QCOMPARE(alarm.name, QByteArray("VALARM"));
            QCOMPARE(alarm.value("ACTION"), QByteArray("DISPLAY"));
            QCOMPARE(alarm.value("TRIGGER"), trigger);
            // A display alarm must say something.
            QCOMPARE(alarm.value("DESCRIPTION"), QByteArray("Informational interview with Ada Lovelace"));
        }
    }
};

QTEST_GUILESS_MAIN(TestICalendar)

#include "tst_icalendar.moc"
