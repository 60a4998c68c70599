#include "answercomparison.h"
#include "database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Inroad;

namespace {

const QString kCreated = QStringLiteral("2026-01-01T00:00:00Z");

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    // A null QString would be bound as NULL; the text columns are NOT NULL.
    for (const QVariant &value : values)
        q.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

const QVariant kNull = QVariant(QMetaType::fromType<qint64>());

} // namespace

// Two career fields; in "UX research" three interviews (January, February, never scheduled), in
// "Data science" one. Bank questions "day" and "start"; a one-off asked with two spellings.
class TestAnswerComparison final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void questionsOfAField();
    void questionsOfChosenInterviews();
    void answersToABankQuestion();
    void answersToAOneOff();
    void anEmptyScope();
    void document();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    qint64 m_ux = 0;
    qint64 m_data = 0;
    qint64 m_day = 0;
    qint64 m_start = 0;
    qint64 m_january = 0;
    qint64 m_february = 0;
    qint64 m_unscheduled = 0;
    qint64 m_otherField = 0;
};

void TestAnswerComparison::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("test.inroad"))).ok());
    const QSqlDatabase c = m_db->connection();

    m_ux = insert(c, QStringLiteral("INSERT INTO career_fields (name, created_at) VALUES (?, ?)"),
                  {QStringLiteral("UX research"), kCreated});
    m_data = insert(c, QStringLiteral("INSERT INTO career_fields (name, created_at) VALUES (?, ?)"),
                    {QStringLiteral("Data science"), kCreated});
    const qint64 analytical = insert(c, QStringLiteral("INSERT INTO organizations (name, created_at, updated_at) VALUES (?, ?, ?)"),
                                     {QStringLiteral("Analytical Engines"), kCreated, kCreated});
    const qint64 navy = insert(c, QStringLiteral("INSERT INTO organizations (name, created_at, updated_at) VALUES (?, ?, ?)"),
                               {QStringLiteral("Navy Labs"), kCreated, kCreated});
    const auto person = [&](const QString &first, const QString &last, const QString &title, const QVariant &org) {
        return insert(c, QStringLiteral("INSERT INTO people (first_name, last_name, title, organization_id, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {first, last, title, org, kCreated, kCreated});
    };
    const qint64 ada = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Lead researcher"), kNull);
    const qint64 grace = person(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Director"), navy);
    const qint64 alan = person(QStringLiteral("Alan"), QString(), QString(), kNull);
    const qint64 edsger = person(QStringLiteral("Edsger"), QStringLiteral("Dijkstra"), QString(), kNull);

    const qint64 typical = insert(c, QStringLiteral("INSERT INTO question_categories (name, position) VALUES (?, ?)"),
                                  {QStringLiteral("A typical day"), 0});
    const qint64 started = insert(c, QStringLiteral("INSERT INTO question_categories (name, position) VALUES (?, ?)"),
                                  {QStringLiteral("Getting started"), 1});
    const QString addQuestion =
        QStringLiteral("INSERT INTO questions (category_id, text, position, created_at) VALUES (?, ?, 0, ?)");
    m_day = insert(c, addQuestion, {typical, QStringLiteral("What is a typical day like?"), kCreated});
    m_start = insert(c, addQuestion, {started, QStringLiteral("How did you start?"), kCreated});

    const auto interview = [&](qint64 personId, const QVariant &org, qint64 field, const QVariant &start) {
        return insert(c, QStringLiteral("INSERT INTO interviews (person_id, organization_id, field_id, scheduled_start, "
                                        "status, created_at, updated_at) VALUES (?, ?, ?, ?, 3, ?, ?)"),
                      {personId, org, field, start, kCreated, kCreated});
    };
    // Inserted out of date order: the comparison sorts by date.
    m_unscheduled = interview(alan, kNull, m_ux, kNull);
    m_february = interview(grace, kNull, m_ux, QStringLiteral("2026-02-01T15:00:00Z"));
    m_january = interview(ada, analytical, m_ux, QStringLiteral("2026-01-10T15:00:00Z"));
    m_otherField = interview(edsger, kNull, m_data, QStringLiteral("2026-01-20T15:00:00Z"));

    const auto ask = [&](qint64 interviewId, const QVariant &questionId, const QString &text, int position,
                         const QString &answer, bool notAsked) {
        insert(c, QStringLiteral("INSERT INTO interview_questions (interview_id, question_id, text, position, answer, "
                                 "not_asked) VALUES (?, ?, ?, ?, ?, ?)"),
               {interviewId, questionId, text, position, answer, notAsked ? 1 : 0});
    };
    ask(m_january, m_day, QStringLiteral("What is a typical day like?"), 0, QStringLiteral("**Busy** mornings, quiet afternoons."), false);
    ask(m_january, m_start, QStringLiteral("How did you start?"), 1, QStringLiteral("- Answered an ad\n- Stayed"), false);
    ask(m_january, kNull, QStringLiteral("Favourite tool?"), 2, QStringLiteral("Sticky notes."), false);
    ask(m_february, m_day, QStringLiteral("What's a normal day?"), 0, QString(), true);
    ask(m_february, m_start, QStringLiteral("How did you start?"), 1, QStringLiteral("By accident."), false);
    ask(m_february, kNull, QStringLiteral("  favourite   TOOL? "), 2, QStringLiteral("A whiteboard."), false);
    ask(m_unscheduled, m_day, QStringLiteral("What is a typical day like?"), 0, QString(), false);
    ask(m_unscheduled, kNull, QStringLiteral("Favourite tool?"), 1, QStringLiteral("   "), false);
    ask(m_otherField, m_day, QStringLiteral("What is a typical day like?"), 0, QStringLiteral("Queries all day."), false);
    ask(m_otherField, kNull, QStringLiteral("Which database?"), 1, QStringLiteral("Postgres."), false);
}

void TestAnswerComparison::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestAnswerComparison::questionsOfAField()
{
    ComparisonScope scope;
    scope.fieldId = m_ux;
    const QList<ComparedQuestion> questions = AnswerComparison(*m_db).questions(scope);
    QCOMPARE(questions.size(), 3);
    // Most answered first; among equals, the one on more lists.
    QCOMPARE(questions.at(0).questionId, 0);
    QCOMPARE(questions.at(0).text, QStringLiteral("Favourite tool?"));
    QCOMPARE(questions.at(0).interviewCount, 3);
    QCOMPARE(questions.at(0).answerCount, 2); // a blank answer is no answer
    QVERIFY(questions.at(0).categoryName.isEmpty());
    QCOMPARE(questions.at(1).questionId, m_start);
    QCOMPARE(questions.at(1).categoryName, QStringLiteral("Getting started"));
    QCOMPARE(questions.at(1).interviewCount, 2);
    QCOMPARE(questions.at(1).answerCount, 2);
    QCOMPARE(questions.at(2).questionId, m_day);
    QCOMPARE(questions.at(2).text, QStringLiteral("What is a typical day like?")); // the bank's text
    QCOMPARE(questions.at(2).interviewCount, 3);
    QCOMPARE(questions.at(2).answerCount, 1); // one not asked, one unanswered
}

void TestAnswerComparison::questionsOfChosenInterviews()
{
    ComparisonScope scope;
    scope.fieldId = m_ux; // ignored once interviews are chosen
    scope.interviewIds = {m_otherField, m_january};
    const QList<ComparedQuestion> questions = AnswerComparison(*m_db).questions(scope);
    QCOMPARE(questions.size(), 4);
    QCOMPARE(questions.at(0).questionId, m_day);
    QCOMPARE(questions.at(0).interviewCount, 2);
    QCOMPARE(questions.at(0).answerCount, 2);
    QStringList texts;
    for (const ComparedQuestion &q : questions)
        texts << q.text;
    QVERIFY(texts.contains(QStringLiteral("Which database?")));
    QVERIFY(texts.contains(QStringLiteral("Favourite tool?")));
    QVERIFY(texts.contains(QStringLiteral("How did you start?")));
}

void TestAnswerComparison::answersToABankQuestion()
{
    ComparisonScope scope;
    scope.fieldId = m_ux;
    const AnswerComparison comparison(*m_db);
    const QList<ComparedQuestion> questions = comparison.questions(scope);
    const ComparedQuestion day = questions.at(2);
    const QList<ComparedAnswer> answers = comparison.answers(scope, day);
    QCOMPARE(answers.size(), 3);
    // Oldest first, the unscheduled one last.
    QCOMPARE(answers.at(0).interviewId, m_january);
    QCOMPARE(answers.at(1).interviewId, m_february);
    QCOMPARE(answers.at(2).interviewId, m_unscheduled);

    QCOMPARE(answers.at(0).personName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(answers.at(0).personTitle, QStringLiteral("Lead researcher"));
    QCOMPARE(answers.at(0).organizationName, QStringLiteral("Analytical Engines"));
    QCOMPARE(answers.at(0).fieldName, QStringLiteral("UX research"));
    QCOMPARE(answers.at(0).when, QDateTime(QDate(2026, 1, 10), QTime(15, 0), Qt::UTC));
    QCOMPARE(answers.at(0).answer, QStringLiteral("**Busy** mornings, quiet afternoons."));
    QVERIFY(!answers.at(0).notAsked);
    QVERIFY(answers.at(0).interviewQuestionId > 0);

    // The interview's organization, or else the person's; the wording used that day.
    QCOMPARE(answers.at(1).organizationName, QStringLiteral("Navy Labs"));
    QVERIFY(answers.at(1).notAsked);
    QCOMPARE(answers.at(1).askedText, QStringLiteral("What's a normal day?"));

    QCOMPARE(answers.at(2).personName, QStringLiteral("Alan"));
    QVERIFY(!answers.at(2).when.isValid());
    QVERIFY(answers.at(2).answer.isEmpty());
}

void TestAnswerComparison::answersToAOneOff()
{
    ComparisonScope scope;
    scope.fieldId = m_ux;
    const AnswerComparison comparison(*m_db);
    const ComparedQuestion tool = comparison.questions(scope).at(0);
    const QList<ComparedAnswer> answers = comparison.answers(scope, tool);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).answer, QStringLiteral("Sticky notes."));
    QCOMPARE(answers.at(1).answer, QStringLiteral("A whiteboard."));
    QCOMPARE(answers.at(1).askedText, QStringLiteral("  favourite   TOOL? "));
    QCOMPARE(answers.at(2).interviewId, m_unscheduled);

    // A one-off of another text is another question.
    ComparedQuestion other;
    other.text = QStringLiteral("Which database?");
    QVERIFY(comparison.answers(scope, other).isEmpty());
    ComparisonScope data;
    data.fieldId = m_data;
    QCOMPARE(comparison.answers(data, other).size(), 1);
}

void TestAnswerComparison::anEmptyScope()
{
    ComparisonScope scope;
    scope.fieldId = 999;
    const AnswerComparison comparison(*m_db);
    QVERIFY(comparison.questions(scope).isEmpty());
    ComparedQuestion day;
    day.questionId = m_day;
    QVERIFY(comparison.answers(scope, day).isEmpty());
}

void TestAnswerComparison::document()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ComparisonScope scope;
    scope.fieldId = m_ux;
    const AnswerComparison comparison(*m_db);
    const ComparedQuestion day = comparison.questions(scope).at(2);
    QTextDocument document;
    AnswerComparison::buildDocument(document, QStringLiteral("UX research"), day, comparison.answers(scope, day));
    const QString text = document.toPlainText();
    QCOMPARE(document.metaInformation(QTextDocument::DocumentTitle), day.text);
    QVERIFY2(text.startsWith(QStringLiteral("What is a typical day like?\nUX research")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("3 interviews")));
    for (const QString &expected : {QStringLiteral("Ada Lovelace"), QStringLiteral("Lead researcher"),
                                    QStringLiteral("Analytical Engines"), QStringLiteral("January 10, 2026"),
                                    QStringLiteral("Grace Hopper"), QStringLiteral("Navy Labs"), QStringLiteral("Alan"),
                                    QStringLiteral("Busy mornings, quiet afternoons."), QStringLiteral("Not asked"),
                                    QStringLiteral("What's a normal day?"), QStringLiteral("No answer recorded"),
                                    QStringLiteral("not scheduled")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));
    // The answer is rendered from Markdown, not shown as source.
    QVERIFY(!text.contains(QStringLiteral("**")));
    QVERIFY(text.indexOf(QStringLiteral("Ada Lovelace")) < text.indexOf(QStringLiteral("Grace Hopper")));
    QVERIFY(text.indexOf(QStringLiteral("Grace Hopper")) < text.indexOf(QStringLiteral("Alan")));
    QVERIFY(document.toHtml().contains(QStringLiteral("font-weight:700")));

    const ComparedQuestion start = comparison.questions(scope).at(1);
    AnswerComparison::buildDocument(document, QStringLiteral("UX research"), start, comparison.answers(scope, start));
    QVERIFY(document.toPlainText().contains(QStringLiteral("Answered an ad")));
    QVERIFY(!document.toPlainText().contains(QStringLiteral("Busy mornings")));
}

QTEST_MAIN(TestAnswerComparison)

#include "tst_answercomparison.moc"
