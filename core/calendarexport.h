#pragma once

#include "icalendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace Inroad {

class Database;

/// What a workspace puts on a calendar (iCalendar 2.0 through ICalendarWriter):
///
/// - every interview with the status "scheduled" and a start time, lasting its agreed minutes, with
///   a reminder 30 minutes before; the summary names the person and the interview's organization (or
///   else the person's); its place or call link is the location (and the URL when it is a web
///   address); its purpose, mode, field and agreed length are the description;
/// - every open follow-up (not done) as a 15-minute entry at its due time — the snoozed-until time
///   when it was snoozed — with a reminder at that time and its note as the description.
///
/// UIDs are "interview-ID-CREATED@inroad" and "follow-up-ID-CREATED@inroad", where ID is the record's
/// id and CREATED its created_at time ("20260314T150000Z"). Both are fixed when the record is made and
/// survive edits, restarts and undoing a delete, so exporting again and importing again updates the
/// entries instead of duplicating them; the creation time keeps a later record that happens to get
/// the id of a deleted one from taking over its calendar entry. (A per-workspace random id would also
/// tell two workspaces apart, but it would have to be written into the workspace, and an export only
/// reads.)
///
/// DTSTAMP is the interview's updated_at; follow-ups have no such column, so theirs is created_at.
class CalendarExport final
{
    Q_DISABLE_COPY_MOVE(CalendarExport)

public:
    struct Options
    {
        /// Follow-ups become to-dos (VTODO) instead of events. Interviews stay events: they are
        /// appointments with someone, not tasks.
        bool followUpsAsTodos = false;
    };

    /// Reads from @p db, which must be open; nothing is written to it.
    explicit CalendarExport(const Database &db);

    /// The interviews (by start) followed by the follow-ups (by due time); nothing when the workspace
    /// could not be read (see lastError()).
    std::optional<QList<CalendarEntry>> entries(const Options &options) const;
    std::optional<QList<CalendarEntry>> entries() const { return entries(Options()); }

    /// The calendar's name for ICalendarOptions::calendarName.
    static QString calendarName();

    /// Why the last call to entries() failed.
    QString lastError() const { return m_lastError; }

private:
    bool addInterviews(QList<CalendarEntry> &entries) const;
    bool addFollowUps(QList<CalendarEntry> &entries, const Options &options) const;

    const Database &m_db;
    mutable QString m_lastError;
};

} // namespace Inroad
