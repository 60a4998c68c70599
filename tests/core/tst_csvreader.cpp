#include "csvreader.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Inroad;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *f : fields)
        list.append(u(f));
    return list;
}

QByteArray encoded(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QList<int> linesOf(const CsvDocument &doc)
{
    QList<int> lines;
    for (const CsvRecord &r : doc.records)
        lines.append(r.line);
    return lines;
}

QList<QStringList> fieldsOf(const CsvDocument &doc)
{
    QList<QStringList> fields;
    for (const CsvRecord &r : doc.records)
        fields.append(r.fields);
    return fields;
}

} // namespace

// readCsv() on the bytes of real-world files: encodings, delimiters, quoting, line breaks.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void randomBinaryIsNotText();
    void tooLongFieldIsARecordProblem();
    void tooManyRecords();
    void decodeText_data();
    void decodeText();
    void detectDelimiter_data();
    void detectDelimiter();
    void givenDelimiterIsUsed();
    void csvLine_data();
    void csvLine();
    void roundTrip_data();
    void roundTrip();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("records");

    const QChar comma = QLatin1Char(',');
    QTest::newRow("plain LF") << QByteArray("name,email\nAnn,ann@example.com\n") << u("UTF-8") << comma
                              << QList<int>{1, 2}
                              << QList<QStringList>{row({"name", "email"}), row({"Ann", "ann@example.com"})};
    QTest::newRow("no trailing newline") << QByteArray("a,b\nc,d") << u("UTF-8") << comma << QList<int>{1, 2}
                                         << QList<QStringList>{row({"a", "b"}), row({"c", "d"})};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << u("UTF-8") << comma << QList<int>{1, 2}
                          << QList<QStringList>{row({"a", "b"}), row({"c", "d"})};
    QTest::newRow("old Mac CR") << QByteArray("a,b\rc,d\r") << u("UTF-8") << comma << QList<int>{1, 2}
                                << QList<QStringList>{row({"a", "b"}), row({"c", "d"})};
    QTest::newRow("mixed line breaks") << QByteArray("a\r\nb\rc\nd") << u("UTF-8") << comma
                                       << QList<int>{1, 2, 3, 4}
                                       << QList<QStringList>{row({"a"}), row({"b"}), row({"c"}), row({"d"})};
    QTest::newRow("quoted comma") << QByteArray("name,company\n\"Smith, Ann\",\"Acme, Inc.\"\n") << u("UTF-8")
                                  << comma << QList<int>{1, 2}
                                  << QList<QStringList>{row({"name", "company"}), row({"Smith, Ann", "Acme, Inc."})};
    QTest::newRow("doubled quotes") << QByteArray("\"She said \"\"hi\"\"\",\"\"\"\"\n") << u("UTF-8") << comma
                                    << QList<int>{1} << QList<QStringList>{row({"She said \"hi\"", "\""})};
    QTest::newRow("quoted newline, later lines numbered")
        << QByteArray("name,note\nAnn,\"line one\nline two\nline three\"\nBob,short\n") << u("UTF-8") << comma
        << QList<int>{1, 2, 5} << QList<QStringList>{row({"name", "note"}), row({"Ann", "line one\nline two\nline three"}), row({"Bob", "short"})};
    QTest::newRow("quoted CRLF kept, later lines numbered")
        << QByteArray("a,\"x\r\ny\"\r\nb,c\r\n") << u("UTF-8") << comma << QList<int>{1, 3}
        << QList<QStringList>{row({"a", "x\r\ny"}), row({"b", "c"})};
    QTest::newRow("quoted CR") << QByteArray("\"x\ry\",z\rw,v") << u("UTF-8") << comma << QList<int>{1, 3}
                               << QList<QStringList>{row({"x\ry", "z"}), row({"w", "v"})};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n,b,\n") << u("UTF-8") << comma << QList<int>{1, 2, 3}
                                  << QList<QStringList>{row({"a", "", "c"}), row({"", "", ""}), row({"", "b", ""})};
    QTest::newRow("quoted empty field is a record") << QByteArray("a\n\"\"\nb\n") << u("UTF-8") << comma
                                                    << QList<int>{1, 2, 3}
                                                    << QList<QStringList>{row({"a"}), row({""}), row({"b"})};
    QTest::newRow("blank lines skipped") << QByteArray("\n\na,b\n\n\r\nc,d\n\n\n") << u("UTF-8") << comma
                                         << QList<int>{3, 6} << QList<QStringList>{row({"a", "b"}), row({"c", "d"})};
    QTest::newRow("whitespace kept") << QByteArray(" a , b \n") << u("UTF-8") << comma << QList<int>{1}
                                     << QList<QStringList>{row({" a ", " b "})};
    QTest::newRow("quote inside unquoted field kept") << QByteArray("5\" disk,x\n") << u("UTF-8") << comma
                                                      << QList<int>{1} << QList<QStringList>{row({"5\" disk", "x"})};
    QTest::newRow("UTF-8 without BOM") << QByteArray("Zo\xC3\xAB,M\xC3\xBCller\n") << u("UTF-8") << comma
                                       << QList<int>{1} << QList<QStringList>{row({"Zo\xC3\xAB", "M\xC3\xBCller"})};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFname,city\nZo\xC3\xAB,K\xC3\xB6ln\n") << u("UTF-8 with BOM")
                               << comma << QList<int>{1, 2}
                               << QList<QStringList>{row({"name", "city"}), row({"Zo\xC3\xAB", "K\xC3\xB6ln"})};
    const QString utf16Text = u("name;city\r\nZo\xC3\xAB;\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80\r\n");
    const QList<QStringList> utf16Records = {row({"name", "city"}),
                                             row({"Zo\xC3\xAB", "\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80"})};
    QTest::newRow("UTF-16LE BOM") << encoded(QStringEncoder::Utf16LE, utf16Text) << u("UTF-16LE")
                                  << QChar(QLatin1Char(';')) << QList<int>{1, 2} << utf16Records;
    QTest::newRow("UTF-16BE BOM") << encoded(QStringEncoder::Utf16BE, utf16Text) << u("UTF-16BE")
                                  << QChar(QLatin1Char(';')) << QList<int>{1, 2} << utf16Records;
    QTest::newRow("Windows-1252") << QByteArray("name,note\nCaf\xE9,\x93quoted\x94 \x80") << u("Windows-1252")
                                  << comma << QList<int>{1, 2}
                                  << QList<QStringList>{row({"name", "note"}),
                                                        row({"Caf\xC3\xA9", "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC"})};
    QTest::newRow("semicolon detected") << QByteArray("Name;Note\nAnn;hello, world\nBob;1,5\n") << u("UTF-8")
                                        << QChar(QLatin1Char(';')) << QList<int>{1, 2, 3}
                                        << QList<QStringList>{row({"Name", "Note"}), row({"Ann", "hello, world"}),
                                                              row({"Bob", "1,5"})};
    QTest::newRow("tab detected") << QByteArray("Name\tCompany\tNote\nAnn\tAcme, Inc.\ta;b\n") << u("UTF-8")
                                  << QChar(QLatin1Char('\t')) << QList<int>{1, 2}
                                  << QList<QStringList>{row({"Name", "Company", "Note"}),
                                                        row({"Ann", "Acme, Inc.", "a;b"})};
    QTest::newRow("pipe detected") << QByteArray("a|b\nc|d\n") << u("UTF-8") << QChar(QLatin1Char('|'))
                                   << QList<int>{1, 2} << QList<QStringList>{row({"a", "b"}), row({"c", "d"})};
    // LinkedIn's Connections.csv: "Notes:" and a quoted paragraph before the header; they are records
    // (the importer finds the header) and do not throw the delimiter detection off.
    QTest::newRow("LinkedIn notes before the header")
        << QByteArray("Notes:\r\n\"When exporting your connection data, you may notice that some of the email "
                      "addresses are missing.\"\r\n\r\n"
                      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                      "Ann,Smith,https://www.linkedin.com/in/ann,,\"Acme, Inc.\",Engineer,15 Mar 2024\r\n")
        << u("UTF-8") << comma << QList<int>{1, 2, 4, 5}
        << QList<QStringList>{row({"Notes:"}),
                              row({"When exporting your connection data, you may notice that some of the email "
                                   "addresses are missing."}),
                              row({"First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                                   "Connected On"}),
                              row({"Ann", "Smith", "https://www.linkedin.com/in/ann", "", "Acme, Inc.", "Engineer",
                                   "15 Mar 2024"})};
    QTest::newRow("quoted delimiters do not fool detection")
        << QByteArray("\"a,b,c\";\"d,e\"\n\"f,g\";h\n") << u("UTF-8") << QChar(QLatin1Char(';')) << QList<int>{1, 2}
        << QList<QStringList>{row({"a,b,c", "d,e"}), row({"f,g", "h"})};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, records);

    const CsvDocument doc = readCsv(bytes);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QVERIFY(doc.problems.isEmpty());
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(doc.delimiter, delimiter);
    QCOMPARE(fieldsOf(doc), records);
    QCOMPARE(linesOf(doc), lines);
}

