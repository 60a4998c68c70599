#include "vcard.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Inroad;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray encoded(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QString escapedBreaks(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

void dumpValues(QStringList &parts, const char *name, const QList<VCardContact::Value> &values)
{
    for (const VCardContact::Value &v : values) {
        QString part = QLatin1String(name) + QLatin1Char('=') + escapedBreaks(v.value);
        if (!v.types.isEmpty())
            part += QLatin1Char('[') + v.types.join(QLatin1Char(',')) + QLatin1Char(']');
        parts.append(part);
    }
}

/// Everything a contact holds but its line and version, on one line: "FN=Ann; N=Smith|Ann|Dr.; …".
QString dumpFields(const VCardContact &c)
{
    QStringList parts;
    if (!c.formattedName.isEmpty())
        parts << QLatin1String("FN=") + escapedBreaks(c.formattedName);
    if (!c.familyName.isEmpty() || !c.givenName.isEmpty() || !c.honorificPrefix.isEmpty())
        parts << QLatin1String("N=") + escapedBreaks(c.familyName) + QLatin1Char('|') + escapedBreaks(c.givenName)
                     + QLatin1Char('|') + escapedBreaks(c.honorificPrefix);
    if (!c.organization.isEmpty())
        parts << QLatin1String("ORG=") + escapedBreaks(c.organization);
    if (!c.title.isEmpty())
        parts << QLatin1String("TITLE=") + escapedBreaks(c.title);
    dumpValues(parts, "EMAIL", c.emails);
    dumpValues(parts, "TEL", c.phones);
    dumpValues(parts, "URL", c.urls);
    if (!c.address.isEmpty())
        parts << QLatin1String("ADR=") + escapedBreaks(c.address);
    if (!c.note.isEmpty())
        parts << QLatin1String("NOTE=") + escapedBreaks(c.note);
    return parts.join(QLatin1String("; "));
}

/// "@line vVERSION; fields…"
QString dump(const VCardContact &c)
{
    return QStringLiteral("@%1 v%2; ").arg(c.line).arg(c.version) + dumpFields(c);
}

QStringList dumps(const VCardFile &file)
{
    QStringList list;
    for (const VCardContact &c : file.contacts)
        list.append(dump(c));
    return list;
}

QList<int> problemLines(const VCardFile &file)
{
    QList<int> lines;
    for (const VCardProblem &p : file.problems)
        lines.append(p.line);
    return lines;
}

/// Lines joined with @p end.
/// A string literal with the NULs in it.
template<size_t N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QByteArray lines(std::initializer_list<const char *> list, const char *end = "\r\n")
{
    QByteArray bytes;
    for (const char *line : list)
        bytes += QByteArray(line) + end;
    return bytes;
}

/// Base64 of a made-up JPEG, folded the way Apple folds photos: many lines starting with a space
/// (and some with a tab).
QByteArray foldedPhoto(int lineCount)
{
    QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4gIoSUNDX1BST0ZJTEUAAQEA\r\n";
    QRandomGenerator random(7);
    for (int i = 0; i < lineCount; ++i) {
        QByteArray chunk(54, Qt::Uninitialized);
        for (char &c : chunk)
            c = char(random.bounded(256));
        photo += (i % 10 == 9 ? "\t" : " ") + chunk.toBase64() + "\r\n";
    }
    return photo;
}

VCardContact::Value value(const char *text, std::initializer_list<const char *> types = {})
{
    VCardContact::Value v;
    v.value = u(text);
    for (const char *type : types)
        v.types.append(u(type));
    return v;
}

} // namespace

Q_DECLARE_METATYPE(QList<VCardContact>)

// readVCards() on the bytes of real-world files and writeVCards() read back.
class TestVCard final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void problems_data();
    void problems();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void randomBinaryIsAnError();
    void longLineIsAProblem();
    void longSkippedPropertiesAreNoProblem();
    void writes_data();
    void writes();
    void writerMakesFormattedName_data();
    void writerMakesFormattedName();
    void roundTrip_data();
    void roundTrip();
    void roundTripOfEverythingRead();
    void fuzzSeeds();
};

