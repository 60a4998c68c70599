#pragma once

#include "careerfieldrepository.h"
#include "database.h"
#include "dismissalrepository.h"
#include "followuprepository.h"
#include "interviewquestionrepository.h"
#include "interviewrepository.h"
#include "noterepository.h"
#include "organizationrepository.h"
#include "outreachrepository.h"
#include "personrepository.h"
#include "profilerepository.h"
#include "questionrepository.h"
#include "questionsetrepository.h"
#include "referralrepository.h"
#include "searchindex.h"
#include "searchindexbuilder.h"
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

    /// What opening may set up in the workspace besides the checks and migrations.
    enum class Setup {
        Full,    ///< a workspace that has never had the shipped question bank gets it
        ReadOnly ///< nothing is added (command-line verbs that promise only to read)
    };

    /// Opens @p path with every safety check of Database::open().
    DatabaseReport open(const QString &path, Setup setup = Setup::Full);

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
    QuestionRepository &questions() { return m_questions; }
    InterviewQuestionRepository &interviewQuestions() { return m_interviewQuestions; }
    QuestionSetRepository &questionSets() { return m_questionSets; }
    NoteRepository &notes() { return m_notes; }
    /// Search over everything; open() makes its index ready (Setup::Full only).
    SearchIndex &search() { return m_search; }
    /// When the search index is out of date (a large import suspended it), brings it up to date
    /// on another thread; search reads the tables meanwhile, and a write waits for it.
    void updateSearchIndexInBackground();
    /// Returns once the search index is no longer being brought up to date in the background.
    void waitForSearchIndex() { m_searchBuilder.wait(); }
    /// Reports when the search index is brought up to date in the background, and how it ended.
    SearchIndexBuilder &searchIndexBuilder() { return m_searchBuilder; }
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
    QuestionRepository m_questions;
    InterviewQuestionRepository m_interviewQuestions;
    QuestionSetRepository m_questionSets;
    NoteRepository m_notes;
    SearchIndex m_search;
    Workflow m_workflow;
    // Last: destroyed first, it waits for a rebuild that still uses the file.
    SearchIndexBuilder m_searchBuilder;
};

} // namespace Inroad