void TestCsvReader::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote") << QByteArray("a,b\nc,\"d\ne\nf,g\n") << 2 << u("not closed");
    QTest::newRow("unterminated quote on first line") << QByteArray("\"abc") << 1 << u("not closed");
    QTest::newRow("unterminated after CRLF lines") << QByteArray("a\r\nb\r\n\"c\r\nd") << 3 << u("not closed");
    QTest::newRow("empty") << QByteArray() << 0 << u("empty");
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\n") << 0 << u("empty");
    QTest::newRow("NUL byte") << QByteArray("a,b\nc,d\n\0e,f\n", 13) << 3 << u("does not look like text");
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05,abc\n") << 1
                                        << u("does not look like text");
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0", 8) << 1 << u("does not look like text");
}

void TestCsvReader::wholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);

    const CsvDocument doc = readCsv(bytes);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(message), qPrintable(doc.error));
    QCOMPARE(doc.errorLine, line);
    if (line > 0)
        QVERIFY2(doc.error.contains(QString::number(line)), qPrintable(doc.error));
}

void TestCsvReader::randomBinaryIsNotText()
{
    // Fixed seeds: the same "random" files on every run.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        bytes[100] = '\0';
        const CsvDocument doc = readCsv(bytes);
        QVERIFY2(!doc.ok(), qPrintable(QString::number(seed)));
        QVERIFY2(doc.error.contains(u("does not look like text")), qPrintable(doc.error));
    }
    // Without any NUL, the control characters alone give it away.
    QRandomGenerator random(42);
    QByteArray bytes(8192, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(1 + random.bounded(255));
    const CsvDocument doc = readCsv(bytes);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(u("does not look like text")), qPrintable(doc.error));
}

