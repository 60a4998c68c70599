#pragma once

#include "pagedrecordmodel.h"
#include "person.h"
#include "personrepository.h"

class QUndoStack;

namespace Inroad {

class OrganizationRepository;

/// The People list: one row per person, loaded a page at a time, sorted and filtered by the
/// repository. Edits made in the list become undo commands on the given stack.
class PersonListModel final : public PagedRecordModel<Person>
{
    Q_OBJECT

public:
    enum Column { FirstNameColumn, LastNameColumn, OrganizationColumn, TitleColumn, StageColumn, EmailColumn, PhoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PersonRole };

    PersonListModel(PersonRepository &people, OrganizationRepository &organizations, QUndoStack *undoStack,
                    QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PersonQuery query() const { return m_query; }
    void setFilterText(const QString &text);
    void setStageFilter(int stage);
    void setOrganizationFilter(qint64 organizationId);

    static Person::Field fieldOfColumn(int column);

private:
    QList<Person> fetchRows(int offset, int limit) const override;
    std::optional<Person> fetchOne(qint64 id) const override;
    int fetchCount() const override;
    int fetchPosition(qint64 id) const override;
    void setQuery(const PersonQuery &query);

    PersonRepository &m_people;
    QUndoStack *m_undoStack;
    PersonQuery m_query;
};

} // namespace Inroad
