#include "contactreaders.h"
#include "csvreader.h"

#include <QStringEncoder>
#include <QTest>

using namespace Inroad;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << u(item);
    return out;
}

/// One contact in a line a failing test can show: the fields a user sees, separated by " | ".
QString summary(const ContactRecord &r)
{
    return QStringList{QString::number(r.line),
                       r.firstName,
                       r.lastName,
                       r.organization,
                       r.title,
                       r.emails.join(QLatin1Char(';')),
                       r.phones.join(QLatin1Char(';')),
                       r.phoneLabels.join(QLatin1Char(';')),
                       r.linkedInUrl,
                       r.websites.join(QLatin1Char(';')),
                       r.address,
                       r.note,
                       r.tags.join(QLatin1Char(';')),
                       r.source}
        .join(QStringLiteral(" | "));
}

QStringList summaries(const ContactSource &source)
{
    QStringList out;
    for (const ContactRecord &r : source.records)
        out << summary(r);
    return out;
}

/// "line: reason" of each rejection.
QStringList rejections(const ContactSource &source)
{
    QStringList out;
    for (const ContactRejection &r : source.rejections)
        out << QString::number(r.line) + QStringLiteral(": ") + r.reason;
    return out;
}

/// Checks each rejection's line and that its reason names @p expected's text after "line: ".
void compareRejections(const ContactSource &source, const QStringList &expected)
{
    const QStringList got = rejections(source);
    if (got.size() != expected.size())
        qWarning().noquote() << "rejections:" << got;
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        const QString line = expected.at(i).section(QStringLiteral(": "), 0, 0);
        const QString words = expected.at(i).section(QStringLiteral(": "), 1);
        QCOMPARE(QString::number(source.rejections.at(i).line), line);
        QVERIFY2(source.rejections.at(i).reason.contains(words, Qt::CaseInsensitive),
                 qPrintable(got.at(i) + QStringLiteral(" should mention ") + words));
    }
}

QByteArray crlf(QByteArray bytes)
{
    return bytes.replace("\n", "\r\n");
}

QByteArray withBom(const QByteArray &bytes)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + bytes;
}

/// The preamble of LinkedIn's Connections.csv: five lines, three of them one quoted note.
const QByteArray kLinkedInPreamble = "Notes:\n"
                                     "\"When exporting your connection data, you may notice that some of the email "
                                     "addresses are missing.\n"
                                     "You will only see email addresses for connections who have allowed it, "
                                     "using this setting https://www.linkedin.com/psettings/privacy/email.\n"
                                     "You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n"
                                     "\n";
const QByteArray kLinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

/// A CSV row for @p header with the cells named in @p cells (by header name), the rest empty.
QByteArray row(const QStringList &header, const QList<QPair<const char *, const char *>> &cells)
{
    QStringList fields(header.size());
    for (const auto &[name, value] : cells) {
        const qsizetype i = header.indexOf(QLatin1String(name));
        if (i < 0)
            qFatal("no column %s", name);
        fields[i] = u(value);
    }
    return csvLine(fields, QLatin1Char(','), false).toUtf8();
}

const QStringList kGoogleOldHeader = list(
    {"Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi", "Additional Name Yomi",
     "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname", "Short Name", "Maiden Name", "Birthday",
     "Gender", "Location", "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
     "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
     "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
     "Address 1 - Type", "Address 1 - Formatted", "Organization 1 - Type", "Organization 1 - Name",
     "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department", "Website 1 - Type",
     "Website 1 - Value", "Website 2 - Type", "Website 2 - Value"});

const QStringList kGoogleNewHeader = list(
    {"First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
     "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
     "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
     "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
     "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Country",
     "Website 1 - Label", "Website 1 - Value"});

QByteArray header(const QStringList &names)
{
    return csvLine(names, QLatin1Char(','), false).toUtf8();
}

} // namespace

Q_DECLARE_METATYPE(ContactFormat)
Q_DECLARE_METATYPE(ContactColumn)

