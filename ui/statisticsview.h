#pragma once

#include "statisticsrepository.h"

#include <QDateTime>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChartView)
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Inroad {

class EmptyState;

/// The Statistics area: headline numbers and four charts of how the interviewing is going —
/// interviews per month, referrals per interview against the goal of two, thank-you notes sent
/// within 48 hours, and people at each pipeline stage. Until an interview is scheduled or done it
/// shows what to do first instead of empty charts.
///
/// The figures are read when the view is shown and on refresh(); the view does not watch the
/// workspace for changes.
class StatisticsView final : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(Database &db, QWidget *parent = nullptr);
    ~StatisticsView() override;

    /// Fixes the moment the statistics are computed for (tests, screenshots) and refreshes;
    /// an invalid QDateTime goes back to the clock.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    /// The figures currently shown.
    const Statistics &statistics() const { return m_statistics; }
    /// Whether the charts are shown (rather than the empty state).
    bool isShowingCharts() const;

public slots:
    /// Reads the figures again and redraws the dashboard.
    void refresh();

signals:
    /// The user asked for the sample workspace from the empty state.
    void openSampleRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeadline(const char *name, QLabel **value, QLabel **detail, const QString &caption);
    QChartView *createChartView(const char *name, const QString &accessibleName);
    int chartWidthNeeded() const;
    void updateChartColumns();
    void arrangeCharts(int columns);
    void showStatistics();
    void updateHeadlines();
    void updateInterviewsChart();
    void updateReferralsChart();
    void updateThanksChart();
    void updateStagesChart();
    QStringList monthLabels() const;

    StatisticsRepository m_repository;
    QDateTime m_now;
    Statistics m_statistics;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_dashboard = nullptr;
    EmptyState *m_emptyState = nullptr;
    QPushButton *m_sampleButton = nullptr;

    QLabel *m_doneValue = nullptr;
    QLabel *m_doneDetail = nullptr;
    QLabel *m_referralsValue = nullptr;
    QLabel *m_referralsDetail = nullptr;
    QLabel *m_thanksValue = nullptr;
    QLabel *m_thanksDetail = nullptr;
    QLabel *m_peopleValue = nullptr;
    QLabel *m_peopleDetail = nullptr;

    QChartView *m_interviewsChart = nullptr;
    QChartView *m_referralsChart = nullptr;
    QChartView *m_thanksChart = nullptr;
    QChartView *m_stagesChart = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    int m_chartColumns = 0;
};

} // namespace Inroad
