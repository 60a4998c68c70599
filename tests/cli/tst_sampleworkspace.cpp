#include "database.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "profilerepository.h"
#include "sampleworkspace.h"
#include "validation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Inroad;

namespace {

const QDate kToday(2026, 3, 14);

SampleOptions options(int people, quint32 seed = 20261121)
{
    SampleOptions o;
    o.people = people;
    o.today = kToday;
    o.seed = seed;
    return o;
}

QStringList tableNames(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// The first value of the first row; -1 when there is no row.
int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -2;
    }
    if (!q.next())
        return -1;
    return q.value(0).toInt();
}

// Every row of every table, with each value's type, in a stable order.
QString dump(const QSqlDatabase &db)
{
    QString out;
    for (const QString &table : tableNames(db)) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM ") + table);
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                values << (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.typeName()) + QLatin1Char(':') + v.toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
        out += QStringLiteral("## ") + table + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestSampleWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void everyTableGetsRows_data();
    void everyTableGetsRows();
    void deterministic();
    void seedAndDayMatter();
    void refusesNonEmptyWorkspace_data();
    void refusesNonEmptyWorkspace();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void failureWritesNothing();
    void referralGraph();
    void recordsValidate();
    void storiesAreConsistent();
    void tenThousandPeople();

private:
    bool openFresh(Database &db, QTemporaryDir &dir, const QString &name = QStringLiteral("sample.inroad"))
    {
        const DatabaseReport report = db.open(dir.filePath(name));
        if (!report.ok())
            qWarning("%s", qPrintable(report.message));
        return report.ok();
    }
};

void TestSampleWorkspace::everyTableGetsRows_data()
{
    QTest::addColumn<int>("people");
    QTest::newRow("one person") << 1;
    QTest::newRow("three people") << 3;
    QTest::newRow("default") << 60;
    QTest::newRow("a few hundred") << 400;
}

void TestSampleWorkspace::everyTableGetsRows()
{
    QFETCH(int, people);
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    QString error;
    SampleSummary summary;
    QVERIFY2(SampleWorkspace::write(db, options(people), &error, &summary), qPrintable(error));

    const QStringList tables = tableNames(db.connection());
    QVERIFY(tables.size() >= 19);
    for (const QString &table : tables)
        QVERIFY2(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table) > 0, qPrintable(table));

    // The counts asked for, and the counts reported, are the counts stored.
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM people")), people);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM organizations")), qMax(5, people / 6));
    QCOMPARE(summary.people, people);
    QCOMPARE(summary.organizations, qMax(5, people / 6));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM career_fields")), summary.careerFields);
    QVERIFY(summary.careerFields >= 6 && summary.careerFields <= 8);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM interviews")), summary.interviews);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM referrals")), summary.referrals);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM outreach_attempts")), summary.outreachAttempts);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM questions")), summary.questions);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM interview_questions")), summary.interviewQuestions);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM notes")), summary.notes);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM follow_ups")), summary.followUps);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM templates")), summary.templates);
    QCOMPARE(db.setting(QStringLiteral("welcome_done")), QStringLiteral("1"));
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_key_check")), -1); // no rows: no broken links
}

void TestSampleWorkspace::deterministic()
{
    QTemporaryDir dir;
    Database a;
    Database b;
    QVERIFY(openFresh(a, dir, QStringLiteral("a.inroad")));
    QVERIFY(openFresh(b, dir, QStringLiteral("b.inroad")));
    QString error;
    QVERIFY2(SampleWorkspace::write(a, options(300), &error), qPrintable(error));
    QVERIFY2(SampleWorkspace::write(b, options(300), &error), qPrintable(error));
    const QString first = dump(a.connection());
    QVERIFY(first.size() > 100000);
    QCOMPARE(dump(b.connection()), first);
}

void TestSampleWorkspace::seedAndDayMatter()
{
    QTemporaryDir dir;
    Database a;
    Database b;
    Database c;
    QVERIFY(openFresh(a, dir, QStringLiteral("a.inroad")));
    QVERIFY(openFresh(b, dir, QStringLiteral("b.inroad")));
    QVERIFY(openFresh(c, dir, QStringLiteral("c.inroad")));
    QString error;
    QVERIFY(SampleWorkspace::write(a, options(60), &error));
    QVERIFY(SampleWorkspace::write(b, options(60, 7), &error));
    SampleOptions later = options(60);
    later.today = kToday.addDays(30);
    QVERIFY(SampleWorkspace::write(c, later, &error));

    const auto names = [](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT first_name || ' ' || last_name FROM people ORDER BY id"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    QVERIFY(names(a) != names(b));
    // Another day moves the dates but keeps the people.
    QCOMPARE(names(c), names(a));
    QVERIFY(dump(a.connection()) != dump(c.connection()));
    const QString firstInterview = QStringLiteral("SELECT julianday(scheduled_start) FROM interviews WHERE id = 1");
    QSqlQuery qa(a.connection());
    QSqlQuery qc(c.connection());
    QVERIFY(qa.exec(firstInterview) && qa.next());
    QVERIFY(qc.exec(firstInterview) && qc.next());
    // Moved by 30 days, give or take the hour the clocks change.
    QVERIFY(qAbs(qc.value(0).toDouble() - qa.value(0).toDouble() - 30) < 0.05);
}

void TestSampleWorkspace::refusesNonEmptyWorkspace_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("a person") << QStringLiteral("person");
    QTest::newRow("an organization") << QStringLiteral("organization");
    QTest::newRow("a question") << QStringLiteral("question");
}

