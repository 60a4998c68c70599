#include "personlistmodel.h"

#include "organizationrepository.h"
#include "recordcommands.h"
#include "validation.h"

#include <QUndoStack>

namespace Inroad {

PersonListModel::PersonListModel(PersonRepository &people, OrganizationRepository &organizations,
                                 QUndoStack *undoStack, QObject *parent)
    : PagedRecordModel<Person>(parent)
    , m_people(people)
    , m_undoStack(undoStack)
{
    connect(&people, &PersonRepository::added, this, [this](qint64 id) { recordAdded(id); });
    connect(&people, &PersonRepository::changed, this, [this](qint64 id) { recordChanged(id); });
    connect(&people, &PersonRepository::removed, this, [this](qint64 id) { recordRemoved(id); });
    connect(&people, &PersonRepository::reloaded, this, [this] { reload(); });
    // An organization's name shows in this list; deleting one clears it from its people.
    const auto organizationsChanged = [this] {
        refreshLoaded(m_query.sortField == Person::OrganizationId || !m_query.text.isEmpty() || m_query.organizationId > 0);
    };
    connect(&organizations, &OrganizationRepository::changed, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::removed, this, organizationsChanged);
    connect(&organizations, &OrganizationRepository::added, this, organizationsChanged);
    reload();
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Person::Field PersonListModel::fieldOfColumn(int column)
{
    switch (column) {
    case FirstNameColumn: return Person::FirstName;
    case LastNameColumn: return Person::LastName;
    case OrganizationColumn: return Person::OrganizationId;
    case TitleColumn: return Person::Title;
    case StageColumn: return Person::Stage;
    case EmailColumn: return Person::Email;
    case PhoneColumn: return Person::Phone;
    default: return Person::LastName;
    }
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == OrganizationColumn)
            return p.organizationName;
        if (index.column() == StageColumn)
            return pipelineStageName(p.stage);
        return p.value(fieldOfColumn(index.column()));
    case Qt::EditRole:
        if (index.column() == OrganizationColumn)
            return p.organizationName;
        return p.value(fieldOfColumn(index.column()));
    case Qt::ToolTipRole:
        if (index.column() == FirstNameColumn || index.column() == LastNameColumn) {
            if (!p.pronunciation.isEmpty())
                return tr("%1 — say it “%2”").arg(p.displayName(), p.pronunciation);
            return p.displayName();
        }
        return {};
    case IdRole:
        return p.id;
    case PersonRole:
        return QVariant::fromValue(p);
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return Person::fieldLabel(fieldOfColumn(section));
}

Qt::ItemFlags PersonListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != OrganizationColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PersonListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == OrganizationColumn)
        return false;
    const Person before = m_rows.at(index.row());
    Person after = before;
    const Person::Field field = fieldOfColumn(index.column());
    after.setValue(field, value);
    if (after.sameContent(before))
        return false;
    if (!validate(after).isEmpty())
        return false;
    const QString text = tr("Edit %1 of %2").arg(Person::fieldLabel(field).toLower(), before.displayName());
    if (m_undoStack)
        m_undoStack->push(new EditRecordCommand<PersonRepository, Person>(m_people, before, after, text));
    else if (!m_people.update(after))
        return false;
    return true;
}

void PersonListModel::sort(int column, Qt::SortOrder order)
{
    PersonQuery q = m_query;
    q.sortField = fieldOfColumn(column);
    q.order = order;
    setQuery(q);
}

void PersonListModel::setFilterText(const QString &text)
{
    PersonQuery q = m_query;
    q.text = text.simplified();
    setQuery(q);
}

void PersonListModel::setStageFilter(int stage)
{
    PersonQuery q = m_query;
    q.stage = stage;
    setQuery(q);
}

void PersonListModel::setOrganizationFilter(qint64 organizationId)
{
    PersonQuery q = m_query;
    q.organizationId = organizationId;
    setQuery(q);
}

void PersonListModel::setQuery(const PersonQuery &query)
{
    if (query.text == m_query.text && query.stage == m_query.stage && query.organizationId == m_query.organizationId
        && query.sortField == m_query.sortField && query.order == m_query.order)
        return;
    m_query = query;
    reload();
}

QList<Person> PersonListModel::fetchRows(int offset, int limit) const
{
    return m_people.page(m_query, offset, limit);
}

std::optional<Person> PersonListModel::fetchOne(qint64 id) const
{
    return m_people.find(id);
}

int PersonListModel::fetchCount() const
{
    return m_people.count(m_query);
}

int PersonListModel::fetchPosition(qint64 id) const
{
    return m_people.positionOf(id, m_query);
}

} // namespace Inroad
