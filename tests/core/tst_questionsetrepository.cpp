#include "questionsetrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Inroad;
using InroadTest::TempWorkspace;

namespace {

QuestionSetItem item(const QString &text, double minutes = 2, qint64 questionId = 0, const QString &key = {})
{
    QuestionSetItem i;
    i.text = text;
    i.minutes = minutes;
    i.questionId = questionId;
    i.builtinKey = key;
    return i;
}

QuestionSet makeSet(const QString &name, const QList<QuestionSetItem> &items = {}, const QString &description = {})
{
    QuestionSet set;
    set.name = name;
    set.description = description;
    set.items = items;
    return set;
}

QStringList texts(const QList<QuestionSetItem> &items)
{
    QStringList out;
    for (const QuestionSetItem &i : items)
        out << i.text;
    return out;
}

QStringList names(const QList<QuestionSet> &sets)
{
    QStringList out;
    for (const QuestionSet &s : sets)
        out << s.name;
    return out;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

struct Fixture
{
    TempWorkspace tw;
    QuestionSetRepository &sets() { return tw.workspace.questionSets(); }
    QuestionRepository &bank() { return tw.workspace.questions(); }
    Question shipped(int index) { return bank().all().at(index); }
    int itemRows() { return count(tw.db().connection(), QStringLiteral("SELECT count(*) FROM question_set_items")); }
};

} // namespace

class TestQuestionSetRepository : public QObject
{
    Q_OBJECT

private slots:
    void addsWithItems()
    {
        Fixture f;
        QSignalSpy added(&f.sets(), &Repository::added);
        const Question typical = f.shipped(0);
        QuestionSet set = makeSet(QStringLiteral("  Engineering,   first talk "),
                                  {item(typical.text, 3, typical.id), item(QStringLiteral("  A one-off question?  "), 1.5)},
                                  QStringLiteral("For “engineers”.\nTwenty minutes."));
        QVERIFY2(f.sets().add(set), qPrintable(f.sets().lastError()));
        QVERIFY(set.id > 0);
        QVERIFY(set.createdAt.isValid());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), set.id);