void TestSampleWorkspace::refusesNonEmptyWorkspace()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    if (what == QLatin1String("person")) {
        PersonRepository people(db);
        Person p;
        p.firstName = QStringLiteral("Ada");
        QVERIFY(people.add(p));
    } else if (what == QLatin1String("organization")) {
        OrganizationRepository organizations(db);
        Organization o;
        o.name = QStringLiteral("Our Lab");
        QVERIFY(organizations.add(o));
    } else {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO questions (text, created_at) VALUES ('Why?', '2026-01-01T00:00:00Z')")));
    }
    const QString before = dump(db.connection());
    QString error;
    QVERIFY(!SampleWorkspace::write(db, options(60), &error));
    QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    QCOMPARE(dump(db.connection()), before);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestSampleWorkspace::rejectsBadOptions_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<QDate>("today");
    QTest::newRow("no people") << 0 << kToday;
    QTest::newRow("negative") << -5 << kToday;
    QTest::newRow("too many") << SampleWorkspace::kMaxPeople + 1 << kToday;
    QTest::newRow("no day") << 10 << QDate();
}

void TestSampleWorkspace::rejectsBadOptions()
{
    QFETCH(int, people);
    QFETCH(QDate, today);
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    SampleOptions o = options(people);
    o.today = today;
    QString error;
    QVERIFY(!SampleWorkspace::checkOptions(o).isEmpty());
    QVERIFY(!SampleWorkspace::write(db, o, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM people")), 0);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM profile")), 0);
}

void TestSampleWorkspace::failureWritesNothing()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    // A trigger that fails late in the run stands in for a full disk.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER late_failure BEFORE INSERT ON follow_ups WHEN NEW.id = 40 "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
    QString error;
    QVERIFY(!SampleWorkspace::write(db, options(200), &error));
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    for (const QString &table : tableNames(db.connection()))
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table), 0);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestSampleWorkspace::referralGraph()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    QString error;
    QVERIFY2(SampleWorkspace::write(db, options(60), &error), qPrintable(error));
    const QSqlDatabase c = db.connection();

    // "Me" introduced some first contacts.
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM referrals WHERE referrer_id IS NULL")) >= 2);
    // Someone was suggested by two different people.
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM (SELECT referred_id FROM referrals WHERE referrer_id IS NOT NULL "
                                     "GROUP BY referred_id HAVING count(DISTINCT referrer_id) >= 2)")) >= 1);
    // A cycle: A suggested B and B suggested A.
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM referrals a JOIN referrals b "
                                     "ON a.referrer_id = b.referred_id AND a.referred_id = b.referrer_id")) >= 2);
    // Interviewees pass on one to three names each, in chains several generations deep.
    QVERIFY(scalar(c, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM referrals WHERE referrer_id IS NOT NULL "
                                     "GROUP BY referrer_id)")) <= 3);
    const int depth = scalar(c, QStringLiteral(
        "WITH RECURSIVE chain(person, depth) AS ("
        " SELECT referred_id, 1 FROM referrals WHERE referrer_id IS NULL"
        " UNION SELECT r.referred_id, chain.depth + 1 FROM referrals r JOIN chain ON r.referrer_id = chain.person"
        " WHERE chain.depth < 20) SELECT max(depth) FROM chain"));
    QVERIFY2(depth >= 4, qPrintable(QString::number(depth)));
    // A referral from an interviewee is tied to that interview, which happened before it.
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM referrals r JOIN interviews i ON i.id = r.interview_id "
                                      "WHERE i.person_id <> r.referrer_id OR i.status <> 3 "
                                      "OR r.referred_on < substr(i.scheduled_start, 1, 10)")),
             0);
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM referrals WHERE may_mention = 1")) > 0);
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM referrals WHERE may_mention = 0 AND referrer_id IS NOT NULL")) > 0);
}

