#include "statisticsview.h"

#include "emptystate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Inroad {

namespace {

// Colours that read on light and dark backgrounds alike and stay apart for colour-blind eyes
// (the Okabe–Ito set).
const QColor kBlue(0x00, 0x72, 0xb2);
const QColor kSkyBlue(0x56, 0xb4, 0xe9);
const QColor kGreen(0x00, 0x9e, 0x73);
const QColor kOrange(0xe6, 0x9f, 0x00);
const QColor kVermillion(0xd5, 0x5e, 0x00);
const QColor kGrey(0x99, 0x99, 0x99);

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Removes every series and axis, so that a chart can be drawn again from new figures.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis for counts: whole numbers from zero, with a step of 1, 2 or 5 times a power of ten
// so that there are at most five intervals.
void setCountRange(QValueAxis *axis, double maximum)
{
    const int top = std::max(1, int(std::ceil(maximum)));
    int step = 1;
    for (int magnitude = 1; top > 5 * step; magnitude *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (top <= 5 * step)
                break;
        }
    }
    axis->setRange(0, double((top + step - 1) / step * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%i"));
}

} // namespace

StatisticsView::StatisticsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_repository(db)
{
    auto *headlines = new QHBoxLayout;
    headlines->setSpacing(fontMetrics().averageCharWidth() * 3);
    headlines->addWidget(createHeadline("interviewsDone", &m_doneValue, &m_doneDetail, tr("interviews done")));
    headlines->addWidget(
        createHeadline("referrals", &m_referralsValue, &m_referralsDetail, tr("referrals per interview")));
    headlines->addWidget(createHeadline("thanks", &m_thanksValue, &m_thanksDetail, tr("thanked within 48 hours")));
    headlines->addWidget(createHeadline("people", &m_peopleValue, &m_peopleDetail, tr("people in your notebook")));

    m_interviewsChart = createChartView("interviewsChart", tr("Interviews per month"));
    m_referralsChart = createChartView("referralsChart", tr("Referrals per interview"));
    m_thanksChart = createChartView("thanksChart", tr("Thank-you notes"));
    m_stagesChart = createChartView("stagesChart", tr("People at each stage"));
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(fontMetrics().height());

    m_dashboard = new QWidget;
    m_dashboard->setObjectName(QStringLiteral("statisticsDashboard"));
    auto *dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setSpacing(fontMetrics().height());
    dashboardLayout->addLayout(headlines);
    dashboardLayout->addLayout(m_chartGrid, 1);
    // On a small screen the charts keep a readable size and the page scrolls.
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_dashboard);
    arrangeCharts(2);

    m_emptyState = new EmptyState;
    m_emptyState->setObjectName(QStringLiteral("noInterviewsState"));
    m_sampleButton = m_emptyState->addButton(tr("Open Sample Workspace"));
    connect(m_sampleButton, &QPushButton::clicked, this, &StatisticsView::openSampleRequested);

    m_pages = new QStackedWidget;
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    refresh();
}

StatisticsView::~StatisticsView() = default;

QWidget *StatisticsView::createHeadline(const char *name, QLabel **value, QLabel **detail, const QString &caption)
{
    auto *tile = new QWidget;
    tile->setObjectName(QLatin1String(name) + QStringLiteral("Headline"));
    *value = new QLabel;
    (*value)->setObjectName(QLatin1String(name) + QStringLiteral("Value"));
    (*value)->setTextFormat(Qt::PlainText);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    (*value)->setFont(valueFont);
    auto *captionLabel = new QLabel(caption);
    captionLabel->setTextFormat(Qt::PlainText);
    captionLabel->setWordWrap(true);
    *detail = new QLabel;
    (*detail)->setObjectName(QLatin1String(name) + QStringLiteral("Detail"));
    (*detail)->setTextFormat(Qt::PlainText);
    (*detail)->setWordWrap(true);
    (*detail)->setForegroundRole(QPalette::PlaceholderText);
    auto *tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(0, 0, 0, 0);
    tileLayout->setSpacing(2);
    tileLayout->addWidget(*value);
    tileLayout->addWidget(captionLabel);
    tileLayout->addWidget(*detail);
    tileLayout->addStretch();
    return tile;
}

