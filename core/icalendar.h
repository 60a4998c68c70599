#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Inroad {

/// One appointment or task of an exported calendar. The writer knows nothing of interviews or
/// follow-ups; CalendarExport fills these in from a workspace.
struct CalendarEntry
{
    enum class Kind {
        Event, ///< a VEVENT: something at a time (DTSTART, DTEND)
        Todo   ///< a VTODO: something to do by a time (DTSTART, DUE, STATUS:NEEDS-ACTION)
    };

    Kind kind = Kind::Event;
    /// Globally unique and the same on every export of the same record: calendar programs use it
    /// to update an entry they imported before instead of adding it twice.
    QString uid;
    QString summary;
    QString description; ///< may hold several lines
    QString location;
    QUrl url;        ///< written only when valid
    QDateTime start; ///< required; written in UTC
    QDateTime end;   ///< DTEND of an event, DUE of a to-do; left out when invalid or not after start
    std::optional<int> alarmMinutesBefore; ///< a display alarm this many minutes before start (0: at start)
    QStringList categories;
    /// When the record last changed; written as DTSTAMP (see ICalendarWriter). Falls back to start.
    QDateTime lastModified;
};

/// How the calendar as a whole is described.
struct ICalendarOptions
{
    /// Goes into PRODID ("-//Inroad//Inroad 0.1.0//EN"); when null, QCoreApplication::applicationVersion().
    QString productVersion;
    /// Shown by some calendar programs as the name of an imported calendar (X-WR-CALNAME); optional.
    QString calendarName;
};

/// Writes iCalendar 2.0 (RFC 5545) for publishing: METHOD:PUBLISH, one VEVENT or VTODO per entry,
/// each with an optional VALARM (ACTION:DISPLAY).
///
/// The output follows the RFC where calendar programs are strict about it: every line ends in CRLF;
/// lines longer than 75 octets are folded (a continuation line starts with one space) and a fold never
/// splits a UTF-8 character; backslash, semicolon, comma and line breaks in text are escaped; every time
/// is written in UTC ("20261125T150000Z").
///
/// DTSTAMP is required in every component. With METHOD:PUBLISH the RFC means it to be the moment the
/// file was made, but this writer uses the entry's lastModified instead: the same data then always
/// gives byte-for-byte the same file, so an export can be compared, tested and re-imported without
/// every entry looking changed. Calendar programs match entries by UID, which does not depend on it.
class ICalendarWriter final
{
public:
    explicit ICalendarWriter(const ICalendarOptions &options = ICalendarOptions());

    /// The whole calendar, UTF-8 encoded. Entries without a valid start are left out.
    QByteArray write(const QList<CalendarEntry> &entries) const;

    /// One content line ("NAME:value", UTF-8, without line end), folded at 75 octets, each
    /// physical line ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
    /// A TEXT value with \\ ; , and line breaks escaped; other control characters but tab are dropped.
    static QString escapeText(const QString &text);
    /// A DATE-TIME in UTC form, "20261125T150000Z"; empty for an invalid time.
    static QByteArray utcDateTime(const QDateTime &time);

private:
    ICalendarOptions m_options;
};

} // namespace Inroad