void TestVCard::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("contacts");

    QTest::newRow("2.1 Nokia: quoted-printable, soft line breaks, bare types, PREF")
        << lines({"BEGIN:VCARD", "VERSION:2.1",
                  "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;Dr.;",
                  "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=BCrgen M=C3=BC=", "ller",
                  "TEL;CELL:+49 170 1234567", "TEL;WORK;VOICE;PREF:+49 30 123456",
                  "TEL;CELL:", "EMAIL;INTERNET:juergen@example.de",
                  "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line goes on=", " and on=", "=3D end",
                  "END:VCARD"})
        << QStringList{u("@1 v2.1; FN=Dr. J\xC3\xBCrgen M\xC3\xBCller; N=M\xC3\xBCller|J\xC3\xBCrgen|Dr.; "
                         "EMAIL=juergen@example.de[internet]; TEL=+49 30 123456[work,voice]; "
                         "TEL=+49 170 1234567[cell]; NOTE=First line\\nSecond line goes on and on= end")};
    QTest::newRow("2.1 Android: quoted-printable CJK, bare QUOTED-PRINTABLE, LF")
        << lines({"BEGIN:VCARD", "VERSION:2.1",
                  "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=E5=A4=AA=E9=83=8E;;;",
                  "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0=E5=A4=AA=E9=83=8E",
                  "TEL;HOME;PREF;VOICE:03-1234-5678", "END:VCARD"},
                 "\n")
        << QStringList{u("@1 v2.1; FN=\xE5\xB1\xB1\xE7\x94\xB0\xE5\xA4\xAA\xE9\x83\x8E; "
                         "N=\xE5\xB1\xB1\xE7\x94\xB0|\xE5\xA4\xAA\xE9\x83\x8E|; TEL=03-1234-5678[home,voice]")};
    QTest::newRow("2.1 CHARSET=ISO-8859-1, raw and quoted-printable")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=ISO-8859-1:Bj\xF6rk;Gu\xF0mundsd\xF3ttir",
                  "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Bj=F6rk Gu=F0mundsd=F3ttir",
                  "ORG;CHARSET=iso-8859-1:Soci\xE9t\xE9 G\xE9n\xE9rale", "END:VCARD"})
        << QStringList{
               u("@1 v2.1; FN=Bj\xC3\xB6rk Gu\xC3\xB0mundsd\xC3\xB3ttir; "
                 "N=Bj\xC3\xB6rk|Gu\xC3\xB0mundsd\xC3\xB3ttir|; ORG=Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale")};
    QTest::newRow("2.1 CHARSET=windows-1252 and no CHARSET with Latin bytes")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN;CHARSET=windows-1252:Caf\x80 \x93Ren\xE9\x94", "TITLE:Ing\xE9nieur",
                  "END:VCARD"})
        << QStringList{u("@1 v2.1; FN=Caf\xE2\x82\xAC \xE2\x80\x9CRen\xC3\xA9\xE2\x80\x9D; TITLE=Ing\xC3\xA9nieur")};
    QTest::newRow("2.1 BASE64 name (Sony Ericsson)")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=BASE64:U3Ryw7ZtO8OFc2E7Ozs=", "END:VCARD"})
        << QStringList{u("@1 v2.1; N=Str\xC3\xB6m|\xC3\x85sa|")};
    QTest::newRow("2.1 BASE64 photo over lines not indented, ended by a blank line")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N:Nokia;Nina", "PHOTO;ENCODING=BASE64;TYPE=JPEG:",
                  "/9j/4AAQSkZJRgABAQEASABIAAD", "/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDA", "", "TEL;HOME:123",
                  "PHOTO;ENCODING=BASE64;TYPE=JPEG:", "  /9j/4AAQSkZJRgABAQEASABIAAD", "  AAMCAgMCAgMDAwMEAwME", "",
                  "EMAIL:nina@example.com", "END:VCARD"})
        << QStringList{u("@1 v2.1; N=Nokia|Nina|; EMAIL=nina@example.com; TEL=123[home]")};
    QTest::newRow("2.1 stray '=' at the end does not eat END:VCARD")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN:Ann", "NOTE;ENCODING=QUOTED-PRINTABLE:cut off=", "END:VCARD",
                  "BEGIN:VCARD", "VERSION:2.1", "FN:Bob", "END:VCARD"})
        << QStringList{u("@1 v2.1; FN=Ann; NOTE=cut off"), u("@6 v2.1; FN=Bob")};

    const QByteArray apple =
        lines({"BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN", "N:Appleseed;John;;Mr.;",
               "FN:John Appleseed", "ORG:Apple Inc.;Engineering", "TITLE:Engineer\\, Senior",
               "item1.EMAIL;type=INTERNET;type=HOME:john@home.example", "item1.X-ABLabel:_$!<Other>!$_",
               "item2.EMAIL;type=INTERNET;type=WORK;type=pref:john@apple.example",
               "TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0100",
               "item3.ADR;type=WORK;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States", "item3.X-ABADR:us",
               "item4.URL;type=pref:http\\://www.apple.example",
               "NOTE:Met at WWDC\\, 2023\\nLikes coffee\\; tea too\\\\ milk"})
        + foldedPhoto(400) + lines({"X-SOCIALPROFILE;type=twitter:x-apple:johnny", "END:VCARD"});
    QTest::newRow("3.0 Apple: groups, type=pref, escapes, folded PHOTO skipped")
        << apple
        << QStringList{u("@1 v3.0; FN=John Appleseed; N=Appleseed|John|Mr.; ORG=Apple Inc.; TITLE=Engineer, Senior; "
                         "EMAIL=john@apple.example[internet,work]; EMAIL=john@home.example[internet,home]; "
                         "TEL=+1 (408) 555-0100[cell,voice]; URL=http://www.apple.example; "
                         "ADR=1 Infinite Loop, Cupertino, CA, 95014, United States; "
                         "NOTE=Met at WWDC, 2023\\nLikes coffee; tea too\\ milk")};
    QTest::newRow("3.0 Google: TYPE=INTERNET,WORK, folds with space and tab, accents")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Zo\xC3\xAB \xC3\x85ngstr\xC3\xB6m",
                  "N:\xC3\x85ngstr\xC3\xB6m;Zo\xC3\xAB;;;", "EMAIL;TYPE=INTERNET,WORK:zoe@example.com",
                  "EMAIL;TYPE=INTERNET:zoe.private@example.com", "TEL;TYPE=CELL:+46 70 123 45 67",
                  "ADR;TYPE=HOME:;;Storgatan 1\\nLgh 1102;Stockholm;;111 22;Sweden",
                  "ORG:\xC3\x85ngstr\xC3\xB6m & Co\\, AB", "NOTE:Line folded with a space a", " nd with a tab",
                  "\t continues here.", "CATEGORIES:myContacts", "END:VCARD"})
        << QStringList{u("@1 v3.0; FN=Zo\xC3\xAB \xC3\x85ngstr\xC3\xB6m; N=\xC3\x85ngstr\xC3\xB6m|Zo\xC3\xAB|; "
                         "ORG=\xC3\x85ngstr\xC3\xB6m & Co, AB; EMAIL=zoe@example.com[internet,work]; "
                         "EMAIL=zoe.private@example.com[internet]; TEL=+46 70 123 45 67[cell]; "
                         "ADR=Storgatan 1\\nLgh 1102, Stockholm, 111 22, Sweden; "
                         "NOTE=Line folded with a space and with a tab continues here.")};
    QTest::newRow("3.0 folded in the middle of a UTF-8 sequence and of an escape")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Zo\xC3", " \xAB Smith", "NOTE:a\\", " nb", "END:VCARD"})
        << QStringList{u("@1 v3.0; FN=Zo\xC3\xAB Smith; NOTE=a\\nb")};
    QTest::newRow("4.0: quoted TYPE lists, PREF ordering, tel: URIs")
        << lines({"BEGIN:VCARD", "VERSION:4.0", "FN:Simon Perreault", "N:Perreault;Simon;;;ing. jr,M.Sc.",
                  "TEL;VALUE=uri;PREF=2;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555",
                  "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-262-6501", "TEL;TYPE=fax:+1-418-656-9254",
                  "EMAIL;TYPE=work:simon.perreault@viagenie.ca", "EMAIL;PREF=1;TYPE=home:mailto:simon@home.example",
                  "URL;TYPE=home:http://nomis80.org", "GENDER:M", "END:VCARD"})
        << QStringList{u("@1 v4.0; FN=Simon Perreault; N=Perreault|Simon|; EMAIL=simon@home.example[home]; "
                         "EMAIL=simon.perreault@viagenie.ca[work]; TEL=+1-418-262-6501[work,voice]; "
                         "TEL=+1-555-555-5555;ext=5555[voice,home]; TEL=+1-418-656-9254[fax]; "
                         "URL=http://nomis80.org[home]")};
    QTest::newRow("several cards, blank lines, lower case, no VERSION")
        << lines({"", "begin:vcard", "version:3.0", "fn:Ann", "end:vcard", "", "", "BEGIN:VCARD", "FN:Bob",
                  "item1.email;type=internet:bob@example.com", "END:VCARD", "", "BEGIN:VCARD", "VERSION:4.0",
                  "ORG:Acme", "END:VCARD", ""})
        << QStringList{u("@2 v3.0; FN=Ann"), u("@8 v3.0; FN=Bob; EMAIL=bob@example.com[internet]"),
                       u("@13 v4.0; ORG=Acme")};
    QTest::newRow("CR only line ends") << lines(
        {"BEGIN:VCARD", "VERSION:3.0", "FN:Ann", " e", "END:VCARD", "BEGIN:VCARD", "FN:Bob", "END:VCARD"}, "\r")
                                       << QStringList{u("@1 v3.0; FN=Anne"), u("@6 v3.0; FN=Bob")};
    QTest::newRow("mixed line ends") << QByteArray(
        "BEGIN:VCARD\r\nFN:Ann\nEND:VCARD\r\n\r\nBEGIN:VCARD\rFN:Bob\r\nEND:VCARD\n")
                                     << QStringList{u("@1 v3.0; FN=Ann"), u("@5 v3.0; FN=Bob")};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + lines({"BEGIN:VCARD", "FN:Zo\xC3\xAB", "END:VCARD"})
                               << QStringList{u("@1 v3.0; FN=Zo\xC3\xAB")};
    const QString utf16 = u("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80\r\n"
                            "N;CHARSET=ISO-8859-1:Zo\xC3\xAB;\r\nEND:VCARD\r\n");
    const QStringList utf16Contacts = {u("@1 v3.0; FN=\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80; N=Zo\xC3\xAB||")};
    QTest::newRow("UTF-16LE BOM, CHARSET ignored") << encoded(QStringEncoder::Utf16LE, utf16) << utf16Contacts;
    QTest::newRow("UTF-16BE BOM, CHARSET ignored") << encoded(QStringEncoder::Utf16BE, utf16) << utf16Contacts;
    QTest::newRow("trailing NULs and Ctrl-Z")
        << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD"}) + raw("\x1A\0\0") << QStringList{u("@1 v3.0; FN=Ann")};
    QTest::newRow("only an e-mail address is kept")
        << lines({"BEGIN:VCARD", "EMAIL:x@example.com", "END:VCARD"}) << QStringList{u("@1 v3.0; EMAIL=x@example.com")};
    QTest::newRow("only a web address is kept") << lines({"BEGIN:VCARD", "URL:https://example.com", "END:VCARD"})
                                                << QStringList{u("@1 v3.0; URL=https://example.com")};
    QTest::newRow("first FN, N, ORG, ADR, NOTE win; blanks trimmed")
        << lines({"BEGIN:VCARD", "FN:  Ann  ", "FN:Other", "N:Smith;Ann;;;", "N:X;Y;;;", "ORG:A", "ORG:B",
                  "ADR:;;  ;Town;;;", "ADR:;;Street;;;;", "NOTE:one", "NOTE:two", "END:VCARD"})
        << QStringList{u("@1 v3.0; FN=Ann; N=Smith|Ann|; ORG=A; ADR=Town; NOTE=one")};
    QTest::newRow("types: duplicates, odd characters and pref left out")
        << lines({"BEGIN:VCARD", "FN:A", "TEL;TYPE=CELL,cell,PREF;TYPE=x-custom;X!ODD;X-CUSTOM(CHARSET=UTF-8):1",
                  "END:VCARD"})
        << QStringList{u("@1 v3.0; FN=A; TEL=1[cell,x-custom]")};
    QTest::newRow("lines outside cards and other objects ignored")
        << lines({"some text", "BEGIN:VCALENDAR", "FN:not a card", "END:VCALENDAR", "BEGIN:VCARD", "FN:Ann",
                  "END:VCARD", "FN:after"})
        << QStringList{u("@5 v3.0; FN=Ann")};
    QTest::newRow("lines without a colon ignored")
        << lines({"BEGIN:VCARD", "FN:Ann", "garbage here", ";;;", ":", "END:VCARD"})
        << QStringList{u("@1 v3.0; FN=Ann")};
}

