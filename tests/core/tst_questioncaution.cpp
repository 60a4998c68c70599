#include "questioncaution.h"

#include <QTest>

using namespace Inroad;

Q_DECLARE_METATYPE(Inroad::CautionKind)

namespace {

// Rows whose expectation the patterns do not meet yet carry the reason as "gap"; the test marks
// them QEXPECT_FAIL so the gap stays visible (and an XPASS says when it has been closed).
void row(const char *text, CautionKind kind, const char *gap = nullptr)
{
    const QString tag = *text ? QString::fromUtf8(text) : QStringLiteral("(empty)");
    QTest::newRow(qPrintable(tag)) << QString::fromUtf8(text) << kind << QString::fromUtf8(gap ? gap : "");
}

} // namespace

class TestQuestionCaution : public QObject
{
    Q_OBJECT

private slots:
    void caution_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CautionKind>("kind");
        QTest::addColumn<QString>("gap");

        // The interviewee's own pay.
        row("How much do you make?", CautionKind::OwnPay);
        row("how much do you make", CautionKind::OwnPay);
        row("How much money do you make a year?", CautionKind::OwnPay);
        row("How much do you get paid?", CautionKind::OwnPay);
        row("How much did you earn last year?", CautionKind::OwnPay);
        row("How much pay do you take home in this role?", CautionKind::OwnPay);
        row("How much are you making these days?", CautionKind::OwnPay);
        row("What's your salary?", CautionKind::OwnPay);
        row("WHAT IS YOUR SALARY", CautionKind::OwnPay);
        row("What’s your pay?", CautionKind::OwnPay);
        row("What is your annual income?", CautionKind::OwnPay);
        row("What is your hourly rate?", CautionKind::OwnPay);
        row("What do you make?", CautionKind::OwnPay);
        row("What do you make a year", CautionKind::OwnPay);
        row("What do you take home?", CautionKind::OwnPay);
        row("What did you earn in your first job?", CautionKind::OwnPay);
        row("Do you mind telling me how much you earn?", CautionKind::OwnPay);
        row("Do you mind sharing what you make?", CautionKind::OwnPay);
        row("Could you tell me your salary?", CautionKind::OwnPay);
        row("Do you earn a lot of money?", CautionKind::OwnPay);
        row("Are you paid fairly?", CautionKind::OwnPay);
        row("How does your pay compare with others in the field?", CautionKind::OwnPay);
        row("Is your salary above six figures?", CautionKind::OwnPay);
        row("What's your current salary?", CautionKind::OwnPay);
        row("What’s your starting salary?", CautionKind::OwnPay);
        row("What's your hourly rate?", CautionKind::OwnPay);
        row("Do you make six figures?", CautionKind::OwnPay);
        row("What kind of money do you make?", CautionKind::OwnPay);
        row("What did you make in your first year?", CautionKind::OwnPay);
        row("What does your job pay?", CautionKind::OwnPay);

        // Asking for a job, an opening or a word with the people who hire.
        row("Are you hiring?", CautionKind::AsksForJob);
        row("ARE YOU HIRING", CautionKind::AsksForJob);
        row("Is your team currently hiring?", CautionKind::AsksForJob);
        row("Do you have any openings?", CautionKind::AsksForJob);
        row("Do you have any job openings right now?", CautionKind::AsksForJob);
        row("Does your company have any positions available?", CautionKind::AsksForJob);
        row("Are there any openings at your company?", CautionKind::AsksForJob);
        row("Do you have a position for me?", CautionKind::AsksForJob);
        row("Is there a job for me?", CautionKind::AsksForJob);
        row("Could you give me a job?", CautionKind::AsksForJob);
        row("Can you find me a position?", CautionKind::AsksForJob);
        row("Will you hire me?", CautionKind::AsksForJob);
        row("Could you pass my résumé to the hiring manager?", CautionKind::AsksForJob);
        row("Could you pass my resume to the hiring manager?", CautionKind::AsksForJob);
        row("Could you send my CV to your recruiter?", CautionKind::AsksForJob);
        row("Could you put me in touch with the recruiter?", CautionKind::AsksForJob);
        row("Would you refer me for a job?", CautionKind::AsksForJob);
        row("Can I apply?", CautionKind::AsksForJob);
        row("May I apply for the position?", CautionKind::AsksForJob);
        row("Can I apply with your team?", CautionKind::AsksForJob);
        row("Could you put in a word for me?", CautionKind::AsksForJob);
        row("Would you consider hiring me?", CautionKind::AsksForJob);
        row("How do I apply for a job at your company?", CautionKind::AsksForJob);
        row("Can I work for you?", CautionKind::AsksForJob);

