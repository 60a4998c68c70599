#include "questioncaution.h"
#include "timebudget.h"

#include <QTest>

using namespace Inroad;

Q_DECLARE_METATYPE(Inroad::CautionKind)

class TestQuestionRules : public QObject
{
    Q_OBJECT

private slots:
    void caution_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CautionKind>("kind");
        const auto row = [](const char *text, CautionKind kind) {
            QTest::newRow(text) << QString::fromUtf8(text) << kind;
        };
        // The interviewee's own pay.
        row("How much do you make?", CautionKind::OwnPay);
        row("How much do you earn a year?", CautionKind::OwnPay);
        row("HOW MUCH DO YOU MAKE", CautionKind::OwnPay);
        row("What's your salary?", CautionKind::OwnPay);
        row("What’s your salary?", CautionKind::OwnPay);
        row("What is your salary, roughly?", CautionKind::OwnPay);
        row("What is your current compensation?", CautionKind::OwnPay);
        row("What do you earn?", CautionKind::OwnPay);
        row("What do you make per hour", CautionKind::OwnPay);
        row("How much are you paid?", CautionKind::OwnPay);
        row("How much money do you bring home?", CautionKind::OwnPay);
        row("How much pay do you take home in this role?", CautionKind::OwnPay);
        row("Do you mind telling me how much you earn?", CautionKind::OwnPay);
        row("Would you share your salary with me?", CautionKind::OwnPay);
        row("Do you make good money?", CautionKind::OwnPay);
        row("Are you paid well?", CautionKind::OwnPay);
        row("What was your starting salary?", CautionKind::OwnPay);
        row("How big is your bonus?", CautionKind::OwnPay);
        // Asking for a job, an opening or a word with the people who hire.
        row("Are you hiring?", CautionKind::AsksForJob);
        row("Is your company hiring right now?", CautionKind::AsksForJob);
        row("Is anyone hiring?", CautionKind::AsksForJob);
        row("Do you have any openings?", CautionKind::AsksForJob);
        row("Does your team have any open positions?", CautionKind::AsksForJob);
        row("Do you have a job for me?", CautionKind::AsksForJob);
        row("Are there any openings on your team?", CautionKind::AsksForJob);
        row("Could you give me a job?", CautionKind::AsksForJob);
        row("Can you offer me an internship?", CautionKind::AsksForJob);
        row("Would you hire me?", CautionKind::AsksForJob);
        row("Could your company interview me?", CautionKind::AsksForJob);
        row("Could you pass my résumé to the hiring manager?", CautionKind::AsksForJob);
        row("Would you forward my CV to HR?", CautionKind::AsksForJob);
        row("Who is the hiring manager for your team?", CautionKind::AsksForJob);
        row("Is there a job for me here?", CautionKind::AsksForJob);
        row("Can I apply?", CautionKind::AsksForJob);
        row("How do I apply to your company?", CautionKind::AsksForJob);
        row("Could you refer me for a position?", CautionKind::AsksForJob);
        row("Are there any internships open?", CautionKind::AsksForJob);
        row("Could you put in a good word for me?", CautionKind::AsksForJob);
        row("Could you pass along my résumé?", CautionKind::AsksForJob);
        row("Could you introduce me to the hiring manager?", CautionKind::AsksForJob);
        row("Can I apply for a position?", CautionKind::AsksForJob);
        row("What do you earn in a typical year?", CautionKind::OwnPay);
        // Fine: ranges in the field, careers in general, feedback.
        row("What is the salary range in this field?", CautionKind::None);
        row("What are average salary levels in this industry?", CautionKind::None);
        row("What do people earn at entry level in this field?", CautionKind::None);
        row("How is pay structured in this profession?", CautionKind::None);
        row("How does pay in this field tend to grow as people gain experience?", CautionKind::None);
        row("What does a typical career path look like?", CautionKind::None);
        row("How did you get your job?", CautionKind::None);
        row("How do people usually find jobs in this field?", CautionKind::None);
        row("Could you give me feedback on my résumé?", CautionKind::None);
        row("What kind of jobs could my background lead to?", CautionKind::None);
        row("What do you make of the changes in this field?", CautionKind::None);
        row("What skills do you make use of every day?", CautionKind::None);
        row("What does an ordinary working day look like for you?", CautionKind::None);
        row("Who else should I talk to?", CautionKind::None);
        row("How do people find job openings in this field?", CautionKind::None);
        row("What open positions exist at entry level in this field?", CautionKind::None);
        row("Should I apply to graduate school first?", CautionKind::None);
        row("Can I apply these skills in other industries?", CautionKind::None);
        row("What does a hiring manager look for in this field?", CautionKind::None);
        row("How much of your work do you take home?", CautionKind::None);
        row("Can I send you my résumé for feedback?", CautionKind::None);
        row("", CautionKind::None);
    }

    void caution()
    {
        QFETCH(QString, text);
        QFETCH(CautionKind, kind);
        const Caution caution = questionCaution(text);
        QCOMPARE(caution.kind, kind);
        QCOMPARE(caution.reason.isEmpty(), kind == CautionKind::None);
        if (kind == CautionKind::OwnPay)
            QVERIFY2(caution.reason.contains(QStringLiteral("range")), qPrintable(caution.reason));
        if (kind == CautionKind::AsksForJob)
            QVERIFY2(caution.reason.contains(QStringLiteral("not a job")), qPrintable(caution.reason));
    }

    void referrals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asks");
        QTest::newRow("who else") << QStringLiteral("Who else should I talk to?") << true;
        QTest::newRow("who else, mention")
            << QStringLiteral("Who else would you suggest I talk to, and may I mention that you sent me?") << true;
        QTest::newRow("anyone contact") << QStringLiteral("Is there anyone you would recommend I contact?") << true;
        QTest::newRow("other people") << QStringLiteral("Are there other people I should speak with?") << true;
        QTest::newRow("know people") << QStringLiteral("Do you know people I could talk to?") << true;
        QTest::newRow("introduce") << QStringLiteral("Could you introduce me to a colleague?") << true;
        QTest::newRow("names") << QStringLiteral("Could you give me the names of others I might meet?") << true;
        QTest::newRow("capitals") << QStringLiteral("WHO ELSE SHOULD I MEET") << true;
        QTest::newRow("advice") << QStringLiteral("What would you recommend for someone entering this field?") << false;
        QTest::newRow("people talk") << QStringLiteral("How do people talk about this field?") << false;
        QTest::newRow("employers") << QStringLiteral("Who are the main employers?") << false;
        QTest::newRow("day") << QStringLiteral("What does a typical day look like?") << false;
    }

    void referrals()
    {
        QFETCH(QString, text);
        QFETCH(bool, asks);
        QCOMPARE(asksForReferrals(text), asks);
    }

    void reserve_data()
    {
        QTest::addColumn<int>("agreed");
        QTest::addColumn<double>("reserve");
        // A tenth, rounded up, at least 2 — but at most a quarter of the agreed time.
        QTest::newRow("0") << 0 << 0.0;
        QTest::newRow("1") << 1 << 0.25;
        QTest::newRow("4") << 4 << 1.0;
        QTest::newRow("8") << 8 << 2.0;
        QTest::newRow("15") << 15 << 2.0;
        QTest::newRow("20") << 20 << 2.0;
        QTest::newRow("25") << 25 << 3.0;
        QTest::newRow("30") << 30 << 3.0;
        QTest::newRow("45") << 45 << 5.0;
        QTest::newRow("60") << 60 << 6.0;
        QTest::newRow("240") << 240 << 24.0;
    }

    void reserve()
    {
        QFETCH(int, agreed);
        QFETCH(double, reserve);
        QCOMPARE(reservedMinutes(agreed), reserve);
        const TimeBudget budget = timeBudget(agreed, {});
        QCOMPARE(budget.introMinutes, reserve);
        QCOMPARE(budget.closingMinutes, reserve);
        QVERIFY(budget.introMinutes + budget.closingMinutes <= agreed / 2.0);
    }

    void budget_data()
    {
        QTest::addColumn<int>("agreed");
        QTest::addColumn<QList<double>>("questions");
        QTest::addColumn<double>("available");
        QTest::addColumn<double>("remaining");
        QTest::addColumn<bool>("over");
        QTest::addColumn<double>("load");
        QTest::newRow("empty 20") << 20 << QList<double>{} << 16.0 << 16.0 << false << 0.2;
        QTest::newRow("exact fit") << 20 << QList<double>{3, 3, 2, 2, 2, 2, 2} << 16.0 << 0.0 << false << 1.0;
        QTest::newRow("one over") << 20 << QList<double>{3, 3, 2, 2, 2, 2, 2, 1} << 16.0 << -1.0 << true << 1.05;
        QTest::newRow("halves") << 15 << QList<double>{1.5, 1.5, 2} << 11.0 << 6.0 << false << 9.0 / 15;
        QTest::newRow("negatives ignored") << 30 << QList<double>{-5, 4} << 24.0 << 20.0 << false << 10.0 / 30;
        QTest::newRow("nothing agreed") << 0 << QList<double>{2} << 0.0 << -2.0 << true << 0.0;
    }

    void budget()
    {
        QFETCH(int, agreed);
        QFETCH(QList<double>, questions);
        QFETCH(double, available);
        QFETCH(double, remaining);
        QFETCH(bool, over);
        QFETCH(double, load);
        const TimeBudget b = timeBudget(agreed, questions);
        QCOMPARE(b.available(), available);
        QCOMPARE(b.remaining(), remaining);
        QCOMPARE(b.isOver(), over);
        QVERIFY2(qAbs(b.load() - load) < 1e-9, qPrintable(QString::number(b.load())));
    }
};

QTEST_GUILESS_MAIN(TestQuestionRules)
#include "tst_questionrules.moc"