void TestVCard::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, contacts);

    const VCardFile file = readVCards(bytes);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(dumps(file), contacts);
    QCOMPARE(file.problems.size(), 0);
}

void TestVCard::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("contacts");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("message");

    QTest::newRow("truncated file") << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "BEGIN:VCARD", "FN:Bob"})
                                    << QStringList{u("@1 v3.0; FN=Ann")} << QList<int>{4}
                                    << u("Line 4: the card that starts here has no END:VCARD");
    QTest::newRow("truncated in a folded line")
        << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "NOTE:a"}) + " b"
        << QStringList{u("@1 v3.0; FN=Ann")} << QList<int>{4} << u("no END:VCARD");
    QTest::newRow("no END before the next BEGIN")
        << lines({"BEGIN:VCARD", "FN:Ann", "BEGIN:VCARD", "FN:Bob", "END:VCARD"}, "\n")
        << QStringList{u("@3 v3.0; FN=Bob")} << QList<int>{1}
        << u("Line 1: the card that starts here has no END:VCARD");
    QTest::newRow("no usable data") << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0",
                                              "NOTE:only a note", "TEL:", "N:;;;Dr.;", "END:VCARD", "BEGIN:VCARD",
                                              "FN:Carl", "END:VCARD"})
                                    << QStringList{u("@1 v3.0; FN=Ann"), u("@10 v3.0; FN=Carl")} << QList<int>{4}
                                    << u("Line 4: the card that starts here has no name");
    QTest::newRow("BEGIN alone at the end")
        << QByteArray("BEGIN:VCARD") << QStringList() << QList<int>{1} << u("no END:VCARD");
}