// The readers on files as the services and address books write them, quirks included.
class TestContactReaders final : public QObject
{
    Q_OBJECT

private slots:
    void linkedIn_data();
    void linkedIn();
    void linkedInRejectionsNameThePerson();
    void linkedInWithoutHeader();
    void google_data();
    void google();
    void vcard_data();
    void vcard();
    void vcardWholeFileErrors_data();
    void vcardWholeFileErrors();
    void columnMapping_data();
    void columnMapping();
    void mappedContacts_data();
    void mappedContacts();
    void noNameColumnIsAnError_data();
    void noNameColumnIsAnError();
    void guessFormat_data();
    void guessFormat();
    void contactDate_data();
    void contactDate();
    void formatKeys();
};

void TestContactReaders::linkedIn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("rejections");

    // Lines 1–5 are the preamble, 6 the header; rows start on line 7.
    const QByteArray rows = "Ann,Lee,https://www.linkedin.com/in/ann-lee,,\"Acme, Inc.\",Engineer,15 Mar 2024\n"
                            "Bob,Stone,https://www.linkedin.com/in/bstone,bob@example.org,Globex,Manager,1 Sep 2023\n"
                            "Cara,Díaz,https://www.linkedin.com/in/cdiaz,,,,2 Jan 2022\n";
    const QStringList expected = {
        u("7 | Ann | Lee | Acme, Inc. | Engineer |  |  |  | https://www.linkedin.com/in/ann-lee |  |  |  |  | "
          "LinkedIn connection since 2024-03-15"),
        u("8 | Bob | Stone | Globex | Manager | bob@example.org |  |  | https://www.linkedin.com/in/bstone |  |  |  |  | "
          "LinkedIn connection since 2023-09-01"),
        u("9 | Cara | Díaz |  |  |  |  |  | https://www.linkedin.com/in/cdiaz |  |  |  |  | "
          "LinkedIn connection since 2022-01-02"),
    };
    const QByteArray file = kLinkedInPreamble + kLinkedInHeader + rows;
    QTest::newRow("export with its Notes: preamble") << file << expected << QStringList();
    QTest::newRow("CRLF line ends") << crlf(file) << expected << QStringList();
    QTest::newRow("UTF-8 byte order mark and CRLF") << withBom(crlf(file)) << expected << QStringList();
    QTest::newRow("no preamble") << kLinkedInHeader + rows
                                 << QStringList{QString(expected.at(0)).replace(0, 1, QStringLiteral("2")),
                                                QString(expected.at(1)).replace(0, 1, QStringLiteral("3")),
                                                QString(expected.at(2)).replace(0, 1, QStringLiteral("4"))}
                                 << QStringList();

    QTest::newRow("old export without the URL column")
        << kLinkedInPreamble + "First Name,Last Name,Email Address,Company,Position,Connected On\n"
               "Ann,Lee,,Acme,Engineer,15 Mar 2024\n"
               "Bob,Stone,,,,01 Sep 2023\n"
               "Dee,Ray,dee@example.org,Initech,CTO,2023-09-01\n"
        << QStringList{u("7 | Ann | Lee | Acme | Engineer |  |  |  |  |  |  |  |  | LinkedIn connection since 2024-03-15"),
                       u("8 | Bob | Stone |  |  |  |  |  |  |  |  |  |  | LinkedIn connection since 2023-09-01"),
                       u("9 | Dee | Ray | Initech | CTO | dee@example.org |  |  |  |  |  |  |  | "
                         "LinkedIn connection since 2023-09-01")}
        << QStringList();

    QTest::newRow("impossible date names its line")
        << kLinkedInPreamble + kLinkedInHeader
               + "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,15 Mar 2024\n"
                 "Dan,Fox,https://www.linkedin.com/in/dfox,,Acme,Analyst,31 Feb 2024\n"
                 "Bob,Stone,,,,,\n"
        << QStringList{u("7 | Ann | Lee | Acme | Engineer |  |  |  | https://www.linkedin.com/in/ann-lee |  |  |  |  | "
                         "LinkedIn connection since 2024-03-15"),
                       u("9 | Bob | Stone |  |  |  |  |  |  |  |  |  |  | LinkedIn connection")}
        << QStringList{u("8: 31 Feb 2024")};

    QTest::newRow("malformed e-mail address")
        << kLinkedInPreamble + kLinkedInHeader
               + "Eve,Ng,https://www.linkedin.com/in/eveng,eve(at)example.org,Acme,Engineer,15 Mar 2024\n"
                 "Ann,Lee,,ann@example.org,Acme,Engineer,15 Mar 2024\n"
        << QStringList{u("8 | Ann | Lee | Acme | Engineer | ann@example.org |  |  |  |  |  |  |  | "
                         "LinkedIn connection since 2024-03-15")}
        << QStringList{u("7: eve(at)example.org")};

    QTest::newRow("a row with more cells than the header")
        << kLinkedInPreamble + kLinkedInHeader
               + "Fay,Ho,https://www.linkedin.com/in/fayho,,Acme, Inc.,Developer,15 Mar 2024\n"
                 "Ann,Lee,,,,,15 Mar 2024,,\n"
        << QStringList{u("8 | Ann | Lee |  |  |  |  |  |  |  |  |  |  | LinkedIn connection since 2024-03-15")}
        << QStringList{u("7: 8 cells but the header has 7")};

    QTest::newRow("mostly empty e-mails, quoted cells, a multi-line position")
        << kLinkedInPreamble + kLinkedInHeader
               + "Ann,Lee,,,\"Smith, Jones & Co.\",\"Partner\nLitigation\",15 Mar 2024\n"
                 "Bob,Stone,,,,,1 Sep 2023\n"
                 "Cy,Twombly,,,,,1 Sep 2023\n"
                 "Dee,Ray,,dee@example.org,,,1 Sep 2023\n"
        << QStringList{u("7 | Ann | Lee | Smith, Jones & Co. | Partner\nLitigation |  |  |  |  |  |  |  |  | "
                         "LinkedIn connection since 2024-03-15"),
                       u("9 | Bob | Stone |  |  |  |  |  |  |  |  |  |  | LinkedIn connection since 2023-09-01"),
                       u("10 | Cy | Twombly |  |  |  |  |  |  |  |  |  |  | LinkedIn connection since 2023-09-01"),
                       u("11 | Dee | Ray |  |  | dee@example.org |  |  |  |  |  |  |  | "
                         "LinkedIn connection since 2023-09-01")}
        << QStringList();
}

