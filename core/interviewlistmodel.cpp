#include "interviewlistmodel.h"

#include "timetext.h"
#include "workspace.h"

#include <QLocale>
#include <QPalette>

namespace Inroad {

namespace {

InterviewQuery::SortKey sortKeyOf(int column)
{
    switch (column) {
    case InterviewListModel::PersonColumn: return InterviewQuery::ByPerson;
    case InterviewListModel::OrganizationColumn: return InterviewQuery::ByOrganization;
    case InterviewListModel::FieldColumn: return InterviewQuery::ByField;
    case InterviewListModel::ModeColumn: return InterviewQuery::ByMode;
    case InterviewListModel::StatusColumn: return InterviewQuery::ByStatus;
    default: return InterviewQuery::ByStart;
    }
}

} // namespace

InterviewListModel::InterviewListModel(Workspace &workspace, QObject *parent)
    : PagedRecordModel<Interview>(parent)
    , m_interviews(workspace.interviews())
{
    connect(&m_interviews, &InterviewRepository::added, this, [this](qint64 id) { recordAdded(id); });
    connect(&m_interviews, &InterviewRepository::changed, this, [this](qint64 id) { recordChanged(id); });
    connect(&m_interviews, &InterviewRepository::removed, this, [this](qint64 id) { recordRemoved(id); });
    // Names shown in the rows live in other tables; a rename may also reorder the list.
    const auto namesChanged = [this] {
        const InterviewQuery::SortKey key = m_query.sortKey;
        refreshLoaded(key == InterviewQuery::ByPerson || key == InterviewQuery::ByOrganization
                      || key == InterviewQuery::ByField || !m_query.text.isEmpty());
    };
    connect(&workspace.people(), &PersonRepository::changed, this, namesChanged);
    connect(&workspace.people(), &PersonRepository::removed, this, namesChanged);
    connect(&workspace.organizations(), &OrganizationRepository::changed, this, namesChanged);
    connect(&workspace.organizations(), &OrganizationRepository::removed, this, namesChanged);
    connect(&workspace.careerFields(), &CareerFieldRepository::changed, this, namesChanged);
    // The Referrals column counts referrals.
    const auto referralsChanged = [this] { refreshLoaded(false); };
    connect(&workspace.referrals(), &ReferralRepository::added, this, referralsChanged);
    connect(&workspace.referrals(), &ReferralRepository::removed, this, referralsChanged);
    reload();
}

int InterviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InterviewListModel::startText(const Interview &interview)
{
    if (!interview.isScheduled())
        return tr("Not scheduled");
    const QLocale locale;
    const QDateTime local = interview.scheduledStart.toLocalTime();
    // The year only when it is not this one: the column stays narrow.
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    return locale.toString(local.date(), thisYear ? QStringLiteral("ddd d MMM") : QStringLiteral("ddd d MMM yyyy"))
        + QStringLiteral(", ") + shortTimeText(locale, local.time());
}

QVariant InterviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interview &i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn: return startText(i);
        case PersonColumn: return i.personName;
        case OrganizationColumn: return i.organizationName;
        case FieldColumn: return i.fieldName;
        case ModeColumn: return interviewModeName(i.mode);
        case StatusColumn: return interviewStatusName(i.status);
        case ReferralsColumn: return i.status == InterviewStatus::Done ? QVariant(i.referralCount) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReferralsColumn && i.status == InterviewStatus::Done && i.referralCount < 2)
            return tr("Fewer than two referrals: ask whom else they would suggest you talk to.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ReferralsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (i.status == InterviewStatus::Cancelled)
            return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return i.id;
    case InterviewRole:
        return QVariant::fromValue(i);
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn: return tr("When");
    case PersonColumn: return tr("Person");
    case OrganizationColumn: return tr("Organization");
    case FieldColumn: return tr("Career field");
    case ModeColumn: return tr("Mode");
    case StatusColumn: return tr("Status");
    case ReferralsColumn: return tr("Referrals");
    }
    return {};
}

void InterviewListModel::sort(int column, Qt::SortOrder order)
{
    InterviewQuery query = m_query;
    query.sortKey = sortKeyOf(column);
    query.order = order;
    setQuery(query);
}

void InterviewListModel::setFilterText(const QString &text)
{
    InterviewQuery query = m_query;
    query.text = text.simplified();
    setQuery(query);
}

void InterviewListModel::setScope(InterviewQuery::Scope scope, InterviewStatus status)
{
    InterviewQuery query = m_query;
    query.scope = scope;
    query.status = status;
    setQuery(query);
}

void InterviewListModel::setQuery(const InterviewQuery &query)
{
    if (query.text == m_query.text && query.scope == m_query.scope && query.status == m_query.status
        && query.sortKey == m_query.sortKey && query.order == m_query.order && query.personId == m_query.personId)
        return;
    m_query = query;
    reload();
}

QList<Interview> InterviewListModel::fetchRows(int offset, int limit) const
{
    return m_interviews.page(m_query, offset, limit);
}

std::optional<Interview> InterviewListModel::fetchOne(qint64 id) const
{
    return m_interviews.find(id);
}

int InterviewListModel::fetchCount() const
{
    return m_interviews.count(m_query);
}

int InterviewListModel::fetchPosition(qint64 id) const
{
    return m_interviews.positionOf(id, m_query);
}

} // namespace Inroad
