#include "icalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <utility>

namespace Inroad {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

class Lines
{
public:
    void add(const char *name, const QByteArray &value)
    {
        m_out += ICalendarWriter::foldLine(QByteArray(name) + ':' + value);
    }
    void addText(const char *name, const QString &text) { add(name, ICalendarWriter::escapeText(text).toUtf8()); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

QByteArray trigger(int minutesBefore)
{
    // A trigger of zero minutes is written without a sign: "-PT0M" is valid but reads oddly.
    if (minutesBefore <= 0)
        return QByteArrayLiteral("PT0M");
    return QByteArrayLiteral("-PT") + QByteArray::number(minutesBefore) + 'M';
}

} // namespace

ICalendarWriter::ICalendarWriter(const ICalendarOptions &options)
    : m_options(options)
{
    if (m_options.productVersion.isNull())
        m_options.productVersion = QCoreApplication::applicationVersion();
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / (kMaxLineOctets - 1) * 3 + 2);
    qsizetype position = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - position > room) {
        qsizetype cut = position + room;
        // Step back to the first byte of a UTF-8 sequence, so that no character is split.
        while (cut > position && isUtf8Continuation(line.at(cut)))
            --cut;
        if (cut == position)
            cut = position + room; // not UTF-8 at all: cutting anywhere is all that is left
        folded += QByteArrayView(line).sliced(position, cut - position);
        folded += "\r\n ";
        position = cut;
        room = kMaxLineOctets - 1; // the leading space counts
    }
    folded += QByteArrayView(line).sliced(position);
    folded += "\r\n";
    return folded;
}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u';': escaped += QLatin1String("\\;"); break;
        case u',': escaped += QLatin1String("\\,"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case u'\n': escaped += QLatin1String("\\n"); break;
        case u'\t': escaped += c; break;
        default:
            // RFC 5545 allows no other control characters in a TEXT value.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
            break;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::utcDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray ICalendarWriter::write(const QList<CalendarEntry> &entries) const
{
    Lines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    const QString product = m_options.productVersion.isEmpty()
                                ? QStringLiteral("-//Inroad//Inroad//EN")
                                : QStringLiteral("-//Inroad//Inroad %1//EN").arg(m_options.productVersion);
    lines.addText("PRODID", product);
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    if (!m_options.calendarName.isEmpty())
        lines.addText("X-WR-CALNAME", m_options.calendarName);

    for (const CalendarEntry &entry : entries) {
        if (!entry.start.isValid())
            continue;
        const bool todo = entry.kind == CalendarEntry::Kind::Todo;
        const char *component = todo ? "VTODO" : "VEVENT";
        lines.add("BEGIN", component);
        lines.addText("UID", entry.uid);
        lines.add("DTSTAMP", utcDateTime(entry.lastModified.isValid() ? entry.lastModified : entry.start));
        lines.add("DTSTART", utcDateTime(entry.start));
        if (entry.end.isValid() && entry.end > entry.start)
            lines.add(todo ? "DUE" : "DTEND", utcDateTime(entry.end));
        lines.addText("SUMMARY", entry.summary);
        if (!entry.description.isEmpty())
            lines.addText("DESCRIPTION", entry.description);
        if (!entry.location.isEmpty())
            lines.addText("LOCATION", entry.location);
        if (entry.url.isValid() && !entry.url.isEmpty())
            lines.add("URL", entry.url.toEncoded());
        if (!entry.categories.isEmpty()) {
            QStringList escaped;
            for (const QString &category : entry.categories)
                escaped << escapeText(category);
            lines.add("CATEGORIES", escaped.join(QLatin1Char(',')).toUtf8());
        }
        if (todo)
            lines.add("STATUS", "NEEDS-ACTION");
        if (entry.alarmMinutesBefore && *entry.alarmMinutesBefore >= 0) {
            lines.add("BEGIN", "VALARM");
            lines.add("ACTION", "DISPLAY");
            lines.addText("DESCRIPTION", entry.summary);
            lines.add("TRIGGER", trigger(*entry.alarmMinutesBefore));
            lines.add("END", "VALARM");
        }
        lines.add("END", component);
    }
    lines.add("END", "VCALENDAR");
    return lines.take();
}

} // namespace Inroad
