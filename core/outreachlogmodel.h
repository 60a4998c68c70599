#pragma once

#include "outreachattempt.h"
#include "pagedrecordmodel.h"

#include <QTimeZone>

namespace Inroad {

class OutreachRepository;

/// One person's outreach log, latest first: when, how, what came of it, and the note. Follows the
/// repository with single-row inserts, moves and removals; attempts of anyone else never appear.
class OutreachLogModel final : public PagedRecordModel<OutreachAttempt>
{
    Q_OBJECT

public:
    enum Column { DateColumn, ChannelColumn, ResultColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AttemptRole };

    explicit OutreachLogModel(OutreachRepository &outreach, QObject *parent = nullptr);

    /// The person whose log is shown; 0 (the start) shows nothing.
    qint64 personId() const { return m_personId; }
    void setPersonId(qint64 personId);

    /// The zone dates are shown in (the system's unless set).
    void setTimeZone(const QTimeZone &zone);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutreachAttempt> fetchRows(int offset, int limit) const override;
    std::optional<OutreachAttempt> fetchOne(qint64 id) const override;
    int fetchCount() const override;
    int fetchPosition(qint64 id) const override;

    OutreachRepository &m_outreach;
    qint64 m_personId = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inroad
