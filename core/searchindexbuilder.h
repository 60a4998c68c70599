#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Inroad {

/// Rebuilds a workspace's search index on a thread and a connection of its own, so that the window
/// stays usable after an import of thousands of people (an index rebuild of 100,000 people takes
/// about a second and a half). Until the rebuild commits, search reads the tables and finds the
/// same records; a write on the workspace's own connection meanwhile waits for it (Workspace).
class SearchIndexBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexBuilder)

public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);
    /// Waits for a running rebuild; one that was to follow it is not started.
    ~SearchIndexBuilder() override;

    /// Starts bringing the index of the workspace at @p path up to date. When a rebuild is already
    /// running, another one follows it, for the tables may have changed since it began.
    void start(const QString &path);
    bool isRunning() const;
    /// Returns once no rebuild runs or is to follow.
    void wait();

signals:
    void started();
    /// A rebuild ended; @p error says why it failed, empty when it succeeded.
    void finished(const QString &error);

private:
    void launch();
    void ended(int run, const QString &error);

    std::unique_ptr<QThread> m_thread;
    QString m_path;
    bool m_again = false;
    int m_runs = 0; ///< rebuilds started so far; only the latest one reports
};

} // namespace Inroad
