#include "interviewquestionmodel.h"
#include "interviewquestionrepository.h"
#include "questionbankmodel.h"
#include "questioncaution.h"
#include "questionrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Inroad;

namespace {

/// A workspace with the shipped bank, two interviews and an undo stack.
struct Fixture
{
    InroadTest::TempWorkspace tw;
    QUndoStack undo;
    qint64 first = 0;
    qint64 second = 0;

    Fixture()
    {
        Person p;
        p.firstName = QStringLiteral("Priya");
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

    QuestionRepository &bank() { return tw.workspace.questions(); }
    InterviewQuestionRepository &lists() { return tw.workspace.interviewQuestions(); }

    std::unique_ptr<InterviewQuestionModel> model(qint64 interviewId)
    {
        auto m = std::make_unique<InterviewQuestionModel>(lists(), bank(), undo);
        m->setInterview(interviewId);
        return m;
    }

    qint64 shipped(const QString &key)
    {
        const std::optional<Question> q = bank().findShipped(key);
        if (!q)
            qFatal("no shipped question %s", qPrintable(key));
        return q->id;
    }
};

QStringList texts(const InterviewQuestionModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, InterviewQuestionModel::TextColumn).data().toString();
    return out;
}

QStringList numbers(const InterviewQuestionModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, InterviewQuestionModel::NumberColumn).data().toString();
    return out;
}

QList<qint64> ids(const InterviewQuestionModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(InterviewQuestionModel::IdRole).toLongLong();
    return out;
}

/// Every signal a view cares about, to check which kind of change the model reported.
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        layout.clear();
        changed.clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy layout;
    QSignalSpy changed;
    QSignalSpy reset;
};

const QString kOneOff = QStringLiteral("What surprised you most in your first year?");

} // namespace

class TestInterviewQuestionModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void addsRemovesAndUndoesRowByRow()
    {
        Fixture f;
        InterviewQuestionModel model(f.lists(), f.bank(), f.undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.addOneOff(kOneOff)); // no interview shown
        model.setInterview(f.first);
        Spies spy(&model);

        const qint64 typical = f.shipped(QStringLiteral("day.typical"));
        const qint64 story = f.shipped(QStringLiteral("start.story"));
        QVERIFY(model.addFromBank({typical, story}));
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(spy.inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(texts(model), QStringList({f.bank().find(typical)->text, f.bank().find(story)->text}));
        QCOMPARE(numbers(model), QStringList({QStringLiteral("1."), QStringLiteral("2.")}));
        QCOMPARE(model.questionAt(0).questionId, typical);
        QCOMPARE(model.index(0, InterviewQuestionModel::MinutesColumn).data().toString(), QStringLiteral("3 min"));
        QCOMPARE(model.index(0, InterviewQuestionModel::AnswerColumn).data().toString(), QString());

        // A bank question already on the list is not added twice.
        QVERIFY(!model.addFromBank({story}));
        QCOMPARE(f.undo.count(), 1);

        // A one-off in the middle: one insertion, and the rows below are renumbered.
        spy.clear();
        QVERIFY(model.addOneOff(QStringLiteral("  ") + kOneOff + QStringLiteral(" "), 1.5, 1));
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.index(1, InterviewQuestionModel::TextColumn).data().toString(), kOneOff);
        QCOMPARE(model.index(1, InterviewQuestionModel::MinutesColumn).data().toString(), QStringLiteral("1.5 min"));
        QCOMPARE(model.questionAt(1).questionId, 0);
        QCOMPARE(numbers(model), QStringList({QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3.")}));
        QVERIFY(!model.addOneOff(QStringLiteral("   ")));
        QVERIFY(!model.addOneOff(kOneOff, 0));

        // Removing, undo and redo: row signals only.
        const QPersistentModelIndex last = model.index(2, InterviewQuestionModel::TextColumn);
        spy.clear();
        QVERIFY(model.removeQuestions({0, 0}));
        QCOMPARE(f.undo.count(), 3);
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(last.row(), 1);
        QCOMPARE(numbers(model), QStringList({QStringLiteral("1."), QStringLiteral("2.")}));
        f.undo.undo();
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.questionAt(0).questionId, typical);
        QCOMPARE(last.row(), 2);
        f.undo.redo();
        QCOMPARE(spy.removed.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        f.undo.undo();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.removeQuestions({7}));

        // Undoing the adds takes the rows out again.
        f.undo.undo();
        QCOMPARE(texts(model), QStringList({f.bank().find(typical)->text, f.bank().find(story)->text}));
        f.undo.undo();
        QCOMPARE(model.rowCount(), 0);
        f.undo.redo();
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(spy.layout.count(), 0);
        QCOMPARE(spy.reset.count(), 0);
    }

    void editsAnswersAndCells()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model->addOneOff(kOneOff));
        QVERIFY(model->addOneOff(QStringLiteral("Which tools do you use?")));
        Spies spy(model.get());
        const int stepsBefore = f.undo.count();

        QVERIFY(model->setAnswer(0, QStringLiteral("**Everything**: the pace.")));
        QCOMPARE(f.undo.count(), stepsBefore + 1);
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model->index(0, InterviewQuestionModel::AnswerColumn).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(model->index(0, 0).data(InterviewQuestionModel::AnswerRole).toString(),
                 QStringLiteral("**Everything**: the pace."));
        QVERIFY(model->setAnswer(0, QStringLiteral("**Everything**: the pace."))); // unchanged: no step
        QCOMPARE(f.undo.count(), stepsBefore + 1);

        QVERIFY(model->setNotAsked(1, true));
        QCOMPARE(model->index(1, InterviewQuestionModel::AnswerColumn).data().toString(), QStringLiteral("Not asked"));
        QVERIFY(model->index(1, 0).data(InterviewQuestionModel::NotAskedRole).toBool());
        QVERIFY(model->index(1, InterviewQuestionModel::TextColumn).data(Qt::ForegroundRole).canConvert<QBrush>());

        // Text and minutes are edited in place, through the undo stack.
        const QModelIndex text = model->index(1, InterviewQuestionModel::TextColumn);
        QVERIFY(model->flags(text) & Qt::ItemIsEditable);
        QVERIFY(model->flags(model->index(1, InterviewQuestionModel::MinutesColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(1, InterviewQuestionModel::AnswerColumn)) & Qt::ItemIsEditable));
        QVERIFY(model->setData(text, QStringLiteral(" Which tools do you rely on most? ")));
        QCOMPARE(text.data().toString(), QStringLiteral("Which tools do you rely on most?"));
        QCOMPARE(text.data(Qt::EditRole).toString(), QStringLiteral("Which tools do you rely on most?"));
        QVERIFY(!model->setData(text, QStringLiteral("  ")));
        QVERIFY(!model->setData(model->index(1, InterviewQuestionModel::AnswerColumn), QStringLiteral("x")));
        const QModelIndex minutes = model->index(1, InterviewQuestionModel::MinutesColumn);
        QVERIFY(model->setData(minutes, 2.5));
        QCOMPARE(minutes.data().toString(), QStringLiteral("2.5 min"));
        QCOMPARE(minutes.data(Qt::EditRole).toDouble(), 2.5);
        QVERIFY(!model->setData(minutes, 0));
        QVERIFY(!model->setData(minutes, QStringLiteral("soon")));
        QCOMPARE(f.undo.count(), stepsBefore + 4);

        f.undo.undo();
        QCOMPARE(minutes.data().toString(), QStringLiteral("2 min"));
        f.undo.undo();
        QCOMPARE(text.data().toString(), QStringLiteral("Which tools do you use?"));
        f.undo.undo();
        QCOMPARE(model->index(1, InterviewQuestionModel::AnswerColumn).data().toString(), QString());
        f.undo.undo();
        QVERIFY(model->index(0, 0).data(InterviewQuestionModel::AnswerRole).toString().isEmpty());

        QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.layout.count() + spy.reset.count(), 0);
    }

    void reordersWithMoveRows()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QStringList four{QStringLiteral("One?"), QStringLiteral("Two?"), QStringLiteral("Three?"),
                               QStringLiteral("Four?")};
        for (const QString &text : four)
            QVERIFY(model->addOneOff(text));
        Spies spy(model.get());
        const int steps = f.undo.count();

        // The "selected" row, as a view's selection model keeps it.
        const QPersistentModelIndex selected = model->index(0, InterviewQuestionModel::TextColumn);
        const qint64 selectedId = model->questionAt(0).id;

        // Alt+Down twice in one go: row 0 before row 3.
        QVERIFY(model->moveRows({}, 0, 1, {}, 3));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(texts(*model), QStringList({QStringLiteral("Two?"), QStringLiteral("Three?"), QStringLiteral("One?"),
                                             QStringLiteral("Four?")}));
        QCOMPARE(numbers(*model),
                 QStringList({QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3."), QStringLiteral("4.")}));
        QCOMPARE(spy.layout.count(), 1);
        QCOMPARE(selected.row(), 2);
        QCOMPARE(selected.data(InterviewQuestionModel::IdRole).toLongLong(), selectedId);

        f.undo.undo();
        QCOMPARE(texts(*model), four);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(InterviewQuestionModel::IdRole).toLongLong(), selectedId);
        f.undo.redo();
        QCOMPARE(selected.row(), 2);

        // Up: rows 2..3 before row 0.
        QVERIFY(model->moveRows({}, 2, 2, {}, 0));
        QCOMPARE(texts(*model), QStringList({QStringLiteral("One?"), QStringLiteral("Four?"), QStringLiteral("Two?"),
                                             QStringLiteral("Three?")}));
        QCOMPARE(selected.row(), 0);

        // Moves that change nothing, or make no sense, are refused without an undo step.
        const int before = f.undo.count();
        QVERIFY(!model->moveRows({}, 1, 1, {}, 1));
        QVERIFY(!model->moveRows({}, 1, 1, {}, 2));
        QVERIFY(!model->moveRows({}, 3, 2, {}, 0));
        QVERIFY(!model->moveRows({}, 0, 1, {}, 5));
        QCOMPARE(f.undo.count(), before);

        QCOMPARE(spy.moved.count(), 0);
        QCOMPARE(spy.inserted.count() + spy.removed.count(), 0);
        QCOMPARE(spy.reset.count(), 0);
    }

    void reordersByDroppingOwnRows()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (const char *text : {"A?", "B?", "C?", "D?"})
            QVERIFY(model->addOneOff(QString::fromLatin1(text)));
        Spies spy(model.get());
        const QPersistentModelIndex selected = model->index(3, InterviewQuestionModel::TextColumn);
        const qint64 selectedId = model->questionAt(3).id;

        QVERIFY(model->mimeTypes().contains(InterviewQuestionModel::rowIdsMimeType()));
        const std::unique_ptr<QMimeData> data(
            model->mimeData({model->index(3, 1), model->index(1, 0), model->index(3, 0)}));
        QVERIFY(data);
        QCOMPARE(data->text(), QStringLiteral("B?\nD?"));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(texts(*model),
                 QStringList({QStringLiteral("B?"), QStringLiteral("D?"), QStringLiteral("A?"), QStringLiteral("C?")}));
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data(InterviewQuestionModel::IdRole).toLongLong(), selectedId);
        f.undo.undo();
        QCOMPARE(selected.row(), 3);
        QCOMPARE(selected.data(InterviewQuestionModel::IdRole).toLongLong(), selectedId);
        f.undo.redo();
        QCOMPARE(selected.row(), 1);

        // Dropped onto an item: before that row. Past the end: last.
        const std::unique_ptr<QMimeData> first(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->dropMimeData(first.get(), Qt::MoveAction, -1, -1, model->index(3, 0)));
        QCOMPARE(texts(*model),
                 QStringList({QStringLiteral("D?"), QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("C?")}));
        const std::unique_ptr<QMimeData> top(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->dropMimeData(top.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(texts(*model),
                 QStringList({QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("C?"), QStringLiteral("D?")}));
        QCOMPARE(selected.row(), 3);

        QCOMPARE(spy.layout.count(), 5);
        QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.moved.count() + spy.reset.count(), 0);
    }

    void copiesRowsDroppedOnAnotherInterview()
    {
        Fixture f;
        const auto first = f.model(f.first);
        const auto second = f.model(f.second);
        QAbstractItemModelTester tester(second.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 story = f.shipped(QStringLiteral("start.story"));
        QVERIFY(first->addFromBank({story}));
        QVERIFY(first->addOneOff(kOneOff, 4));
        QVERIFY(first->setAnswer(1, QStringLiteral("The pace.")));
        QVERIFY(second->addOneOff(QStringLiteral("Already here?")));
        Spies spy(second.get());

        const std::unique_ptr<QMimeData> data(first->mimeData({first->index(0, 0), first->index(1, 0)}));
        QVERIFY(second->dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(second->rowCount(), 3);
        QCOMPARE(second->questionAt(0).questionId, story);
        QCOMPARE(second->questionAt(1).text, kOneOff);
        QCOMPARE(second->questionAt(1).minutes, 4.0);
        QVERIFY(second->questionAt(1).answer.isEmpty());
        QVERIFY(!ids(*first).contains(second->questionAt(0).id));
        QCOMPARE(first->rowCount(), 2);

        f.undo.undo();
        QCOMPARE(texts(*second), QStringList{QStringLiteral("Already here?")});
        QCOMPARE(first->rowCount(), 2);
        QCOMPARE(spy.reset.count(), 0);
    }

    void addsBankQuestionsDroppedFromTheBank()
    {
        Fixture f;
        QuestionBankModel bankModel(f.bank());
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model->addOneOff(QStringLiteral("First?")));
        QVERIFY(model->addOneOff(QStringLiteral("Last?")));
        Spies spy(model.get());

        const qint64 typical = f.shipped(QStringLiteral("day.typical"));
        const qint64 tools = f.shipped(QStringLiteral("day.tools"));
        const std::unique_ptr<QMimeData> data(bankModel.mimeData(
            {bankModel.index(bankModel.rowOf(tools), 0), bankModel.index(bankModel.rowOf(typical), 0)}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        const int steps = f.undo.count();
        QVERIFY(model->dropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(texts(*model), QStringList({QStringLiteral("First?"), f.bank().find(typical)->text,
                                             f.bank().find(tools)->text, QStringLiteral("Last?")}));
        QCOMPARE(model->questionAt(1).questionId, typical);
        QCOMPARE(model->questionAt(1).minutes, f.bank().find(typical)->minutes);

        // Dropping them again adds nothing: they are on the list.
        QVERIFY(!model->dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));

        f.undo.undo();
        QCOMPARE(texts(*model), QStringList({QStringLiteral("First?"), QStringLiteral("Last?")}));

        // Nothing is accepted while no interview is shown.
        InterviewQuestionModel empty(f.lists(), f.bank(), f.undo);
        QAbstractItemModelTester emptyTester(&empty, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!empty.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(!empty.dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(!(empty.flags({}) & Qt::ItemIsDropEnabled));
        QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
        QCOMPARE(spy.reset.count(), 0);
    }

    void turnsDroppedTextIntoOneOffs()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model->addOneOff(QStringLiteral("Existing?")));
        Spies spy(model.get());

        QMimeData text;
        text.setText(QStringLiteral(
            "What do you like best?\r\n\n   - How did you start?  \n3. Who else works like this?\n  \n"));
        QVERIFY(model->canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));
        const int steps = f.undo.count();
        QVERIFY(model->dropMimeData(&text, Qt::CopyAction, -1, -1, model->index(0, 0)));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(texts(*model),
                 QStringList({QStringLiteral("What do you like best?"), QStringLiteral("How did you start?"),
                              QStringLiteral("Who else works like this?"), QStringLiteral("Existing?")}));
        QCOMPARE(model->questionAt(0).questionId, 0);
        QCOMPARE(model->questionAt(0).minutes, Question::kDefaultMinutes);
        f.undo.undo();
        QCOMPARE(texts(*model), QStringList{QStringLiteral("Existing?")});

        QMimeData blank;
        blank.setText(QStringLiteral(" \n\t\n"));
        QVERIFY(!model->canDropMimeData(&blank, Qt::CopyAction, 0, 0, {}));
        QVERIFY(!model->dropMimeData(&blank, Qt::CopyAction, 0, 0, {}));

        // A pasted document is cut off after 50 questions.
        QStringList many;
        for (int i = 1; i <= 80; ++i)
            many << QStringLiteral("Question number %1?").arg(i);
        QMimeData long_;
        long_.setText(many.join(QLatin1Char('\n')));
        QVERIFY(model->dropMimeData(&long_, Qt::CopyAction, 1, 0, {}));
        QCOMPARE(model->rowCount(), 1 + InterviewQuestionModel::kMaxDroppedLines);
        QCOMPARE(model->questionAt(InterviewQuestionModel::kMaxDroppedLines).text,
                 QStringLiteral("Question number 50?"));
        QCOMPARE(spy.reset.count(), 0);
    }

    void budgetsAndReferrals()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!model->hasReferralQuestion());
        QCOMPARE(model->budget(30).questionMinutes, 0.0);

        QVERIFY(model->addOneOff(QStringLiteral("What do you like best?"), 5));
        QVERIFY(model->addOneOff(kOneOff, 2.5));
        QVERIFY(model->setNotAsked(1, true));
        // Every planned question counts, asked or not.
        const TimeBudget budget = model->budget(30);
        QCOMPARE(budget.agreedMinutes, 30);
        QCOMPARE(budget.questionMinutes, 7.5);
        QCOMPARE(budget.remaining(), timeBudget(30, {5, 2.5}).remaining());
        QVERIFY(!model->hasReferralQuestion());

        // The shipped referral question counts by its key, whatever its text says now.
        const qint64 referrals = f.shipped(QStringLiteral("referrals.who-else"));
        QVERIFY(model->addFromBank({referrals}));
        QVERIFY(model->hasReferralQuestion());
        QVERIFY(model->setData(model->index(2, InterviewQuestionModel::TextColumn), QStringLiteral("Anything else?")));
        QVERIFY(model->hasReferralQuestion());
        f.undo.undo();
        f.undo.undo();
        QVERIFY(!model->hasReferralQuestion());

        // So does a question of the user's own that asks for names.
        QVERIFY(model->addOneOff(QStringLiteral("Who else should I talk to?")));
        QVERIFY(model->hasReferralQuestion());
        QVERIFY(model->budget(30).questionMinutes > 7.5);
    }

    void showsCautions()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        // A one-off is checked by its text.
        QVERIFY(model->addOneOff(QStringLiteral("How much do you make?")));
        const QString ownPay = questionCaution(QStringLiteral("How much do you make?")).reason;
        QVERIFY(!ownPay.isEmpty());
        QCOMPARE(model->index(0, 0).data(InterviewQuestionModel::CautionRole).toString(), ownPay);
        QCOMPARE(model->index(0, InterviewQuestionModel::TextColumn).data(Qt::ToolTipRole).toString(), ownPay);

        // A bank question carries the bank's caution; a fine one has none.
        Question hiring;
        hiring.text = QStringLiteral("Are you hiring?");
        QVERIFY(f.bank().add(hiring));
        QVERIFY(!hiring.caution.isEmpty());
        QVERIFY(model->addFromBank({hiring.id, f.shipped(QStringLiteral("day.typical"))}));
        QCOMPARE(model->index(1, 0).data(InterviewQuestionModel::CautionRole).toString(), hiring.caution);
        QVERIFY(model->index(2, 0).data(InterviewQuestionModel::CautionRole).toString().isEmpty());
        QVERIFY(!model->index(2, InterviewQuestionModel::TextColumn).data(Qt::ToolTipRole).isValid());

        // Editing the row's text to something unwise is caught too.
        QVERIFY(model->setData(model->index(2, InterviewQuestionModel::TextColumn), QStringLiteral("Are you hiring?")));
        QVERIFY(!model->index(2, 0).data(InterviewQuestionModel::CautionRole).toString().isEmpty());

        // A bank edit reaches the rows that came from it.
        Question tools;
        tools.text = QStringLiteral("Which tools matter most here?");
        QVERIFY(f.bank().add(tools));
        QVERIFY(tools.caution.isEmpty());
        QVERIFY(model->addFromBank({tools.id}));
        QVERIFY(model->index(3, 0).data(InterviewQuestionModel::CautionRole).toString().isEmpty());
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        tools.text = QStringLiteral("Could you pass my résumé to the hiring manager?");
        QVERIFY(f.bank().update(tools));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        const QString passResume = f.bank().find(tools.id)->caution;
        QVERIFY(!passResume.isEmpty());
        QCOMPARE(model->index(3, 0).data(InterviewQuestionModel::CautionRole).toString(), passResume);
        QCOMPARE(model->questionAt(3).text, QStringLiteral("Which tools matter most here?"));
    }

    void appliesSets()
    {
        Fixture f;
        const auto model = f.model(f.first);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 typical = f.shipped(QStringLiteral("day.typical"));
        const qint64 story = f.shipped(QStringLiteral("start.story"));
        QVERIFY(model->addFromBank({typical}));
        QVERIFY(model->addOneOff(kOneOff));
        QVERIFY(model->setAnswer(1, QStringLiteral("Keep this answer.")));
        const QList<InterviewQuestion> original = model->questions();
        Spies spy(model.get());

        QuestionSet set;
        set.name = QStringLiteral("First talk");
        QuestionSetItem fromBank;
        fromBank.questionId = story;
        fromBank.text = f.bank().find(story)->text;
        fromBank.minutes = 3;
        QuestionSetItem repeated;
        repeated.questionId = typical;
        repeated.text = f.bank().find(typical)->text;
        QuestionSetItem own;
        own.text = QStringLiteral("What would you do differently?");
        own.minutes = 1.5;
        QuestionSetItem gone; // its bank question was deleted from this workspace
        gone.questionId = 987654;
        gone.text = QStringLiteral("An orphan?");
        set.items = {fromBank, repeated, own, gone};

        // Append: after the list, without the question already on it; one step.
        const int steps = f.undo.count();
        QVERIFY(model->applySet(set, false));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->questionAt(2).questionId, story);
        QCOMPARE(model->questionAt(2).minutes, 3.0);
        QCOMPARE(model->questionAt(3).text, own.text);
        QCOMPARE(model->questionAt(4).questionId, 0);
        f.undo.undo();
        QCOMPARE(model->questions().size(), original.size());
        QCOMPARE(ids(*model), QList<qint64>({original.at(0).id, original.at(1).id}));

        // Replace: the set's questions only, in its order; one step brings back the old list, answers included.
        spy.clear();
        QVERIFY(model->applySet(set, true));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(texts(*model), QStringList({fromBank.text, repeated.text, own.text, gone.text}));
        QCOMPARE(numbers(*model).last(), QStringLiteral("4."));
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.inserted.count(), 1);
        f.undo.undo();
        QCOMPARE(ids(*model), QList<qint64>({original.at(0).id, original.at(1).id}));
        QCOMPARE(model->questionAt(1).answer, QStringLiteral("Keep this answer."));
        f.undo.redo();
        QCOMPARE(model->rowCount(), 4);

        QVERIFY(!model->applySet(QuestionSet(), true));
        QCOMPARE(spy.reset.count(), 0);
    }

    void followsChangesFromElsewhere()
    {
        Fixture f;
        const auto editor = f.model(f.first);
        const auto viewer = f.model(f.first);
        const auto other = f.model(f.second);
        QAbstractItemModelTester tester(viewer.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        Spies spy(viewer.get());
        Spies otherSpy(other.get());

        QVERIFY(editor->addOneOff(QStringLiteral("A?")));
        QVERIFY(editor->addOneOff(QStringLiteral("B?")));
        QVERIFY(editor->addOneOff(QStringLiteral("C?")));
        QCOMPARE(texts(*viewer), texts(*editor));
        QVERIFY(editor->moveRows({}, 2, 1, {}, 0));
        QVERIFY(editor->removeQuestions({1}));
        QCOMPARE(texts(*viewer), QStringList({QStringLiteral("C?"), QStringLiteral("B?")}));
        QVERIFY(editor->setAnswer(0, QStringLiteral("Yes")));
        QCOMPARE(viewer->index(0, InterviewQuestionModel::AnswerColumn).data().toString(), QStringLiteral("Answered"));

        // Showing the same interview again re-reads it without a reset; another one resets.
        viewer->setInterview(f.first);
        QCOMPARE(spy.reset.count(), 0);
        viewer->setInterview(f.second);
        QCOMPARE(spy.reset.count(), 1);
        QCOMPARE(viewer->rowCount(), 0);
        viewer->setInterview(0);
        QCOMPARE(viewer->interviewId(), 0);

        QCOMPARE(otherSpy.inserted.count() + otherSpy.removed.count() + otherSpy.layout.count()
                     + otherSpy.changed.count() + otherSpy.reset.count(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestInterviewQuestionModel)
#include "tst_interviewquestionmodel.moc"