void TestContactReaders::linkedIn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    QFETCH(QStringList, rejections);
    const ContactSource source = readLinkedInContacts(bytes);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(summaries(source), records);
    compareRejections(source, rejections);
    QVERIFY(source.description.contains(QString::number(records.size())));
}

void TestContactReaders::linkedInRejectionsNameThePerson()
{
    const ContactSource source = readLinkedInContacts(kLinkedInPreamble + kLinkedInHeader
                                                      + "Dan,Fox,https://www.linkedin.com/in/dfox,,Acme,Analyst,31 Feb 2024\n"
                                                        "Eve,Ng,,eve(at)hooli,Hooli,CEO,1 Mar 2024\n");
    QCOMPARE(source.rejections.size(), 2);
    QCOMPARE(source.rejections.at(0).firstName, u("Dan"));
    QCOMPARE(source.rejections.at(0).lastName, u("Fox"));
    QCOMPARE(source.rejections.at(0).organization, u("Acme"));
    QCOMPARE(source.rejections.at(1).firstName, u("Eve"));
    QCOMPARE(source.rejections.at(1).lastName, u("Ng"));
    QCOMPARE(source.rejections.at(1).organization, u("Hooli"));
}

void TestContactReaders::linkedInWithoutHeader()
{
    const ContactSource source = readLinkedInContacts("Name,Phone\nAnn Lee,555\n");
    QVERIFY(!source.ok());
    QVERIFY(source.error.contains(QStringLiteral("First Name")));
    QVERIFY(source.records.isEmpty());

    const ContactSource unbalanced = readLinkedInContacts(kLinkedInHeader + "Ann,\"Lee,,,,,15 Mar 2024\n");
    QVERIFY(!unbalanced.ok());
    QCOMPARE(unbalanced.errorLine, 2);
}

