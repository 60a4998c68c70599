#include "questioncaution.h"
#include "questionrepository.h"
#include "shippedbank.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

int countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList keys(const QList<Question> &questions)
{
    QStringList out;
    for (const Question &q : questions)
        out << q.builtinKey;
    return out;
}

Question userQuestion(const QString &text, qint64 categoryId = 0, const QStringList &tags = {})
{
    Question q;
    q.text = text;
    q.categoryId = categoryId;
    q.tags = tags;
    return q;
}

struct Spies
{
    explicit Spies(QuestionRepository &repo)
        : added(&repo, &QuestionRepository::added)
        , changed(&repo, &QuestionRepository::changed)
        , removed(&repo, &QuestionRepository::removed)
        , categories(&repo, &QuestionRepository::categoriesChanged)
    {
    }
    int total() const { return int(added.size() + changed.size() + removed.size() + categories.size()); }
    QSignalSpy added;
    QSignalSpy changed;
    QSignalSpy removed;
    QSignalSpy categories;
};

} // namespace

class TestQuestionRepository : public QObject
{
    Q_OBJECT

private slots:
    void newWorkspaceHasTheShippedBank()
    {
        const ShippedBank &bank = shippedBank();
        QVERIFY2(bank.ok(), qPrintable(bank.error));
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        QVERIFY(repo.shippedBankInstalled());
        QVERIFY(!t.db().setting(QStringLiteral("questionBankVersion")).isEmpty());

        const QList<Question> all = repo.all();
        QVERIFY2(all.size() >= 70, qPrintable(QString::number(all.size())));
        QCOMPARE(all.size(), bank.questions.size());

        // Categories in the order of the shipped file.
        QStringList names;
        for (const QuestionCategory &c : repo.categories())
            names << c.name;
        QCOMPARE(names, bank.categories);

        // Each category's questions in the shipped order, with the shipped wording.
        for (const QString &category : bank.categories) {
            QStringList shipped;
            QStringList stored;
            for (const Question &q : bank.questions) {
                if (q.categoryName == category)
                    shipped << q.builtinKey;
            }
            for (const Question &q : all) {
                if (q.categoryName == category)
                    stored << q.builtinKey;
            }
            QCOMPARE(stored, shipped);
        }
        for (const Question &q : bank.questions) {
            const std::optional<Question> stored = repo.findShipped(q.builtinKey);
            QVERIFY2(stored, qPrintable(q.builtinKey));
            QCOMPARE(stored->text, q.text);
            QCOMPARE(stored->minutes, q.minutes);
            QVERIFY(stored->isShipped());
            QVERIFY(!stored->retired);
            QVERIFY(stored->createdAt.isValid());
        }
        // Installing again adds nothing.
        QVERIFY(repo.installShippedBankIfNeeded());
        QCOMPARE(repo.all().size(), bank.questions.size());
    }

    void shippedBankIsInstalledOnlyOnce()
    {
        TempWorkspace t;
        const int before = int(t.workspace.questions().all(true).size());
        const std::optional<Question> doomed = t.workspace.questions().findShipped(shippedBank().questions.at(3).builtinKey);
        QVERIFY(doomed);
        QVERIFY(t.workspace.questions().remove(doomed->id));
        QVERIFY(!t.workspace.questions().findShipped(doomed->builtinKey));
        t.db().close();

        Workspace again;
        QVERIFY(again.open(t.path).ok());
        QVERIFY(again.questions().shippedBankInstalled());
        QCOMPARE(again.database().setting(QStringLiteral("questionBankVersion")), QStringLiteral("1"));
        // The user deleted it: opening the workspace again does not bring it back.
        QVERIFY(!again.questions().findShipped(doomed->builtinKey));
        QCOMPARE(again.questions().all(true).size(), before - 1);
        QCOMPARE(countRows(again.database().connection(), QStringLiteral("SELECT count(*) FROM questions")), before - 1);
    }

    void addsUserQuestionWithCaution()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        const QuestionCategory category = repo.categories().at(1);
        const int lastBefore = [&] {
            int last = -1;
            for (const Question &q : repo.all(true)) {
                if (q.categoryId == category.id)
                    last = std::max(last, q.position);
            }
            return last;
        }();
        Spies spy(repo);

