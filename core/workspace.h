#pragma once

#include "database.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "profilerepository.h"

#include <QObject>

namespace Inroad {

/// An open workspace file and the repositories over it. Views and commands reach the data only
/// through these repositories.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens @p path with every safety check of Database::open().
    DatabaseReport open(const QString &path);

    Database &database() { return m_database; }
    PersonRepository &people() { return m_people; }
    OrganizationRepository &organizations() { return m_organizations; }
    ProfileRepository &profile() { return m_profile; }

    /// True when the workspace has no people and no organizations yet.
    bool isEmpty() const;

private:
    Database m_database;
    PersonRepository m_people;
    OrganizationRepository m_organizations;
    ProfileRepository m_profile;
};

} // namespace Inroad
