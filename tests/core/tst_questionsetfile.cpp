#include "questionsetfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Inroad;

namespace {

const QString kFile = QStringLiteral("handout.inroad-questions");

QuestionSetItem item(const QString &text, double minutes, const QString &category = {}, const QStringList &tags = {},
                     const QString &key = {})
{
    QuestionSetItem i;
    i.text = text;
    i.minutes = minutes;
    i.categoryName = category;
    i.tags = tags;
    i.builtinKey = key;
    return i;
}

/// The lines joined as a file, so a test can say on which line something is.
QByteArray lines(const QStringList &text)
{
    return text.join(QLatin1Char('\n')).toUtf8();
}

/// A valid file (header on lines 1-4, "questions": [ on line 5) whose questions are @p questionLines.
QByteArray withQuestions(const QStringList &questionLines)
{
    QStringList out{QStringLiteral("{"), QStringLiteral("  \"format\": \"inroad-question-set\","),
                    QStringLiteral("  \"version\": 1,"), QStringLiteral("  \"name\": \"First talks\","),
                    QStringLiteral("  \"questions\": [")};
    out << questionLines << QStringLiteral("  ]") << QStringLiteral("}");
    return lines(out);
}

QByteArray manyQuestions(int count)
{
    QJsonArray questions;
    for (int i = 0; i < count; ++i)
        questions.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("Question %1?").arg(i)}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("inroad-question-set")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("name"), QStringLiteral("Many")},
                     {QStringLiteral("questions"), questions}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray header(const QString &rest)
{
    return QStringLiteral("{\"format\": \"inroad-question-set\", \"version\": 1, %1}").arg(rest).toUtf8();
}

} // namespace

class TestQuestionSetFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QuestionSet set;
        set.id = 42;
        set.name = QStringLiteral("Ingénierie – first talk “quoted”");
        set.description = QStringLiteral("For engineers.\nSecond line with \"quotes\", a back\\slash and a tab\t.");
        set.items << item(QStringLiteral("What does a typical day look like?"), 3, QStringLiteral("A typical day"),
                          {QStringLiteral("daily work"), QStringLiteral("über")}, QStringLiteral("day.typical"))
                  << item(QStringLiteral("Was ist „wichtig“ – und warum? 😀"), 1.5)
                  << item(QStringLiteral("He said \"start small\" — did that work?"), 2, QStringLiteral("Advice"),
                          {QStringLiteral("advice")})
                  << item(QStringLiteral("[brackets], {braces} and a comma, in text?"), 240);
        set.items[1].questionId = 7;

        const QByteArray json = questionSetToJson(set);
        // Ids mean nothing in another workspace: they are not written.
        QVERIFY(!json.contains("\"id\""));
        QVERIFY(!json.contains("42"));
        const QuestionSetReadResult read = questionSetFromJson(json, kFile);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.set.id, qint64(0));
        QCOMPARE(read.set.name, set.name);
        QCOMPARE(read.set.description, set.description);
        QCOMPARE(read.set.items.size(), set.items.size());
        for (int i = 0; i < set.items.size(); ++i) {
            const QuestionSetItem &a = set.items.at(i);
            const QuestionSetItem &b = read.set.items.at(i);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.minutes, a.minutes);
            QCOMPARE(b.categoryName, a.categoryName);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.builtinKey, a.builtinKey);
            QCOMPARE(b.questionId, qint64(0));
        }
        // Written again, the file is the same: sharing a set twice gives the same file.
        QCOMPARE(questionSetToJson(read.set), json);
    }

    void emptySetRoundTrips()
    {
        QuestionSet set;
        set.name = QStringLiteral("Empty");
        const QuestionSetReadResult read = questionSetFromJson(questionSetToJson(set), kFile);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.set.name, set.name);
        QVERIFY(read.set.items.isEmpty());
    }

    void defaultsAndCleanUp()
    {
        const QByteArray data = withQuestions({
            QStringLiteral("    { \"text\": \"  Minutes left out?  \" },"),
            QStringLiteral("    { \"text\": \"Minutes null?\", \"minutes\": null },"),
            QStringLiteral("    { \"text\": \"Tags?\", \"tags\": [\" Daily Work \", \"\", \"   \"], \"category\": \"  A   day \" }"),
        });
        const QuestionSetReadResult read = questionSetFromJson(data, kFile);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.set.name, QStringLiteral("First talks"));
        QCOMPARE(read.set.description, QString());
        QCOMPARE(read.set.items.size(), 3);
        QCOMPARE(read.set.items.at(0).text, QStringLiteral("Minutes left out?"));
        QCOMPARE(read.set.items.at(0).minutes, 2.0);
        QCOMPARE(read.set.items.at(0).minutes, Question::kDefaultMinutes);
        QVERIFY(read.set.items.at(0).tags.isEmpty());
        QVERIFY(read.set.items.at(0).categoryName.isEmpty());
        QVERIFY(read.set.items.at(0).builtinKey.isEmpty());
        QCOMPARE(read.set.items.at(1).minutes, 2.0);
        QCOMPARE(read.set.items.at(2).tags, QStringList{QStringLiteral("daily work")});
        QCOMPARE(read.set.items.at(2).categoryName, QStringLiteral("A day"));
    }

    void limitsThatAreAllowed()
    {
        QVERIFY(questionSetFromJson(manyQuestions(1000), kFile).ok());
        const QuestionSetReadResult read = questionSetFromJson(
            header(QStringLiteral("\"name\": \"N\", \"questions\": [{\"text\": \"Long?\", \"minutes\": 240}, "
                                  "{\"text\": \"Short?\", \"minutes\": 0.5}]")),
            kFile);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.set.items.at(0).minutes, 240.0);
        QCOMPARE(read.set.items.at(1).minutes, 0.5);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("part");

        QTest::newRow("not JSON, error on line 3")
            << lines({QStringLiteral("{"), QStringLiteral("  \"format\": \"inroad-question-set\","),
                      QStringLiteral("  \"version\": }")})
            << 3 << QStringLiteral("not valid JSON");
        QTest::newRow("plain text") << QByteArray("What does a typical day look like?") << 1
                                    << QStringLiteral("not valid JSON");
        QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("not a question set file");
        QTest::newRow("a JSON array") << QByteArray("[{\"text\": \"Q?\"}]") << 1
                                      << QStringLiteral("not a question set file");
        QTest::newRow("wrong format name")
            << QByteArray("{\"format\": \"inroad-question-bank\", \"version\": 1, \"name\": \"N\", \"questions\": []}")
            << 1 << QStringLiteral("format is not");
        QTest::newRow("no format")
            << QByteArray("{\"version\": 1, \"name\": \"N\", \"questions\": []}") << 1 << QStringLiteral("format is not");
        QTest::newRow("version 2")
            << QByteArray("{\"format\": \"inroad-question-set\", \"version\": 2, \"name\": \"N\", \"questions\": []}")
            << 1 << QStringLiteral("newer version of Inroad");
        QTest::newRow("version missing")
            << QByteArray("{\"format\": \"inroad-question-set\", \"name\": \"N\", \"questions\": []}") << 1
            << QStringLiteral("does not say which version");
        QTest::newRow("version as text")
            << QByteArray("{\"format\": \"inroad-question-set\", \"version\": \"1\", \"name\": \"N\", \"questions\": []}")
            << 1 << QStringLiteral("does not say which version");
        QTest::newRow("version 0")
            << QByteArray("{\"format\": \"inroad-question-set\", \"version\": 0, \"name\": \"N\", \"questions\": []}")
            << 1 << QStringLiteral("does not say which version");
        QTest::newRow("no name") << header(QStringLiteral("\"questions\": []")) << 1 << QStringLiteral("has no name");
        QTest::newRow("blank name") << header(QStringLiteral("\"name\": \"  \", \"questions\": []")) << 1
                                    << QStringLiteral("has no name");
        QTest::newRow("questions not an array")
            << header(QStringLiteral("\"name\": \"N\", \"questions\": {\"text\": \"Q?\"}")) << 1
            << QStringLiteral("no list of questions");
        QTest::newRow("questions missing") << header(QStringLiteral("\"name\": \"N\"")) << 1
                                           << QStringLiteral("no list of questions");
        QTest::newRow("second question without text (line 7)")
            << withQuestions({QStringLiteral("    { \"text\": \"First?\" },"), QStringLiteral("    {"),
                              QStringLiteral("      \"minutes\": 2"), QStringLiteral("    }")})
            << 7 << QStringLiteral("question 2 has no text");
        QTest::newRow("third question with blank text (line 9)")
            << withQuestions({QStringLiteral("    { \"text\": \"First [a]?\", \"tags\": [\"x\"] },"),
                              QStringLiteral("    { \"text\": \"Second, \\\"quoted\\\" {b}?\" },"),
                              QStringLiteral(""), QStringLiteral("    { \"text\": \"   \" }")})
            << 9 << QStringLiteral("question 3 has no text");
        QTest::newRow("question not an object (line 6)")
            << withQuestions({QStringLiteral("    \"Just a string?\"")}) << 6
            << QStringLiteral("question 1 is not an object");
        QTest::newRow("minutes -1 (line 7)")
            << withQuestions({QStringLiteral("    { \"text\": \"First?\" },"),
                              QStringLiteral("    { \"text\": \"Second?\", \"minutes\": -1 }")})
            << 7 << QStringLiteral("question 2 has minutes that are not a number");
        QTest::newRow("minutes 0") << withQuestions({QStringLiteral("    { \"text\": \"Q?\", \"minutes\": 0 }")}) << 6
                                   << QStringLiteral("question 1 has minutes");
        QTest::newRow("minutes 241") << withQuestions({QStringLiteral("    { \"text\": \"Q?\", \"minutes\": 241 }")})
                                     << 6 << QStringLiteral("question 1 has minutes");
        QTest::newRow("minutes \"two\" (line 6)")
            << withQuestions({QStringLiteral("    { \"text\": \"Q?\", \"minutes\": \"two\" }")}) << 6
            << QStringLiteral("question 1 has minutes that are not a number");
        QTest::newRow("tags not a list (line 6)")
            << withQuestions({QStringLiteral("    { \"text\": \"Q?\", \"tags\": \"daily work\" }")}) << 6
            << QStringLiteral("question 1 has tags that are not a list");
        QTest::newRow("tags with a number (line 6)")
            << withQuestions({QStringLiteral("    { \"text\": \"Q?\", \"tags\": [\"ok\", 3] }")}) << 6
            << QStringLiteral("question 1 has tags that are not a list");
        QTest::newRow("over 1000 questions") << manyQuestions(1001) << 1 << QStringLiteral("more than 1000 questions");
        QByteArray huge = withQuestions({QStringLiteral("    { \"text\": \"Q?\" }")});
        huge.append(QByteArray(5 * 1024 * 1024, ' '));
        QTest::newRow("over 5 MB, even if valid") << huge << 1 << QStringLiteral("larger than 5 MB");
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, part);
        const QuestionSetReadResult read = questionSetFromJson(data, kFile);
        QVERIFY(!read.ok());
        const QString prefix = QStringLiteral("%1:%2: ").arg(kFile).arg(line);
        QVERIFY2(read.error.startsWith(prefix), qPrintable(read.error));
        QVERIFY2(read.error.contains(part), qPrintable(read.error));
    }

    // The file name in the message is the one the user picked, whatever it is.
    void errorNamesTheFile()
    {
        const QString name = QStringLiteral("/home/ana/Téléchargements/set 2.inroad-questions");
        const QuestionSetReadResult read = questionSetFromJson(QByteArray("[]"), name);
        QVERIFY(read.error.startsWith(name + QStringLiteral(":1: ")));
    }

    void suffix()
    {
        QCOMPARE(questionSetSuffix(), QStringLiteral("inroad-questions"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionSetFile)
#include "tst_questionsetfile.moc"