void TestCsvReader::tooLongFieldIsARecordProblem()
{
    QByteArray bytes("name,note\nAnn,short\nBob,\"");
    bytes += QByteArray(2 * 1024 * 1024, 'x');
    bytes += "\nmore\"\nCarl,also short\n";
    const CsvDocument doc = readCsv(bytes);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(fieldsOf(doc),
             (QList<QStringList>{row({"name", "note"}), row({"Ann", "short"}), row({"Carl", "also short"})}));
    QCOMPARE(linesOf(doc), (QList<int>{1, 2, 5}));
    QCOMPARE(doc.problems.size(), 1);
    QCOMPARE(doc.problems.constFirst().line, 3);
    QVERIFY(doc.problems.constFirst().message.contains(u("longer than")));

    // An unquoted one at the end of the file, with a smaller limit.
    CsvOptions options;
    options.maxFieldLength = 4;
    const CsvDocument small = readCsv("abcd,ef\nabcde,f", options);
    QVERIFY(small.ok());
    QCOMPARE(fieldsOf(small), (QList<QStringList>{row({"abcd", "ef"})}));
    QCOMPARE(small.problems.size(), 1);
    QCOMPARE(small.problems.constFirst().line, 2);
}

void TestCsvReader::tooManyRecords()
{
    CsvOptions options;
    options.maxRecords = 2;
    const CsvDocument doc = readCsv("a\nb\nc\nd\n", options);
    QVERIFY(doc.ok());
    QCOMPARE(fieldsOf(doc), (QList<QStringList>{row({"a"}), row({"b"})}));
    QCOMPARE(doc.problems.size(), 1);
    QCOMPARE(doc.problems.constFirst().line, 3);
}

