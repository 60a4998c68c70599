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
    , m_questions(m_database)
    , m_interviewQuestions(m_database)
    , m_questionSets(m_database)
    , m_notes(m_database)
    , m_search(m_database)
    , m_workflow(*this)
{
    // A write waits for a rebuild of the search index on another connection instead of failing
    // on its lock after the busy timeout.
    m_database.setBeforeWrite([this] { m_searchBuilder.wait(); });
}

Workspace::~Workspace() = default;

DatabaseReport Workspace::open(const QString &path, Setup setup)
{
    m_searchBuilder.wait();
    DatabaseReport report = m_database.open(path);
    if (report.ok() && setup == Setup::Full) {
        m_questions.installShippedBankIfNeeded();
        // The index is optional: without it, search reads the tables instead.
        if (!m_search.ensure())
            qWarning("Inroad: the search index could not be built: %s", qPrintable(m_search.lastError()));
    }
    return report;
}

void Workspace::updateSearchIndexInBackground()
{
    if (m_database.isOpen() && m_search.hasFts5() && !m_search.isReady())
        m_searchBuilder.start(m_database.path());
}

bool Workspace::isEmpty() const
{
    return m_people.count() == 0 && m_organizations.count() == 0;
}

} // namespace Inroad