void TestVCard::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, contacts);
    QFETCH(QList<int>, lines);
    QFETCH(QString, message);

    const VCardFile file = readVCards(bytes);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(dumps(file), contacts);
    QCOMPARE(problemLines(file), lines);
    QVERIFY2(file.problems.constFirst().message.contains(message), qPrintable(file.problems.constFirst().message));
}

void TestVCard::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u("The file is empty.");
    QTest::newRow("only NULs") << QByteArray(16, '\0') << u("The file is empty.");
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << u("no BEGIN:VCARD");
    QTest::newRow("a CSV file") << QByteArray("name,email\nAnn,ann@example.com\n") << u("no BEGIN:VCARD");
    QTest::newRow("calendar") << lines({"BEGIN:VCALENDAR", "END:VCALENDAR"}) << u("no BEGIN:VCARD");
    QTest::newRow("NUL in the middle") << raw("BEGIN:VCARD\nFN:A\0nn\nEND:VCARD\n")
                                       << u("Line 2: the file does not look like text.");
    QTest::newRow("UTF-16 without BOM") << raw("B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0")
                                        << u("Line 1: the file does not look like text.");
    QTest::newRow("JPEG holding the words BEGIN:VCARD")
        << raw("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01") + "\nBEGIN:VCARD\nFN:x\nEND:VCARD\n"
        << u("Line 1: the file does not look like text.");
    QTest::newRow("control characters") << QByteArray("BEGIN:VCARD\n\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0C\x0E")
                                        << u("Line 2: the file does not look like text.");
}