        Question q = userQuestion(QStringLiteral("  How much do you make?  "), category.id);
        QVERIFY2(repo.add(q), qPrintable(repo.lastError()));
        QVERIFY(q.id > 0);
        QCOMPARE(q.caution, questionCaution(QStringLiteral("How much do you make?")).reason);
        QVERIFY(q.caution.contains(QStringLiteral("range")));
        QCOMPARE(q.position, lastBefore + 1);
        QCOMPARE(q.categoryName, category.name);
        QVERIFY(q.createdAt.isValid());
        QCOMPARE(spy.added.size(), 1);
        QCOMPARE(spy.added.at(0).at(0).toLongLong(), q.id);

        const std::optional<Question> stored = repo.find(q.id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("How much do you make?"));
        QCOMPARE(stored->caution, q.caution);
        QCOMPARE(stored->categoryId, category.id);
        QCOMPARE(stored->categoryName, category.name);
        QCOMPARE(stored->position, lastBefore + 1);
        QVERIFY(stored->tags.isEmpty());
        QVERIFY(!stored->isShipped());
        QCOMPARE(stored->minutes, Question::kDefaultMinutes);
        // Last of its category in the bank.
        QList<Question> inCategory;
        for (const Question &b : repo.all()) {
            if (b.categoryId == category.id)
                inCategory << b;
        }
        QCOMPARE(inCategory.last().id, q.id);

