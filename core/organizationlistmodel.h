#pragma once

#include "organization.h"
#include "organizationrepository.h"
#include "pagedrecordmodel.h"

class QUndoStack;

namespace Inroad {

class PersonRepository;

/// The Organizations list, loaded a page at a time; edits in the list are undo commands.
class OrganizationListModel final : public PagedRecordModel<Organization>
{
    Q_OBJECT

public:
    enum Column { NameColumn, IndustryColumn, WebsiteColumn, PeopleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OrganizationRole };

    OrganizationListModel(OrganizationRepository &organizations, PersonRepository &people, QUndoStack *undoStack,
                          QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    OrganizationQuery query() const { return m_query; }
    void setFilterText(const QString &text);

private:
    QList<Organization> fetchRows(int offset, int limit) const override;
    std::optional<Organization> fetchOne(qint64 id) const override;
    int fetchCount() const override;
    int fetchPosition(qint64 id) const override;
    static Organization::Field fieldOfColumn(int column);

    OrganizationRepository &m_organizations;
    QUndoStack *m_undoStack;
    OrganizationQuery m_query;
};

} // namespace Inroad
