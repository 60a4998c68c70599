#include "documentwriter.h"
#include "interviewdocuments.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Inroad;
using InroadTest::poppler;

namespace {

// Golden files live in tests/data/golden; INROAD_UPDATE_GOLDEN=1 writes them anew (then review the diff).
void compareWithGolden(const QString &name, const QString &actual)
{
    const QString path = QStringLiteral(INROAD_TEST_DATA "/golden/") + name;
    if (qEnvironmentVariableIntValue("INROAD_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual.toUtf8());
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    const QString expected = QString::fromUtf8(file.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
            const QString left = a.value(i);
            const QString right = e.value(i);
            if (left != right)
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  actual:   %3\n  expected: %4")
                                     .arg(name)
                                     .arg(i + 1)
                                     .arg(left, right)));
        }
    }
}

int pdfPages(const QString &path)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    const QRegularExpressionMatch m = pages.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of a PDF (pages @p first to @p last; 0: all), on one line, with typographic ligatures
// ("ﬁ") spelled out.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    QString text = poppler(QStringLiteral("pdftotext"), arguments);
    text.replace(QChar(0xFB00), QStringLiteral("ff"));
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    text.replace(QChar(0xFB03), QStringLiteral("ffi"));
    text.replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

} // namespace

class TestInterviewDocuments final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InroadTest::TempWorkspace> m_tw;
    qint64 m_interview = 0;
    qint64 m_second = 0;
    DocumentOptions m_options;

    Workspace &ws() { return m_tw->workspace; }

    qint64 person(const QString &first, const QString &last, qint64 organizationId = 0)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.organizationId = organizationId;
        if (!ws().people().add(p))
            qFatal("person");
        return p.id;
    }