void TestContactReaders::google_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");

    const QStringList &o = kGoogleOldHeader;
    QTest::newRow("older header generation")
        << header(o)
               + row(o, {{"Name", "Ann Lee"},
                         {"Given Name", "Ann"},
                         {"Additional Name", "Marie"},
                         {"Family Name", "Lee"},
                         {"Notes", "Met at the career fair.\nLikes chess."},
                         {"Group Membership", "* myContacts ::: Mentors ::: * starred ::: Alumni"},
                         {"E-mail 1 - Type", "* Work"},
                         {"E-mail 1 - Value", "ann@acme.example ::: ann.lee@acme.example"},
                         {"E-mail 2 - Type", "Home"},
                         {"E-mail 2 - Value", "ann@home.example"},
                         {"Phone 1 - Type", "Mobile"},
                         {"Phone 1 - Value", "+1 555 0100 ::: +1 555 0101"},
                         {"Phone 2 - Type", "Work"},
                         {"Phone 2 - Value", "+1 555 0199"},
                         {"Address 1 - Formatted", "1 Main St\nSpringfield"},
                         {"Organization 1 - Name", "Acme, Inc."},
                         {"Organization 1 - Title", "Engineer"},
                         {"Website 1 - Type", "Profile"},
                         {"Website 1 - Value", "https://www.linkedin.com/in/ann-lee"},
                         {"Website 2 - Type", "Blog"},
                         {"Website 2 - Value", "https://ann.example"}})
               + row(o, {{"Name", "Lee, Bob"}, {"Group Membership", "* myContacts"}})
               + row(o, {{"E-mail 1 - Value", "nobody@example.org"}})
        << QStringList{u("2 | Ann Marie | Lee | Acme, Inc. | Engineer | ann@acme.example;ann.lee@acme.example;"
                         "ann@home.example | +1 555 0100;+1 555 0101;+1 555 0199 | mobile;mobile;work | "
                         "https://www.linkedin.com/in/ann-lee | https://ann.example | 1 Main St\nSpringfield | "
                         "Met at the career fair.\nLikes chess. | Mentors;Alumni | Google Contacts"),
                       u("5 | Bob | Lee |  |  |  |  |  |  |  |  |  |  | Google Contacts"),
                       // No name: the plan rejects it, with the address.
                       u("6 |  |  |  |  | nobody@example.org |  |  |  |  |  |  |  | Google Contacts")};

    const QStringList &n = kGoogleNewHeader;
    const QByteArray newer = header(n)
        + row(n, {{"First Name", "Zoë"},
                  {"Last Name", "O'Brien"},
                  {"Organization Name", "Globex"},
                  {"Organization Title", "CTO"},
                  {"Labels", "Friends ::: * myContacts"},
                  {"E-mail 1 - Label", "Work"},
                  {"E-mail 1 - Value", "zoe@globex.example ::: zob@globex.example"},
                  {"Phone 1 - Label", "Mobile ::: Work"},
                  {"Phone 1 - Value", "+44 20 7946 0000 ::: +44 20 7946 0001"},
                  {"Website 1 - Label", ""},
                  {"Website 1 - Value", "linkedin.com/in/zoe-obrien"}})
        + row(n, {{"First Name", "Cher"}, {"Labels", "* myContacts ::: * starred"}});
    const QStringList newerRecords = {
        u("2 | Zoë | O'Brien | Globex | CTO | zoe@globex.example;zob@globex.example | +44 20 7946 0000;+44 20 7946 0001 | "
          "mobile;work | linkedin.com/in/zoe-obrien |  |  |  | Friends | Google Contacts"),
        u("3 | Cher |  |  |  |  |  |  |  |  |  |  |  | Google Contacts")};
    QTest::newRow("newer header generation") << newer << newerRecords;
    QTest::newRow("newer generation, BOM") << withBom(newer) << newerRecords;
    QTest::newRow("newer generation, LF line ends") << QByteArray(newer).replace("\r\n", "\n") << newerRecords;
}

void TestContactReaders::google()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    const ContactSource source = readGoogleContacts(bytes);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(summaries(source), records);
    QVERIFY(source.rejections.isEmpty());
    QCOMPARE(guessContactFormat(QStringLiteral("contacts.csv"), bytes), ContactFormat::Google);
}

