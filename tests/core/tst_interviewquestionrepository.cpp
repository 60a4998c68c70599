#include "interviewquestionrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

InterviewQuestion iq(const QString &text, const QString &answer = {}, double minutes = 2)
{
    InterviewQuestion q;
    q.text = text;
    q.answer = answer;
    q.minutes = minutes;
    return q;
}

QList<InterviewQuestion> several(const QStringList &texts)
{
    QList<InterviewQuestion> out;
    for (const QString &text : texts)
        out << iq(text);
    return out;
}

/// A workspace with one person and two interviews.
struct Fixture
{
    TempWorkspace tw;
    qint64 first = 0;
    qint64 second = 0;

    Fixture()
    {
        Person p;
        p.firstName = QStringLiteral("Ana");
        if (!tw.workspace.people().add(p))
            qFatal("cannot add a person");
        first = addInterview(p.id);
        second = addInterview(p.id);
    }

    qint64 addInterview(qint64 personId)
    {
        Interview i;
        i.personId = personId;
        if (!tw.workspace.interviews().add(i))
            qFatal("cannot add an interview");
        return i.id;
    }

    InterviewQuestionRepository &repo() { return tw.workspace.interviewQuestions(); }

    QStringList texts(qint64 interviewId)
    {
        QStringList out;
        for (const InterviewQuestion &q : repo().forInterview(interviewId))
            out << q.text;
        return out;
    }

    QList<qint64> ids(qint64 interviewId)
    {
        QList<qint64> out;
        for (const InterviewQuestion &q : repo().forInterview(interviewId))
            out << q.id;
        return out;
    }

    /// Positions as stored, in order: must be 0..n-1.
    QList<int> storedPositions(qint64 interviewId)
    {
        QSqlQuery q(tw.db().connection());
        q.prepare(QStringLiteral("SELECT position FROM interview_questions WHERE interview_id = ? ORDER BY position"));
        q.addBindValue(interviewId);
        QList<int> out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toInt();
        }
        return out;
    }

    bool contiguous(qint64 interviewId)
    {
        const QList<int> positions = storedPositions(interviewId);
        for (int i = 0; i < positions.size(); ++i) {
            if (positions.at(i) != i)
                return false;
        }
        const QList<InterviewQuestion> list = repo().forInterview(interviewId);
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).position != i)
                return false;
        }
        return positions.size() == list.size();
    }
};

QList<int> range(int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out << i;
    return out;
}

} // namespace

class TestInterviewQuestionRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertsAtEveryPlace()
    {
        Fixture f;
        QList<InterviewQuestion> items = several({QStringLiteral("B?"), QStringLiteral("C?")});
        QVERIFY2(f.repo().insert(f.first, 0, items), qPrintable(f.repo().lastError()));
        QVERIFY(items.at(0).id > 0 && items.at(1).id > 0);
        QCOMPARE(items.at(0).interviewId, f.first);
        QCOMPARE(items.at(0).position, 0);
        QCOMPARE(items.at(1).position, 1);
        QCOMPARE(f.texts(f.first), (QStringList{QStringLiteral("B?"), QStringLiteral("C?")}));

        QList<InterviewQuestion> start{iq(QStringLiteral("A?"))};
        QVERIFY(f.repo().insert(f.first, 0, start));
        QCOMPARE(start.at(0).position, 0);
        QCOMPARE(f.texts(f.first), (QStringList{QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("C?")}));
        QVERIFY(f.contiguous(f.first));

        QList<InterviewQuestion> middle = several({QStringLiteral("B1?"), QStringLiteral("B2?")});
        QVERIFY(f.repo().insert(f.first, 2, middle));
        QCOMPARE(middle.at(0).position, 2);
        QCOMPARE(middle.at(1).position, 3);
        QCOMPARE(f.texts(f.first), (QStringList{QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("B1?"),
                                                QStringLiteral("B2?"), QStringLiteral("C?")}));
        QVERIFY(f.contiguous(f.first));

        QList<InterviewQuestion> end{iq(QStringLiteral("D?"))};
        QVERIFY(f.repo().insert(f.first, -1, end));
        QCOMPARE(end.at(0).position, 5);
        QList<InterviewQuestion> atCount{iq(QStringLiteral("E?"))};
        QVERIFY(f.repo().insert(f.first, 6, atCount));
        QCOMPARE(atCount.at(0).position, 6);
        QList<InterviewQuestion> pastEnd{iq(QStringLiteral("F?"))};
        QVERIFY(f.repo().insert(f.first, 99, pastEnd));
        QCOMPARE(pastEnd.at(0).position, 7);
        QCOMPARE(f.texts(f.first),
                 (QStringList{QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("B1?"), QStringLiteral("B2?"),
                              QStringLiteral("C?"), QStringLiteral("D?"), QStringLiteral("E?"), QStringLiteral("F?")}));
        QVERIFY(f.contiguous(f.first));
        QCOMPARE(f.storedPositions(f.first), range(8));
        QCOMPARE(f.repo().countForInterview(f.first), 8);

        // The other interview's list is its own, numbered from 0.
        QList<InterviewQuestion> other = several({QStringLiteral("X?"), QStringLiteral("Y?")});
        QVERIFY(f.repo().insert(f.second, 1, other));
        QCOMPARE(f.texts(f.second), (QStringList{QStringLiteral("X?"), QStringLiteral("Y?")}));
        QCOMPARE(f.storedPositions(f.second), range(2));
        QCOMPARE(f.repo().countForInterview(f.first), 8);
    }

    void insertStoresEverything()
    {
        Fixture f;
        const std::optional<Question> bank = f.tw.workspace.questions().findShipped(
            f.tw.workspace.questions().all().at(0).builtinKey);
        QVERIFY(bank);
        InterviewQuestion q = iq(QStringLiteral("  Trimmed?  "), QStringLiteral("**Yes**, trimmed."), 3.5);
        q.questionId = bank->id;
        q.notAsked = true;
        QList<InterviewQuestion> items{q};
        QVERIFY(f.repo().insert(f.first, -1, items));
        const std::optional<InterviewQuestion> stored = f.repo().find(items.at(0).id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("Trimmed?"));
        QCOMPARE(stored->answer, QStringLiteral("**Yes**, trimmed."));
        QCOMPARE(stored->minutes, 3.5);
        QCOMPARE(stored->questionId, bank->id);
        QVERIFY(stored->notAsked);
        QCOMPARE(stored->interviewId, f.first);
    }

    void refusesInvalidItemsWhole()
    {
        Fixture f;
        QList<InterviewQuestion> seed = several({QStringLiteral("A?")});
        QVERIFY(f.repo().insert(f.first, -1, seed));
        const QStringList before = InroadTest::dumpTables(f.tw.db().connection());
        QSignalSpy list(&f.repo(), &InterviewQuestionRepository::listChanged);

        QList<InterviewQuestion> oneBad{iq(QStringLiteral("Fine?")), iq(QStringLiteral("   "))};
        QVERIFY(!f.repo().insert(f.first, 0, oneBad));
        QList<InterviewQuestion> noTime{iq(QStringLiteral("No time?"), {}, 0)};
        QVERIFY(!f.repo().insert(f.first, 0, noTime));
        QList<InterviewQuestion> nowhere{iq(QStringLiteral("No such interview?"))};
        QVERIFY(!f.repo().insert(999999, 0, nowhere));
        QList<InterviewQuestion> empty;
        QVERIFY(f.repo().insert(f.first, 0, empty));

        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);
        QCOMPARE(list.size(), 0);
        QCOMPARE(f.texts(f.first), QStringList{QStringLiteral("A?")});
    }

    void removesWithAnswersAndKeepsIdsOnReinsert()
    {
        Fixture f;
        QList<InterviewQuestion> items;
        for (int i = 0; i < 5; ++i)
            items << iq(QStringLiteral("Q%1?").arg(i), QStringLiteral("Answer %1").arg(i));
        QVERIFY(f.repo().insert(f.first, -1, items));
        QList<InterviewQuestion> other{iq(QStringLiteral("Other?"), QStringLiteral("Other answer"))};
        QVERIFY(f.repo().insert(f.second, -1, other));
        const QList<InterviewQuestion> before = f.repo().forInterview(f.first);

        QVERIFY2(f.repo().removeQuestions(f.first, {items.at(1).id, items.at(3).id}), qPrintable(f.repo().lastError()));
        QCOMPARE(f.texts(f.first), (QStringList{QStringLiteral("Q0?"), QStringLiteral("Q2?"), QStringLiteral("Q4?")}));
        QVERIFY(f.contiguous(f.first));
        QVERIFY(!f.repo().find(items.at(1).id));
        const QString answers = QStringLiteral("SELECT count(*) FROM interview_questions WHERE answer IN ('Answer 1', 'Answer 3')");
        QSqlQuery q(f.tw.db().connection());
        QVERIFY(q.exec(answers) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(f.texts(f.second), QStringList{QStringLiteral("Other?")});

        // Put back with their ids (undoing the removal): the same rows, answers and all.
        QList<InterviewQuestion> back{before.at(1)};
        QVERIFY(f.repo().insert(f.first, 1, back));
        QCOMPARE(back.at(0).id, items.at(1).id);
        back = {before.at(3)};
        QVERIFY(f.repo().insert(f.first, 3, back));
        QCOMPARE(back.at(0).id, items.at(3).id);
        const QList<InterviewQuestion> after = f.repo().forInterview(f.first);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).position, before.at(i).position);
            QVERIFY(after.at(i).sameContent(before.at(i)));
        }

        // Remove everything: an empty list.
        QVERIFY(f.repo().removeQuestions(f.first, f.ids(f.first)));
        QCOMPARE(f.repo().countForInterview(f.first), 0);
        QCOMPARE(f.repo().countForInterview(f.second), 1);
    }

    void refusesRemovingWhatIsNotOnTheList()
    {
        Fixture f;
        QList<InterviewQuestion> mine = several({QStringLiteral("A?"), QStringLiteral("B?")});
        QVERIFY(f.repo().insert(f.first, -1, mine));
        QList<InterviewQuestion> theirs = several({QStringLiteral("X?")});
        QVERIFY(f.repo().insert(f.second, -1, theirs));
        const QStringList before = InroadTest::dumpTables(f.tw.db().connection());
        QSignalSpy list(&f.repo(), &InterviewQuestionRepository::listChanged);

        QVERIFY(!f.repo().removeQuestions(f.first, {mine.at(0).id, 999999}));
        QVERIFY(!f.repo().removeQuestions(f.first, {theirs.at(0).id}));
        QVERIFY(!f.repo().lastError().isEmpty());
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);
        QCOMPARE(list.size(), 0);
    }

    void reorders()
    {
        Fixture f;
        QList<InterviewQuestion> items = several({QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("C?"),
                                                  QStringLiteral("D?")});
        QVERIFY(f.repo().insert(f.first, -1, items));
        const qint64 a = items.at(0).id, b = items.at(1).id, c = items.at(2).id, d = items.at(3).id;
        QSignalSpy list(&f.repo(), &InterviewQuestionRepository::listChanged);

        QVERIFY2(f.repo().reorder(f.first, {d, b, a, c}), qPrintable(f.repo().lastError()));
        QCOMPARE(f.ids(f.first), (QList<qint64>{d, b, a, c}));
        QCOMPARE(f.texts(f.first), (QStringList{QStringLiteral("D?"), QStringLiteral("B?"), QStringLiteral("A?"),
                                                QStringLiteral("C?")}));
        QVERIFY(f.contiguous(f.first));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).at(0).toLongLong(), f.first);

        // The same order again: nothing to announce.
        QVERIFY(f.repo().reorder(f.first, {d, b, a, c}));
        QCOMPARE(list.size(), 1);

        // A wrong set of ids changes nothing.
        QList<InterviewQuestion> theirs = several({QStringLiteral("X?")});
        QVERIFY(f.repo().insert(f.second, -1, theirs));
        list.clear();
        const QStringList before = InroadTest::dumpTables(f.tw.db().connection());
        QVERIFY(!f.repo().reorder(f.first, {d, b, a}));                     // one missing
        QVERIFY(!f.repo().reorder(f.first, {d, b, a, c, 999999}));          // one too many
        QVERIFY(!f.repo().reorder(f.first, {d, b, a, a}));                  // a twice, c missing
        QVERIFY(!f.repo().reorder(f.first, {d, b, a, theirs.at(0).id}));    // another interview's
        QVERIFY(!f.repo().reorder(f.first, {}));
        QVERIFY(!f.repo().lastError().isEmpty());
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);
        QCOMPARE(f.ids(f.first), (QList<qint64>{d, b, a, c}));
        QCOMPARE(list.size(), 0);
    }

    void updatesOneRow()
    {
        Fixture f;
        QList<InterviewQuestion> items = several({QStringLiteral("A?"), QStringLiteral("B?")});
        QVERIFY(f.repo().insert(f.first, -1, items));
        QSignalSpy list(&f.repo(), &InterviewQuestionRepository::listChanged);
        QSignalSpy changed(&f.repo(), &Repository::changed);

        InterviewQuestion q = *f.repo().find(items.at(1).id);
        q.text = QStringLiteral("B, reworded?");
        q.answer = QStringLiteral("- one\n- two “quoted”");
        q.notAsked = true;
        q.minutes = 4;
        QVERIFY2(f.repo().update(q), qPrintable(f.repo().lastError()));
        const InterviewQuestion stored = *f.repo().find(q.id);
        QVERIFY(stored.sameContent(q));
        QCOMPARE(stored.position, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), q.id);
        QCOMPARE(list.size(), 0);
        QCOMPARE(f.repo().find(items.at(0).id)->text, QStringLiteral("A?"));

        q.notAsked = false;
        q.answer.clear();
        QVERIFY(f.repo().update(q));
        QVERIFY(!f.repo().find(q.id)->notAsked);
        QVERIFY(f.repo().find(q.id)->answer.isEmpty());

        InterviewQuestion bad = q;
        bad.text = QStringLiteral(" ");
        QVERIFY(!f.repo().update(bad));
        bad = q;
        bad.minutes = 0;
        QVERIFY(!f.repo().update(bad));
        bad = q;
        bad.id = 999999;
        QVERIFY(!f.repo().update(bad));
        QCOMPARE(f.repo().find(q.id)->text, QStringLiteral("B, reworded?"));
        QCOMPARE(changed.size(), 2);
    }

    void signalsOnlyAfterCommit()
    {
        Fixture f;
        QSignalSpy list(&f.repo(), &InterviewQuestionRepository::listChanged);
        QSignalSpy changed(&f.repo(), &Repository::changed);

        QVERIFY(f.tw.db().beginTransaction());
        QList<InterviewQuestion> items = several({QStringLiteral("A?"), QStringLiteral("B?")});
        QVERIFY(f.repo().insert(f.first, -1, items));
        InterviewQuestion q = items.at(0);
        q.answer = QStringLiteral("Inside");
        QVERIFY(f.repo().update(q));
        QCOMPARE(list.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(f.tw.db().commit());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).at(0).toLongLong(), f.first);
        QCOMPARE(changed.size(), 1);

        list.clear();
        changed.clear();
        const QStringList before = InroadTest::dumpTables(f.tw.db().connection());
        QVERIFY(f.tw.db().beginTransaction());
        QList<InterviewQuestion> more = several({QStringLiteral("C?")});
        QVERIFY(f.repo().insert(f.first, 0, more));
        QVERIFY(f.repo().reorder(f.first, {items.at(1).id, more.at(0).id, items.at(0).id}));
        QVERIFY(f.repo().removeQuestions(f.first, {items.at(1).id}));
        q.answer = QStringLiteral("Rolled back");
        QVERIFY(f.repo().update(q));
        f.tw.db().rollback();
        QCOMPARE(list.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);

        // Outside a transaction each edit is announced once.
        QVERIFY(f.repo().reorder(f.first, {items.at(1).id, items.at(0).id}));
        QVERIFY(f.repo().removeQuestions(f.first, {items.at(1).id}));
        QCOMPARE(list.size(), 2);
    }

    void deletingTheInterviewTakesItsQuestions()
    {
        Fixture f;
        QList<InterviewQuestion> items{iq(QStringLiteral("A?"), QStringLiteral("Answer A")),
                                       iq(QStringLiteral("B?"), QStringLiteral("Answer B")),
                                       iq(QStringLiteral("C?"))};
        items[2].notAsked = true;
        QVERIFY(f.repo().insert(f.first, -1, items));
        QList<InterviewQuestion> other{iq(QStringLiteral("Other?"), QStringLiteral("Kept"))};
        QVERIFY(f.repo().insert(f.second, -1, other));
        const QList<InterviewQuestion> before = f.repo().forInterview(f.first);
        const QStringList tables = InroadTest::dumpTables(f.tw.db().connection());

        const std::optional<RowSnapshot> snapshot = f.tw.workspace.interviews().remove(f.first);
        QVERIFY(snapshot);
        QCOMPARE(f.repo().countForInterview(f.first), 0);
        for (const InterviewQuestion &q : before)
            QVERIFY(!f.repo().find(q.id));
        QCOMPARE(f.texts(f.second), QStringList{QStringLiteral("Other?")});

        QVERIFY(f.tw.workspace.interviews().restore(*snapshot));
        const QList<InterviewQuestion> after = f.repo().forInterview(f.first);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).position, before.at(i).position);
            QVERIFY(after.at(i).sameContent(before.at(i)));
        }
        QCOMPARE(after.at(1).answer, QStringLiteral("Answer B"));
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), tables);
    }

    // Deleting a bank question keeps what was asked: the row stays, only the link goes.
    void deletingTheBankQuestionKeepsTheRow()
    {
        Fixture f;
        QuestionRepository &bank = f.tw.workspace.questions();
        const Question source = bank.all().at(0);
        InterviewQuestion q = iq(source.text, QStringLiteral("What they said"));
        q.questionId = source.id;
        QList<InterviewQuestion> items{q};
        QVERIFY(f.repo().insert(f.first, -1, items));
        const std::optional<RowSnapshot> snapshot = bank.remove(source.id);
        QVERIFY(snapshot);
        const std::optional<InterviewQuestion> kept = f.repo().find(items.at(0).id);
        QVERIFY(kept);
        QCOMPARE(kept->questionId, qint64(0));
        QCOMPARE(kept->text, source.text);
        QCOMPARE(kept->answer, QStringLiteral("What they said"));
        QVERIFY(bank.restore(*snapshot));
        QCOMPARE(f.repo().find(items.at(0).id)->questionId, source.id);
    }
};

QTEST_GUILESS_MAIN(TestInterviewQuestionRepository)
#include "tst_interviewquestionrepository.moc"