private slots:
    void initTestCase()
    {
        // Dates and numbers are written the same on every machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_tw = std::make_unique<InroadTest::TempWorkspace>();
        Profile profile = ws().profile().get();
        profile.fullName = QStringLiteral("Sam Rivera");
        profile.email = QStringLiteral("sam@example.org");
        profile.address = QStringLiteral("12 Elm Street\nSpringfield");
        profile.selfIntroduction = QStringLiteral("I am finishing a biology degree and moving into data work.");
        QVERIFY(ws().profile().update(profile));

        Organization o;
        o.name = QStringLiteral("Harbor & Co <Labs>");
        o.industry = QStringLiteral("Analytics");
        o.products = QStringLiteral("Forecasts for ports");
        o.news = QStringLiteral("Opened an office in Rotterdam");
        QVERIFY(ws().organizations().add(o));

        Person ana;
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Ruiz");
        ana.salutation = QStringLiteral("Ms.");
        ana.pronunciation = QStringLiteral("AH-nah roo-EES");
        ana.title = QStringLiteral("Data Scientist");
        ana.organizationId = o.id;
        ana.email = QStringLiteral("ana@private.example");
        ana.phone = QStringLiteral("+1 555 0100");
        QVERIFY(ws().people().add(ana));
        const qint64 ben = person(QStringLiteral("Ben"), QStringLiteral("Cho"));
        Referral introduced;
        introduced.referrerId = ben;
        introduced.referredId = ana.id;
        introduced.mayMention = true;
        introduced.referredOn = QDate(2026, 11, 1);
        QVERIFY(ws().referrals().add(introduced));

        Interview i;
        i.personId = ana.id;
        i.organizationId = o.id;
        i.agreedMinutes = 20;
        i.status = InterviewStatus::Done;
        i.scheduledStart = QDateTime(QDate(2026, 11, 20), QTime(14, 0)).toUTC();
        i.purpose = QStringLiteral("How data work looks in logistics");
        i.learned = QStringLiteral("- Most of the week is cleaning data. Models are the small part.\n- SQL matters most.");
        QVERIFY(ws().interviews().add(i));
        m_interview = i.id;
        QList<InterviewQuestion> questions;
        for (const auto &[text, minutes] : {std::pair{QStringLiteral("What does a typical week look like?"), 4.0},
                                            std::pair{QStringLiteral("How did you get into this field?"), 3.0}}) {
            InterviewQuestion q;
            q.text = text;
            q.minutes = minutes;
            questions << q;
        }
        QVERIFY(ws().interviewQuestions().insert(i.id, 0, questions));
        const qint64 cy = person(QStringLiteral("Cy"), QStringLiteral("Doe"));
        Referral given;
        given.referrerId = ana.id;
        given.referredId = cy;
        given.interviewId = i.id;
        given.mayMention = true;
        given.referredOn = QDate(2026, 11, 20);
        QVERIFY(ws().referrals().add(given));
        Note privateNote;
        privateNote.setSubject(NoteSubject::Person, ana.id);
        privateNote.body = QStringLiteral("Moving to Lisbon next spring.");
        privateNote.notedOn = QDate(2026, 11, 20);
        QVERIFY(ws().notes().add(privateNote));

        Interview second;
        second.personId = cy;
        second.agreedMinutes = 30;
        second.status = InterviewStatus::Scheduled;
        second.scheduledStart = QDateTime(QDate(2026, 12, 2), QTime(9, 30)).toUTC();
        QVERIFY(ws().interviews().add(second));
        m_second = second.id;

        m_options = DocumentOptions();
        m_options.today = QDate(2026, 11, 21);
    }
    void cleanup() { m_tw.reset(); }

    void shippedTemplatesParseAndNameOnlyKnownPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        for (const InterviewDocument d : {InterviewDocument::Sheet, InterviewDocument::ResearchSummary,
                                          InterviewDocument::ReflectionForm, InterviewDocument::ThankYouLetter})
            QTest::newRow(qPrintable(InterviewDocuments::key(d))) << InterviewDocuments::defaultTemplate(d);
        for (const InterviewMessage m : {InterviewMessage::OutreachEmail, InterviewMessage::OutreachEmailWithReferrer,
                                         InterviewMessage::PhoneScript, InterviewMessage::ThankYouEmail})
            QTest::newRow(qPrintable(InterviewDocuments::key(m))) << InterviewDocuments::defaultTemplate(m);
    }
    void shippedTemplatesParseAndNameOnlyKnownPlaceholders()
    {
        QFETCH(QString, text);
        QVERIFY(!text.isEmpty());
        DocumentTemplate t;
        TemplateError error;
        QVERIFY2(t.parse(text, &error), qPrintable(error.toString()));
        QCOMPARE(t.unknownNames(InterviewDocuments::placeholderNames()), QStringList());
    }

    void documentsMatchTheirGoldenFiles_data()
    {
        QTest::addColumn<int>("document");
        QTest::newRow("interview-sheet") << int(InterviewDocument::Sheet);
        QTest::newRow("research-summary") << int(InterviewDocument::ResearchSummary);
        QTest::newRow("reflection-form") << int(InterviewDocument::ReflectionForm);
        QTest::newRow("thank-you-letter") << int(InterviewDocument::ThankYouLetter);
    }
    void documentsMatchTheirGoldenFiles()
    {
        QFETCH(int, document);
        InterviewDocuments documents(ws());
        TemplateError error;
        const QString html = documents.html(InterviewDocument(document), m_interview, m_options, &error);
        QVERIFY2(!html.isNull(), qPrintable(error.toString()));
        compareWithGolden(InterviewDocuments::key(InterviewDocument(document)) + QStringLiteral(".html"), html);
    }

    void messagesMatchTheirGoldenFiles_data()
    {
        QTest::addColumn<int>("message");
        QTest::newRow("outreach-email") << int(InterviewMessage::OutreachEmail);
        QTest::newRow("outreach-email-referral") << int(InterviewMessage::OutreachEmailWithReferrer);
        QTest::newRow("phone-script") << int(InterviewMessage::PhoneScript);
        QTest::newRow("thank-you-email") << int(InterviewMessage::ThankYouEmail);
    }
    void messagesMatchTheirGoldenFiles()
    {
        QFETCH(int, message);
        InterviewDocuments documents(ws());
        TemplateError error;
        const QString text = documents.message(InterviewMessage(message), m_interview, m_options, &error);
        QVERIFY2(!text.isNull(), qPrintable(error.toString()));
        QVERIFY(!text.contains(QLatin1String("&amp;"))); // plain text is not escaped
        compareWithGolden(InterviewDocuments::key(InterviewMessage(message)) + QStringLiteral(".txt"), text);
    }

    void userTextIsEscapedInHtml()
    {
        InterviewDocuments documents(ws());
        const QString html = documents.html(InterviewDocument::Sheet, m_interview, m_options);
        QVERIFY(html.contains(QLatin1String("Harbor &amp; Co &lt;Labs&gt;")));
        QVERIFY(!html.contains(QLatin1String("<Labs>")));
    }

    void privateDetailsAreLeftOutByDefault()
    {
        InterviewDocuments documents(ws());
        QString all;
        for (const InterviewDocument d : {InterviewDocument::Sheet, InterviewDocument::ResearchSummary,
                                          InterviewDocument::ReflectionForm, InterviewDocument::ThankYouLetter})
            all += documents.html(d, m_interview, m_options);
        QVERIFY(!all.contains(QLatin1String("ana@private.example")));
        QVERIFY(!all.contains(QLatin1String("555 0100")));
        QVERIFY(!all.contains(QLatin1String("Lisbon")));

        DocumentOptions withPrivate = m_options;
        withPrivate.includePrivate = true;
        QVERIFY(documents.html(InterviewDocument::Sheet, m_interview, withPrivate).contains(QLatin1String("ana@private.example")));
        QVERIFY(documents.html(InterviewDocument::Sheet, m_interview, withPrivate).contains(QLatin1String("555 0100")));
        QVERIFY(documents.html(InterviewDocument::ResearchSummary, m_interview, withPrivate).contains(QLatin1String("Lisbon")));
    }

    void sheetPdfHasItsPagesAndText()
    {
        InterviewDocuments documents(ws());
        QTextDocument document;
        QString error;
        QVERIFY2(documents.buildDocument(document, InterviewDocument::Sheet, {m_interview}, m_options, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(writeDocument(document, path, QPageSize::A4), QString());
        const int pages = pdfPages(path);
        if (pages < 0)
            QSKIP("pdfinfo (poppler-utils) is not installed");
        // Who and the plan; the questions with room to write; a page for notes.
        QCOMPARE(pages, 3);
        const QString text = pdfText(path);
        for (const char *expected : {"Interview with Ana Ruiz", "say it “AH-nah roo-EES”", "Introduced by Ben Cho",
                                     "1. What does a typical week look like?", "2. How did you get into this field?",
                                     "I am finishing a biology degree", "Who else would you suggest I talk to?",
                                     "Notes during the conversation", "Page 3 of 3"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void letterPdfIsOnePageAndCitesTheReflection()
    {
        InterviewDocuments documents(ws());
        QTextDocument document;
        QVERIFY(documents.buildDocument(document, InterviewDocument::ThankYouLetter, {m_interview}, m_options));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(writeDocument(document, path, QPageSize::Letter), QString());
        if (pdfPages(path) < 0)
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char *expected : {"21 November 2026", "Dear Ms. Ruiz,", "yesterday",
                                     "What stayed with me most was this: Most of the week is cleaning data.",
                                     "suggesting that I contact Cy Doe", "Sincerely,", "Sam Rivera"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(poppler(QStringLiteral("pdfinfo"), {path}).contains(QLatin1String("612 x 792"))); // Letter
    }

    void packetHasACoverAndEachInterviewOnNewPages()
    {
        InterviewDocuments documents(ws());
        QTextDocument document;
        QString error;
        QVERIFY2(documents.buildPacket(document, {m_interview, m_second}, m_options, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("packet.pdf"));
        QCOMPARE(writeDocument(document, path, QPageSize::A4), QString());
        const int pages = pdfPages(path);
        if (pages < 0)
            QSKIP("pdfinfo (poppler-utils) is not installed");
        // The cover, then per interview: a sheet of 3 pages, research, reflection, letter.
        QCOMPARE(pages, 1 + 2 * 6);
        const QString cover = pdfText(path, 1, 1);
        QVERIFY(cover.contains(QLatin1String("Informational interviews")));
        QVERIFY(cover.contains(QLatin1String("Ana Ruiz")));
        QVERIFY(cover.contains(QLatin1String("Cy Doe")));
        QVERIFY(cover.contains(QLatin1String("are left out")));
        // Each interview begins on its own page: the second's sheet starts page 8.
        const QString page8 = pdfText(path, 8, 8);
        QVERIFY2(page8.startsWith(QStringLiteral("Interview packet · Sam Rivera Interview with Cy Doe")), qPrintable(page8));
        QVERIFY(page8.contains(QLatin1String("Page 8 of 13")));
        const QString all = pdfText(path);
        QVERIFY(!all.contains(QLatin1String("ana@private.example")));
        QVERIFY(!all.contains(QLatin1String("Lisbon")));
    }

    void badTemplatesAndUnknownInterviewsAreClearErrors()
    {
        InterviewDocuments documents(ws());
        documents.setTemplate(InterviewDocument::Sheet, QStringLiteral("<h1>{{person.name}}</h1>\n{{#questions}}\n<p>{{text}}</p>\n"));
        QTextDocument document;
        QString error;
        QVERIFY(!documents.buildDocument(document, InterviewDocument::Sheet, {m_interview}, m_options, &error));
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("questions")), qPrintable(error));
        documents.setTemplate(InterviewDocument::Sheet, QStringLiteral("<p>{{person.nickname}}</p>"));
        QVERIFY(!documents.buildDocument(document, InterviewDocument::Sheet, {m_interview}, m_options, &error));
        QVERIFY2(error.contains(QLatin1String("person.nickname")), qPrintable(error));
        documents.setTemplate(InterviewDocument::Sheet, QString()); // back to the shipped one
        QVERIFY(!documents.buildDocument(document, InterviewDocument::Sheet, {m_interview, 999}, m_options, &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        QVERIFY(documents.buildDocument(document, InterviewDocument::Sheet, {m_interview}, m_options, &error));
    }

    void interviewsBetweenDates()
    {
        InterviewDocuments documents(ws());
        QCOMPARE(documents.interviewsBetween(QDate(2026, 11, 1), QDate(2026, 12, 31)), (QList<qint64>{m_interview, m_second}));
        QCOMPARE(documents.interviewsBetween(QDate(2026, 12, 2), QDate(2026, 12, 2)), (QList<qint64>{m_second}));
        QCOMPARE(documents.interviewsBetween(QDate(2027, 1, 1), QDate(2027, 1, 31)), QList<qint64>());
    }
};

QTEST_MAIN(TestInterviewDocuments)
#include "tst_interviewdocuments.moc"
