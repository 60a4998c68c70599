#include "documentwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Inroad;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Enough text for several pages, with a word that needs UTF-8.
void fillDocument(QTextDocument &document, int paragraphs)
{
    document.setMetaInformation(QTextDocument::DocumentTitle, QStringLiteral("Résumé notes"));
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Résumé notes"));
    for (int i = 1; i <= paragraphs; ++i) {
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("Paragraph %1: what a café owner said about the field, at some length so "
                                         "that the line wraps at least once on the page.")
                              .arg(i));
    }
}

int pdfPageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

using InroadTest::poppler;

class TestDocumentWriter final : public QObject
{
    Q_OBJECT

private slots:
    void defaultPageSize_data();
    void defaultPageSize();
    void formatForPath_data();
    void formatForPath();
    void writesPdf_data();
    void writesPdf();
    void writesOdt();
    void writesHtml();
    void leavesTheCallersLayoutAlone();
    void headingsStayWithTheirText();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void unknownFormatKeepsAnEarlierFile();
};

void TestDocumentWriter::defaultPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("expected");
    const int letter = QPageSize::Letter;
    const int a4 = QPageSize::A4;
    QTest::newRow("United States") << QStringLiteral("en_US") << letter;
    QTest::newRow("Puerto Rico") << QStringLiteral("es_PR") << letter;
    QTest::newRow("Canada, English") << QStringLiteral("en_CA") << letter;
    QTest::newRow("Canada, French") << QStringLiteral("fr_CA") << letter;
    QTest::newRow("Mexico") << QStringLiteral("es_MX") << letter;
    QTest::newRow("Philippines") << QStringLiteral("en_PH") << letter;
    QTest::newRow("Chile") << QStringLiteral("es_CL") << letter;
    QTest::newRow("Colombia") << QStringLiteral("es_CO") << letter;
    QTest::newRow("Venezuela") << QStringLiteral("es_VE") << letter;
    QTest::newRow("Costa Rica") << QStringLiteral("es_CR") << letter;
    QTest::newRow("Guatemala") << QStringLiteral("es_GT") << letter;
    QTest::newRow("United Kingdom") << QStringLiteral("en_GB") << a4;
    QTest::newRow("Germany") << QStringLiteral("de_DE") << a4;
    QTest::newRow("Spain") << QStringLiteral("es_ES") << a4;
    QTest::newRow("Brazil") << QStringLiteral("pt_BR") << a4;
    QTest::newRow("Japan") << QStringLiteral("ja_JP") << a4;
    QTest::newRow("Australia") << QStringLiteral("en_AU") << a4;
    QTest::newRow("C") << QStringLiteral("C") << a4;
}

void TestDocumentWriter::defaultPageSize()
{
    QFETCH(QString, locale);
    QFETCH(int, expected);
    QCOMPARE(int(Inroad::defaultPageSize(QLocale(locale))), expected);
}

void TestDocumentWriter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << QStringLiteral("/tmp/a.pdf") << int(DocumentFormat::Pdf);
    QTest::newRow("PDF") << QStringLiteral("Handout.PDF") << int(DocumentFormat::Pdf);
    QTest::newRow("odt") << QStringLiteral("a.b.odt") << int(DocumentFormat::Odt);
    QTest::newRow("html") << QStringLiteral("a.html") << int(DocumentFormat::Html);
    QTest::newRow("htm") << QStringLiteral("a.htm") << int(DocumentFormat::Html);
    QTest::newRow("docx") << QStringLiteral("a.docx") << int(DocumentFormat::Unknown);
    QTest::newRow("none") << QStringLiteral("handout") << int(DocumentFormat::Unknown);
}

void TestDocumentWriter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(documentFormatForPath(path)), format);
}