void TestContactReaders::vcard_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("2.1 with bare types and quoted-printable")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\nORG:Acme Inc.;Research\r\n"
                      "TITLE:Engineer\r\nTEL;CELL:+1 555 0100\r\nTEL;WORK;VOICE:+1 555 0101\r\nTEL;VOICE:+1 555 0102\r\n"
                      "EMAIL;INTERNET;PREF:ann@example.org\r\nURL:https://www.linkedin.com/in/ann-lee\r\n"
                      "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9 on Fridays\r\nEND:VCARD\r\n")
        << QStringList{u("1 | Ann | Lee | Acme Inc. | Engineer | ann@example.org | +1 555 0100;+1 555 0101;+1 555 0102 | "
                         "cell;work; | https://www.linkedin.com/in/ann-lee |  |  | Café on Fridays |  | vCard")};

    QTest::newRow("3.0, name from FN when N is empty")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Bob Stone\nEMAIL;TYPE=INTERNET,WORK:bob@example.org\n"
                      "TEL;TYPE=HOME,VOICE:555-0100\nitem1.URL:https\\://linkedin.com/in/bstone/\n"
                      "item1.X-ABLabel:LinkedIn\nURL;TYPE=WORK:https://stone.example\nEND:VCARD\n"
                      "BEGIN:VCARD\nVERSION:3.0\nFN:Lee\\, Cy\nORG:Smith\\, Jones & Co.\nEND:VCARD\n")
        << QStringList{u("1 | Bob | Stone |  |  | bob@example.org | 555-0100 | home | https://linkedin.com/in/bstone/ | "
                         "https://stone.example |  |  |  | vCard"),
                       u("11 | Cy | Lee | Smith, Jones & Co. |  |  |  |  |  |  |  |  |  | vCard")};

    QTest::newRow("4.0 with uri values and an address")
        << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cara Díaz\r\nN:Díaz;Cara;;;\r\n"
                      "TEL;VALUE=uri;TYPE=\"cell,voice\";PREF=1:tel:+1-555-0102\r\nTEL;VALUE=uri;TYPE=work:tel:+1-555-0103\r\n"
                      "EMAIL;TYPE=work:cara@example.org\r\nURL:https://uk.linkedin.com/in/cdiaz\r\n"
                      "ADR;TYPE=home:;;1 Main St;Springfield;IL;62701;USA\r\nEND:VCARD\r\n")
        << QStringList{u("1 | Cara | Díaz |  |  | cara@example.org | +1-555-0102;+1-555-0103 | cell;work | "
                         "https://uk.linkedin.com/in/cdiaz |  | 1 Main St, Springfield, IL, 62701, USA |  |  | vCard")};

    QTest::newRow("only an e-mail address is kept for the plan to judge")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.org\nEND:VCARD\n")
        << QStringList{u("1 |  |  |  |  | x@example.org |  |  |  |  |  |  |  | vCard")};
}

void TestContactReaders::vcard()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    const ContactSource source = readVCardContacts(bytes);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(summaries(source), records);
    QCOMPARE(guessContactFormat(QStringLiteral("export.txt"), bytes), ContactFormat::VCard);
}

void TestContactReaders::vcardWholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no card at all") << QByteArray("Hello, this is a letter.\n");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00BEGIN:VCARD", 15);
}

void TestContactReaders::vcardWholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    const ContactSource source = readVCardContacts(bytes);
    QVERIFY(!source.ok());
    QVERIFY(source.records.isEmpty());
}

void TestContactReaders::columnMapping_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerRecord");
    QTest::addColumn<QList<ContactColumn>>("columns");

    using C = ContactColumn;
    QTest::newRow("English variants")
        << QByteArray("Given name,Surname,E-mail,Company,Job title,Mobile,Notes,Favourite colour\n")
        << 0 << QList<C>{C::FirstName, C::LastName, C::Email, C::Organization, C::Title, C::Phone, C::Note, C::Ignore};
    QTest::newRow("snake case and a second phone")
        << QByteArray("first_name,last_name,email_address,phone,work phone,linkedin url,tags\n")
        << 0 << QList<C>{C::FirstName, C::LastName, C::Email, C::Phone, C::Phone, C::LinkedIn, C::Tags};
    QTest::newRow("one name column") << QByteArray("Name,Email,Organisation\n") << 0
                                     << QList<C>{C::FullName, C::Email, C::Organization};
    QTest::newRow("separate names win over a full name")
        << QByteArray("Name,First Name,Last Name\n") << 0 << QList<C>{C::Ignore, C::FirstName, C::LastName};
    QTest::newRow("a title line before the header")
        << QByteArray("My contacts 2024\nFirst,Last,Employer\n") << 1 << QList<C>{C::FirstName, C::LastName, C::Organization};
    QTest::newRow("nothing known") << QByteArray("a,b,c\n1,2,3\n") << 0 << QList<C>{C::Ignore, C::Ignore, C::Ignore};
}

