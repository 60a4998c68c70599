#include "statisticsarea.h"

#include "statisticsview.h"
#include "workspace.h"

#include <QTimer>
#include <QVBoxLayout>

namespace Inroad {

StatisticsArea::StatisticsArea(Workspace &workspace, QWidget *parent)
    : AreaView(parent)
    , m_workspace(workspace)
    , m_view(new StatisticsView(workspace.database(), this))
    , m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &StatisticsView::openSampleRequested, this, &StatisticsArea::openSampleRequested);

    // Many edits come in bursts (one undo step touches several tables): recount once, and only
    // while the dashboard is on screen; it recounts on every show anyway.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_view->isVisible())
            m_view->refresh();
        emit statusTextChanged();
    });
    const auto changed = [this] { m_refresh->start(); };
    for (Repository *repository : std::initializer_list<Repository *>{
             &workspace.people(), &workspace.interviews(), &workspace.referrals(), &workspace.followUps()}) {
        connect(repository, &Repository::added, this, changed);
        connect(repository, &Repository::changed, this, changed);
        connect(repository, &Repository::removed, this, changed);
    }
}

QString StatisticsArea::title() const
{
    return tr("Statistics");
}

QString StatisticsArea::statusText() const
{
    const int done = m_view->statistics().interviewsDone;
    return tr("%n interview(s) done", nullptr, done);
}

} // namespace Inroad
