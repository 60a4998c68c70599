#pragma once

#include "interview.h"
#include "interviewrepository.h"
#include "pagedrecordmodel.h"

namespace Inroad {

class Workspace;

/// The Interviews list: one row per interview, loaded a page at a time, filtered and sorted by the
/// repository. Read-only: interviews are edited in the form, through Workflow commands.
class InterviewListModel final : public PagedRecordModel<Interview>
{
    Q_OBJECT

public:
    enum Column { StartColumn, PersonColumn, OrganizationColumn, FieldColumn, ModeColumn, StatusColumn, ReferralsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, InterviewRole };

    explicit InterviewListModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    InterviewQuery query() const { return m_query; }
    void setFilterText(const QString &text);
    void setScope(InterviewQuery::Scope scope, InterviewStatus status = InterviewStatus::Scheduled);

    /// "Tue 3 Mar, 14:00" in local time (with the year when it is not this one), or "Not scheduled".
    static QString startText(const Interview &interview);

private:
    QList<Interview> fetchRows(int offset, int limit) const override;
    std::optional<Interview> fetchOne(qint64 id) const override;
    int fetchCount() const override;
    int fetchPosition(qint64 id) const override;
    void setQuery(const InterviewQuery &query);

    InterviewRepository &m_interviews;
    InterviewQuery m_query;
};

} // namespace Inroad