QChartView *StatisticsView::createChartView(const char *name, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

bool StatisticsView::isShowingCharts() const
{
    return m_pages->currentIndex() == 0;
}

void StatisticsView::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void StatisticsView::refresh()
{
    m_statistics = m_repository.compute(m_now.isValid() ? m_now : QDateTime::currentDateTime());
    showStatistics();
}

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Other areas may have changed the workspace while this one was hidden.
    if (!event->spontaneous())
        refresh();
}

void StatisticsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateChartColumns();
}

// The width a chart needs for every month's name to be printed in full under its bar; Qt Charts
// shortens a name to "M..." when its category is narrower.
int StatisticsView::chartWidthNeeded() const
{
    const QFontMetrics metrics(font());
    int widest = 0;
    const QStringList labels = monthLabels();
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return int(labels.size()) * (widest + metrics.height()) + metrics.horizontalAdvance(QStringLiteral("0000"))
           + 2 * metrics.height();
}

// Two charts side by side where both fit at full width, otherwise one above the other.
void StatisticsView::updateChartColumns()
{
    const int needed = chartWidthNeeded();
    for (QChartView *view : {m_interviewsChart, m_referralsChart, m_thanksChart, m_stagesChart})
        view->setMinimumWidth(needed);
    const QMargins margins = m_dashboard->layout()->contentsMargins();
    // Measured without the scroll bar, so that its coming and going cannot flip the layout.
    const int available =
        width() - margins.left() - margins.right() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    arrangeCharts(available >= 2 * needed + m_chartGrid->spacing() ? 2 : 1);
}

void StatisticsView::arrangeCharts(int columns)
{
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    const QList<QChartView *> views{m_interviewsChart, m_referralsChart, m_thanksChart, m_stagesChart};
    // One above the other, a chart is wide and gets a little more height to stay legible.
    const int minimumHeight = fontMetrics().height() * (columns == 1 ? 20 : 17);
    for (QChartView *view : views) {
        m_chartGrid->removeWidget(view);
        view->setMinimumHeight(minimumHeight);
    }
    for (int i = 0; i < views.size(); ++i)
        m_chartGrid->addWidget(views.at(i), i / columns, i % columns);
    for (int column = 0; column < 2; ++column)
        m_chartGrid->setColumnStretch(column, column < columns ? 1 : 0);
    for (int row = 0; row < 4; ++row)
        m_chartGrid->setRowStretch(row, row < (int(views.size()) + columns - 1) / columns ? 1 : 0);
}

void StatisticsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts copy colours and fonts when they are drawn; follow a change of theme or font.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_pages)
        showStatistics();
}

