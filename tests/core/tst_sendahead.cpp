#include "sendahead.h"

#include <QLocale>
#include <QTest>
#include <QUrlQuery>

using namespace Inroad;

namespace {

Person person(const QString &first, const QString &last, const QString &salutation)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.salutation = salutation;
    p.email = QStringLiteral("zoe.okafor@example.org");
    return p;
}

InterviewQuestion question(int position, const QString &text)
{
    InterviewQuestion q;
    q.position = position;
    q.text = text;
    return q;
}

// 17 March 2026, 15:00 UTC: 10:00 in Chicago.
Interview scheduledInterview()
{
    Interview interview;
    interview.scheduledStart = QDateTime(QDate(2026, 3, 17), QTime(15, 0), Qt::UTC);
    interview.timeZone = QStringLiteral("America/Chicago");
    interview.agreedMinutes = 20;
    return interview;
}

} // namespace

class TestSendAhead final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduledMail();
    void greeting_data();
    void greeting();
    void unscheduledMail();
    void urlEncoding();
    void urlOfTheMail();
};

void TestSendAhead::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSendAhead::scheduledMail()
{
    Profile profile;
    profile.fullName = QStringLiteral("Jordan Lee");
    // Out of order on purpose: the mail numbers them by position; an empty one is left out.
    const QList<InterviewQuestion> questions = {
        question(2, QStringLiteral("Who else would you suggest I talk to?")),
        question(0, QStringLiteral("What does an ordinary   day look like?")),
        question(1, QStringLiteral("  ")),
        question(3, QStringLiteral("How did you start?")),
    };
    const SendAheadMail mail = sendAheadMail(profile, person(QStringLiteral("Zoë"), QStringLiteral("Okafor"),
                                                             QStringLiteral("Dr.")),
                                             scheduledInterview(), questions);
    QCOMPARE(mail.to, QStringLiteral("zoe.okafor@example.org"));
    QCOMPARE(mail.subject, QStringLiteral("Questions for our conversation on Tuesday, March 17, 2026"));
    QVERIFY2(mail.body.startsWith(QStringLiteral("Dear Dr. Okafor,\n\n")), qPrintable(mail.body));
    QVERIFY2(mail.body.contains(QStringLiteral("10:00")), qPrintable(mail.body)); // Chicago time, not UTC
    QVERIFY(!mail.body.contains(QStringLiteral("3:00")));
    QVERIFY(mail.body.contains(QStringLiteral("20 minutes")));
    QVERIFY2(mail.body.contains(QStringLiteral("1. What does an ordinary day look like?\n"
                                               "2. Who else would you suggest I talk to?\n"
                                               "3. How did you start?\n")),
             qPrintable(mail.body));
    QVERIFY(!mail.body.contains(QStringLiteral("4.")));
    QVERIFY(mail.body.endsWith(QStringLiteral("\nJordan Lee\n")));
}

void TestSendAhead::greeting_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("salutation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("salutation") << QStringLiteral("Ana") << QStringLiteral("Souza") << QStringLiteral("Ms.")
                                << QStringLiteral("Dear Ms. Souza,");
    QTest::newRow("first name") << QStringLiteral("Ana") << QStringLiteral("Souza") << QString()
                                << QStringLiteral("Dear Ana,");
    QTest::newRow("salutation, no last name") << QStringLiteral("Ana") << QString() << QStringLiteral("Mx.")
                                              << QStringLiteral("Dear Ana,");
    QTest::newRow("last name only") << QString() << QStringLiteral("Souza") << QString() << QStringLiteral("Hello,");
}

void TestSendAhead::greeting()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, salutation);
    QFETCH(QString, expected);
    const SendAheadMail mail = sendAheadMail(Profile(), person(first, last, salutation), scheduledInterview(),
                                             {question(0, QStringLiteral("Why?"))});
    QVERIFY2(mail.body.startsWith(expected + QStringLiteral("\n\n")), qPrintable(mail.body));
}

void TestSendAhead::unscheduledMail()
{
    Interview interview;
    interview.agreedMinutes = 30;
    const SendAheadMail mail = sendAheadMail(Profile(), person(QStringLiteral("Ana"), QString(), QString()), interview,
                                             {question(0, QStringLiteral("Why?"))});
    QCOMPARE(mail.subject, QStringLiteral("Questions for our conversation"));
    QVERIFY(mail.body.contains(QStringLiteral("30 minutes")));
    QVERIFY(mail.body.contains(QStringLiteral("1. Why?")));
}

void TestSendAhead::urlEncoding()
{
    SendAheadMail mail;
    mail.to = QStringLiteral("ana.souza@example.org");
    mail.subject = QStringLiteral("Café & thé + more");
    mail.body = QStringLiteral("Line one\nLine two = 100%?\n");
    const QUrl url = mail.url();
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("ana.souza@example.org"));
    const QByteArray encoded = url.toEncoded();
    QCOMPARE(encoded, QByteArray("mailto:ana.souza@example.org?subject=Caf%C3%A9%20%26%20th%C3%A9%20%2B%20more"
                                 "&body=Line%20one%0D%0ALine%20two%20%3D%20100%25%3F%0D%0A"));
    // A mail program reading it back gets the words, with CRLF line breaks.
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), mail.subject);
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QStringLiteral("Line one\r\nLine two = 100%?\r\n"));
}

void TestSendAhead::urlOfTheMail()
{
    const SendAheadMail mail =
        sendAheadMail(Profile(), person(QStringLiteral("Zoë"), QStringLiteral("Okafor"), QString()), scheduledInterview(),
                      {question(0, QStringLiteral("What's next?")), question(1, QStringLiteral("R&D or ops?"))});
    const QByteArray encoded = mail.url().toEncoded();
    QVERIFY(encoded.startsWith("mailto:zoe.okafor@example.org?subject=Questions%20for%20our%20conversation%20on%20"));
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains(' '));
    QVERIFY(encoded.contains("%0D%0A1.%20What's%20next%3F%0D%0A2.%20R%26D%20or%20ops%3F%0D%0A")
            || encoded.contains("%0D%0A1.%20What%27s%20next%3F%0D%0A2.%20R%26D%20or%20ops%3F%0D%0A"));
    QCOMPARE(QUrlQuery(mail.url()).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QString(mail.body).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
}

QTEST_GUILESS_MAIN(TestSendAhead)

#include "tst_sendahead.moc"
