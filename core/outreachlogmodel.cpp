#include "outreachlogmodel.h"

#include "outreachrepository.h"
#include "timetext.h"

#include <QLocale>

namespace Inroad {

OutreachLogModel::OutreachLogModel(OutreachRepository &outreach, QObject *parent)
    : PagedRecordModel<OutreachAttempt>(parent)
    , m_outreach(outreach)
{
    connect(&outreach, &OutreachRepository::added, this, [this](qint64 id) { recordAdded(id); });
    connect(&outreach, &OutreachRepository::changed, this, [this](qint64 id) { recordChanged(id); });
    connect(&outreach, &OutreachRepository::removed, this, [this](qint64 id) { recordRemoved(id); });
}

void OutreachLogModel::setPersonId(qint64 personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    reload();
}

void OutreachLogModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DateColumn), index(int(m_rows.size()) - 1, DateColumn));
}

int OutreachLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutreachLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutreachAttempt &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: {
            // The locale's short date and time, without the seconds its short date-time format may add.
            const QDateTime local = a.attemptedAt.toTimeZone(m_zone);
            const QLocale locale;
            return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                   shortTimeText(locale, local.time()));
        }
        case ChannelColumn: return outreachChannelName(a.channel);
        case ResultColumn: return outreachResultName(a.result);
        case NoteColumn: return a.note.simplified(); // one line in the table; the tooltip has it all
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QLocale().toString(a.attemptedAt.toTimeZone(m_zone), QLocale::LongFormat);
        if (index.column() == NoteColumn && !a.note.isEmpty())
            return a.note;
        return {};
    case IdRole:
        return a.id;
    case AttemptRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QVariant OutreachLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case ChannelColumn: return tr("Channel");
    case ResultColumn: return tr("Result");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

QList<OutreachAttempt> OutreachLogModel::fetchRows(int offset, int limit) const
{
    return m_personId > 0 ? m_outreach.forPerson(m_personId, offset, limit) : QList<OutreachAttempt>();
}

std::optional<OutreachAttempt> OutreachLogModel::fetchOne(qint64 id) const
{
    const std::optional<OutreachAttempt> attempt = m_outreach.find(id);
    if (attempt && m_personId > 0 && attempt->personId == m_personId)
        return attempt;
    return std::nullopt;
}

int OutreachLogModel::fetchCount() const
{
    return m_personId > 0 ? m_outreach.countForPerson(m_personId) : 0;
}

int OutreachLogModel::fetchPosition(qint64 id) const
{
    return m_personId > 0 ? m_outreach.positionOf(id, m_personId) : -1;
}

} // namespace Inroad