        // Fine: ranges and pay in the field, careers in general, feedback, other senses of "make".
        row("What is the salary range for this work?", CautionKind::None);
        row("What salary range should I expect in this field?", CautionKind::None);
        row("What's the typical salary for someone starting out?", CautionKind::None);
        row("What do people earn at entry level in this field?", CautionKind::None);
        row("How is pay structured in this profession?", CautionKind::None);
        row("What does someone in your position earn?", CautionKind::None);
        row("What does a typical career path look like?", CautionKind::None);
        row("How did you get your job?", CautionKind::None);
        row("How do people usually find jobs in this field?", CautionKind::None);
        row("Could you give me feedback on my résumé?", CautionKind::None);
        row("What kind of jobs could my background lead to?", CautionKind::None);
        row("What do you make of the changes in this field?", CautionKind::None);
        row("What skills do you make use of every day?", CautionKind::None);
        row("Do you make much use of spreadsheets?", CautionKind::None);
        row("What lessons did you take home from your first job?", CautionKind::None);
        row("Is there a job board you would recommend?", CautionKind::None);
        row("Are there many openings for beginners in this field?", CautionKind::None);
        row("Who is hiring in this field these days?", CautionKind::None);
        row("Are there any openings in this field for beginners?", CautionKind::None);
        row("What does a hiring manager look for in this field?", CautionKind::None);
        row("", CautionKind::None);
        row("   ", CautionKind::None);
        row("?", CautionKind::None);
    }

    void caution()
    {
        QFETCH(QString, text);
        QFETCH(CautionKind, kind);
        QFETCH(QString, gap);
        const Caution caution = questionCaution(text);
        if (!gap.isEmpty())
            QEXPECT_FAIL("", qPrintable(gap), Abort);
        QCOMPARE(caution.kind, kind);
        QCOMPARE(caution.isNone(), kind == CautionKind::None);
        // A reason exactly when flagged, and it says what to ask instead.
        QCOMPARE(caution.reason.isEmpty(), kind == CautionKind::None);
        if (kind == CautionKind::OwnPay)
            QVERIFY2(caution.reason.contains(QStringLiteral("range")), qPrintable(caution.reason));
        if (kind == CautionKind::AsksForJob) {
            QVERIFY2(caution.reason.contains(QStringLiteral("information")), qPrintable(caution.reason));
            QVERIFY2(!caution.reason.contains(QStringLiteral("range")), qPrintable(caution.reason));
        }
    }

    // Own pay wins over a job request in the same question: the pay is what must not be asked.
    void payBeforeJob()
    {
        const Caution caution = questionCaution(QStringLiteral("Are you hiring, and how much do you make?"));
        QCOMPARE(caution.kind, CautionKind::OwnPay);
    }

    // The reasons differ, so the form can tell the user which rule the question broke.
    void reasonsDiffer()
    {
        const QString pay = questionCaution(QStringLiteral("How much do you make?")).reason;
        const QString job = questionCaution(QStringLiteral("Are you hiring?")).reason;
        QVERIFY(!pay.isEmpty());
        QVERIFY(!job.isEmpty());
        QVERIFY(pay != job);
    }

    void referrals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asks");
        QTest::addColumn<QString>("gap");
        const auto add = [](const char *text, bool asks, const char *gap = nullptr) {
            QTest::newRow(*text ? text : "(empty)") << QString::fromUtf8(text) << asks << QString::fromUtf8(gap ? gap : "");
        };
        add("Who else should I talk to?", true);
        add("who else should i talk to", true);
        add("WHO ELSE WOULD YOU SUGGEST I MEET?", true);
        add("Is there anyone you would recommend I contact?", true);
        add("Are there other people I should speak with?", true);
        add("Could you introduce me to a colleague?", true);
        add("Do you know somebody I could get in touch with?", true);
        add("Are there colleagues you think I should meet?", true);
        add("Could you share the names of contacts I might call?", true);
        add("Who would you suggest I reach out to?", true);
        add("What would you recommend for someone entering this field?", false);
        add("How do people talk about this field?", false);
        add("Who are the main employers?", false);
        add("What does a typical day look like?", false);
        add("How much do you make?", false);
        add("Who influenced you most in your career?", false);
        add("", false);
    }

    void referrals()
    {
        QFETCH(QString, text);
        QFETCH(bool, asks);
        QFETCH(QString, gap);
        if (!gap.isEmpty())
            QEXPECT_FAIL("", qPrintable(gap), Abort);
        QCOMPARE(asksForReferrals(text), asks);
    }

    // The shipped closing question is known by its key; the key is stable.
    void referralKey()
    {
        QCOMPARE(referralQuestionKey(), QStringLiteral("referrals.who-else"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionCaution)
#include "tst_questioncaution.moc"