        const std::optional<QuestionSet> stored = f.sets().find(set.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Engineering, first talk"));
        QCOMPARE(stored->description, set.description);
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->items.size(), 2);
        // The bank question's item carries what the bank says about it.
        QCOMPARE(stored->items.at(0).questionId, typical.id);
        QCOMPARE(stored->items.at(0).text, typical.text);
        QCOMPARE(stored->items.at(0).minutes, 3.0);
        QCOMPARE(stored->items.at(0).builtinKey, typical.builtinKey);
        QCOMPARE(stored->items.at(0).categoryName, typical.categoryName);
        QCOMPARE(stored->items.at(0).tags, typical.tags);
        // A one-off is kept as written (trimmed), outside the bank.
        QCOMPARE(stored->items.at(1).questionId, qint64(0));
        QCOMPARE(stored->items.at(1).text, QStringLiteral("A one-off question?"));
        QCOMPARE(stored->items.at(1).minutes, 1.5);
        QVERIFY(stored->items.at(1).builtinKey.isEmpty());
        QCOMPARE(f.sets().idForName(QStringLiteral("ENGINEERING, FIRST TALK")), set.id);
        QCOMPARE(f.sets().idForName(QStringLiteral("Nothing like it")), qint64(0));
    }

    void itemForAMissingBankQuestionIsAOneOff()
    {
        Fixture f;
        QuestionSet set = makeSet(QStringLiteral("Dangling"), {item(QStringLiteral("Gone from the bank?"), 2, 999999)});
        QVERIFY2(f.sets().add(set), qPrintable(f.sets().lastError()));
        QCOMPARE(f.sets().find(set.id)->items.at(0).questionId, qint64(0));
        QCOMPARE(count(f.tw.db().connection(), QStringLiteral("SELECT count(*) FROM question_set_items WHERE question_id IS NULL")), 1);
    }

    void namesAreUniqueIgnoringCase()
    {
        Fixture f;
        QuestionSet first = makeSet(QStringLiteral("Engineering"), {item(QStringLiteral("A?"))});
        QVERIFY(f.sets().add(first));
        const QStringList before = InroadTest::dumpTables(f.tw.db().connection());
        QSignalSpy added(&f.sets(), &Repository::added);

        QuestionSet clash = makeSet(QStringLiteral("  ENGINEERING "), {item(QStringLiteral("B?"))});
        QVERIFY(!f.sets().add(clash));
        QCOMPARE(clash.id, qint64(0));
        QVERIFY2(f.sets().lastError().contains(QStringLiteral("ENGINEERING")), qPrintable(f.sets().lastError()));
        QCOMPARE(f.sets().all().size(), 1);
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);
        QCOMPARE(added.size(), 0);

        // Invalid sets are refused whole as well.
        QuestionSet noName = makeSet(QStringLiteral("   "), {item(QStringLiteral("C?"))});
        QVERIFY(!f.sets().add(noName));
        QuestionSet blankItem = makeSet(QStringLiteral("Blank item"), {item(QStringLiteral("D?")), item(QStringLiteral(" "))});
        QVERIFY(!f.sets().add(blankItem));
        QuestionSet noTime = makeSet(QStringLiteral("No time"), {item(QStringLiteral("E?"), 0)});
        QVERIFY(!f.sets().add(noTime));
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), before);

        // Renaming onto another set's name is refused; another case of its own name is fine.
        QuestionSet second = makeSet(QStringLiteral("Design"));
        QVERIFY(f.sets().add(second));
        second.name = QStringLiteral("engineering");
        QVERIFY(!f.sets().update(second));
        QCOMPARE(f.sets().find(second.id)->name, QStringLiteral("Design"));
        first.name = QStringLiteral("ENGINEERING");
        QVERIFY2(f.sets().update(first), qPrintable(f.sets().lastError()));
        QCOMPARE(f.sets().find(first.id)->name, QStringLiteral("ENGINEERING"));
    }

    void updateReplacesItems()
    {
        Fixture f;
        const Question a = f.shipped(0);
        const Question b = f.shipped(1);
        QuestionSet set = makeSet(QStringLiteral("Set"), {item(a.text, 2, a.id), item(QStringLiteral("One?")),
                                                         item(QStringLiteral("Two?"))});
        QVERIFY(f.sets().add(set));
        QuestionSet other = makeSet(QStringLiteral("Other"), {item(QStringLiteral("Untouched?"))});
        QVERIFY(f.sets().add(other));
        QCOMPARE(f.itemRows(), 4);
        QSignalSpy changed(&f.sets(), &Repository::changed);

        set.name = QStringLiteral("Set, revised");
        set.description = QStringLiteral("Shorter");
        set.items = {item(QStringLiteral("Two?"), 4), item(b.text, 1, b.id)};
        QVERIFY2(f.sets().update(set), qPrintable(f.sets().lastError()));
        const QuestionSet stored = *f.sets().find(set.id);
        QCOMPARE(stored.name, QStringLiteral("Set, revised"));
        QCOMPARE(stored.description, QStringLiteral("Shorter"));
        QCOMPARE(texts(stored.items), (QStringList{QStringLiteral("Two?"), b.text}));
        QCOMPARE(stored.items.at(0).minutes, 4.0);
        QCOMPARE(stored.items.at(1).questionId, b.id);
        // No leftovers of the old items; the other set keeps its own.
        QCOMPARE(f.itemRows(), 3);
        QCOMPARE(texts(f.sets().find(other.id)->items), QStringList{QStringLiteral("Untouched?")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), set.id);

        set.items.clear();
        QVERIFY(f.sets().update(set));
        QVERIFY(f.sets().find(set.id)->items.isEmpty());
        QCOMPARE(f.itemRows(), 1);

        QuestionSet gone = set;
        gone.id = 999999;
        gone.name = QStringLiteral("Nowhere");
        QVERIFY(!f.sets().update(gone));
        QCOMPARE(f.sets().all().size(), 2);
    }

    void allIsSortedByNameWithItems()
    {
        Fixture f;
        for (const QString &name : {QStringLiteral("gamma"), QStringLiteral("Alpha"), QStringLiteral("beta"),
                                    QStringLiteral("Delta")}) {
            QuestionSet set = makeSet(name, {item(name + QStringLiteral(" one?")), item(name + QStringLiteral(" two?"))});
            QVERIFY(f.sets().add(set));
        }
        const QList<QuestionSet> all = f.sets().all();
        QCOMPARE(names(all), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Delta"),
                                          QStringLiteral("gamma")}));
        for (const QuestionSet &set : all) {
            QCOMPARE(texts(set.items),
                     (QStringList{set.name + QStringLiteral(" one?"), set.name + QStringLiteral(" two?")}));
            QVERIFY(set.id > 0);
        }
    }

    void removeAndRestoreTakeItemsAlong()
    {
        Fixture f;
        const Question a = f.shipped(2);
        QuestionSet set = makeSet(QStringLiteral("Doomed"), {item(a.text, 2, a.id), item(QStringLiteral("Mine?"), 5)},
                                  QStringLiteral("desc"));
        QVERIFY(f.sets().add(set));
        QuestionSet other = makeSet(QStringLiteral("Stays"), {item(QStringLiteral("Kept?"))});
        QVERIFY(f.sets().add(other));
        const QuestionSet before = *f.sets().find(set.id);
        const QStringList tables = InroadTest::dumpTables(f.tw.db().connection());
        QSignalSpy removed(&f.sets(), &Repository::removed);
        QSignalSpy added(&f.sets(), &Repository::added);

        const std::optional<RowSnapshot> snapshot = f.sets().remove(set.id);
        QVERIFY(snapshot);
        QVERIFY(!f.sets().find(set.id));
        QCOMPARE(count(f.tw.db().connection(),
                       QStringLiteral("SELECT count(*) FROM question_set_items WHERE set_id = %1").arg(set.id)),
                 0);
        QCOMPARE(f.itemRows(), 1);
        QCOMPARE(names(f.sets().all()), QStringList{QStringLiteral("Stays")});
        QCOMPARE(removed.size(), 1);
        // The name is free again while the set is deleted.
        QCOMPARE(f.sets().idForName(QStringLiteral("doomed")), qint64(0));

        QVERIFY2(f.sets().restore(*snapshot), qPrintable(f.sets().lastError()));
        const QuestionSet after = *f.sets().find(set.id);
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.description, before.description);
        QCOMPARE(texts(after.items), texts(before.items));
        QCOMPARE(after.items.at(0).questionId, a.id);
        QCOMPARE(after.items.at(1).minutes, 5.0);
        QCOMPARE(InroadTest::dumpTables(f.tw.db().connection()), tables);
        QCOMPARE(added.size(), 1);

        QVERIFY(!f.sets().remove(999999));
    }

    void matchesToTheBank()
    {
        Fixture f;
        const Question keyed = f.shipped(0);
        const Question byText = f.shipped(1);
        const Question other = f.shipped(2);
        // The user reworded the first shipped question: the key still finds it.
        Question edited = keyed;
        edited.text = QStringLiteral("Reworded by the user?");
        QVERIFY(f.bank().update(edited));
        Question own;
        own.text = QStringLiteral("What surprised you in your first month?");
        own.tags = {QStringLiteral("surprise")};
        QVERIFY(f.bank().add(own));

        QuestionSetItem byKey = item(keyed.text, 3, 4242, keyed.builtinKey); // ids from another workspace
        QuestionSetItem keyWins = item(other.text, 2, 0, keyed.builtinKey);   // key first, even if the text is another's
        QuestionSetItem textOnly = item(QStringLiteral("  ") + byText.text.toUpper().replace(QLatin1Char(' '), QStringLiteral("   ")),
                                        1);
        QuestionSetItem ownText = item(QStringLiteral("what surprised you in your first month?"), 2);
        QuestionSetItem unknownKey = item(other.text, 2, 0, QStringLiteral("no.such-key"));
        QuestionSetItem nowhere = item(QStringLiteral("A question no bank has?"), 2, 77);
        nowhere.builtinKey.clear();
        nowhere.categoryName = QStringLiteral("From the file");
        nowhere.tags = {QStringLiteral("file tag")};

        const QList<QuestionSetItem> matched =
            f.sets().matchToBank({byKey, keyWins, textOnly, ownText, unknownKey, nowhere});
        QCOMPARE(matched.size(), 6);

        QCOMPARE(matched.at(0).questionId, keyed.id);
        QCOMPARE(matched.at(0).text, keyed.text); // the set keeps its wording
        QCOMPARE(matched.at(0).minutes, 3.0);
        QCOMPARE(matched.at(0).categoryName, keyed.categoryName);
        QCOMPARE(matched.at(0).tags, keyed.tags);

        QCOMPARE(matched.at(1).questionId, keyed.id);
        QCOMPARE(matched.at(1).text, other.text);

        QCOMPARE(matched.at(2).questionId, byText.id);
        QCOMPARE(matched.at(2).builtinKey, byText.builtinKey);
        QCOMPARE(matched.at(2).categoryName, byText.categoryName);
        QCOMPARE(matched.at(2).minutes, 1.0);

        QCOMPARE(matched.at(3).questionId, own.id);
        QVERIFY(matched.at(3).builtinKey.isEmpty());
        QCOMPARE(matched.at(3).tags, QStringList{QStringLiteral("surprise")});

        // An unknown key falls back to the text.
        QCOMPARE(matched.at(4).questionId, other.id);
        QCOMPARE(matched.at(4).builtinKey, other.builtinKey);

        QCOMPARE(matched.at(5).questionId, qint64(0));
        QCOMPARE(matched.at(5).text, nowhere.text);
        QCOMPARE(matched.at(5).categoryName, QStringLiteral("From the file"));

        // Retired questions still match, but an active one with the same text comes first.
        Question retiredTwin;
        retiredTwin.text = QStringLiteral("Twin question?");
        retiredTwin.retired = true;
        QVERIFY(f.bank().add(retiredTwin));
        const QList<QuestionSetItem> onlyRetired = f.sets().matchToBank({item(QStringLiteral("twin question?"))});
        QCOMPARE(onlyRetired.at(0).questionId, retiredTwin.id);
        Question activeTwin;
        activeTwin.text = QStringLiteral("Twin Question?");
        QVERIFY(f.bank().add(activeTwin));
        const QList<QuestionSetItem> both = f.sets().matchToBank({item(QStringLiteral("twin question?"))});
        QCOMPARE(both.at(0).questionId, activeTwin.id);

        QVERIFY(f.sets().matchToBank({}).isEmpty());
    }

    void itemKeepsItsTextWhenTheBankQuestionIsDeleted()
    {
        Fixture f;
        const Question source = f.shipped(4);
        QuestionSet set = makeSet(QStringLiteral("Set"), {item(source.text, 2.5, source.id), item(QStringLiteral("Other?"))});
        QVERIFY(f.sets().add(set));

        const std::optional<RowSnapshot> snapshot = f.bank().remove(source.id);
        QVERIFY(snapshot);
        const QuestionSet stored = *f.sets().find(set.id);
        QCOMPARE(stored.items.size(), 2);
        QCOMPARE(stored.items.at(0).text, source.text);
        QCOMPARE(stored.items.at(0).minutes, 2.5);
        QCOMPARE(stored.items.at(0).questionId, qint64(0));
        QVERIFY(stored.items.at(0).builtinKey.isEmpty());
        QCOMPARE(count(f.tw.db().connection(),
                       QStringLiteral("SELECT count(*) FROM question_set_items WHERE set_id = %1 AND question_id IS NULL")
                           .arg(set.id)),
                 2);
        // Matching again finds nothing by key any more, and the item stays a one-off.
        QCOMPARE(f.sets().matchToBank(stored.items).at(0).questionId, qint64(0));

        // Undoing the deletion links the item again.
        QVERIFY(f.bank().restore(*snapshot));
        QCOMPARE(f.sets().find(set.id)->items.at(0).questionId, source.id);
        QCOMPARE(f.sets().find(set.id)->items.at(0).builtinKey, source.builtinKey);
    }
};

QTEST_GUILESS_MAIN(TestQuestionSetRepository)
#include "tst_questionsetrepository.moc"