void TestVCard::wholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const VCardFile file = readVCards(bytes);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(message), qPrintable(file.error));
    QVERIFY(file.contacts.isEmpty());
}

void TestVCard::randomBinaryIsAnError()
{
    // Fixed seeds: the same "random" files on every run, each with a card in the middle.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        bytes.insert(4000, "\nBEGIN:VCARD\nFN:Ann\nEND:VCARD\n");
        const VCardFile file = readVCards(bytes);
        QVERIFY2(!file.ok(), qPrintable(QString::number(seed)));
        QVERIFY2(file.error.contains(u("does not look like text")), qPrintable(file.error));
        QVERIFY(file.contacts.isEmpty());
    }
}

void TestVCard::longLineIsAProblem()
{
    QByteArray bytes = lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "BEGIN:VCARD", "FN:Bob"});
    bytes += "NOTE:" + QByteArray(2 * 1024 * 1024, 'x') + "\r\n";
    bytes += lines({"END:VCARD", "BEGIN:VCARD", "FN:Carl", "END:VCARD"});
    VCardFile file = readVCards(bytes);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(dumps(file), (QStringList{u("@1 v3.0; FN=Ann"), u("@8 v3.0; FN=Carl")}));
    QCOMPARE(problemLines(file), QList<int>{6});
    const QString &message = file.problems.constFirst().message;
    QVERIFY2(message.startsWith(u("Line 6: ")), qPrintable(message));
    QVERIFY2(message.contains(u("starts on line 4")), qPrintable(message));

    // Folded over many lines, in a name, without a line end at the end of the file.
    QByteArray folded = lines({"BEGIN:VCARD", "VERSION:3.0", "FN:x"});
    for (int i = 0; i < 20000; ++i)
        folded += " " + QByteArray(74, 'y') + "\n";
    folded += "END:VCARD";
    file = readVCards(folded);
    QVERIFY(file.ok());
    QVERIFY(file.contacts.isEmpty());
    QCOMPARE(problemLines(file), QList<int>{3});

    // Just under the limit is fine.
    const QByteArray justUnder =
        lines({"BEGIN:VCARD", "FN:Ann"}) + "NOTE:" + QByteArray(1 << 20, 'z') + lines({"", "END:VCARD"});
    file = readVCards(justUnder);
    QCOMPARE(file.problems.size(), 0);
    QCOMPARE(file.contacts.size(), 1);
    QCOMPARE(file.contacts.constFirst().note.size(), 1 << 20);
}