void StatisticsView::showStatistics()
{
    const Statistics &s = m_statistics;
    if (!s.error.isEmpty()) {
        m_emptyState->setTitle(tr("The statistics could not be read"));
        m_emptyState->setText(tr("The workspace answered: %1").arg(s.error));
        m_sampleButton->hide();
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    if (!s.hasInterviews()) {
        m_emptyState->setTitle(tr("Nothing to count yet"));
        m_emptyState->setText(
            s.people == 0
                ? tr("Charts of your progress appear here once you have an interview on the calendar. Start by "
                     "adding a few people whose work you’d like to learn about, then ask one of them for a short "
                     "conversation.")
                : tr("Charts of your progress appear here once you have an interview on the calendar. Pick "
                     "someone from your %n people and ask for 20 to 30 minutes to learn about their work.",
                     nullptr, s.people));
        m_sampleButton->show();
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    m_pages->setCurrentIndex(0);
    updateChartColumns();
    updateHeadlines();
    updateInterviewsChart();
    updateReferralsChart();
    updateThanksChart();
    updateStagesChart();
}

void StatisticsView::updateHeadlines()
{
    const Statistics &s = m_statistics;
    const QLocale locale;
    m_doneValue->setText(locale.toString(s.interviewsDone));
    m_doneDetail->setText(tr("%n still scheduled", nullptr, s.interviewsScheduled));

    m_referralsValue->setText(s.interviewsDone > 0 ? locale.toString(s.averageReferrals(), 'f', 1) : tr("–"));
    m_referralsDetail->setText(tr("Goal: %1. Reached in %2 of %3.")
                                   .arg(locale.toString(Statistics::kReferralGoal),
                                        locale.toString(s.interviewsReachingGoal), locale.toString(s.interviewsDone)));

    m_thanksValue->setText(
        s.interviewsDone > 0 ? tr("%1 %").arg(locale.toString(qRound(s.thanks.shareWithinTwoDays() * 100))) : tr("–"));
    m_thanksDetail->setText(
        tr("%1 of %n done interviews", nullptr, s.interviewsDone).arg(locale.toString(s.thanks.withinTwoDays)));

    m_peopleValue->setText(locale.toString(s.people));
    m_peopleDetail->setText(
        tr("%n not contacted yet", nullptr, s.peopleByStage[std::size_t(PipelineStage::Identified)]));
}

QStringList StatisticsView::monthLabels() const
{
    const QLocale locale;
    QStringList labels;
    for (const MonthStatistics &m : m_statistics.months)
        labels << locale.toString(m.month, QStringLiteral("MMM"));
    labels.removeDuplicates();
    if (labels.size() == m_statistics.months.size())
        return labels;
    // Over a year, month names repeat; the category axis needs every label to differ.
    labels.clear();
    for (const MonthStatistics &m : m_statistics.months)
        labels << locale.toString(m.month, QStringLiteral("MMM yy"));
    return labels;
}

namespace {

// What every chart shares: fonts from the widget, text and grid in the palette's colours, no
// background of its own, no animation.
void styleChart(QChart *chart, const QWidget *widget)
{
    const QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QFont titleFont = widget->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setFont(widget->font());
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(widget->font());
        axis->setLabelsColor(text);
        axis->setTitleFont(widget->font());
        axis->setTitleBrush(withAlpha(text, 200));
        axis->setLinePenColor(withAlpha(text, 110));
        axis->setGridLineColor(withAlpha(text, 40));
    }
}

QBarSet *makeBarSet(const QString &label, const char *name, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setObjectName(QLatin1String(name));
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

void StatisticsView::updateInterviewsChart()
{
    QChart *chart = m_interviewsChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Interviews per month"));

    QBarSet *done = makeBarSet(tr("Done"), "doneSet", kBlue);
    QBarSet *scheduled = makeBarSet(tr("Scheduled"), "scheduledSet", kSkyBlue);
    int highest = 0;
    for (const MonthStatistics &m : m_statistics.months) {
        done->append(m.done);
        scheduled->append(m.scheduled);
        highest = std::max(highest, m.done + m.scheduled);
    }
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("interviewsSeries"));
    series->append(done);
    series->append(scheduled);
    chart->addSeries(series);

    auto *months = new QBarCategoryAxis;
    months->append(monthLabels());
    const QLocale locale;
    months->setTitleText(tr("%1 to %2")
                             .arg(locale.toString(m_statistics.months.constFirst().month, QStringLiteral("MMMM yyyy")),
                                  locale.toString(m_statistics.months.constLast().month, QStringLiteral("MMMM yyyy"))));
    months->setGridLineVisible(false);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *counts = new QValueAxis;
    setCountRange(counts, highest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    styleChart(chart, this);
}

void StatisticsView::updateReferralsChart()
{
    QChart *chart = m_referralsChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Referrals per interview"));

    QBarSet *average = makeBarSet(tr("Average of the month’s interviews"), "referralsSet", kGreen);
    double highest = 0;
    for (const MonthStatistics &m : m_statistics.months) {
        average->append(m.averageReferrals());
        highest = std::max(highest, m.averageReferrals());
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("referralsSeries"));
    series->append(average);
    chart->addSeries(series);

    // The goal as a line across the whole plot: categories sit at 0, 1, 2… on the shared axis.
    auto *goal = new QLineSeries;
    goal->setObjectName(QStringLiteral("goalSeries"));
    goal->setName(tr("Goal: %1 per interview").arg(QLocale().toString(Statistics::kReferralGoal)));
    const double lastCategory = double(m_statistics.months.size()) - 0.5;
    goal->append(-0.5, Statistics::kReferralGoal);
    goal->append(lastCategory, Statistics::kReferralGoal);
    QPen goalPen(kVermillion);
    goalPen.setWidthF(2.5);
    goalPen.setStyle(Qt::DashLine);
    goal->setPen(goalPen);
    chart->addSeries(goal);

    auto *months = new QBarCategoryAxis;
    months->append(monthLabels());
    months->setGridLineVisible(false);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    goal->attachAxis(months);
    auto *counts = new QValueAxis;
    setCountRange(counts, std::max(highest, double(Statistics::kReferralGoal + 1)));
    counts->setTitleText(tr("referrals"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    goal->attachAxis(counts);
    styleChart(chart, this);
}

void StatisticsView::updateThanksChart()
{
    const ThankYouStatistics &t = m_statistics.thanks;
    QChart *chart = m_thanksChart->chart();
    clearChart(chart);
    const QLocale locale;
    chart->setTitle(t.total() > 0 ? tr("Thank-you notes: %1 % sent within 48 hours")
                                        .arg(locale.toString(qRound(t.shareWithinTwoDays() * 100)))
                                  : tr("Thank-you notes: no interview done yet"));

    auto *series = new QPieSeries;
    series->setObjectName(QStringLiteral("thanksSeries"));
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    const struct
    {
        QString label;
        const char *name;
        int count;
        QColor color;
    } slices[] = {
        {tr("Within 48 hours"), "withinSlice", t.withinTwoDays, kGreen},
        {tr("Later"), "lateSlice", t.late, kOrange},
        {tr("Not sent yet"), "notYetSlice", t.notYet, kGrey},
    };
    for (const auto &entry : slices) {
        auto *slice = new QPieSlice(tr("%1: %2").arg(entry.label, locale.toString(entry.count)), entry.count);
        slice->setObjectName(QLatin1String(entry.name));
        slice->setColor(entry.color);
        slice->setBorderColor(palette().color(QPalette::Window));
        slice->setBorderWidth(2);
        series->append(slice);
    }
    chart->addSeries(series);
    styleChart(chart, this);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void StatisticsView::updateStagesChart()
{
    QChart *chart = m_stagesChart->chart();
    clearChart(chart);
    chart->setTitle(tr("People at each stage"));

    // Horizontal bars run from the bottom up, and a category axis cannot be reversed: the stages are
    // added last to first so that the method's order reads from the top down.
    QBarSet *people = makeBarSet(tr("People"), "stagesSet", kBlue);
    QStringList stages;
    int highest = 0;
    for (int stage = kPipelineStageCount - 1; stage >= 0; --stage) {
        const int count = m_statistics.peopleByStage[std::size_t(stage)];
        people->append(count);
        stages << pipelineStageName(PipelineStage(stage));
        highest = std::max(highest, count);
    }
    people->setLabelColor(palette().color(QPalette::WindowText));
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("stagesSeries"));
    series->append(people);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *stageAxis = new QBarCategoryAxis;
    stageAxis->append(stages);
    stageAxis->setGridLineVisible(false);
    chart->addAxis(stageAxis, Qt::AlignLeft);
    series->attachAxis(stageAxis);
    auto *counts = new QValueAxis;
    // Room to the right of the longest bar for its number.
    setCountRange(counts, highest * 1.1);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    styleChart(chart, this);
    chart->legend()->hide();
}

} // namespace Inroad