void TestDocumentWriter::writesPdf_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestDocumentWriter::writesPdf()
{
    QFETCH(int, pageSize);
    QFETCH(QString, points);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pdf"));
    QTextDocument document;
    fillDocument(document, 160);
    QCOMPARE(writeDocument(document, path, QPageSize::PageSizeId(pageSize)), QString());

    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    const int pages = pdfPageObjects(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.pdf")});

    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    if (info.isNull())
        QSKIP("pdfinfo (poppler-utils) is not installed; page count and size are not cross-checked");
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Page size:       ") + points), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Résumé notes")), qPrintable(info));
    const QString text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Paragraph 1: what a café owner")));
    // None lost between pages. (A paragraph split by a page break is drawn whole on both pages and
    // clipped, as QTextDocument::print does, so its first line may be found twice.)
    for (int i = 1; i <= 160; ++i)
        QVERIFY2(text.contains(QStringLiteral("Paragraph %1:").arg(i)), qPrintable(QString::number(i)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestDocumentWriter::writesOdt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.odt"));
    QTextDocument document;
    fillDocument(document, 3);
    QCOMPARE(writeDocument(document, path, QPageSize::A4), QString());
    const QByteArray odt = readAll(path);
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.odt")});
}

void TestDocumentWriter::writesHtml()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.html"));
    QTextDocument document;
    fillDocument(document, 3);
    QCOMPARE(writeDocument(document, path, QPageSize::A4), QString());
    const QString html = QString::fromUtf8(readAll(path));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\""), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("<title>Résumé notes</title>")));
    QVERIFY(html.contains(QStringLiteral("Paragraph 3: what a café owner")));
}

void TestDocumentWriter::leavesTheCallersLayoutAlone()
{
    QTemporaryDir dir;
    QTextDocument document;
    fillDocument(document, 40);
    document.setTextWidth(500);
    const QSizeF before = document.size();
    QCOMPARE(writeDocument(document, dir.filePath(QStringLiteral("a.pdf")), QPageSize::A4), QString());
    QCOMPARE(document.size(), before);
    QCOMPARE(document.pageSize().width(), qreal(500));
}

void TestDocumentWriter::headingsStayWithTheirText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sections.pdf"));
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    heading.setTopMargin(12);
    for (int section = 1; section <= 40; ++section) {
        if (section > 1)
            cursor.insertBlock(heading);
        else
            cursor.setBlockFormat(heading);
        cursor.insertText(QStringLiteral("Section %1").arg(section));
        for (int line = 0; line < 3; ++line) {
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(QStringLiteral("Text of section %1, line %2.").arg(section).arg(line));
        }
    }
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        QCOMPARE(writeDocument(document, path, size), QString());
        const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (const QString &page : pages) {
            QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("Page ")); });
            if (!lines.isEmpty())
                QVERIFY2(!lines.constLast().startsWith(QStringLiteral("Section ")), qPrintable(lines.constLast()));
        }
        for (int section = 1; section <= 40; ++section)
            QVERIFY(text.contains(QStringLiteral("Section %1\n").arg(section)));
    }
}

void TestDocumentWriter::unwritablePathLeavesNoFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("odt") << QStringLiteral("odt");
    QTest::newRow("html") << QStringLiteral("html");
}

void TestDocumentWriter::unwritablePathLeavesNoFile()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    // A folder that does not exist, and a "folder" that is a file.
    const QString missing = dir.filePath(QStringLiteral("missing/notes.") + suffix);
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString underFile = dir.filePath(QStringLiteral("blocker/notes.") + suffix);

    QTextDocument document;
    fillDocument(document, 5);
    for (const QString &path : {missing, underFile}) {
        const QString error = writeDocument(document, path, QPageSize::A4);
        QVERIFY2(error.contains(QStringLiteral("notes.") + suffix), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("blocker")});
}

void TestDocumentWriter::unknownFormatKeepsAnEarlierFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.docx"));
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier");
    earlier.close();
    QTextDocument document;
    fillDocument(document, 2);
    const QString error = writeDocument(document, path, QPageSize::A4);
    QVERIFY2(error.contains(QStringLiteral(".pdf, .odt or .html")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("earlier"));
}

QTEST_MAIN(TestDocumentWriter)

#include "tst_documentwriter.moc"