void TestSampleWorkspace::recordsValidate()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    QString error;
    QVERIFY2(SampleWorkspace::write(db, options(500), &error), qPrintable(error));

    PersonRepository people(db);
    const QList<Person> all = people.page({}, 0, -1);
    QCOMPARE(all.size(), 500);
    QSet<QString> emails;
    int withEmail = 0, withLinkedIn = 0, withPhone = 0, withAddress = 0, withPronunciation = 0, withCard = 0;
    for (const Person &p : all) {
        const QList<ValidationProblem> problems = validate(p);
        QVERIFY2(problems.isEmpty(), qPrintable(p.displayName() + QStringLiteral(": ") + problems.value(0).message));
        if (!p.email.isEmpty()) {
            ++withEmail;
            QVERIFY2(p.email.endsWith(QStringLiteral(".example")), qPrintable(p.email));
            QVERIFY2(!emails.contains(p.email), qPrintable(p.email));
            emails.insert(p.email);
        }
        if (!p.linkedInUrl.isEmpty()) {
            ++withLinkedIn;
            QVERIFY(p.linkedInUrl.startsWith(QStringLiteral("https://www.linkedin.com/in/")));
        }
        if (!p.phone.isEmpty()) {
            ++withPhone;
            QVERIFY2(p.phone.contains(QStringLiteral(" 555 01")) || p.phone.startsWith(QStringLiteral("+44 20 7946 0")),
                     qPrintable(p.phone));
        }
        withAddress += p.address.isEmpty() ? 0 : 1;
        withPronunciation += p.pronunciation.isEmpty() ? 0 : 1;
        withCard += p.businessCardReceived ? 1 : 0;
        QVERIFY(!p.source.isEmpty());
        QVERIFY(!p.title.isEmpty());
    }
    QVERIFY(withEmail > 400);
    QVERIFY(withLinkedIn > 250 && withLinkedIn < 500);
    QVERIFY(withPhone > 200 && withPhone < 500);
    QVERIFY(withAddress > 20 && withAddress < 250);
    QVERIFY(withPronunciation > 20 && withPronunciation < 400);
    QVERIFY(withCard > 10);

    OrganizationRepository organizations(db);
    const QList<Organization> orgs = organizations.page({}, 0, -1);
    QSet<QString> orgNames;
    for (const Organization &o : orgs) {
        QVERIFY2(validate(o).isEmpty(), qPrintable(o.name));
        QVERIFY(o.website.endsWith(QStringLiteral(".example")));
        QVERIFY(!o.products.isEmpty() && !o.services.isEmpty() && !o.competitors.isEmpty() && !o.news.isEmpty()
                && !o.sources.isEmpty());
        QVERIFY2(!orgNames.contains(o.name), qPrintable(o.name));
        orgNames.insert(o.name);
    }
    ProfileRepository profile(db);
    QVERIFY(!profile.get().fullName.isEmpty());
    QVERIFY(!profile.get().selfIntroduction.isEmpty());
    QVERIFY(validate(profile.get()).isEmpty());
    QVERIFY(profile.welcomeDone());

    // Links of career fields point at .example hosts only.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT links FROM career_fields")));
    while (q.next()) {
        for (const QString &link : q.value(0).toString().split(QLatin1Char('\n')))
            QVERIFY2(isValidWebUrl(link) && QUrl(link).host().endsWith(QStringLiteral(".example")), qPrintable(link));
    }
}