void TestCsvReader::decodeText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("ASCII") << QByteArray("abc") << u("UTF-8") << u("abc");
    QTest::newRow("UTF-8") << QByteArray("Caf\xC3\xA9") << u("UTF-8") << u("Caf\xC3\xA9");
    QTest::newRow("UTF-8 BOM stripped") << QByteArray("\xEF\xBB\xBF" "Caf\xC3\xA9") << u("UTF-8 with BOM")
                                        << u("Caf\xC3\xA9");
    QTest::newRow("Latin-1 byte at the end") << QByteArray("Caf\xE9") << u("Windows-1252") << u("Caf\xC3\xA9");
    QTest::newRow("Latin-1 byte in the middle") << QByteArray("Caf\xE9 au lait") << u("Windows-1252")
                                                << u("Caf\xC3\xA9 au lait");
    QTest::newRow("smart quotes") << QByteArray("\x93quoted\x94") << u("Windows-1252")
                                  << u("\xE2\x80\x9Cquoted\xE2\x80\x9D");
    QTest::newRow("euro, dashes, trademark") << QByteArray("\x80 \x96 \x97 \x99") << u("Windows-1252")
                                             << u("\xE2\x82\xAC \xE2\x80\x93 \xE2\x80\x94 \xE2\x84\xA2");
    QTest::newRow("overlong UTF-8 is not UTF-8") << QByteArray("\xC0\xAF") << u("Windows-1252")
                                                 << u("\xC3\x80\xC2\xAF");
    QTest::newRow("UTF-16LE") << encoded(QStringEncoder::Utf16LE, u("Zo\xC3\xAB")) << u("UTF-16LE")
                              << u("Zo\xC3\xAB");
    QTest::newRow("UTF-16BE") << encoded(QStringEncoder::Utf16BE, u("Zo\xC3\xAB")) << u("UTF-16BE")
                              << u("Zo\xC3\xAB");
}

void TestCsvReader::decodeText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    QString actualEncoding;
    QCOMPARE(Inroad::decodeText(bytes, &actualEncoding), text);
    QCOMPARE(actualEncoding, encoding);
    QCOMPARE(Inroad::decodeText(bytes), text); // no encoding wanted: no crash
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << u("a,b,c\n1,2,3\n") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon with decimal commas") << u("a;b;c\n1,5;2,5;3\n4;5,25;6\n") << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << u("a\tb\n1\t2\n") << QChar(QLatin1Char('\t'));
    QTest::newRow("pipe") << u("a|b|c\n1|2|3\n") << QChar(QLatin1Char('|'));
    QTest::newRow("consistent beats frequent") << u("a;b\nx,y,z;w\nc;d\ne;f\n") << QChar(QLatin1Char(';'));
    QTest::newRow("single column: comma") << u("name\nAnn\nBob\n") << QChar(QLatin1Char(','));
    QTest::newRow("empty: comma") << QString() << QChar(QLatin1Char(','));
    QTest::newRow("quoted semicolons ignored") << u("\"a;b\",c\n\"d;e\",f\n") << QChar(QLatin1Char(','));
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(Inroad::detectDelimiter(text), delimiter);
}

