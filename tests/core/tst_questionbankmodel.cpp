#include "questionbankmodel.h"
#include "questionrepository.h"
#include "recordcommands.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Inroad;

namespace {

/// A workspace without the shipped bank, so every question in it is the test's own.
struct BareWorkspace
{
    QTemporaryDir dir;
    Workspace workspace;

    BareWorkspace()
    {
        const DatabaseReport report =
            workspace.open(dir.filePath(QStringLiteral("bank.inroad")), Workspace::Setup::ReadOnly);
        if (!report.ok())
            qFatal("cannot open test workspace: %s", qPrintable(report.message));
    }
    QuestionRepository &bank() { return workspace.questions(); }
};

qint64 addQuestion(QuestionRepository &bank, qint64 categoryId, const QString &text, double minutes = 2,
                   const QStringList &tags = {}, bool retired = false)
{
    Question q;
    q.categoryId = categoryId;
    q.text = text;
    q.minutes = minutes;
    q.tags = tags;
    q.retired = retired;
    if (!bank.add(q))
        QTest::qFail(qPrintable(bank.lastError()), __FILE__, __LINE__);
    return q.id;
}

QStringList texts(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, QuestionBankModel::TextColumn).data().toString();
    return out;
}

/// The bank of most tests: two categories, a caution, a retired question and an accented word.
struct Bank
{
    BareWorkspace bw;
    qint64 day = 0;
    qint64 pay = 0;
    qint64 typical = 0;
    qint64 salary = 0;
    qint64 ownPay = 0;
    qint64 resume = 0;
    qint64 retired = 0;

    Bank()
    {
        QuestionRepository &bank = bw.bank();
        day = bank.ensureCategory(QStringLiteral("A typical day"));
        pay = bank.ensureCategory(QStringLiteral("Pay and prospects"));
        salary = addQuestion(bank, pay, QStringLiteral("What is the salary range for this work?"), 1.5,
                             {QStringLiteral("money")});
        typical = addQuestion(bank, day, QStringLiteral("What does an ordinary day look like?"), 3,
                              {QStringLiteral("daily work"), QStringLiteral("routine")});
        ownPay = addQuestion(bank, pay, QStringLiteral("How much do you make?"));
        resume = addQuestion(bank, day, QStringLiteral("What should a résumé for this work show?"), 2,
                             {QStringLiteral("application")});
        retired = addQuestion(bank, day, QStringLiteral("Do you like your desk?"), 1, {}, true);
    }
};

} // namespace

class TestQuestionBankModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsTheBankInOrder()
    {
        Bank b;
        QuestionBankModel model(b.bw.bank());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        QCOMPARE(model.columnCount(), int(QuestionBankModel::ColumnCount));
        // By category position, then position; retired questions are in the model (the filter hides them).
        QCOMPARE(texts(model), QStringList({QStringLiteral("What does an ordinary day look like?"),
                                            QStringLiteral("What should a résumé for this work show?"),
                                            QStringLiteral("Do you like your desk?"),
                                            QStringLiteral("What is the salary range for this work?"),
                                            QStringLiteral("How much do you make?")}));
        QCOMPARE(model.rowOf(b.salary), 3);
        QCOMPARE(model.rowOf(12345), -1);
        QCOMPARE(model.questionAt(0).id, b.typical);

        const int typical = model.rowOf(b.typical);
        QCOMPARE(model.index(typical, QuestionBankModel::CategoryColumn).data().toString(),
                 QStringLiteral("A typical day"));
        QCOMPARE(model.index(typical, QuestionBankModel::MinutesColumn).data().toString(), QStringLiteral("3 min"));
        QCOMPARE(model.index(typical, QuestionBankModel::TagsColumn).data().toString(),
                 QStringLiteral("daily work, routine"));
        QCOMPARE(model.index(typical, 0).data(QuestionBankModel::IdRole).toLongLong(), b.typical);
        QCOMPARE(model.index(typical, 0).data(QuestionBankModel::CategoryIdRole).toLongLong(), b.day);
        QCOMPARE(model.index(typical, 0).data(QuestionBankModel::QuestionRole).value<Question>().text,
                 QStringLiteral("What does an ordinary day look like?"));
        QVERIFY(!model.index(typical, 0).data(Qt::ToolTipRole).isValid());
        QVERIFY(!model.index(typical, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(model.rowOf(b.salary), QuestionBankModel::MinutesColumn).data().toString(),
                 QStringLiteral("1.5 min"));
        QCOMPARE(model.headerData(QuestionBankModel::TextColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Question"));

        // The caution of a question about the interviewee's own pay, as tool tip and role.
        const QModelIndex ownPay = model.index(model.rowOf(b.ownPay), QuestionBankModel::TextColumn);
        const QString caution = ownPay.data(QuestionBankModel::CautionRole).toString();
        QVERIFY(!caution.isEmpty());
        QCOMPARE(ownPay.data(Qt::ToolTipRole).toString(), caution);
        QVERIFY(model.index(model.rowOf(b.salary), 0).data(QuestionBankModel::CautionRole).toString().isEmpty());

        // Retired: greyed and said so.
        const QModelIndex retired = model.index(model.rowOf(b.retired), QuestionBankModel::TagsColumn);
        QVERIFY(retired.data(QuestionBankModel::RetiredRole).toBool());
        QVERIFY(retired.data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(retired.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(retired)")));
    }

    void minutesUseTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QuestionBankModel::minutesText(1.5), QStringLiteral("1,5 min"));
        QCOMPARE(QuestionBankModel::minutesText(2), QStringLiteral("2 min"));
    }

    void followsTheRepositoryRowByRow()
    {
        Bank b;
        QuestionRepository &bank = b.bw.bank();
        QuestionBankModel model(bank);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QUndoStack undo;

        // Added last in its category, which is not last in the bank.
        const qint64 hours = addQuestion(bank, b.day, QStringLiteral("How predictable are your hours?"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(model.rowOf(hours), 3);

        // Moving a question to the other category moves its row, and a persistent index follows.
        const QPersistentModelIndex selected = model.index(model.rowOf(b.typical), QuestionBankModel::TextColumn);
        QCOMPARE(selected.row(), 0);
        Question typical = *bank.find(b.typical);
        const Question before = typical;
        typical.categoryId = b.pay;
        typical.position = 1000;
        undo.push(new EditRecordCommand<QuestionRepository, Question>(bank, before, typical, QStringLiteral("move")));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.rowOf(b.typical), model.rowCount() - 1);
        QCOMPARE(selected.row(), model.rowCount() - 1);
        QCOMPARE(selected.data(QuestionBankModel::IdRole).toLongLong(), b.typical);
        QCOMPARE(model.index(selected.row(), QuestionBankModel::CategoryColumn).data().toString(),
                 QStringLiteral("Pay and prospects"));
        QVERIFY(changed.count() >= 1);
        undo.undo();
        QCOMPARE(moved.count(), 2);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(model.index(0, QuestionBankModel::CategoryColumn).data().toString(), QStringLiteral("A typical day"));

        // An edit that keeps the place changes the row in place.
        changed.clear();
        Question salary = *bank.find(b.salary);
        salary.text = QStringLiteral("What do people starting out in this field usually earn?");
        QVERIFY(bank.update(salary));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(b.salary));
        QCOMPARE(model.index(model.rowOf(b.salary), 0).data().toString(), salary.text);

        // Removal and its undo.
        const int rows = model.rowCount();
        undo.push(new RemoveRecordCommand<QuestionRepository>(bank, hours, QStringLiteral("remove")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), rows - 1);
        QCOMPARE(model.rowOf(hours), -1);
        undo.undo();
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOf(hours), 3);
        QCOMPARE(selected.row(), 0);

        // A renamed category updates the category column.
        changed.clear();
        QVERIFY(bank.renameCategory(b.day, QStringLiteral("Daily work")));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &signal) {
            return signal.at(0).toModelIndex().column() <= QuestionBankModel::CategoryColumn
                   && signal.at(1).toModelIndex().column() >= QuestionBankModel::CategoryColumn;
        }));
        QCOMPARE(model.index(0, QuestionBankModel::CategoryColumn).data().toString(), QStringLiteral("Daily work"));

        // Categories put in another order: one layout change, persistent indexes follow.
        InroadTest::exec(b.bw.workspace.database().connection(),
                         QStringLiteral("UPDATE question_categories SET position = -1 WHERE id = %1").arg(b.pay));
        emit bank.categoriesChanged();
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.index(0, QuestionBankModel::CategoryColumn).data().toString(),
                 QStringLiteral("Pay and prospects"));
        QCOMPARE(selected.data(QuestionBankModel::IdRole).toLongLong(), b.typical);
        QCOMPARE(model.index(selected.row(), QuestionBankModel::CategoryColumn).data().toString(),
                 QStringLiteral("Daily work"));

        QCOMPARE(reset.count(), 0);
    }

    void dragsIdsAndText()
    {
        Bank b;
        QuestionBankModel model(b.bw.bank());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.supportedDragActions(), Qt::CopyAction);
        QVERIFY(model.mimeTypes().contains(QuestionBankModel::questionIdsMimeType()));

        const int salary = model.rowOf(b.salary);
        const int typical = model.rowOf(b.typical);
        // Several columns of the same rows, out of order: each row once, in row order.
        const std::unique_ptr<QMimeData> data(
            model.mimeData({model.index(salary, 1), model.index(typical, 0), model.index(salary, 0)}));
        QVERIFY(data);
        QCOMPARE(QuestionBankModel::questionIdsFromMime(data.get()), QList<qint64>({b.typical, b.salary}));
        QCOMPARE(data->text(),
                 QStringLiteral("What does an ordinary day look like?\nWhat is the salary range for this work?"));

        QMimeData plain;
        plain.setText(QStringLiteral("Some text"));
        QVERIFY(QuestionBankModel::questionIdsFromMime(&plain).isEmpty());
        QVERIFY(QuestionBankModel::questionIdsFromMime(nullptr).isEmpty());
        QVERIFY(!model.mimeData({}));
    }

    void filters_data()
    {
        QTest::addColumn<qint64>("category"); // 1: "A typical day", 2: "Pay and prospects"
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("showRetired");
        QTest::addColumn<QStringList>("expected");

        const QString ordinary = QStringLiteral("What does an ordinary day look like?");
        const QString resume = QStringLiteral("What should a résumé for this work show?");
        const QString desk = QStringLiteral("Do you like your desk?");
        const QString salary = QStringLiteral("What is the salary range for this work?");
        const QString make = QStringLiteral("How much do you make?");

        QTest::newRow("everything but retired")
            << qint64(0) << QString() << QString() << false << QStringList{ordinary, resume, salary, make};
        QTest::newRow("with retired") << qint64(0) << QString() << QString() << true
                                      << QStringList{ordinary, resume, desk, salary, make};
        QTest::newRow("category") << qint64(2) << QString() << QString() << false << QStringList{salary, make};
        QTest::newRow("category with retired")
            << qint64(1) << QString() << QString() << true << QStringList{ordinary, resume, desk};
        QTest::newRow("tag") << qint64(0) << QStringLiteral("Routine") << QString() << false << QStringList{ordinary};
        QTest::newRow("tag and category")
            << qint64(2) << QStringLiteral("routine") << QString() << false << QStringList();
        QTest::newRow("accents ignored") << qint64(0) << QString() << QStringLiteral("resume") << false
                                         << QStringList{resume};
        QTest::newRow("accents and case")
            << qint64(0) << QString() << QStringLiteral("RÉSUMÉ") << false << QStringList{resume};
        QTest::newRow("every word, any field")
            << qint64(0) << QString() << QStringLiteral("  day   ROUTINE ") << false << QStringList{ordinary};
        QTest::newRow("category name") << qint64(0) << QString() << QStringLiteral("prospects") << false
                                       << QStringList{salary, make};
        QTest::newRow("no match") << qint64(0) << QString() << QStringLiteral("day salary") << false << QStringList();
        QTest::newRow("retired by text") << qint64(0) << QString() << QStringLiteral("desk") << false << QStringList();
    }

    void filters()
    {
        QFETCH(qint64, category);
        QFETCH(QString, tag);
        QFETCH(QString, text);
        QFETCH(bool, showRetired);
        QFETCH(QStringList, expected);

        Bank b;
        QuestionBankModel model(b.bw.bank());
        QuestionBankFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setCategoryId(category == 1 ? b.day : category == 2 ? b.pay : 0);
        filter.setTag(tag);
        filter.setText(text);
        filter.setShowRetired(showRetired);
        QCOMPARE(texts(filter), expected);
    }

    void sortsMinutesAsNumbers()
    {
        Bank b;
        addQuestion(b.bw.bank(), b.pay, QStringLiteral("How did you get here?"), 10);
        QuestionBankModel model(b.bw.bank());
        QuestionBankFilter filter;
        filter.setSourceModel(&model);
        filter.sort(QuestionBankModel::MinutesColumn, Qt::AscendingOrder);
        QStringList minutes;
        for (int row = 0; row < filter.rowCount(); ++row)
            minutes << filter.index(row, QuestionBankModel::MinutesColumn).data().toString();
        // Not "10 min" before "2 min", as the text would sort.
        QCOMPARE(minutes, (QStringList{QStringLiteral("1.5 min"), QStringLiteral("2 min"), QStringLiteral("2 min"),
                                       QStringLiteral("3 min"), QStringLiteral("10 min")}));
        filter.sort(QuestionBankModel::TextColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, QuestionBankModel::TextColumn).data().toString(), QStringLiteral("How did you get here?"));
    }

    void filterFollowsTheBank()
    {
        Bank b;
        QuestionRepository &bank = b.bw.bank();
        QuestionBankModel model(bank);
        QuestionBankFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setText(QStringLiteral("resume"));
        QCOMPARE(filter.rowCount(), 1);

        addQuestion(bank, b.pay, QStringLiteral("Which skills on a Resume matter most?"));
        QCOMPARE(filter.rowCount(), 2);

        Question resume = *bank.find(b.resume);
        resume.retired = true;
        QVERIFY(bank.update(resume));
        QCOMPARE(texts(filter), QStringList{QStringLiteral("Which skills on a Resume matter most?")});
        filter.setShowRetired(true);
        QCOMPARE(filter.rowCount(), 2);

        filter.setText({});
        filter.setCategoryId(b.pay);
        QCOMPARE(filter.rowCount(), 3);
        // A renamed category is found by its new name.
        filter.setCategoryId(0);
        filter.setText(QStringLiteral("wages"));
        QCOMPARE(filter.rowCount(), 0);
        QVERIFY(bank.renameCategory(b.pay, QStringLiteral("Wages")));
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestQuestionBankModel)
#include "tst_questionbankmodel.moc"