void TestVCard::longSkippedPropertiesAreNoProblem()
{
    // A photo of several MiB, an X- property on one 2 MiB line and a second NOTE of 2 MiB: none is
    // kept, so none makes the card a problem.
    QByteArray bytes = lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann"});
    bytes += foldedPhoto(60000);
    bytes += "X-BLOB:" + QByteArray(2 * 1024 * 1024, 'q') + "\r\n";
    bytes += lines({"NOTE:short"});
    bytes += "NOTE:" + QByteArray(2 * 1024 * 1024, 'n') + "\r\n";
    bytes += lines({"TEL;TYPE=cell:+1 555", "END:VCARD"});
    QVERIFY(bytes.size() > 6 * 1024 * 1024);
    const VCardFile file = readVCards(bytes);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.problems.size(), 0);
    QCOMPARE(dumps(file), QStringList{u("@1 v3.0; FN=Ann; TEL=+1 555[cell]; NOTE=short")});
}

void TestVCard::writes_data()
{
    QTest::addColumn<bool>("version4");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("3.0") << false
                         << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Dr. Ann Smith", "N:Smith;Ann;;Dr.;",
                                   "ORG:Acme\\, Inc.", "TITLE:CTO", "EMAIL;TYPE=internet,work,pref:ann@acme.example",
                                   "EMAIL:ann@home.example", "TEL;TYPE=cell:+1 555 0100",
                                   "URL;TYPE=work:https://acme.example", "ADR:;;1 Main St\\, Springfield;;;;",
                                   "NOTE:a\\;b\\nc\\\\d", "END:VCARD"});
    QTest::newRow("4.0") << true
                         << lines({"BEGIN:VCARD", "VERSION:4.0", "FN:Dr. Ann Smith", "N:Smith;Ann;;Dr.;",
                                   "ORG:Acme\\, Inc.", "TITLE:CTO",
                                   "EMAIL;TYPE=\"internet,work\";PREF=1:ann@acme.example", "EMAIL:ann@home.example",
                                   "TEL;TYPE=cell:+1 555 0100", "URL;TYPE=work:https://acme.example",
                                   "ADR:;;1 Main St\\, Springfield;;;;", "NOTE:a\\;b\\nc\\\\d", "END:VCARD"});
}

