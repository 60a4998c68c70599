#pragma once

#include "careerfieldrepository.h"
#include "database.h"
#include "dismissalrepository.h"
#include "followuprepository.h"
#include "interviewrepository.h"
#include "organizationrepository.h"
#include "outreachrepository.h"
#include "personrepository.h"
#include "profilerepository.h"
#include "referralrepository.h"
#include "workflow.h"

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
    InterviewRepository &interviews() { return m_interviews; }
    OutreachRepository &outreach() { return m_outreach; }
    FollowUpRepository &followUps() { return m_followUps; }
    ReferralRepository &referrals() { return m_referrals; }
    CareerFieldRepository &careerFields() { return m_careerFields; }
    DismissalRepository &dismissals() { return m_dismissals; }
    /// The method's rules, as undoable edits over these repositories.
    Workflow &workflow() { return m_workflow; }

    /// True when the workspace has no people and no organizations yet.
    bool isEmpty() const;

private:
    Database m_database;
    PersonRepository m_people;
    OrganizationRepository m_organizations;
    ProfileRepository m_profile;
    InterviewRepository m_interviews;
    OutreachRepository m_outreach;
    FollowUpRepository m_followUps;
    ReferralRepository m_referrals;
    CareerFieldRepository m_careerFields;
    DismissalRepository m_dismissals;
    Workflow m_workflow;
};

} // namespace Inroad