void TestContactReaders::columnMapping()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerRecord);
    QFETCH(QList<ContactColumn>, columns);
    const ColumnMapping mapping = guessColumnMapping(readCsv(bytes));
    QCOMPARE(mapping.headerRecord, headerRecord);
    QCOMPARE(mapping.columns, columns);
}

void TestContactReaders::mappedContacts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("rejections");

    QTest::newRow("a Name column, both orders")
        << QByteArray("Name,E-mail,Company,Job title,Mobile,Tags\n"
                      "\"Lee, Ann\",ann@example.org,Acme,Engineer,+1 555 0100,\"mentor; alumni\"\n"
                      "Ann Marie Lee,,\"Smith, Jones\",,,\n"
                      "Cher,,,,,\n")
        << QStringList{u("2 | Ann | Lee | Acme | Engineer | ann@example.org | +1 555 0100 |  |  |  |  |  | mentor;alumni | "),
                       u("3 | Ann Marie | Lee | Smith, Jones |  |  |  |  |  |  |  |  |  | "),
                       u("4 | Cher |  |  |  |  |  |  |  |  |  |  |  | ")}
        << QStringList();

    QByteArray windows1252("Vorname;Nachname;Firma;E-mail\r\nRen\xE9;M\xFCller;Caf\xE9 Cr\xE8me;rene@example.org\r\n");
    QTest::newRow("semicolons, Windows-1252")
        << windows1252
        << QStringList{u("2 | René | Müller | Café Crème |  | rene@example.org |  |  |  |  |  |  |  | ")}
        << QStringList();

    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16Bytes = utf16.encode(u("First Name\tLast Name\tOrganization\r\nZoë\tØdegaard\tÅrhus Kommune\r\n"));
    QTest::newRow("UTF-16LE with BOM, tabs")
        << utf16Bytes << QStringList{u("2 | Zoë | Ødegaard | Århus Kommune |  |  |  |  |  |  |  |  |  | ")}
        << QStringList();

    QTest::newRow("a row wider than the header")
        << QByteArray("First,Last,Company\nAnn,Lee,Acme, Inc.\nBob,Stone,Globex,,\n")
        << QStringList{u("3 | Bob | Stone | Globex |  |  |  |  |  |  |  |  |  | ")}
        << QStringList{u("2: 4 cells but the header has 3")};

    QTest::newRow("formula cells an export neutralised")
        << QByteArray("First Name,Last Name,Phone,Title\nAnn,Lee,'+1 555 0100,'-Partner-\n")
        << QStringList{u("2 | Ann | Lee |  | -Partner- |  | +1 555 0100 |  |  |  |  |  |  | ")} << QStringList();
}

void TestContactReaders::mappedContacts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    QFETCH(QStringList, rejections);
    const CsvDocument document = readCsv(bytes);
    QVERIFY2(document.ok(), qPrintable(document.error));
    const ContactSource source = readMappedContacts(document, guessColumnMapping(document));
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(summaries(source), records);
    compareRejections(source, rejections);
    QCOMPARE(guessContactFormat(QStringLiteral("people.csv"), bytes), ContactFormat::Csv);
    // readContactFile() reads a generic CSV file the same way.
    QCOMPARE(summaries(readContactFile(ContactFormat::Csv, bytes)), records);
}

void TestContactReaders::noNameColumnIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no known column") << QByteArray("a,b\n1,2\n");
    QTest::newRow("known columns, none a name") << QByteArray("E-mail,Company,Phone\nann@example.org,Acme,555\n");
}

void TestContactReaders::noNameColumnIsAnError()
{
    QFETCH(QByteArray, bytes);
    const ContactSource source = readContactFile(ContactFormat::Csv, bytes);
    QVERIFY(!source.ok());
    QVERIFY(source.error.contains(QStringLiteral("name")));
    QVERIFY(source.records.isEmpty());
}