void TestVCard::writes()
{
    QFETCH(bool, version4);
    QFETCH(QByteArray, expected);

    VCardContact c;
    c.givenName = u("Ann");
    c.familyName = u("Smith");
    c.honorificPrefix = u("Dr.");
    c.organization = u("Acme, Inc.");
    c.title = u("CTO");
    c.emails = {value("ann@acme.example", {"INTERNET", "work", "pref"}), value("ann@home.example"), value("  ")};
    c.phones = {value("+1 555 0100", {"cell"})};
    c.urls = {value("https://acme.example", {"work", "odd type!"})};
    c.address = u("1 Main St, Springfield");
    c.note = u("a;b\r\nc\\d\x01");
    QCOMPARE(writeVCards({c}, version4), expected);
}

void TestVCard::writerMakesFormattedName_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("formattedName");

    QTest::newRow("given and family") << u("Ann") << u("Smith") << u("Acme") << u("a@x") << u("1") << u("Ann Smith");
    QTest::newRow("family only") << QString() << u("Smith") << u("Acme") << QString() << QString() << u("Smith");
    QTest::newRow("organization") << QString() << QString() << u("Acme") << u("a@x") << u("1") << u("Acme");
    QTest::newRow("e-mail address") << QString() << QString() << QString() << u("a@x") << u("1") << u("a@x");
    QTest::newRow("phone number") << QString() << QString() << QString() << QString() << u("1") << u("1");
}

void TestVCard::writerMakesFormattedName()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, organization);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, formattedName);

    VCardContact c;
    c.givenName = given;
    c.familyName = family;
    c.organization = organization;
    if (!email.isEmpty())
        c.emails = {VCardContact::Value{email, {}}};
    if (!phone.isEmpty())
        c.phones = {VCardContact::Value{phone, {}}};
    for (const bool version4 : {false, true}) {
        const QByteArray bytes = writeVCards({c}, version4);
        QVERIFY2(bytes.contains("\r\nN:"), bytes.constData());
        const VCardFile file = readVCards(bytes);
        QCOMPARE(file.contacts.size(), 1);
        QCOMPARE(file.contacts.constFirst().formattedName, formattedName);
    }
}

void TestVCard::roundTrip_data()
{
    QTest::addColumn<bool>("version4");
    QTest::addColumn<QList<VCardContact>>("contacts");

    QList<VCardContact> contacts;
    VCardContact a;
    a.formattedName = u("Fran\xC3\xA7ois-Ren\xC3\xA9 d'\xC3\x89tienne, Jr.; the \"third\"");
    a.familyName = u("d'\xC3\x89tienne, Jr.");
    a.givenName = u("Fran\xC3\xA7ois;Ren\xC3\xA9");
    a.honorificPrefix = u("M.");
    a.organization = u("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale; Paris, La D\xC3\xA9"
                       "fense");
    a.title = u("Directeur \\ adjoint: finances");
    a.emails = {value("francois@example.fr", {"internet", "work"}), value("fr@home.example", {"home"}),
                value("third@example.org")};
    a.phones = {value("+33 1 23 45 67 89", {"work", "voice"}), value("+33 6 12 34 56 78", {"cell"})};
    a.urls = {value("https://example.fr/a,b;c?d=e", {"work"}), value("http://blog.example")};
    a.address = u("12 rue de la Paix, 75002 Paris\nFrance");
    a.note = u("First line\nSecond line, with commas; and semicolons\n\n\\n is not a break\n\tindented");
    contacts.append(a);

    VCardContact b;
    b.formattedName = u("\xE5\xB1\xB1\xE7\x94\xB0\xE5\xA4\xAA\xE9\x83\x8E \xF0\x9F\x98\x80\xF0\x9F\x8E\x89");
    b.familyName = u("\xE5\xB1\xB1\xE7\x94\xB0");
    b.givenName = u("\xE5\xA4\xAA\xE9\x83\x8E");
    // Long values of 2-, 3- and 4-byte UTF-8 sequences, so that folds fall everywhere.
    QString longNote;
    for (int i = 0; i < 200; ++i)
        longNote += u("\xF0\x9F\x98\x80\xE6\x9D\xB1\xC3\xA9x");
    b.note = longNote;
    b.organization = QString(300, QLatin1Char('o')) + u("\xE2\x82\xAC");
    b.emails = {value("taro@example.jp")};
    contacts.append(b);

    VCardContact c; // only a phone number
    c.phones = {value("+1 555 0100", {"cell"})};
    c.formattedName = u("+1 555 0100");
    contacts.append(c);

    QTest::newRow("3.0") << false << contacts;
    QTest::newRow("4.0") << true << contacts;
}

