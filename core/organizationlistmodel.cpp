#include "organizationlistmodel.h"

#include "personrepository.h"
#include "recordcommands.h"
#include "validation.h"

#include <QUndoStack>

namespace Inroad {

OrganizationListModel::OrganizationListModel(OrganizationRepository &organizations, PersonRepository &people,
                                             QUndoStack *undoStack, QObject *parent)
    : PagedRecordModel<Organization>(parent)
    , m_organizations(organizations)
    , m_undoStack(undoStack)
{
    connect(&organizations, &OrganizationRepository::added, this, [this](qint64 id) { recordAdded(id); });
    connect(&organizations, &OrganizationRepository::changed, this, [this](qint64 id) { recordChanged(id); });
    connect(&organizations, &OrganizationRepository::removed, this, [this](qint64 id) { recordRemoved(id); });
    connect(&organizations, &OrganizationRepository::reloaded, this, [this] { reload(); });
    connect(&people, &PersonRepository::reloaded, this, [this] { reload(); });
    // The People column counts people: it changes when people join, leave or are deleted.
    const auto peopleChanged = [this] { refreshLoaded(m_query.sortField == OrganizationQuery::kSortByPeopleCount); };
    connect(&people, &PersonRepository::added, this, peopleChanged);
    connect(&people, &PersonRepository::changed, this, peopleChanged);
    connect(&people, &PersonRepository::removed, this, peopleChanged);
    reload();
}

int OrganizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Organization::Field OrganizationListModel::fieldOfColumn(int column)
{
    switch (column) {
    case IndustryColumn: return Organization::Industry;
    case WebsiteColumn: return Organization::Website;
    default: return Organization::Name;
    }
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == PeopleColumn)
            return o.peopleCount;
        return o.value(fieldOfColumn(index.column()));
    case Qt::TextAlignmentRole:
        if (index.column() == PeopleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return o.id;
    case OrganizationRole:
        return QVariant::fromValue(o);
    default:
        return {};
    }
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    if (section == PeopleColumn)
        return tr("People");
    return Organization::fieldLabel(fieldOfColumn(section));
}

Qt::ItemFlags OrganizationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != PeopleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrganizationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == PeopleColumn)
        return false;
    const Organization before = m_rows.at(index.row());
    Organization after = before;
    const Organization::Field field = fieldOfColumn(index.column());
    after.setValue(field, value);
    if (after.sameContent(before) || !validate(after).isEmpty())
        return false;
    const QString text = tr("Edit %1 of %2").arg(Organization::fieldLabel(field).toLower(), before.name);
    if (m_undoStack)
        m_undoStack->push(new EditRecordCommand<OrganizationRepository, Organization>(m_organizations, before, after, text));
    else if (!m_organizations.update(after))
        return false;
    return true;
}

void OrganizationListModel::sort(int column, Qt::SortOrder order)
{
    OrganizationQuery q = m_query;
    q.sortField = column == PeopleColumn ? OrganizationQuery::kSortByPeopleCount : int(fieldOfColumn(column));
    q.order = order;
    if (q.sortField == m_query.sortField && q.order == m_query.order)
        return;
    m_query = q;
    reload();
}

void OrganizationListModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_query.text)
        return;
    m_query.text = simplified;
    reload();
}

QList<Organization> OrganizationListModel::fetchRows(int offset, int limit) const
{
    return m_organizations.page(m_query, offset, limit);
}

std::optional<Organization> OrganizationListModel::fetchOne(qint64 id) const
{
    return m_organizations.find(id);
}

int OrganizationListModel::fetchCount() const
{
    return m_organizations.count(m_query);
}

int OrganizationListModel::fetchPosition(qint64 id) const
{
    return m_organizations.positionOf(id, m_query);
}

} // namespace Inroad
