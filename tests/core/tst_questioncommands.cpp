#include "interviewquestionrepository.h"
#include "questioncommands.h"
#include "questionrepository.h"
#include "shippedbank.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Inroad;
using InroadTest::TempWorkspace;
using InroadTest::dumpTables;

namespace {

InterviewQuestion iq(const QString &text, const QString &answer = {})
{
    InterviewQuestion q;
    q.text = text;
    q.answer = answer;
    return q;
}

/// A workspace with the shipped bank, one interview of six answered questions and another of one.
struct Fixture
{
    TempWorkspace tw;
    QUndoStack stack;
    qint64 interview = 0;
    qint64 other = 0;
    QList<qint64> ids; ///< the first interview's questions, by position

    Fixture()
    {
        Person p;
        p.firstName = QStringLiteral("Ana");
        if (!tw.workspace.people().add(p))
            qFatal("cannot add a person");
        interview = addInterview(p.id);
        other = addInterview(p.id);
        QList<InterviewQuestion> items;
        for (int i = 0; i < 6; ++i)
            items << iq(QStringLiteral("Q%1?").arg(i), QStringLiteral("Answer %1").arg(i));
        items[3].notAsked = true;
        if (!lists().insert(interview, -1, items))
            qFatal("cannot add questions");
        for (const InterviewQuestion &q : std::as_const(items))
            ids << q.id;
        QList<InterviewQuestion> theirs{iq(QStringLiteral("Theirs?"), QStringLiteral("Their answer"))};
        if (!lists().insert(other, -1, theirs))
            qFatal("cannot add questions");
    }

    qint64 addInterview(qint64 personId)
    {
        Interview i;
        i.personId = personId;
        if (!tw.workspace.interviews().add(i))
            qFatal("cannot add an interview");
        return i.id;
    }

    InterviewQuestionRepository &lists() { return tw.workspace.interviewQuestions(); }
    QuestionRepository &bank() { return tw.workspace.questions(); }
    QStringList dump() { return dumpTables(tw.db().connection()); }

    QStringList texts(qint64 interviewId)
    {
        QStringList out;
        for (const InterviewQuestion &q : lists().forInterview(interviewId))
            out << q.text;
        return out;
    }
    QList<qint64> order(qint64 interviewId)
    {
        QList<qint64> out;
        for (const InterviewQuestion &q : lists().forInterview(interviewId))
            out << q.id;
        return out;
    }
};

QStringList rowsOf(const QStringList &dump, const QString &table)
{
    QStringList out;
    for (const QString &line : dump) {
        if (line.startsWith(table + QLatin1Char('|')))
            out << line;
    }
    return out;
}

QStringList shippedKeysInOrder(const QList<Question> &questions)
{
    QStringList out;
    for (const Question &q : questions) {
        if (q.isShipped())
            out << q.builtinKey;
    }
    return out;
}

} // namespace

class TestQuestionCommands : public QObject
{
    Q_OBJECT

private slots:
    void insertUndoRedo()
    {
        Fixture f;
        const QStringList before = f.dump();
        auto *cmd = new InsertInterviewQuestionsCommand(f.lists(), f.interview, 2,
                                                        {iq(QStringLiteral("New A?")), iq(QStringLiteral("New B?"))},
                                                        QStringLiteral("Add Questions"));
        f.stack.push(cmd);
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.texts(f.interview), (QStringList{QStringLiteral("Q0?"), QStringLiteral("Q1?"), QStringLiteral("New A?"),
                                                    QStringLiteral("New B?"), QStringLiteral("Q2?"), QStringLiteral("Q3?"),
                                                    QStringLiteral("Q4?"), QStringLiteral("Q5?")}));
        const QList<InterviewQuestion> inserted = cmd->items();
        QCOMPARE(inserted.size(), 2);
        QVERIFY(inserted.at(0).id > 0);
        const QStringList afterRedo = f.dump();
        QVERIFY(afterRedo != before);

