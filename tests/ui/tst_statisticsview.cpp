#include "emptystate.h"
#include "sampleworkspace.h"
#include "statisticsview.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTest>

#include <memory>

using namespace Inroad;
using namespace InroadTest;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);

qint64 insertPerson(const QSqlDatabase &db, int stage)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO people (first_name, pipeline_stage, created_at, updated_at) "
                             "VALUES ('Test', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    q.addBindValue(stage);
    if (!q.exec())
        qFatal("cannot insert a person: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

qint64 insertInterview(const QSqlDatabase &db, int status, const QString &start, const QString &thanksDay = {})
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO interviews (person_id, scheduled_start, status, thanks_sent_on, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    q.addBindValue(insertPerson(db, 3));
    q.addBindValue(start);
    q.addBindValue(status);
    q.addBindValue(thanksDay.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(thanksDay));
    if (!q.exec())
        qFatal("cannot insert an interview: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

void insertReferrals(const QSqlDatabase &db, qint64 interviewId, int count)
{
    for (int i = 0; i < count; ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO referrals (referred_id, interview_id, created_at) "
                                 "VALUES (?, ?, '2026-01-01T00:00:00Z')"));
        q.addBindValue(insertPerson(db, 0));
        q.addBindValue(interviewId);
        if (!q.exec())
            qFatal("cannot insert a referral: %s", qPrintable(q.lastError().text()));
    }
}

template<class Series>
Series *seriesOf(const QChartView *view)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (auto *found = qobject_cast<Series *>(series))
            return found;
    }
    return nullptr;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

} // namespace

