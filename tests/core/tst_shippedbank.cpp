#include "questioncaution.h"
#include "shippedbank.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Inroad;

// The question bank compiled into the program (resources/questions/default-bank.json): its
// shape, and that nothing in it is a question the program itself would warn against.
class TestShippedBank final : public QObject
{
    Q_OBJECT

private slots:
    void reads();
    void categoriesInOrder();
    void everyQuestionIsWellFormed();
    void keysAreUniqueAndStable();
    void noQuestionIsFlagged();
    void closesWithReferralsAndKeepingInTouch();
    void tiara();
};

void TestShippedBank::reads()
{
    const ShippedBank &bank = shippedBank();
    QVERIFY2(bank.ok(), qPrintable(bank.error));
    QVERIFY2(bank.questions.size() >= 75, qPrintable(QString::number(bank.questions.size())));
}

void TestShippedBank::categoriesInOrder()
{
    const QStringList expected = {
        QStringLiteral("A typical day"), QStringLiteral("Getting started"), QStringLiteral("Education and training"),
        QStringLiteral("Qualities and skills"), QStringLiteral("Likes, dislikes and rewards"), QStringLiteral("Challenges"),
        QStringLiteral("Career paths"), QStringLiteral("Salary ranges in the field"), QStringLiteral("Changes and trends"),
        QStringLiteral("Threats and opportunities"), QStringLiteral("Advice"), QStringLiteral("Associations and reading"),
        QStringLiteral("Feedback on my background"), QStringLiteral("TIARA"), QStringLiteral("Closing"),
    };
    const ShippedBank &bank = shippedBank();
    QCOMPARE(bank.categories, expected);
    // Every category has questions, listed in category order.
    int category = 0;
    QSet<QString> seen;
    for (const Question &question : bank.questions) {
        const int index = int(expected.indexOf(question.categoryName));
        QVERIFY2(index >= category, qPrintable(question.builtinKey));
        category = index;
        seen.insert(question.categoryName);
    }
    QCOMPARE(seen.size(), expected.size());
}

void TestShippedBank::everyQuestionIsWellFormed()
{
    static const QRegularExpression tag(QStringLiteral("^[\\p{Ll}0-9][\\p{Ll}0-9 -]*$"));
    QHash<QString, int> positions;
    for (const Question &question : shippedBank().questions) {
        const QByteArray key = question.builtinKey.toUtf8();
        QVERIFY2(question.text.endsWith(QLatin1Char('?')), key.constData());
        QCOMPARE(question.text, question.text.simplified());
        QVERIFY2(question.text.size() >= 20 && question.text.size() <= 140, key.constData());
        QVERIFY2(question.minutes >= 1 && question.minutes <= 5, key.constData());
        QVERIFY2(!question.tags.isEmpty() && question.tags.size() <= 3, key.constData());
        for (const QString &t : question.tags)
            QVERIFY2(tag.match(t).hasMatch(), qPrintable(question.builtinKey + QLatin1Char(' ') + t));
        QVERIFY(question.isShipped());
        QVERIFY(!question.retired);
        QCOMPARE(question.id, 0);
        // Positions count up inside each category.
        QCOMPARE(question.position, positions.value(question.categoryName, 0));
        positions[question.categoryName] = question.position + 1;
        // Open-ended: not answered by yes or no (the closing courtesy "May I keep in touch" aside).
        static const QRegularExpression yesNo(QStringLiteral("^(Is|Are|Do|Does|Did|Have|Has|Can|Could|Would|Will|Should)\\b"));
        if (question.builtinKey != QLatin1String("closing.keep-in-touch"))
            QVERIFY2(!yesNo.match(question.text).hasMatch(), key.constData());
    }
}

void TestShippedBank::keysAreUniqueAndStable()
{
    // "category-slug.short-slug": lower-case words joined by hyphens, so they survive as identifiers.
    static const QRegularExpression shape(QStringLiteral("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> keys;
    QSet<QString> texts;
    QHash<QString, QString> prefixOfCategory;
    for (const Question &question : shippedBank().questions) {
        QVERIFY2(shape.match(question.builtinKey).hasMatch(), qPrintable(question.builtinKey));
        QVERIFY2(!keys.contains(question.builtinKey), qPrintable(question.builtinKey));
        keys.insert(question.builtinKey);
        QVERIFY2(!texts.contains(question.text.toCaseFolded()), qPrintable(question.text));
        texts.insert(question.text.toCaseFolded());
        // One prefix per category (the referral question keeps its own well-known key).
        if (question.builtinKey == referralQuestionKey())
            continue;
        const QString prefix = question.builtinKey.section(QLatin1Char('.'), 0, 0);
        const QString known = prefixOfCategory.value(question.categoryName, prefix);
        QCOMPARE(prefix, known);
        prefixOfCategory.insert(question.categoryName, prefix);
    }
    // Keys other parts of the program rely on.
    for (const QString &key : {QStringLiteral("day.typical"), referralQuestionKey(), QStringLiteral("closing.keep-in-touch")})
        QVERIFY2(keys.contains(key), qPrintable(key));
}

void TestShippedBank::noQuestionIsFlagged()
{
    for (const Question &question : shippedBank().questions) {
        const Caution caution = questionCaution(question.text);
        QVERIFY2(caution.isNone(), qPrintable(question.builtinKey + QStringLiteral(": ") + caution.reason));
        QVERIFY(question.caution.isEmpty());
    }
}

void TestShippedBank::closesWithReferralsAndKeepingInTouch()
{
    const ShippedBank &bank = shippedBank();
    const Question *referral = nullptr;
    const Question *keepInTouch = nullptr;
    for (const Question &question : bank.questions) {
        if (question.builtinKey == referralQuestionKey())
            referral = &question;
        else if (question.builtinKey == QLatin1String("closing.keep-in-touch"))
            keepInTouch = &question;
    }
    QVERIFY(referral);
    QCOMPARE(referral->categoryName, QStringLiteral("Closing"));
    QVERIFY2(asksForReferrals(referral->text), qPrintable(referral->text));
    QVERIFY(referral->text.contains(QStringLiteral("mention"))); // asks before using the person's name
    QVERIFY(keepInTouch);
    QCOMPARE(keepInTouch->categoryName, QStringLiteral("Closing"));
    QVERIFY(keepInTouch->text.contains(QStringLiteral("keep in touch")));
}

void TestShippedBank::tiara()
{
    QHash<QString, int> letters;
    for (const Question &question : shippedBank().questions) {
        if (question.categoryName != QLatin1String("TIARA"))
            continue;
        QVERIFY2(question.tags.contains(QStringLiteral("tiara")), qPrintable(question.builtinKey));
        QCOMPARE(question.tags.size(), 2);
        ++letters[question.tags.at(question.tags.indexOf(QStringLiteral("tiara")) == 0 ? 1 : 0)];
    }
    for (const QString &word : {QStringLiteral("trends"), QStringLiteral("insights"), QStringLiteral("advice"),
                                QStringLiteral("resources"), QStringLiteral("assignments")}) {
        QVERIFY2(letters.value(word) >= 1 && letters.value(word) <= 2, qPrintable(word));
    }
    QCOMPARE(letters.size(), 5);
}

QTEST_GUILESS_MAIN(TestShippedBank)

#include "tst_shippedbank.moc"
