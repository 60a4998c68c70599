#include "calendarexport.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::CalendarExport", text, disambiguation, n);
}

// interviews.status, interviews.mode and follow_ups.kind as the schema stores them.
constexpr int kStatusScheduled = 2;
enum Mode {
    ModeInPerson = 0,
    ModePhone = 1,
    ModeVideo = 2
};
enum FollowUpKind {
    KindThanks = 0,
    KindKeepInTouch = 1,
    KindUpdate = 2,
    KindOther = 3
};

constexpr int kInterviewAlarmMinutes = 30;
constexpr int kFollowUpMinutes = 15;

// Instants are stored as UTC ISO 8601 text; one without an offset is taken as UTC all the same.
QDateTime parseInstant(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toTimeZone(QTimeZone::utc());
}

// The stored created_at text with its punctuation removed ("2026-03-14T15:00:00Z" → "20260314T150000Z"):
// taken as written, so no parsing or time zone can ever change it.
QString uidStamp(const QVariant &createdAt)
{
    QString stamp;
    for (const QChar c : createdAt.toString()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            stamp += c;
    }
    return stamp;
}

QString personName(const QVariant &first, const QVariant &last)
{
    const QString name = first.toString().trimmed() + QLatin1Char(' ') + last.toString().trimmed();
    return name.trimmed();
}

QString modeText(int mode)
{
    switch (mode) {
    case ModePhone: return tr("phone call");
    case ModeVideo: return tr("video call");
    case ModeInPerson:
    default: return tr("in person");
    }
}

// A place that is a web address (a video call link) is also given as the entry's URL.
QUrl webAddress(const QString &location)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

QString followUpSummary(int kind, const QString &name)
{
    switch (kind) {
    case KindThanks: return tr("Send a thank-you note to %1").arg(name);
    case KindKeepInTouch: return tr("Keep in touch with %1").arg(name);
    case KindUpdate: return tr("Send an update to %1").arg(name);
    case KindOther:
    default: return tr("Follow up with %1").arg(name);
    }
}

} // namespace

CalendarExport::CalendarExport(const Database &db)
    : m_db(db)
{
}

QString CalendarExport::calendarName()
{
    return tr("Inroad interviews and follow-ups");
}

std::optional<QList<CalendarEntry>> CalendarExport::entries(const Options &options) const
{
    m_lastError.clear();
    QList<CalendarEntry> result;
    if (!m_db.isOpen()) {
        m_lastError = tr("The workspace is not open.");
        return std::nullopt;
    }
    if (!addInterviews(result) || !addFollowUps(result, options))
        return std::nullopt;
    return result;
}

bool CalendarExport::addInterviews(QList<CalendarEntry> &entries) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The interview's own organization, or else the person's.
    q.prepare(QStringLiteral(
        "SELECT i.id, i.purpose, i.scheduled_start, i.agreed_minutes, i.mode, i.location, i.created_at, i.updated_at, "
        "       p.first_name, p.last_name, COALESCE(o.name, po.name, ''), COALESCE(f.name, '') "
        "FROM interviews i "
        "JOIN people p ON p.id = i.person_id "
        "LEFT JOIN organizations o ON o.id = i.organization_id "
        "LEFT JOIN organizations po ON po.id = p.organization_id "
        "LEFT JOIN career_fields f ON f.id = i.field_id "
        "WHERE i.status = ? AND i.scheduled_start IS NOT NULL "
        "ORDER BY i.scheduled_start, i.id"));
    q.addBindValue(kStatusScheduled);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QDateTime start = parseInstant(q.value(2));
        if (!start.isValid())
            continue;
        const QString name = personName(q.value(8), q.value(9));
        const QString organization = q.value(10).toString().trimmed();
        const QString purpose = q.value(1).toString().trimmed();
        const QString field = q.value(11).toString().trimmed();
        const int minutes = q.value(3).toInt();

        CalendarEntry entry;
        entry.uid = QStringLiteral("interview-%1-%2@inroad").arg(q.value(0).toLongLong()).arg(uidStamp(q.value(6)));
        entry.summary = organization.isEmpty() ? tr("Informational interview with %1").arg(name)
                                               : tr("Informational interview with %1 (%2)").arg(name, organization);
        QStringList description;
        if (!purpose.isEmpty())
            description << tr("Purpose: %1").arg(purpose);
        description << tr("How: %1").arg(modeText(q.value(4).toInt()));
        if (!field.isEmpty())
            description << tr("Career field: %1").arg(field);
        description << tr("Agreed length: %1 min").arg(minutes);
        entry.description = description.join(QLatin1Char('\n'));
        entry.location = q.value(5).toString().trimmed();
        entry.url = webAddress(entry.location);
        entry.start = start;
        entry.end = start.addSecs(qint64(qMax(minutes, 1)) * 60);
        entry.alarmMinutesBefore = kInterviewAlarmMinutes;
        entry.categories = {tr("Informational interview")};
        entry.lastModified = parseInstant(q.value(7));
        entries.append(entry);
    }
    return true;
}

bool CalendarExport::addFollowUps(QList<CalendarEntry> &entries, const Options &options) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.id, f.kind, COALESCE(NULLIF(f.snoozed_until, ''), f.due_at) AS due, f.note, f.created_at, "
        "       p.first_name, p.last_name "
        "FROM follow_ups f "
        "JOIN people p ON p.id = f.person_id "
        "WHERE f.done_at IS NULL "
        "ORDER BY due, f.id"));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QDateTime due = parseInstant(q.value(2));
        if (!due.isValid())
            continue;
        CalendarEntry entry;
        entry.kind = options.followUpsAsTodos ? CalendarEntry::Kind::Todo : CalendarEntry::Kind::Event;
        entry.uid = QStringLiteral("follow-up-%1-%2@inroad").arg(q.value(0).toLongLong()).arg(uidStamp(q.value(4)));
        entry.summary = followUpSummary(q.value(1).toInt(), personName(q.value(5), q.value(6)));
        entry.description = q.value(3).toString().trimmed();
        entry.start = due;
        entry.end = due.addSecs(qint64(kFollowUpMinutes) * 60);
        entry.alarmMinutesBefore = 0;
        entry.categories = {tr("Follow-up")};
        entry.lastModified = parseInstant(q.value(4));
        entries.append(entry);
    }
    return true;
}

} // namespace Inroad