void TestSampleWorkspace::storiesAreConsistent()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    QString error;
    QVERIFY2(SampleWorkspace::write(db, options(60), &error), qPrintable(error));
    const QSqlDatabase c = db.connection();
    const QString today = kToday.toString(Qt::ISODate);

    // Times are UTC ISO 8601.
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT scheduled_start FROM interviews WHERE scheduled_start IS NOT NULL "
                                  "UNION ALL SELECT attempted_at FROM outreach_attempts "
                                  "UNION ALL SELECT due_at FROM follow_ups UNION ALL SELECT created_at FROM people")));
    static const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z$"));
    int instants = 0;
    while (q.next()) {
        QVERIFY2(instant.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
        ++instants;
    }
    QVERIFY(instants > 100);

    // Nothing that has happened lies in the future (local evenings are the next morning in UTC).
    const QString limit = kToday.addDays(1).toString(Qt::ISODate) + QStringLiteral("T06:00:00Z");
    for (const char *sql : {"SELECT count(*) FROM outreach_attempts WHERE attempted_at > '%1'",
                            "SELECT count(*) FROM follow_ups WHERE done_at > '%1'",
                            "SELECT count(*) FROM people WHERE created_at > '%1' OR updated_at > '%1'",
                            "SELECT count(*) FROM interviews WHERE thanks_sent_on > '%1' OR created_at > '%1'",
                            "SELECT count(*) FROM notes WHERE noted_on > '%1'",
                            "SELECT count(*) FROM referrals WHERE referred_on > '%1'"})
        QVERIFY2(scalar(c, QString::fromLatin1(sql).arg(limit)) == 0, sql);

    // Past interviews are done (with reflections) or cancelled; upcoming ones fall in the next three weeks.
    const auto count = [&](const QString &sql) { return scalar(c, QString(sql).replace(QStringLiteral("TODAY"), today)); };
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3")) >= 8);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 4")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 2")) >= 2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status IN (0, 1)")) >= 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3 AND (scheduled_start >= 'TODAY' "
                                  "OR reflection_learned = '')")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 2 AND (scheduled_start < 'TODAY' "
                                  "OR julianday(scheduled_start) > julianday('TODAY') + 22)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interviews WHERE agreed_minutes NOT BETWEEN 15 AND 30")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interviews WHERE status IN (2, 3) AND location = ''")), 0);
    // Most finished interviews were thanked; some are still waiting for their note.
    const int done = count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3"));
    const int thanked = count(QStringLiteral("SELECT count(*) FROM interviews WHERE status = 3 AND thanks_sent_on IS NOT NULL"));
    QVERIFY(thanked > done / 2 && thanked < done);
    // Answers for finished interviews, some questions skipped, none for upcoming ones.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM interview_questions WHERE not_asked = 1")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id "
                                  "WHERE i.status = 3 AND iq.not_asked = 0 AND iq.answer = ''")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id "
                                  "WHERE i.status = 2 AND iq.answer <> ''")),
             0);
    // The questions of one interview fit its agreed time.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT i.agreed_minutes AS m, sum(iq.minutes) AS planned "
                                  "FROM interviews i JOIN interview_questions iq ON iq.interview_id = i.id GROUP BY i.id) "
                                  "WHERE planned > m")),
             0);
    // The salary question warns against asking about the person's own pay.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM questions WHERE text LIKE '%pay%' AND caution LIKE '%never%'")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM questions")) >= 20);

    // Stages follow from the data.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people p WHERE pipeline_stage = 0 AND EXISTS "
                                  "(SELECT 1 FROM outreach_attempts o WHERE o.person_id = p.id)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people p WHERE pipeline_stage = 2 AND NOT EXISTS "
                                  "(SELECT 1 FROM interviews i WHERE i.person_id = p.id AND i.status = 2)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people p WHERE pipeline_stage >= 3 AND NOT EXISTS "
                                  "(SELECT 1 FROM interviews i WHERE i.person_id = p.id AND i.status = 3)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people p WHERE pipeline_stage >= 4 AND NOT EXISTS "
                                  "(SELECT 1 FROM interviews i WHERE i.person_id = p.id AND i.thanks_sent_on IS NOT NULL)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE business_card = 1 AND pipeline_stage < 3")), 0);
    for (int stage = 0; stage <= 5; ++stage)
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM people WHERE pipeline_stage = %1").arg(stage)) > 0,
                 qPrintable(QString::number(stage)));

    // Follow-ups: some done, some overdue, at least one snoozed, and thank-you notes still owed.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_at < 'TODAY'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_at > 'TODAY'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE snoozed_until > 'TODAY'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE kind = 0 AND done_at IS NULL")) > 0);
    // Notes about every kind of subject.
    for (const char *column : {"person_id", "organization_id", "field_id", "interview_id"})
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM notes WHERE %1 IS NOT NULL").arg(QLatin1String(column))) > 0);
    // Templates carry placeholders.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM templates WHERE body NOT LIKE '%{{person.%}}%'")), 0);
}

void TestSampleWorkspace::tenThousandPeople()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openFresh(db, dir));
    QString error;
    SampleSummary summary;
    QVERIFY2(SampleWorkspace::write(db, options(10000), &error, &summary), qPrintable(error));
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM people")), 10000);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM organizations")), 1666);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(DISTINCT name) FROM organizations")), 1666);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(DISTINCT email) FROM people WHERE email <> ''")),
             scalar(c, QStringLiteral("SELECT count(*) FROM people WHERE email <> ''")));
    // Names are varied: many distinct combinations, not a handful repeated.
    QVERIFY(scalar(c, QStringLiteral("SELECT count(DISTINCT first_name || ' ' || last_name) FROM people")) > 7000);
    QVERIFY(summary.interviews > 2000);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_key_check")), -1);
    for (const QString &table : tableNames(c))
        QVERIFY2(scalar(c, QStringLiteral("SELECT count(*) FROM ") + table) > 0, qPrintable(table));
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)

#include "tst_sampleworkspace.moc"
