#include "workspace.h"

namespace Inroad {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_people(m_database)
    , m_organizations(m_database)
    , m_profile(m_database)
    , m_interviews(m_database)
    , m_outreach(m_database)
    , m_followUps(m_database)
    , m_referrals(m_database)
    , m_careerFields(m_database)
    , m_dismissals(m_database)
    , m_workflow(*this)
{
}

Workspace::~Workspace() = default;

DatabaseReport Workspace::open(const QString &path)
{
    return m_database.open(path);
}

bool Workspace::isEmpty() const
{
    return m_people.count() == 0 && m_organizations.count() == 0;
}

} // namespace Inroad
