#include "questioncaution.h"
#include "questioncommands.h"
#include "questionsetfile.h"
#include "shippedbank.h"
#include "recordcommands.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using InroadTest::TempWorkspace;

class TestQuestionSets : public QObject
{
    Q_OBJECT

private slots:
    void fileRoundTrip()
    {
        QuestionSet set;
        set.name = QStringLiteral("Engineering, first talk");
        set.description = QStringLiteral("For a first \"hello\" — 20 minutes");
        QuestionSetItem a;
        a.text = QStringLiteral("Qu’est-ce qui vous a amené·e ici?");
        a.minutes = 1.5;
        a.categoryName = QStringLiteral("Getting started");
        a.tags = {QStringLiteral("story"), QStringLiteral("motivation")};
        a.builtinKey = QStringLiteral("start.drew-you");
        QuestionSetItem b;
        b.text = QStringLiteral("Who else should I talk to?");
        set.items = {a, b};

        const QuestionSetReadResult read = questionSetFromJson(questionSetToJson(set), QStringLiteral("set.json"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.set.name, set.name);
        QCOMPARE(read.set.description, set.description);
        QCOMPARE(read.set.items.size(), 2);
        QCOMPARE(read.set.items.at(0).text, a.text);
        QCOMPARE(read.set.items.at(0).minutes, 1.5);
        QCOMPARE(read.set.items.at(0).categoryName, a.categoryName);
        QCOMPARE(read.set.items.at(0).tags, a.tags);
        QCOMPARE(read.set.items.at(0).builtinKey, a.builtinKey);
        QCOMPARE(read.set.items.at(1).minutes, Question::kDefaultMinutes);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QByteArray head = "{\"format\": \"inroad-question-set\", \"version\": 1, \"name\": \"S\",\n";
        QTest::newRow("not json") << QByteArray("{\n\"format\": \"inroad-question-set\",\n\"version\": }")
                                  << QStringLiteral("f.json:3:") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("f.json:1:")
                               << QStringLiteral("not a question set");
        QTest::newRow("other format") << QByteArray("{\"format\": \"vcard\", \"version\": 1}")
                                      << QStringLiteral("f.json:1:") << QStringLiteral("format");
        QTest::newRow("newer") << QByteArray("{\"format\": \"inroad-question-set\", \"version\": 2}")
                               << QStringLiteral("f.json:1:") << QStringLiteral("newer version");
        QTest::newRow("no version") << QByteArray("{\"format\": \"inroad-question-set\"}")
                                    << QStringLiteral("f.json:1:") << QStringLiteral("version");
        QTest::newRow("no name") << QByteArray("{\"format\": \"inroad-question-set\", \"version\": 1, \"questions\": []}")
                                 << QStringLiteral("f.json:1:") << QStringLiteral("no name");
        QTest::newRow("questions not a list") << head + "\"questions\": 3}" << QStringLiteral("f.json:1:")
                                              << QStringLiteral("no list of questions");
        QTest::newRow("no text") << head + "\"questions\": [\n{\"text\": \"Fine?\"},\n{\"text\": \" \"}]}"
                                 << QStringLiteral("f.json:4:") << QStringLiteral("question 2 has no text");
        QTest::newRow("negative minutes") << head + "\"questions\": [\n{\"text\": \"A?\", \"minutes\": -1}]}"
                                          << QStringLiteral("f.json:3:") << QStringLiteral("minutes");
        QTest::newRow("minutes as words") << head + "\"questions\": [\n{\"text\": \"A?\", \"minutes\": \"two\"}]}"
                                          << QStringLiteral("f.json:3:") << QStringLiteral("minutes");
        QTest::newRow("tags not a list") << head + "\"questions\": [\n{\"text\": \"A?\", \"tags\": \"x\"}]}"
                                         << QStringLiteral("f.json:3:") << QStringLiteral("tags");
        QByteArray many = head + "\"questions\": [";
        for (int i = 0; i < 1001; ++i)
            many += QByteArray(i ? "," : "") + "{\"text\": \"Q?\"}";
        QTest::newRow("too many") << many + "]}" << QStringLiteral("f.json:1:") << QStringLiteral("1000");
        QTest::newRow("huge") << QByteArray(6 * 1024 * 1024, ' ') << QStringLiteral("f.json:1:")
                              << QStringLiteral("5 MB");
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QuestionSetReadResult read = questionSetFromJson(data, QStringLiteral("f.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(where), qPrintable(read.error));
        QVERIFY2(read.error.contains(what), qPrintable(read.error));
    }

    void repositoryKeepsSetsWithTheirItems()
    {
        TempWorkspace temp;
        QuestionSetRepository &sets = temp.workspace.questionSets();
        const std::optional<Question> shipped = temp.workspace.questions().findShipped(referralQuestionKey());
        QVERIFY(shipped);
        QuestionSet set;
        set.name = QStringLiteral("First talk");
        set.items = {QuestionSetItem{shipped->id, shipped->text, 2, {}, {}, {}},
                     QuestionSetItem{0, QStringLiteral("My own question?"), 3, {}, {}, {}}};
        QSignalSpy added(&sets, &QuestionSetRepository::added);
        QVERIFY(sets.add(set));
        QCOMPARE(added.count(), 1);
        QuestionSet clash;
        clash.name = QStringLiteral("FIRST TALK");
        QVERIFY(!sets.add(clash));
        QCOMPARE(sets.all().size(), 1);

        const QuestionSet stored = *sets.find(set.id);
        QCOMPARE(stored.items.size(), 2);
        QCOMPARE(stored.items.at(0).builtinKey, referralQuestionKey());
        QCOMPARE(stored.items.at(1).text, QStringLiteral("My own question?"));

        // Deleting the set takes its items; undo brings both back.
        QUndoStack undo;
        undo.push(new RemoveRecordCommand<QuestionSetRepository>(sets, set.id, QStringLiteral("Delete Set")));
        QVERIFY(!sets.find(set.id));
        undo.undo();
        QCOMPARE(sets.find(set.id)->items.size(), 2);
    }

    void importedItemsAreMatchedToTheBank()
    {
        TempWorkspace temp;
        const std::optional<Question> shipped = temp.workspace.questions().findShipped(referralQuestionKey());
        QuestionSetItem byKey;
        byKey.text = QStringLiteral("Reworded by a counselor?");
        byKey.builtinKey = referralQuestionKey();
        QuestionSetItem byText;
        byText.text = QStringLiteral("  ") + shipped->text.toUpper() + QStringLiteral(" ");
        QuestionSetItem unknown;
        unknown.text = QStringLiteral("Something nobody shipped?");
        unknown.questionId = 99999;
        const QList<QuestionSetItem> matched =
            temp.workspace.questionSets().matchToBank({byKey, byText, unknown});
        QCOMPARE(matched.at(0).questionId, shipped->id);
        QCOMPARE(matched.at(0).text, byKey.text); // the set keeps its own wording
        QCOMPARE(matched.at(1).questionId, shipped->id);
        QCOMPARE(matched.at(2).questionId, 0);
    }

    void listCommandsUndoExactly()
    {
        TempWorkspace temp;
        InterviewQuestionRepository &repo = temp.workspace.interviewQuestions();
        Person p;
        p.firstName = QStringLiteral("Ada");
        QVERIFY(temp.workspace.people().add(p));
        Interview interview;
        interview.personId = p.id;
        QVERIFY(temp.workspace.interviews().add(interview));
        QList<InterviewQuestion> first;
        for (const char *text : {"One?", "Two?", "Three?", "Four?"}) {
            InterviewQuestion q;
            q.text = QString::fromLatin1(text);
            first.append(q);
        }
        QVERIFY(repo.insert(interview.id, 0, first));
        InterviewQuestion answered = repo.forInterview(interview.id).at(1);
        answered.answer = QStringLiteral("A *long* answer");
        QVERIFY(repo.update(answered));

        QUndoStack undo;
        const QStringList start = InroadTest::dumpTables(temp.db().connection());
        // Remove rows 2 and 4 (not next to each other), with an answer among them.
        undo.push(new RemoveInterviewQuestionsCommand(repo, interview.id, {first.at(1).id, first.at(3).id},
                                                      QStringLiteral("Remove")));
        QCOMPARE(repo.countForInterview(interview.id), 2);
        const QStringList removed = InroadTest::dumpTables(temp.db().connection());
        undo.undo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), start);
        undo.redo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), removed);
        undo.undo();