void TestVCard::roundTrip()
{
    QFETCH(bool, version4);
    QFETCH(QList<VCardContact>, contacts);

    const QByteArray bytes = writeVCards(contacts, version4);
    QVERIFY(bytes.endsWith("END:VCARD\r\n"));

    // Every physical line: CRLF, at most 75 octets, valid UTF-8 on its own (no split sequence).
    const QList<QByteArray> physical = bytes.split('\n');
    QCOMPARE(physical.constLast(), QByteArray());
    bool sawFold = false;
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        QVERIFY2(line.endsWith('\r'), line.constData());
        line.chop(1);
        QVERIFY2(!line.contains('\r'), line.constData());
        QVERIFY2(line.size() <= 75,
                 qPrintable(QStringLiteral("%1 octets: ").arg(line.size()) + QString::fromUtf8(line)));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.toHex().constData());
        sawFold = sawFold || line.startsWith(' ');
    }
    QVERIFY(sawFold);

    const VCardFile file = readVCards(bytes);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.problems.size(), 0);
    QCOMPARE(file.contacts.size(), contacts.size());
    int previousLine = 0;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const VCardContact &read = file.contacts.at(i);
        QCOMPARE(dumpFields(read), dumpFields(contacts.at(i)));
        QCOMPARE(read.version, version4 ? u("4.0") : u("3.0"));
        QVERIFY(read.line > previousLine);
        previousLine = read.line;
    }
    QCOMPARE(file.contacts.constFirst().line, 1);

    // Written again: the same bytes.
    QCOMPARE(writeVCards(file.contacts, version4), bytes);
}

void TestVCard::roundTripOfEverythingRead()
{
    // What is read from quirky input is written and read back the same.
    const QList<QByteArray> inputs = {
        lines({"BEGIN:VCARD", "VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Bj=F6rk=0D=0AG",
               "TEL;WORK;PREF:1", "TEL;CELL:2", "NOTE;ENCODING=QUOTED-PRINTABLE:a=0Db=0D=0Ac,=3B", "END:VCARD"}),
        lines({"BEGIN:VCARD", "FN:\\,\\;\\\\\\n\\:\\x", "EMAIL:mailto:mailto:a@b", "TEL:tel:tel: 5", "URL:x\\",
               "END:VCARD"}),
    };
    for (const QByteArray &input : inputs) {
        const VCardFile first = readVCards(input);
        QCOMPARE(first.contacts.size(), 1);
        for (const bool version4 : {false, true}) {
            const VCardFile again = readVCards(writeVCards(first.contacts, version4));
            QCOMPARE(again.contacts.size(), 1);
            QCOMPARE(dumpFields(again.contacts.constFirst()), dumpFields(first.contacts.constFirst()));
        }
    }
    QCOMPARE(dumpFields(readVCards(inputs.at(1)).contacts.constFirst()),
             u("FN=,;\\\\n:\\x; EMAIL=a@b; TEL=5; URL=x\\"));
}

void TestVCard::fuzzSeeds()
{
    // The seed files of the fuzz target are real-looking files: each gives contacts, read back alike.
    const QDir dir(QStringLiteral(INROAD_TEST_DATA "/../fuzz/corpus/vcard"));
    const QStringList names = dir.entryList({QStringLiteral("*.vcf")}, QDir::Files);
    QVERIFY2(names.size() >= 5, qPrintable(dir.absolutePath()));
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const VCardFile read = readVCards(file.readAll());
        QVERIFY2(read.ok(), qPrintable(name + QLatin1String(": ") + read.error));
        QVERIFY2(!read.contacts.isEmpty(), qPrintable(name));
        for (const bool version4 : {false, true}) {
            const VCardFile again = readVCards(writeVCards(read.contacts, version4));
            QCOMPARE(again.contacts.size(), read.contacts.size());
            QCOMPARE(again.problems.size(), 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestVCard)

#include "tst_vcard.moc"
