#include "validation.h"

#include <QTest>
#include <QUrl>

using namespace Inroad;

class TestValidation final : public QObject
{
    Q_OBJECT

private slots:
    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is allowed") << "" << true;
        QTest::newRow("plain") << "priya.raman@harbor.example" << true;
        QTest::newRow("plus and subdomain") << "a+b@mail.uni.example" << true;
        QTest::newRow("unicode domain") << "zoë@café.example" << true;
        QTest::newRow("no at") << "priya.raman.harbor.example" << false;
        QTest::newRow("two ats") << "a@b@c.example" << false;
        QTest::newRow("no domain dot") << "priya@localhost" << false;
        QTest::newRow("space") << "priya raman@harbor.example" << false;
        QTest::newRow("double dot") << "priya..raman@harbor.example" << false;
        QTest::newRow("leading dot") << ".priya@harbor.example" << false;
        QTest::newRow("dot before at") << "priya.@harbor.example" << false;
        QTest::newRow("domain starts with hyphen") << "p@-harbor.example" << false;
        QTest::newRow("trailing dot") << "p@harbor.example." << false;
        QTest::newRow("just an at") << "@" << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(email), valid);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is allowed") << "" << true;
        QTest::newRow("linkedin") << "https://www.linkedin.com/in/priya-raman" << true;
        QTest::newRow("http with path and query") << "http://harbor.example/about?x=1" << true;
        QTest::newRow("no scheme") << "www.linkedin.com/in/priya" << false;
        QTest::newRow("ftp") << "ftp://files.example/cv.pdf" << false;
        QTest::newRow("mailto") << "mailto:priya@harbor.example" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("bare word host") << "https://linkedin" << false;
        QTest::newRow("space inside") << "https://www.linkedin.com/in/priya raman" << false;
        // Addresses at the edges of the quick check that an import makes first.
        QTest::newRow("percent-encoded path") << "https://www.linkedin.com/in/bj%C3%B6rn-lee-0a1b2c" << true;
        QTest::newRow("cut-off percent escape") << "https://www.linkedin.com/in/bj%C3%B" << false;
        QTest::newRow("upper-case host") << "https://WWW.LinkedIn.com/in/Priya" << true;
        QTest::newRow("raw accented path") << "https://www.linkedin.com/in/zoë-cohen" << true;
        QTest::newRow("host starts with a dot") << "https://.linkedin.com/in/priya" << false;
        QTest::newRow("host ends with a dot") << "https://linkedin.com./in/priya" << false;
        QTest::newRow("localhost") << "http://localhost/notes" << true;
        QTest::newRow("host with underscore") << "https://my_site.example/" << QUrl(QStringLiteral("https://my_site.example/"), QUrl::StrictMode).isValid();
        QTest::newRow("trailing slash") << "https://harbor.example/" << true;
        QTest::newRow("scheme only in capitals") << "HTTPS://harbor.example/about" << true;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(isValidWebUrl(url), valid);
    }

    void personProblemsNameTheField()
    {
        Person p;
        QList<ValidationProblem> problems = validate(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).field, int(Person::FirstName));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("name")));

        p.lastName = QStringLiteral("Okafor");
        p.email = QStringLiteral("grace(at)clinic");
        p.linkedInUrl = QStringLiteral("linkedin.com/in/grace");
        problems = validate(p);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, int(Person::Email));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("grace(at)clinic")));
        QCOMPARE(problems.at(1).field, int(Person::LinkedInUrl));
        p.email.clear();
        p.linkedInUrl.clear();
        QVERIFY(validate(p).isEmpty());
    }

    void organizationAndProfile()
    {
        Organization o;
        o.website = QStringLiteral("harbor");
        const auto problems = validate(o);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, int(Organization::Name));
        QCOMPARE(problems.at(1).field, int(Organization::Website));

        Profile me;
        QVERIFY(validate(me).isEmpty());
        me.email = QStringLiteral("me@");
        me.website = QStringLiteral("https://me.example");
        QCOMPARE(validate(me).size(), 1);
        QCOMPARE(validate(me).at(0).field, int(Profile::Email));
    }

    void tagsAreNormalised()
    {
        QCOMPARE(normalizedTags({QStringLiteral(" mentor "), QStringLiteral("Alumni"), QStringLiteral("MENTOR"),
                                 QStringLiteral(""), QStringLiteral("night   shift")}),
                 (QStringList{QStringLiteral("Alumni"), QStringLiteral("mentor"), QStringLiteral("night shift")}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
