#include "timebudget.h"

#include <QTest>

#include <algorithm>

using namespace Inroad;

class TestTimeBudget : public QObject
{
    Q_OBJECT

private slots:
    void reservedMinutes_data()
    {
        QTest::addColumn<int>("agreed");
        QTest::addColumn<double>("reserve");
        // A tenth of the agreed time rounded up, at least 2, at most a quarter of the agreed time.
        QTest::newRow("0: nothing agreed") << 0 << 0.0;
        QTest::newRow("-5: nonsense") << -5 << 0.0;
        QTest::newRow("1: a quarter of 1") << 1 << 0.25;
        QTest::newRow("3: a quarter of 3") << 3 << 0.75;
        QTest::newRow("4: a quarter of 4") << 4 << 1.0;
        QTest::newRow("8: minimum 2 = quarter") << 8 << 2.0;
        QTest::newRow("10: minimum 2") << 10 << 2.0;
        QTest::newRow("15: tenth 1.5 rounds to 2") << 15 << 2.0;
        QTest::newRow("20: tenth 2") << 20 << 2.0;
        QTest::newRow("21: tenth 2.1 rounds up to 3") << 21 << 3.0;
        QTest::newRow("25: tenth 2.5 rounds up to 3") << 25 << 3.0;
        QTest::newRow("30: tenth 3") << 30 << 3.0;
        QTest::newRow("45: tenth 4.5 rounds up to 5") << 45 << 5.0;
        QTest::newRow("60: tenth 6") << 60 << 6.0;
        QTest::newRow("240: tenth 24") << 240 << 24.0;
    }

    void reservedMinutes()
    {
        QFETCH(int, agreed);
        QFETCH(double, reserve);
        QCOMPARE(Inroad::reservedMinutes(agreed), reserve);
        // The budget reserves the same for the introduction and the closing.
        const TimeBudget budget = timeBudget(agreed, {});
        QCOMPARE(budget.introMinutes, reserve);
        QCOMPARE(budget.closingMinutes, reserve);
    }

    // Whatever is agreed, the two reserves never take more than half, and more time never
    // means a shorter introduction.
    void reserveNeverTakesMoreThanHalf()
    {
        double previous = 0;
        for (int agreed = 1; agreed <= 600; ++agreed) {
            const double reserve = Inroad::reservedMinutes(agreed);
            QVERIFY2(2 * reserve <= agreed / 2.0, qPrintable(QString::number(agreed)));
            QVERIFY2(reserve >= previous, qPrintable(QString::number(agreed)));
            QVERIFY2(reserve >= std::min(2.0, agreed / 4.0), qPrintable(QString::number(agreed)));
            previous = reserve;
        }
    }

    void budget_data()
    {
        QTest::addColumn<int>("agreed");
        QTest::addColumn<QList<double>>("questions");
        QTest::addColumn<double>("questionMinutes");
        QTest::addColumn<double>("available");
        QTest::addColumn<double>("remaining");
        QTest::addColumn<bool>("over");
        QTest::addColumn<double>("load");
        // 30 minutes: 3 to introduce, 3 to close, 24 for questions.
        QTest::newRow("30, no questions") << 30 << QList<double>{} << 0.0 << 24.0 << 24.0 << false << 6.0 / 30;
        QTest::newRow("30, exact fit") << 30 << QList<double>{4, 4, 4, 4, 4, 4} << 24.0 << 24.0 << 0.0 << false << 1.0;
        QTest::newRow("30, one minute over")
            << 30 << QList<double>{5, 5, 5, 5, 5} << 25.0 << 24.0 << -1.0 << true << 31.0 / 30;
        QTest::newRow("30, half minutes")
            << 30 << QList<double>{1.5, 1.5, 2.5} << 5.5 << 24.0 << 18.5 << false << 11.5 / 30;
        QTest::newRow("30, negatives ignored")
            << 30 << QList<double>{-3, 2, -0.5} << 2.0 << 24.0 << 22.0 << false << 8.0 / 30;
        // 20 minutes: 2 + 2 reserved, 16 for questions.
        QTest::newRow("20, one and a half over")
            << 20 << QList<double>{8, 9.5} << 17.5 << 16.0 << -1.5 << true << 21.5 / 20;
        // 4 minutes: a quarter each way, 2 left.
        QTest::newRow("4, exact fit") << 4 << QList<double>{2} << 2.0 << 2.0 << 0.0 << false << 1.0;
        QTest::newRow("4, half a minute over") << 4 << QList<double>{2.5} << 2.5 << 2.0 << -0.5 << true << 4.5 / 4;
        // Nothing agreed: nothing available, any question is too much, no load to show.
        QTest::newRow("0, empty") << 0 << QList<double>{} << 0.0 << 0.0 << 0.0 << false << 0.0;
        QTest::newRow("0, one question") << 0 << QList<double>{2} << 2.0 << 0.0 << -2.0 << true << 0.0;
        QTest::newRow("-10 agreed, as 0") << -10 << QList<double>{1} << 1.0 << 0.0 << -1.0 << true << 0.0;
    }

    void budget()
    {
        QFETCH(int, agreed);
        QFETCH(QList<double>, questions);
        QFETCH(double, questionMinutes);
        QFETCH(double, available);
        QFETCH(double, remaining);
        QFETCH(bool, over);
        QFETCH(double, load);
        const TimeBudget b = timeBudget(agreed, questions);
        QCOMPARE(b.agreedMinutes, std::max(0, agreed));
        QCOMPARE(b.questionMinutes, questionMinutes);
        QCOMPARE(b.available(), available);
        QCOMPARE(b.remaining(), remaining);
        QCOMPARE(b.isOver(), over);
        QVERIFY2(qAbs(b.load() - load) < 1e-9, qPrintable(QStringLiteral("%1 != %2").arg(b.load()).arg(load)));
    }

    // A hand-made budget whose reserves exceed the agreed time never offers negative time.
    void availableNeverNegative()
    {
        TimeBudget b;
        b.agreedMinutes = 5;
        b.introMinutes = 3;
        b.closingMinutes = 3;
        QCOMPARE(b.available(), 0.0);
        QCOMPARE(b.remaining(), 0.0);
        QVERIFY(!b.isOver());
        b.questionMinutes = 0.5;
        QCOMPARE(b.remaining(), -0.5);
        QVERIFY(b.isOver());
        QCOMPARE(b.load(), 6.5 / 5);
    }
};

QTEST_GUILESS_MAIN(TestTimeBudget)
#include "tst_timebudget.moc"