        f.stack.undo();
        QCOMPARE(f.dump(), before);
        QCOMPARE(f.order(f.interview), f.ids);
        f.stack.redo();
        QCOMPARE(f.dump(), afterRedo);
        QCOMPARE(f.lists().find(inserted.at(1).id)->text, QStringLiteral("New B?"));
        f.stack.undo();
        QCOMPARE(f.dump(), before);
        f.stack.redo();
        QCOMPARE(f.dump(), afterRedo);
    }

    // An answer written into an inserted question survives undoing and redoing the insert.
    void insertKeepsLaterAnswersForRedo()
    {
        Fixture f;
        auto *cmd = new InsertInterviewQuestionsCommand(f.lists(), f.interview, -1, {iq(QStringLiteral("Late?"))},
                                                        QStringLiteral("Add Question"));
        f.stack.push(cmd);
        InterviewQuestion late = f.lists().forInterview(f.interview).last();
        late.answer = QStringLiteral("Written during the talk");
        QVERIFY(f.lists().update(late));
        const QStringList withAnswer = f.dump();
        f.stack.undo();
        QVERIFY(!f.lists().find(late.id));
        f.stack.redo();
        QCOMPARE(f.lists().find(late.id)->answer, QStringLiteral("Written during the talk"));
        QCOMPARE(f.dump(), withAnswer);
    }

    void removeNonContiguousRestoresEachInPlace()
    {
        Fixture f;
        const QList<InterviewQuestion> original = f.lists().forInterview(f.interview);
        const QStringList before = f.dump();
        // Rows 5, 0 and 3 (not asked), given out of order.
        f.stack.push(new RemoveInterviewQuestionsCommand(f.lists(), f.interview, {f.ids.at(5), f.ids.at(0), f.ids.at(3)},
                                                         QStringLiteral("Remove Questions")));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.texts(f.interview), (QStringList{QStringLiteral("Q1?"), QStringLiteral("Q2?"), QStringLiteral("Q4?")}));
        QCOMPARE(f.texts(f.other), QStringList{QStringLiteral("Theirs?")});
        const QStringList afterRedo = f.dump();

        f.stack.undo();
        const QList<InterviewQuestion> restored = f.lists().forInterview(f.interview);
        QCOMPARE(restored.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(restored.at(i).id, original.at(i).id);
            QCOMPARE(restored.at(i).position, i);
            QVERIFY2(restored.at(i).sameContent(original.at(i)), qPrintable(restored.at(i).text));
        }
        QCOMPARE(restored.at(0).answer, QStringLiteral("Answer 0"));
        QVERIFY(restored.at(3).notAsked);
        QCOMPARE(f.dump(), before);

        f.stack.redo();
        QCOMPARE(f.dump(), afterRedo);
        f.stack.undo();
        QCOMPARE(f.dump(), before);
    }

    void removeOfAMissingRowIsNotAnUndoStep()
    {
        Fixture f;
        const QStringList before = f.dump();
        f.stack.push(new RemoveInterviewQuestionsCommand(f.lists(), f.interview, {f.ids.at(1), 999999},
                                                         QStringLiteral("Remove Questions")));
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(f.dump(), before);
    }

    void reorderUndoRedo()
    {
        Fixture f;
        const QStringList before = f.dump();
        const QList<qint64> after{f.ids.at(5), f.ids.at(2), f.ids.at(0), f.ids.at(1), f.ids.at(4), f.ids.at(3)};
        f.stack.push(new ReorderInterviewQuestionsCommand(f.lists(), f.interview, f.ids, after,
                                                          QStringLiteral("Move Questions")));
        QCOMPARE(f.order(f.interview), after);
        const QStringList afterRedo = f.dump();
        f.stack.undo();
        QCOMPARE(f.order(f.interview), f.ids);
        QCOMPARE(f.dump(), before);
        f.stack.redo();
        QCOMPARE(f.dump(), afterRedo);
        QCOMPARE(f.lists().forInterview(f.interview).at(0).answer, QStringLiteral("Answer 5"));
    }

    void mixedSequenceUndoesToTheStart()
    {
        Fixture f;
        const QStringList start = f.dump();
        f.stack.push(new InsertInterviewQuestionsCommand(f.lists(), f.interview, 0, {iq(QStringLiteral("First now?"))},
                                                         QStringLiteral("Add")));
        f.stack.push(new RemoveInterviewQuestionsCommand(f.lists(), f.interview, {f.ids.at(1), f.ids.at(4)},
                                                         QStringLiteral("Remove")));
        QList<qint64> current = f.order(f.interview);
        QList<qint64> reversed(current.crbegin(), current.crend());
        f.stack.push(new ReorderInterviewQuestionsCommand(f.lists(), f.interview, current, reversed,
                                                          QStringLiteral("Move")));
        QCOMPARE(f.stack.count(), 3);
        const QStringList end = f.dump();
        QCOMPARE(f.texts(f.interview), (QStringList{QStringLiteral("Q5?"), QStringLiteral("Q3?"), QStringLiteral("Q2?"),
                                                    QStringLiteral("Q0?"), QStringLiteral("First now?")}));
        f.stack.setIndex(0);
        QCOMPARE(f.dump(), start);
        f.stack.setIndex(3);
        QCOMPARE(f.dump(), end);
    }

    void restoreShippedBank()
    {
        Fixture f;
        const ShippedBank &shipped = shippedBank();
        QVERIFY(shipped.ok());
        const QStringList freshOrder = shippedKeysInOrder(f.bank().all());
        const Question &editedShipped = shipped.questions.at(0);
        const Question &retiredShipped = shipped.questions.at(5);
        const Question &deletedShipped = shipped.questions.at(10);

        Question edited = *f.bank().findShipped(editedShipped.builtinKey);
        edited.text = QStringLiteral("My own wording of the first question?");
        edited.minutes = 7;
        edited.tags = {QStringLiteral("mine")};
        QVERIFY(f.bank().update(edited));
        Question retired = *f.bank().findShipped(retiredShipped.builtinKey);
        retired.retired = true;
        QVERIFY(f.bank().update(retired));
        const Question deleted = *f.bank().findShipped(deletedShipped.builtinKey);
        QVERIFY(f.bank().remove(deleted.id));
        Question user;
        user.text = QStringLiteral("What did you wish you had known sooner?");
        user.categoryId = f.bank().categories().at(0).id;
        QVERIFY(f.bank().add(user));
        const Question userBefore = *f.bank().find(user.id);
        const QStringList before = f.dump();

        auto *cmd = new RestoreShippedBankCommand(f.bank());
        f.stack.push(cmd);
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(cmd->restoredCount(), 3);

        const Question editedNow = *f.bank().find(edited.id);
        QCOMPARE(editedNow.text, editedShipped.text);
        QCOMPARE(editedNow.minutes, editedShipped.minutes);
        QCOMPARE(editedNow.tags, editedShipped.tags);
        QCOMPARE(editedNow.id, edited.id);
        QVERIFY(!f.bank().find(retired.id)->retired);
        const std::optional<Question> readded = f.bank().findShipped(deletedShipped.builtinKey);
        QVERIFY(readded);
        QCOMPARE(readded->text, deletedShipped.text);
        QCOMPARE(readded->categoryName, deletedShipped.categoryName);
        QVERIFY(!readded->retired);
        // The user's own question is left alone, and the bank is in the shipped order again.
        const std::optional<Question> userNow = f.bank().find(user.id);
        QVERIFY(userNow);
        QCOMPARE(userNow->text, userBefore.text);
        QCOMPARE(userNow->position, userBefore.position);
        QCOMPARE(userNow->categoryId, userBefore.categoryId);
        QCOMPARE(shippedKeysInOrder(f.bank().all()), freshOrder);
        QCOMPARE(f.bank().all().size(), shipped.questions.size() + 1);
        const QStringList afterRedo = f.dump();

        // Undo gives back the bank exactly as the user had it.
        f.stack.undo();
        QCOMPARE(rowsOf(f.dump(), QStringLiteral("questions")), rowsOf(before, QStringLiteral("questions")));
        QCOMPARE(f.dump(), before);
        QCOMPARE(f.bank().find(edited.id)->text, edited.text);
        QVERIFY(f.bank().find(retired.id)->retired);
        QVERIFY(!f.bank().findShipped(deletedShipped.builtinKey));

        // Redo brings back the same rows, the re-added one with the same id.
        f.stack.redo();
        QCOMPARE(f.bank().findShipped(deletedShipped.builtinKey)->id, readded->id);
        QCOMPARE(f.dump(), afterRedo);
        f.stack.undo();
        QCOMPARE(f.dump(), before);
    }

    // A whole shipped category the user deleted comes back, and goes again on undo.
    void restoreShippedBankRecreatesACategory()
    {
        Fixture f;
        const ShippedBank &shipped = shippedBank();
        const QString lastCategory = shipped.categories.last();
        const qint64 categoryId = f.bank().ensureCategory(lastCategory);
        int removed = 0;
        for (const Question &q : f.bank().all(true)) {
            if (q.categoryId == categoryId) {
                QVERIFY(f.bank().remove(q.id));
                ++removed;
            }
        }
        QVERIFY(removed > 0);
        QVERIFY(f.bank().removeCategory(categoryId));
        const QStringList before = f.dump();

        auto *cmd = new RestoreShippedBankCommand(f.bank());
        f.stack.push(cmd);
        QCOMPARE(cmd->restoredCount(), removed);
        QCOMPARE(f.bank().categories().last().name, lastCategory);
        QCOMPARE(f.bank().all().size(), shipped.questions.size());
        const QStringList afterRedo = f.dump();
        f.stack.undo();
        QCOMPARE(f.dump(), before);
        f.stack.redo();
        QCOMPARE(f.dump(), afterRedo);
    }

    void restoreWithNothingToDoIsNotAnUndoStep()
    {
        Fixture f;
        // The user's own questions and retired/edited ones elsewhere do not count: only shipped ones.
        Question user;
        user.text = QStringLiteral("My own question?");
        QVERIFY(f.bank().add(user));
        const QStringList before = f.dump();
        f.stack.push(new RestoreShippedBankCommand(f.bank()));
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(f.dump(), before);

        // After a restore has been done, a second one has nothing to do either.
        Question edited = f.bank().all().at(2);
        edited.text = QStringLiteral("Edited?");
        QVERIFY(f.bank().update(edited));
        f.stack.push(new RestoreShippedBankCommand(f.bank()));
        QCOMPARE(f.stack.count(), 1);
        const QStringList restored = f.dump();
        f.stack.push(new RestoreShippedBankCommand(f.bank()));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.dump(), restored);
    }
};

QTEST_GUILESS_MAIN(TestQuestionCommands)
#include "tst_questioncommands.moc"