        // A second one goes after it; one without a category is listed after every category.
        Question next = userQuestion(QStringLiteral("What do you enjoy most?"), category.id);
        QVERIFY(repo.add(next));
        QCOMPARE(next.position, lastBefore + 2);
        QVERIFY(next.caution.isEmpty());
        Question loose = userQuestion(QStringLiteral("Are you hiring?"));
        QVERIFY(repo.add(loose));
        QCOMPARE(loose.position, 0);
        QCOMPARE(repo.all().last().id, loose.id);
        QCOMPARE(repo.find(loose.id)->caution, questionCaution(QStringLiteral("Are you hiring?")).reason);
    }

    void updateRecomputesCaution()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        Question q = userQuestion(QStringLiteral("What does a typical week look like?"), repo.categories().at(0).id);
        QVERIFY(repo.add(q));
        QVERIFY(q.caution.isEmpty());
        Spies spy(repo);

        q.text = QStringLiteral("What's your salary?");
        q.minutes = 1.5;
        q.tags = {QStringLiteral("Pay"), QStringLiteral("pay"), QStringLiteral(" money ")};
        QVERIFY2(repo.update(q), qPrintable(repo.lastError()));
        std::optional<Question> stored = repo.find(q.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, q.id);
        QCOMPARE(stored->text, q.text);
        QCOMPARE(stored->minutes, 1.5);
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("pay"), QStringLiteral("money")}));
        QCOMPARE(stored->caution, questionCaution(q.text).reason);
        QVERIFY(!stored->caution.isEmpty());
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(spy.changed.at(0).at(0).toLongLong(), q.id);
        QCOMPARE(spy.added.size(), 0);

        // Moved to another category, and the caution goes once the question is fine again.
        q.text = QStringLiteral("What is the salary range in this field?");
        q.categoryId = repo.categories().at(2).id;
        QVERIFY(repo.update(q));
        stored = repo.find(q.id);
        QVERIFY(stored->caution.isEmpty());
        QCOMPARE(stored->categoryName, repo.categories().at(2).name);
        QCOMPARE(countRows(t.db().connection(), QStringLiteral("SELECT count(*) FROM questions WHERE id = %1").arg(q.id)), 1);

        // Failing updates change nothing.
        Question bad = *stored;
        bad.text = QStringLiteral("   ");
        QVERIFY(!repo.update(bad));
        bad = *stored;
        bad.minutes = 0;
        QVERIFY(!repo.update(bad));
        Question gone = *stored;
        gone.id = 999999;
        QVERIFY(!repo.update(gone));
        QVERIFY(!repo.lastError().isEmpty());
        QCOMPARE(repo.find(q.id)->text, stored->text);
        QCOMPARE(spy.changed.size(), 2);
    }

    void retiredQuestionsAreHidden()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        const int count = int(repo.all().size());
        Question q = repo.all().at(5);
        q.retired = true;
        QVERIFY(repo.update(q));
        QCOMPARE(repo.all().size(), count - 1);
        QVERIFY(!keys(repo.all()).contains(q.builtinKey));
        QCOMPARE(repo.all(true).size(), count);
        QVERIFY(keys(repo.all(true)).contains(q.builtinKey));
        QVERIFY(repo.find(q.id)->retired);
        QVERIFY(repo.findShipped(q.builtinKey));
    }

    void categories()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        const QList<QuestionCategory> before = repo.categories();
        Spies spy(repo);

        // Case-insensitive, surrounding space ignored: the existing one.
        const QString existing = before.at(1).name;
        QCOMPARE(repo.ensureCategory(existing.toUpper()), before.at(1).id);
        QCOMPARE(repo.ensureCategory(QStringLiteral("  ") + existing.toLower() + QStringLiteral(" ")), before.at(1).id);
        QCOMPARE(repo.categories().size(), before.size());
        QCOMPARE(spy.categories.size(), 0);

        // A new one goes last.
        const qint64 mine = repo.ensureCategory(QStringLiteral("My   own"));
        QVERIFY(mine > 0);
        QCOMPARE(repo.categories().size(), before.size() + 1);
        QCOMPARE(repo.categories().last().id, mine);
        QCOMPARE(repo.categories().last().name, QStringLiteral("My own"));
        QCOMPARE(repo.ensureCategory(QStringLiteral("MY OWN")), mine);
        QCOMPARE(spy.categories.size(), 1);
        QCOMPARE(repo.ensureCategory(QStringLiteral("   ")), 0);
        QVERIFY(!repo.lastError().isEmpty());
        QCOMPARE(repo.categories().size(), before.size() + 1);

        // Renaming shows in the questions; a clash (any case) is refused.
        const qint64 first = before.at(0).id;
        QVERIFY2(repo.renameCategory(first, QStringLiteral("Getting going")), qPrintable(repo.lastError()));
        QCOMPARE(repo.category(first)->name, QStringLiteral("Getting going"));
        QCOMPARE(repo.all().at(0).categoryName, QStringLiteral("Getting going"));
        QCOMPARE(spy.categories.size(), 2);
        QVERIFY(!repo.renameCategory(first, QStringLiteral("my OWN")));
        QVERIFY(repo.lastError().contains(QStringLiteral("my OWN")));
        QCOMPARE(repo.category(first)->name, QStringLiteral("Getting going"));
        QVERIFY(!repo.renameCategory(first, QStringLiteral(" ")));
        QVERIFY(!repo.renameCategory(999999, QStringLiteral("Nowhere")));
        // Renaming to another case of its own name is fine.
        QVERIFY(repo.renameCategory(first, QStringLiteral("GETTING going")));
        QCOMPARE(repo.category(first)->name, QStringLiteral("GETTING going"));
        QCOMPARE(spy.categories.size(), 3);

        // Only an unused category can be removed.
        QVERIFY(!repo.removeCategory(first));
        QVERIFY(repo.category(first));
        QVERIFY(repo.removeCategory(mine));
        QVERIFY(!repo.category(mine));
        QCOMPARE(spy.categories.size(), 4);
    }

    void allTagsSortedAndUnique()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        Question a = userQuestion(QStringLiteral("First own question?"), 0,
                                  {QStringLiteral("Zebra"), QStringLiteral("aardvark"), QStringLiteral("zebra")});
        Question b = userQuestion(QStringLiteral("Second own question?"), 0,
                                  {QStringLiteral("aardvark"), QStringLiteral("  mango  ")});
        QVERIFY(repo.add(a));
        QVERIFY(repo.add(b));
        const QStringList tags = repo.allTags();
        QVERIFY(tags.size() > 3);
        for (const QString &tag : {QStringLiteral("zebra"), QStringLiteral("aardvark"), QStringLiteral("mango")})
            QCOMPARE(tags.count(tag), 1);
        QVERIFY(!tags.contains(QStringLiteral("Zebra")));
        QStringList sorted = tags;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &x, const QString &y) { return QString::localeAwareCompare(x, y) < 0; });
        QCOMPARE(tags, sorted);
        QCOMPARE(QSet<QString>(tags.cbegin(), tags.cend()).size(), tags.size());
        for (const QString &tag : tags)
            QCOMPARE(tag, tag.trimmed());
        // Tags of every shipped question are among them.
        for (const Question &q : repo.all()) {
            for (const QString &tag : q.tags)
                QVERIFY2(tags.contains(tag), qPrintable(tag));
        }
    }

    void signalsOnlyAfterCommit()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        Spies spy(repo);

        QVERIFY(t.db().beginTransaction());
        Question q = userQuestion(QStringLiteral("What changed in your field this year?"));
        QVERIFY(repo.add(q));
        Question first = repo.all().at(0);
        first.text = QStringLiteral("Edited inside a transaction?");
        QVERIFY(repo.update(first));
        QVERIFY(repo.remove(repo.all().at(1).id));
        QVERIFY(repo.ensureCategory(QStringLiteral("Inside")) > 0);
        QCOMPARE(spy.total(), 0);
        QVERIFY(t.db().commit());
        QCOMPARE(spy.added.size(), 1);
        QCOMPARE(spy.added.at(0).at(0).toLongLong(), q.id);
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(spy.changed.at(0).at(0).toLongLong(), first.id);
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(spy.categories.size(), 1);

        // Rolled back: no signal, and nothing changed.
        spy.added.clear();
        spy.changed.clear();
        spy.removed.clear();
        spy.categories.clear();
        const QStringList before = InroadTest::dumpTables(t.db().connection());
        QVERIFY(t.db().beginTransaction());
        Question gone = userQuestion(QStringLiteral("Never saved?"));
        QVERIFY(repo.add(gone));
        Question second = repo.all().at(0);
        second.text = QStringLiteral("Never edited?");
        QVERIFY(repo.update(second));
        QVERIFY(repo.remove(repo.all().at(2).id));
        QVERIFY(repo.ensureCategory(QStringLiteral("Never made")) > 0);
        t.db().rollback();
        QCOMPARE(spy.total(), 0);
        QVERIFY(!repo.find(gone.id));
        QCOMPARE(InroadTest::dumpTables(t.db().connection()), before);

        // And the next committed change is announced again.
        Question after = userQuestion(QStringLiteral("Afterwards?"));
        QVERIFY(repo.add(after));
        QCOMPARE(spy.added.size(), 1);
    }

    void failingAddAddsNothing()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        const QStringList before = InroadTest::dumpTables(t.db().connection());
        Spies spy(repo);
        QSignalSpy failed(&t.db(), &Database::writeFailed);

        Question empty = userQuestion(QString());
        QVERIFY(!repo.add(empty));
        QCOMPARE(empty.id, qint64(0));
        Question blank = userQuestion(QStringLiteral(" \n\t "));
        QVERIFY(!repo.add(blank));
        Question noTime = userQuestion(QStringLiteral("No time?"));
        noTime.minutes = 0;
        QVERIFY(!repo.add(noTime));
        Question negative = userQuestion(QStringLiteral("Negative time?"));
        negative.minutes = -2;
        QVERIFY(!repo.add(negative));
        // A shipped key is unique: a second question with the same key is refused.
        Question copy = userQuestion(QStringLiteral("A copy?"));
        copy.builtinKey = repo.all().at(0).builtinKey;
        QVERIFY(!repo.add(copy));

        QVERIFY(!repo.lastError().isEmpty());
        QCOMPARE(failed.size(), 5);
        QCOMPARE(spy.total(), 0);
        QCOMPARE(InroadTest::dumpTables(t.db().connection()), before);
    }

    // Redo of an undone add gives the question its old id and place back.
    void addKeepsAGivenId()
    {
        TempWorkspace t;
        QuestionRepository &repo = t.workspace.questions();
        Question q = userQuestion(QStringLiteral("What would you do differently?"), repo.categories().at(0).id);
        QVERIFY(repo.add(q));
        const Question added = q;
        QVERIFY(repo.remove(q.id));
        Question again = added;
        QVERIFY(repo.add(again));
        QCOMPARE(again.id, added.id);
        QCOMPARE(again.position, added.position);
        QCOMPARE(repo.find(added.id)->text, added.text);
        QCOMPARE(repo.find(added.id)->createdAt, added.createdAt);
    }
};

QTEST_GUILESS_MAIN(TestQuestionRepository)
#include "tst_questionrepository.moc"