void TestCsvReader::givenDelimiterIsUsed()
{
    CsvOptions options;
    options.delimiter = QLatin1Char(';');
    const CsvDocument doc = parseCsvText(u("a,b,c\nd;e\n"), options);
    QVERIFY(doc.ok());
    QCOMPARE(doc.delimiter, QChar(QLatin1Char(';')));
    QCOMPARE(fieldsOf(doc), (QList<QStringList>{row({"a,b,c"}), row({"d", "e"})}));
}

void TestCsvReader::csvLine_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("line");

    const QChar comma = QLatin1Char(',');
    QTest::newRow("plain") << row({"Ann", "Smith", "ann@example.com"}) << comma << true
                           << u("Ann,Smith,ann@example.com\r\n");
    QTest::newRow("comma quoted") << row({"Smith, Ann", "x"}) << comma << true << u("\"Smith, Ann\",x\r\n");
    QTest::newRow("quotes doubled") << row({"say \"hi\""}) << comma << true << u("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline quoted") << row({"a\nb", "c\r\nd", "e\rf"}) << comma << true
                                    << u("\"a\nb\",\"c\r\nd\",\"e\rf\"\r\n");
    QTest::newRow("semicolon only quoted for semicolon") << row({"a;b", "c,d"}) << QChar(QLatin1Char(';')) << true
                                                         << u("\"a;b\";c,d\r\n");
    QTest::newRow("empty fields") << row({"", "b", ""}) << comma << true << u(",b,\r\n");
    QTest::newRow("one empty field") << row({""}) << comma << true << u("\"\"\r\n");
    QTest::newRow("=SUM(A1)") << row({"=SUM(A1)"}) << comma << true << u("'=SUM(A1)\r\n");
    QTest::newRow("+1") << row({"+1"}) << comma << true << u("'+1\r\n");
    QTest::newRow("-2") << row({"-2"}) << comma << true << u("'-2\r\n");
    QTest::newRow("@x") << row({"@x"}) << comma << true << u("'@x\r\n");
    QTest::newRow("leading tab") << row({"\tx"}) << comma << true << u("'\tx\r\n");
    QTest::newRow("leading CR quoted too") << row({"\rx"}) << comma << true << u("\"'\rx\"\r\n");
    QTest::newRow("formula with comma") << row({"=A1,B1", "ok"}) << comma << true << u("\"'=A1,B1\",ok\r\n");
    QTest::newRow("formula inside text untouched") << row({"a=b", "1+1", "x@y.com"}) << comma << true
                                                   << u("a=b,1+1,x@y.com\r\n");
    QTest::newRow("not neutralised when not asked") << row({"=SUM(A1)", "-2"}) << comma << false
                                                    << u("=SUM(A1),-2\r\n");
}

void TestCsvReader::csvLine()
{
    QFETCH(QStringList, fields);
    QFETCH(QChar, delimiter);
    QFETCH(bool, neutralise);
    QFETCH(QString, line);
    QCOMPARE(Inroad::csvLine(fields, delimiter, neutralise), line);
}

void TestCsvReader::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon") << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << QChar(QLatin1Char('\t'));
}

void TestCsvReader::roundTrip()
{
    QFETCH(QChar, delimiter);
    const QList<QStringList> records = {
        row({"name", "note", "email"}),
        row({"Smith, Ann", "said \"hi\"\r\nthen left", ""}),
        row({"", "", ""}),
        row({"a;b", "tab\there", "=x"}),
        row({"\xE6\x9D\xB1\xE4\xBA\xAC", " spaced ", "\r"}),
    };
    QString text;
    for (const QStringList &r : records)
        text += Inroad::csvLine(r, delimiter, false);
    CsvOptions options;
    options.delimiter = delimiter;
    const CsvDocument doc = parseCsvText(text, options);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(fieldsOf(doc), records);
    QCOMPARE(linesOf(doc), (QList<int>{1, 2, 4, 5, 6}));
}

QTEST_GUILESS_MAIN(TestCsvReader)

#include "tst_csvreader.moc"
