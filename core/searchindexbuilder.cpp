#include "searchindexbuilder.h"

#include "database.h"
#include "searchindex.h"

#include <QThread>

#include <memory>

namespace Inroad {

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    m_again = false;
    if (m_thread)
        m_thread->wait();
}

void SearchIndexBuilder::start(const QString &path)
{
    if (isRunning() && path == m_path) {
        m_again = true;
        return;
    }
    wait(); // another workspace's rebuild ends first
    m_path = path;
    launch();
}

bool SearchIndexBuilder::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SearchIndexBuilder::wait()
{
    while (m_thread) {
        m_thread->wait();
        if (!m_again)
            break;
        launch(); // the tables changed while the last rebuild ran
    }
}

void SearchIndexBuilder::launch()
{
    m_again = false;
    const QString path = m_path;
    const int run = ++m_runs;
    auto error = std::make_shared<QString>();
    if (m_thread)
        m_thread->wait(); // QThread::finished comes a moment before the thread has quite ended
    // The thread has a connection of its own; SQLite's locks and busy timeout order its writes
    // with those of the workspace's connection.
    m_thread.reset(QThread::create([path, error] {
        Database db;
        if (!db.openAlongside(path)) {
            *error = db.lastError();
            return;
        }
        SearchIndex index(db);
        if (!index.ensure())
            *error = index.lastError();
        db.close();
    }));
    // Delivered in this object's thread once the rebuild's thread has ended.
    connect(m_thread.get(), &QThread::finished, this, [this, run, error] { ended(run, *error); });
    m_thread->start(QThread::LowPriority);
    emit started();
}

void SearchIndexBuilder::ended(int run, const QString &error)
{
    if (run != m_runs)
        return; // a rebuild that followed reports when it ends
    if (m_again)
        launch();
    else
        emit finished(error);
}

} // namespace Inroad
