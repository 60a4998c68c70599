#pragma once

#include "areaview.h"

class QTimer;

namespace Inroad {

class StatisticsView;
class Workspace;

/// The Statistics area: the dashboard, kept up to date while the workspace changes. It has no list
/// to filter and nothing to add or delete.
class StatisticsArea final : public AreaView
{
    Q_OBJECT

public:
    explicit StatisticsArea(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void setFilterText(const QString &) override {}
    void addNew() override {}
    void deleteSelected() override {}
    bool canDelete() const override { return false; }
    QString statusText() const override;
    void showRecord(qint64) override {}

    StatisticsView *dashboard() const { return m_view; }

signals:
    void openSampleRequested();

private:
    Workspace &m_workspace;
    StatisticsView *m_view = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace Inroad