class TestStatisticsView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_workspace = std::make_unique<TempWorkspace>(); }

    void cleanup()
    {
        m_view.reset();
        m_workspace.reset();
    }

    void emptyWorkspaceSaysWhatToDoFirst()
    {
        showView();
        QVERIFY(!m_view->isShowingCharts());
        auto *empty = m_view->findChild<EmptyState *>(QStringLiteral("noInterviewsState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->title().isEmpty());
        QVERIFY(empty->text().contains(QStringLiteral("people")));
        QVERIFY(!chart("interviewsChart")->isVisible());

        QSignalSpy sample(m_view.get(), &StatisticsView::openSampleRequested);
        const QList<QPushButton *> buttons = empty->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        buttons.constFirst()->click();
        QCOMPARE(sample.count(), 1);
    }

    void peopleWithoutInterviewsStillShowTheEmptyState()
    {
        const QSqlDatabase db = m_workspace->db().connection();
        insertPerson(db, 0);
        insertPerson(db, 1);
        // A cancelled interview and an idea are nothing to chart yet.
        insertInterview(db, 4, QStringLiteral("2026-03-02T15:00:00Z"));
        insertInterview(db, 0, QString());
        showView();
        QVERIFY(!m_view->isShowingCharts());
        auto *empty = m_view->findChild<EmptyState *>(QStringLiteral("noInterviewsState"));
        QVERIFY(empty->text().contains(QStringLiteral("4 people")));
    }

    void refreshShowsTheChartsOnceThereIsAnInterview()
    {
        showView();
        QVERIFY(!m_view->isShowingCharts());
        insertInterview(m_workspace->db().connection(), 2, QStringLiteral("2026-03-20T15:00:00Z"));
        m_view->refresh();
        QVERIFY(m_view->isShowingCharts());
        QVERIFY(chart("interviewsChart")->isVisible());
        QVERIFY(!m_view->findChild<EmptyState *>(QStringLiteral("noInterviewsState"))->isVisible());
        QCOMPARE(m_view->statistics().interviewsScheduled, 1);
    }

    void chartsHoldTheRepositoryFigures()
    {
        const QSqlDatabase db = m_workspace->db().connection();
        const qint64 february =
            insertInterview(db, 3, QStringLiteral("2026-02-10T16:00:00Z"), QStringLiteral("2026-02-11"));
        const qint64 march =
            insertInterview(db, 3, QStringLiteral("2026-03-03T16:00:00Z"), QStringLiteral("2026-03-09"));
        insertInterview(db, 3, QStringLiteral("2026-03-05T16:00:00Z"));
        insertInterview(db, 2, QStringLiteral("2026-03-25T16:00:00Z"));
        insertReferrals(db, february, 3);
        insertReferrals(db, march, 1);
        showView();
        QVERIFY(m_view->isShowingCharts());

        const Statistics &s = m_view->statistics();
        QCOMPARE(s.now, kNow);
        QCOMPARE(s.interviewsDone, 3);
        const int months = int(s.months.size());
        QCOMPARE(months, 12);

        auto *interviews = seriesOf<QStackedBarSeries>(chart("interviewsChart"));
        QVERIFY(interviews);
        QCOMPARE(interviews->count(), 2);
        QList<qreal> done;
        QList<qreal> scheduled;
        QList<qreal> referrals;
        for (const MonthStatistics &m : s.months) {
            done << m.done;
            scheduled << m.scheduled;
            referrals << m.averageReferrals();
        }
        QCOMPARE(valuesOf(interviews->barSets().at(0)), done);
        QCOMPARE(valuesOf(interviews->barSets().at(1)), scheduled);
        QCOMPARE(done.constLast(), 2.0);
        QCOMPARE(scheduled.constLast(), 1.0);
        QCOMPARE(done.at(months - 2), 1.0);

        auto *perInterview = seriesOf<QBarSeries>(chart("referralsChart"));
        QVERIFY(perInterview);
        QCOMPARE(valuesOf(perInterview->barSets().constFirst()), referrals);
        QCOMPARE(referrals.at(months - 2), 3.0);
        QCOMPARE(referrals.constLast(), 0.5);
        auto *goal = seriesOf<QLineSeries>(chart("referralsChart"));
        QVERIFY(goal);
        QCOMPARE(goal->count(), 2);
        QCOMPARE(goal->at(0).y(), 2.0);
        QCOMPARE(goal->at(1).y(), 2.0);

        auto *thanks = seriesOf<QPieSeries>(chart("thanksChart"));
        QVERIFY(thanks);
        QCOMPARE(thanks->count(), 3);
        QCOMPARE(thanks->slices().at(0)->value(), 1.0); // within 48 hours
        QCOMPARE(thanks->slices().at(1)->value(), 1.0); // later
        QCOMPARE(thanks->slices().at(2)->value(), 1.0); // not yet
        QVERIFY(chart("thanksChart")->chart()->title().contains(QStringLiteral("33")));

        auto *stages = seriesOf<QHorizontalBarSeries>(chart("stagesChart"));
        QVERIFY(stages);
        // Listed from the last stage to the first, so that the first is drawn at the top.
        QList<qreal> perStage;
        QStringList stageNames;
        for (int stage = kPipelineStageCount - 1; stage >= 0; --stage) {
            perStage << s.peopleByStage[std::size_t(stage)];
            stageNames << pipelineStageName(PipelineStage(stage));
        }
        QCOMPARE(valuesOf(stages->barSets().constFirst()), perStage);
        QCOMPARE(perStage.at(5), 4.0); // identified: the referred people
        QCOMPARE(perStage.at(2), 4.0); // interviewed
        auto *stageAxis = qobject_cast<QBarCategoryAxis *>(stages->attachedAxes().at(0));
        if (!stageAxis)
            stageAxis = qobject_cast<QBarCategoryAxis *>(stages->attachedAxes().at(1));
        QVERIFY(stageAxis);
        QCOMPARE(stageAxis->categories(), stageNames);

        QCOMPARE(label("interviewsDoneValue")->text(), QStringLiteral("3"));
        QCOMPARE(label("referralsValue")->text(), QStringLiteral("1.3"));
        QVERIFY(label("referralsDetail")->text().contains(QStringLiteral("2")));
        QCOMPARE(label("thanksValue")->text(), QStringLiteral("33 %"));
        QCOMPARE(label("peopleValue")->text(), QStringLiteral("8"));
    }

    void setNowMovesTheWindow()
    {
        insertInterview(m_workspace->db().connection(), 3, QStringLiteral("2026-02-10T16:00:00Z"));
        showView();
        QCOMPARE(m_view->statistics().months.constLast().month, QDate(2026, 3, 1));
        m_view->setNow(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
        QCOMPARE(m_view->statistics().months.constLast().month, QDate(2026, 6, 1));
        auto *interviews = seriesOf<QStackedBarSeries>(chart("interviewsChart"));
        QCOMPARE(interviews->barSets().at(0)->at(7), 1.0); // February, four months before June
    }

    void chartsStackOnANarrowPane()
    {
        insertInterview(m_workspace->db().connection(), 3, QStringLiteral("2026-02-10T16:00:00Z"));
        showView();
        QChartView *interviews = chart("interviewsChart");
        QChartView *referrals = chart("referralsChart");
        m_view->resize(1800, 900);
        QTRY_COMPARE(referrals->y(), interviews->y());
        QVERIFY(referrals->x() > interviews->x());
        // Too narrow for two charts with every month's name in full: one above the other.
        m_view->resize(800, 900);
        QTRY_VERIFY(referrals->y() > interviews->y());
        QCOMPARE(referrals->x(), interviews->x());
        QVERIFY(interviews->width() >= interviews->minimumWidth());
    }

    void sampleWorkspaceFillsEveryChart()
    {
        SampleOptions options;
        options.today = kNow.date();
        QString error;
        QVERIFY2(SampleWorkspace::write(m_workspace->db(), options, &error), qPrintable(error));
        showView();
        QVERIFY(m_view->isShowingCharts());
        const Statistics &s = m_view->statistics();
        QVERIFY(s.interviewsDone > 0);
        qreal total = 0;
        const QList<QBarSet *> sets = seriesOf<QStackedBarSeries>(chart("interviewsChart"))->barSets();
        for (const QBarSet *set : sets) {
            for (qreal v : valuesOf(set))
                total += v;
        }
        QVERIFY(total > 0);
        QCOMPARE(seriesOf<QPieSeries>(chart("thanksChart"))->sum(), qreal(s.interviewsDone));
        QCOMPARE(label("peopleValue")->text(), QString::number(s.people));
        QVERIFY(!m_view->grab().isNull());
    }

private:
    void showView()
    {
        m_view = std::make_unique<StatisticsView>(m_workspace->db());
        m_view->setNow(kNow);
        m_view->resize(1200, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    QChartView *chart(const char *name) const
    {
        auto *view = m_view->findChild<QChartView *>(QLatin1String(name));
        if (!view)
            qFatal("no chart %s", name);
        return view;
    }
    QLabel *label(const char *name) const
    {
        auto *found = m_view->findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<StatisticsView> m_view;
};

QTEST_MAIN(TestStatisticsView)
#include "tst_statisticsview.moc"