        // Reorder, then insert in the middle; undo both.
        const QList<qint64> order{first.at(3).id, first.at(2).id, first.at(1).id, first.at(0).id};
        undo.push(new ReorderInterviewQuestionsCommand(
            repo, interview.id, {first.at(0).id, first.at(1).id, first.at(2).id, first.at(3).id}, order,
            QStringLiteral("Move")));
        InterviewQuestion extra;
        extra.text = QStringLiteral("Extra?");
        undo.push(new InsertInterviewQuestionsCommand(repo, interview.id, 1, {extra}, QStringLiteral("Add")));
        QStringList texts;
        for (const InterviewQuestion &q : repo.forInterview(interview.id))
            texts << q.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("Four?"), QStringLiteral("Extra?"), QStringLiteral("Three?"),
                                     QStringLiteral("Two?"), QStringLiteral("One?")}));
        const QStringList after = InroadTest::dumpTables(temp.db().connection());
        undo.undo();
        undo.undo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), start);
        undo.redo();
        undo.redo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), after);
    }

    void theShippedBankIsInstalledOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("once.inroad"));
        int shippedCount = 0;
        {
            Workspace workspace;
            QVERIFY(workspace.open(path).ok());
            QuestionRepository &bank = workspace.questions();
            QVERIFY(bank.shippedBankInstalled());
            shippedCount = int(bank.all(true).size());
            QCOMPARE(shippedCount, int(shippedBank().questions.size()));
            QStringList categories;
            for (const QuestionCategory &c : bank.categories())
                categories << c.name;
            QCOMPARE(categories, shippedBank().categories);
            // A question the user writes is checked like the shipped ones.
            Question own;
            own.text = QStringLiteral("How much do you make?");
            QVERIFY(bank.add(own));
            QVERIFY(!bank.find(own.id)->caution.isEmpty());
            QVERIFY(bank.remove(bank.all().first().id));
        }
        Workspace again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(int(again.questions().all(true).size()), shippedCount); // one deleted, one added, none re-added
    }

    void restoringTheShippedBank()
    {
        TempWorkspace temp;
        QuestionRepository &bank = temp.workspace.questions();
        const QList<Question> shipped = bank.all(true);
        QVERIFY(shipped.size() >= 70);
        const QStringList start = InroadTest::dumpTables(temp.db().connection());

        QUndoStack undo;
        // Nothing to restore: no undo step.
        undo.push(new RestoreShippedBankCommand(bank));
        QCOMPARE(undo.count(), 0);

        Question reworded = shipped.at(0);
        reworded.text = QStringLiteral("My wording?");
        QVERIFY(bank.update(reworded));
        Question retired = shipped.at(1);
        retired.retired = true;
        QVERIFY(bank.update(retired));
        QVERIFY(bank.remove(shipped.at(2).id));
        Question own;
        own.text = QStringLiteral("A question of my own?");
        QVERIFY(bank.add(own));
        const QStringList edited = InroadTest::dumpTables(temp.db().connection());

        auto *restore = new RestoreShippedBankCommand(bank);
        undo.push(restore);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(restore->restoredCount(), 3);
        QCOMPARE(bank.find(reworded.id)->text, shipped.at(0).text);
        QVERIFY(!bank.find(retired.id)->retired);
        QVERIFY(bank.findShipped(shipped.at(2).builtinKey));
        QVERIFY(bank.find(own.id)); // the user's own question stays
        const QStringList restored = InroadTest::dumpTables(temp.db().connection());
        undo.undo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), edited);
        undo.redo();
        QCOMPARE(InroadTest::dumpTables(temp.db().connection()), restored);
        // Restoring again right away finds nothing to do.
        undo.push(new RestoreShippedBankCommand(bank));
        QCOMPARE(undo.count(), 1);
        Q_UNUSED(start)
    }
};

QTEST_GUILESS_MAIN(TestQuestionSets)
#include "tst_questionsets.moc"