void TestContactReaders::guessFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ContactFormat>("format");

    QTest::newRow(".vcf") << u("contacts.vcf") << QByteArray("anything") << ContactFormat::VCard;
    QTest::newRow(".VCARD") << u("contacts.VCARD") << QByteArray() << ContactFormat::VCard;
    QTest::newRow("BEGIN:VCARD after blank lines") << u("contacts.txt") << QByteArray("\r\n\r\nbegin:vcard\r\n")
                                                   << ContactFormat::VCard;
    QTest::newRow(".json") << u("backup.json") << QByteArray() << ContactFormat::Json;
    QTest::newRow("JSON without suffix") << u("backup") << QByteArray("  {\"format\":\"inroad-workspace\"}")
                                         << ContactFormat::Json;
    QTest::newRow("LinkedIn with preamble") << u("Connections.csv") << kLinkedInPreamble + kLinkedInHeader
                                            << ContactFormat::LinkedIn;
    QTest::newRow("LinkedIn old, BOM") << u("Connections.csv")
                                       << withBom("First Name,Last Name,Email Address,Company,Position,Connected On\r\n")
                                       << ContactFormat::LinkedIn;
    QTest::newRow("Google older") << u("google.csv") << header(kGoogleOldHeader) << ContactFormat::Google;
    QTest::newRow("Google newer") << u("contacts.csv") << header(kGoogleNewHeader) << ContactFormat::Google;
    QTest::newRow("generic CSV") << u("people.csv") << QByteArray("First Name,Last Name,Email\nAnn,Lee,\n")
                                 << ContactFormat::Csv;
    QTest::newRow("a large LinkedIn file cut inside a quoted cell")
        << u("Connections.csv")
        << kLinkedInPreamble + kLinkedInHeader + QByteArray("Ann,Lee,,,\"Acme\n").repeated(1000) + "\"Inc\",x,15 Mar 2024\n"
        << ContactFormat::LinkedIn;
}

void TestContactReaders::guessFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(ContactFormat, format);
    QCOMPARE(guessContactFormat(fileName, bytes), format);
}

void TestContactReaders::contactDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("ok");

    QTest::newRow("LinkedIn") << u("15 Mar 2024") << QDate(2024, 3, 15) << true;
    QTest::newRow("one-digit day") << u("1 Sep 2023") << QDate(2023, 9, 1) << true;
    QTest::newRow("zero-padded day") << u("01 Sep 2023") << QDate(2023, 9, 1) << true;
    QTest::newRow("long month") << u("1 September 2023") << QDate(2023, 9, 1) << true;
    QTest::newRow("abbreviation with a dot") << u("1 Sept. 2023") << QDate(2023, 9, 1) << true;
    QTest::newRow("lower case") << u("15 mar 2024") << QDate(2024, 3, 15) << true;
    QTest::newRow("spaces around") << u("  15 Mar 2024 ") << QDate(2024, 3, 15) << true;
    QTest::newRow("ISO") << u("2024-03-15") << QDate(2024, 3, 15) << true;
    QTest::newRow("American") << u("03/15/2024") << QDate(2024, 3, 15) << true;
    QTest::newRow("leap day") << u("29 Feb 2024") << QDate(2024, 2, 29) << true;
    QTest::newRow("empty: no date, fine") << QString() << QDate() << true;
    QTest::newRow("31 Feb") << u("31 Feb 2024") << QDate() << false;
    QTest::newRow("no leap day in 2023") << u("29 Feb 2023") << QDate() << false;
    QTest::newRow("unknown month") << u("15 Foo 2024") << QDate() << false;
    QTest::newRow("month 13") << u("2024-13-01") << QDate() << false;
    QTest::newRow("day-first slashes") << u("15/03/2024") << QDate() << false;
    QTest::newRow("too long ago") << u("15 Mar 1850") << QDate() << false;
    QTest::newRow("words") << u("last spring") << QDate() << false;
}

void TestContactReaders::contactDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(bool, ok);
    bool parsed = !ok;
    QCOMPARE(parseContactDate(text, &parsed), date);
    QCOMPARE(parsed, ok);
}

void TestContactReaders::formatKeys()
{
    for (const ContactFormat format :
         {ContactFormat::LinkedIn, ContactFormat::Google, ContactFormat::VCard, ContactFormat::Csv, ContactFormat::Json}) {
        QCOMPARE(contactFormatFromKey(contactFormatKey(format)), std::optional<ContactFormat>(format));
        QCOMPARE(contactFormatFromKey(contactFormatKey(format).toUpper()), std::optional<ContactFormat>(format));
        QVERIFY(!contactFormatName(format).isEmpty());
    }
    QCOMPARE(contactFormatFromKey(QStringLiteral("outlook")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestContactReaders)
#include "tst_contactreaders.moc"
