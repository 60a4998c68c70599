#include "contactreaders.h"

#include "validation.h"
#include "vcard.h"
#include "workspacearchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <limits>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::ContactReaders", text);
}

/// How far into a file a header row is looked for (LinkedIn's preamble is a few lines).
constexpr int kHeaderSearchRecords = 20;

/// Google's separator of several values in one cell.
const QString kMultiValueSeparator = QStringLiteral(" ::: ");

QString cell(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

QStringList splitMulti(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(kMultiValueSeparator, Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

/// The index of each header name, compared without case and surrounding spaces.
QHash<QString, int> headerIndex(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = header.at(i).trimmed().toLower();
        if (!index.contains(key))
            index.insert(key, i);
    }
    return index;
}

int columnOf(const QHash<QString, int> &index, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const auto it = index.constFind(QString::fromLatin1(name));
        if (it != index.constEnd())
            return it.value();
    }
    return -1;
}

/// The first record (within the first few) that has all of @p names as cells.
int findHeader(const CsvDocument &document, std::initializer_list<const char *> names)
{
    const int last = qMin(int(document.records.size()), kHeaderSearchRecords);
    for (int i = 0; i < last; ++i) {
        const QHash<QString, int> index = headerIndex(document.records.at(i).fields);
        bool all = true;
        for (const char *name : names)
            all = all && index.contains(QString::fromLatin1(name));
        if (all)
            return i;
    }
    return -1;
}

/// "Ann Lee" → ("Ann", "Lee"); "Lee, Ann" → ("Ann", "Lee"); "Cher" → ("Cher", "").
void splitFullName(const QString &fullName, QString &first, QString &last)
{
    const QString name = fullName.simplified();
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma > 0) {
        last = name.left(comma).trimmed();
        first = name.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        first = name;
        last.clear();
        return;
    }
    first = name.left(space);
    last = name.mid(space + 1);
}

/// Files of the CSV formats whose whole-file problems are the reader's.
bool readCsvOrFail(const QByteArray &bytes, CsvDocument &document, ContactSource &source)
{
    document = readCsv(bytes);
    if (!document.ok()) {
        source.error = document.error;
        source.errorLine = document.errorLine;
        return false;
    }
    for (const CsvProblem &problem : std::as_const(document.problems))
        source.rejections.append({problem.line, problem.message, {}, {}, {}});
    return true;
}

/// A data row of a CSV file with more cells than its header has is not what the header says.
bool checkWidth(const CsvRecord &record, int headerWidth, ContactSource &source)
{
    if (record.fields.size() <= headerWidth)
        return true;
    // Trailing empty cells (a spreadsheet's extra commas) are harmless.
    for (int i = headerWidth; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            source.rejections.append({record.line, t("The row has %1 cells but the header has %2; a comma may be missing "
                                                     "its quotes.")
                                                       .arg(record.fields.size())
                                                       .arg(headerWidth),
                                      {}, {}, {}});
            return false;
        }
    }
    return true;
}

void describe(ContactSource &source, ContactFormat format, const QString &encoding)
{
    source.description = QCoreApplication::translate("Inroad::ContactReaders", "%1, %2, %n contact(s)", nullptr,
                                                     int(source.records.size()))
                             .arg(contactFormatName(format), encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding);
}

void addWebsite(ContactRecord &record, const QString &url)
{
    if (url.isEmpty())
        return;
    if (record.linkedInUrl.isEmpty() && url.contains(QLatin1String("linkedin.com"), Qt::CaseInsensitive))
        record.linkedInUrl = url;
    else if (!record.websites.contains(url))
        record.websites << url;
}

/// A header cell lower-cased, with '-', '_' and '.' as spaces and whitespace collapsed.
QString headerWords(const QString &text)
{
    QString words = text.toLower();
    for (QChar &c : words) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            c = QLatin1Char(' ');
    }
    return words.simplified();
}

bool isGoogleSystemGroup(const QString &group)
{
    return group.startsWith(QLatin1Char('*')) || group.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) == 0
           || group.compare(QLatin1String("starred"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString contactFormatKey(ContactFormat format)
{
    switch (format) {
    case ContactFormat::LinkedIn: return QStringLiteral("linkedin");
    case ContactFormat::Google: return QStringLiteral("google");
    case ContactFormat::VCard: return QStringLiteral("vcard");
    case ContactFormat::Csv: return QStringLiteral("csv");
    case ContactFormat::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<ContactFormat> contactFormatFromKey(const QString &key)
{
    for (const ContactFormat format :
         {ContactFormat::LinkedIn, ContactFormat::Google, ContactFormat::VCard, ContactFormat::Csv, ContactFormat::Json}) {
        if (contactFormatKey(format) == key.toLower())
            return format;
    }
    return std::nullopt;
}

QString contactFormatName(ContactFormat format)
{
    switch (format) {
    case ContactFormat::LinkedIn: return t("LinkedIn connections (CSV)");
    case ContactFormat::Google: return t("Google Contacts (CSV)");
    case ContactFormat::VCard: return t("vCard");
    case ContactFormat::Csv: return t("CSV file");
    case ContactFormat::Json: return t("Inroad workspace (JSON)");
    }
    return {};
}

ContactFormat guessContactFormat(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ContactFormat::VCard;
    if (suffix == QLatin1String("json"))
        return ContactFormat::Json;
    const QString head = decodeText(bytes.left(8192));
    const QString trimmed = head.trimmed();
    if (trimmed.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive))
        return ContactFormat::VCard;
    if (trimmed.startsWith(QLatin1Char('{')))
        return ContactFormat::Json;
    const CsvDocument document = parseCsvText(head);
    if (findHeader(document, {"first name", "last name", "connected on"}) >= 0)
        return ContactFormat::LinkedIn;
    if (findHeader(document, {"given name", "family name"}) >= 0
        || findHeader(document, {"first name", "last name", "e-mail 1 - value"}) >= 0
        || findHeader(document, {"first name", "last name", "organization name"}) >= 0
        || findHeader(document, {"first name", "last name", "labels"}) >= 0)
        return ContactFormat::Google;
    return ContactFormat::Csv;
}

QDate parseContactDate(const QString &text, bool *ok)
{
    static const QRegularExpression dayMonthYear(QStringLiteral(R"(^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression american(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const std::array<const char *, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString value = text.trimmed();
    *ok = true;
    if (value.isEmpty())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    // Only as many patterns as it takes: this runs once per row of a file of 100,000 rows.
    const QRegularExpressionMatch named = dayMonthYear.match(value);
    const QRegularExpressionMatch isoDay = named.hasMatch() ? QRegularExpressionMatch() : iso.match(value);
    const QRegularExpressionMatch us =
        named.hasMatch() || isoDay.hasMatch() ? QRegularExpressionMatch() : american.match(value);
    if (named.hasMatch()) {
        const QString name = named.captured(2).left(3).toLower();
        for (int i = 0; i < int(months.size()); ++i) {
            if (name == QLatin1String(months.at(i)))
                month = i + 1;
        }
        day = named.captured(1).toInt();
        year = named.captured(3).toInt();
    } else if (isoDay.hasMatch()) {
        year = isoDay.captured(1).toInt();
        month = isoDay.captured(2).toInt();
        day = isoDay.captured(3).toInt();
    } else if (us.hasMatch()) {
        month = us.captured(1).toInt();
        day = us.captured(2).toInt();
        year = us.captured(3).toInt();
    } else {
        *ok = false;
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900) {
        *ok = false;
        return {};
    }
    return date;
}

ContactSource readLinkedInContacts(const QByteArray &bytes)
{
    ContactSource source;
    CsvDocument document;
    if (!readCsvOrFail(bytes, document, source))
        return source;
    const int header = findHeader(document, {"first name", "last name"});
    if (header < 0) {
        source.error = t("No header row with “First Name” and “Last Name” was found in the first %1 lines. Is this the "
                         "Connections.csv file of a LinkedIn data export?")
                           .arg(kHeaderSearchRecords);
        return source;
    }
    const QStringList &headerFields = document.records.at(header).fields;
    const QHash<QString, int> index = headerIndex(headerFields);
    const int first = columnOf(index, {"first name"});
    const int last = columnOf(index, {"last name"});
    const int url = columnOf(index, {"url", "profile url"});
    const int email = columnOf(index, {"email address", "e-mail address", "email"});
    const int company = columnOf(index, {"company"});
    const int position = columnOf(index, {"position"});
    const int connected = columnOf(index, {"connected on"});
    const QString connectionSince = t("LinkedIn connection since %1");
    const QString connection = t("LinkedIn connection");
    QHash<QString, QString> sourceOfDay; // "Connected On" → the person's source

    source.records.reserve(document.records.size() - header - 1);
    for (int i = header + 1; i < document.records.size(); ++i) {
        const CsvRecord &row = document.records.at(i);
        if (!checkWidth(row, int(headerFields.size()), source))
            continue;
        ContactRecord record;
        record.line = row.line;
        record.firstName = cell(row.fields, first);
        record.lastName = cell(row.fields, last);
        record.linkedInUrl = cell(row.fields, url);
        if (const QString address = cell(row.fields, email); !address.isEmpty()) {
            if (!isValidEmail(address)) {
                source.rejections.append({row.line,
                                          t("“%1” under Email Address is not an e-mail address.").arg(address.left(80)),
                                          record.firstName, record.lastName, cell(row.fields, company)});
                continue;
            }
            record.emails << address;
        }
        record.organization = cell(row.fields, company);
        record.title = cell(row.fields, position);
        const QString connectedText = cell(row.fields, connected);
        // A file of thousands of connections has a few thousand different days at most.
        auto known = sourceOfDay.constFind(connectedText);
        if (known == sourceOfDay.constEnd()) {
            bool ok = true;
            const QDate connectedOn = parseContactDate(connectedText, &ok);
            if (!ok) {
                source.rejections.append({row.line,
                                          t("“%1” under Connected On is not a date; LinkedIn writes dates like 15 Mar "
                                            "2024.")
                                              .arg(connectedText),
                                          record.firstName, record.lastName, record.organization});
                continue;
            }
            known = sourceOfDay.insert(connectedText, connectedOn.isValid()
                                                          ? connectionSince.arg(connectedOn.toString(Qt::ISODate))
                                                          : connection);
        }
        record.source = known.value();
        source.records.append(std::move(record));
    }
    describe(source, ContactFormat::LinkedIn, document.encoding);
    return source;
}

ContactSource readGoogleContacts(const QByteArray &bytes)
{
    ContactSource source;
    CsvDocument document;
    if (!readCsvOrFail(bytes, document, source))
        return source;
    int header = findHeader(document, {"given name", "family name"});
    if (header < 0)
        header = findHeader(document, {"first name", "last name"});
    if (header < 0) {
        source.error = t("No header row with “Given Name” and “Family Name” (or “First Name” and “Last Name”) was found "
                         "in the first %1 lines. Is this a Google Contacts CSV export?")
                           .arg(kHeaderSearchRecords);
        return source;
    }
    const QStringList &headerFields = document.records.at(header).fields;
    const QHash<QString, int> index = headerIndex(headerFields);
    const int first = columnOf(index, {"given name", "first name"});
    const int middle = columnOf(index, {"additional name", "middle name"});
    const int last = columnOf(index, {"family name", "last name"});
    const int fullName = columnOf(index, {"name"});
    const int organization = columnOf(index, {"organization 1 - name", "organization name"});
    const int title = columnOf(index, {"organization 1 - title", "organization title"});
    const int notes = columnOf(index, {"notes"});
    const int address = columnOf(index, {"address 1 - formatted"});
    const int groups = columnOf(index, {"group membership", "labels"});

    // Numbered columns: "E-mail 1 - Value" with "E-mail 1 - Type" (older) or "- Label" (newer).
    struct Numbered
    {
        int value = -1;
        int label = -1;
    };
    QList<Numbered> emailColumns;
    QList<Numbered> phoneColumns;
    QList<Numbered> websiteColumns;
    static const QRegularExpression numbered(QStringLiteral(R"(^(e-mail|phone|website) (\d+) - value$)"));
    for (int i = 0; i < headerFields.size(); ++i) {
        const QRegularExpressionMatch m = numbered.match(headerFields.at(i).trimmed().toLower());
        if (!m.hasMatch())
            continue;
        const QString prefix = m.captured(1) + QLatin1Char(' ') + m.captured(2);
        Numbered column{i, -1};
        column.label = index.value(prefix + QLatin1String(" - type"), index.value(prefix + QLatin1String(" - label"), -1));
        if (m.captured(1) == QLatin1String("e-mail"))
            emailColumns << column;
        else if (m.captured(1) == QLatin1String("phone"))
            phoneColumns << column;
        else
            websiteColumns << column;
    }

    for (int i = header + 1; i < document.records.size(); ++i) {
        const CsvRecord &row = document.records.at(i);
        if (!checkWidth(row, int(headerFields.size()), source))
            continue;
        ContactRecord record;
        record.line = row.line;
        record.firstName = cell(row.fields, first);
        if (const QString middleName = cell(row.fields, middle); !middleName.isEmpty())
            record.firstName = QString(record.firstName + QLatin1Char(' ') + middleName).trimmed();
        record.lastName = cell(row.fields, last);
        if (!record.hasName())
            splitFullName(cell(row.fields, fullName), record.firstName, record.lastName);
        record.organization = splitMulti(cell(row.fields, organization)).value(0);
        record.title = splitMulti(cell(row.fields, title)).value(0);
        record.note = row.fields.value(notes).trimmed();
        record.address = splitMulti(cell(row.fields, address)).value(0);
        for (const Numbered &column : std::as_const(emailColumns))
            record.emails << splitMulti(cell(row.fields, column.value));
        for (const Numbered &column : std::as_const(phoneColumns)) {
            const QStringList labels = splitMulti(cell(row.fields, column.label));
            const QStringList values = splitMulti(cell(row.fields, column.value));
            for (int v = 0; v < values.size(); ++v) {
                record.phones << values.at(v);
                record.phoneLabels << labels.value(v, labels.value(0)).remove(QLatin1Char('*')).trimmed().toLower();
            }
        }
        for (const Numbered &column : std::as_const(websiteColumns)) {
            for (const QString &url : splitMulti(cell(row.fields, column.value)))
                addWebsite(record, url);
        }
        for (const QString &group : splitMulti(cell(row.fields, groups))) {
            if (!isGoogleSystemGroup(group))
                record.tags << group;
        }
        record.source = t("Google Contacts");
        source.records.append(record);
    }
    describe(source, ContactFormat::Google, document.encoding);
    return source;
}

ContactSource readVCardContacts(const QByteArray &bytes)
{
    ContactSource source;
    const VCardFile file = readVCards(bytes);
    if (!file.ok()) {
        source.error = file.error;
        return source;
    }
    for (const VCardProblem &problem : file.problems)
        source.rejections.append({problem.line, problem.message, {}, {}, {}});
    for (const VCardContact &card : file.contacts) {
        ContactRecord record;
        record.line = card.line;
        record.firstName = card.givenName.trimmed();
        record.lastName = card.familyName.trimmed();
        if (!record.hasName())
            splitFullName(card.formattedName, record.firstName, record.lastName);
        record.organization = card.organization.trimmed();
        record.title = card.title.trimmed();
        for (const VCardContact::Value &email : card.emails)
            record.emails << email.value.trimmed();
        for (const VCardContact::Value &phone : card.phones) {
            record.phones << phone.value.trimmed();
            QStringList kinds = phone.types;
            kinds.removeAll(QStringLiteral("voice"));
            record.phoneLabels << kinds.join(QLatin1Char(' '));
        }
        for (const VCardContact::Value &url : card.urls)
            addWebsite(record, url.value.trimmed());
        record.address = card.address;
        record.note = card.note;
        record.source = t("vCard");
        source.records.append(record);
    }
    if (source.records.isEmpty()) {
        // Every card was left out (a truncated file, say): nothing in it can be imported.
        if (!file.problems.isEmpty()) {
            source.error = file.problems.first().message;
            source.errorLine = file.problems.first().line;
        } else {
            source.error = t("The file holds no card with a name, organization, e-mail address, phone number or web "
                             "address.");
        }
        return source;
    }
    describe(source, ContactFormat::VCard, {});
    return source;
}

QString contactColumnName(ContactColumn column)
{
    switch (column) {
    case ContactColumn::Ignore: return t("(not imported)");
    case ContactColumn::FirstName: return t("First name");
    case ContactColumn::LastName: return t("Last name");
    case ContactColumn::FullName: return t("Full name");
    case ContactColumn::Organization: return t("Organization");
    case ContactColumn::Title: return t("Job title");
    case ContactColumn::Email: return t("E-mail");
    case ContactColumn::Phone: return t("Phone");
    case ContactColumn::LinkedIn: return t("LinkedIn profile");
    case ContactColumn::Website: return t("Website");
    case ContactColumn::Address: return t("Address");
    case ContactColumn::Note: return t("Note");
    case ContactColumn::Tags: return t("Tags");
    case ContactColumn::Source: return t("Source");
    case ContactColumn::Count: break;
    }
    return {};
}

bool ColumnMapping::isUsable() const
{
    return columns.contains(ContactColumn::FirstName) || columns.contains(ContactColumn::LastName)
           || columns.contains(ContactColumn::FullName);
}

ColumnMapping guessColumnMapping(const CsvDocument &document)
{
    struct Synonyms
    {
        ContactColumn column;
        std::initializer_list<const char *> names;
    };
    static const Synonyms table[] = {
        {ContactColumn::FirstName, {"first name", "firstname", "first", "given name", "given", "forename", "vorname", "prénom", "prenom"}},
        {ContactColumn::LastName, {"last name", "lastname", "last", "surname", "family name", "nachname", "nom"}},
        {ContactColumn::FullName, {"name", "full name", "fullname", "contact", "contact name", "display name"}},
        {ContactColumn::Organization, {"organization", "organisation", "company", "employer", "firm", "company name", "organization name", "firma"}},
        {ContactColumn::Title, {"title", "job title", "position", "role", "job", "organization title"}},
        {ContactColumn::Email, {"email", "e-mail", "email address", "e-mail address", "mail", "work email", "personal email"}},
        {ContactColumn::Phone, {"phone", "telephone", "tel", "mobile", "cell", "phone number", "mobile phone", "work phone"}},
        {ContactColumn::LinkedIn, {"linkedin", "linkedin url", "linkedin profile", "profile url", "url"}},
        {ContactColumn::Website, {"website", "web", "homepage", "web page", "site"}},
        {ContactColumn::Address, {"address", "postal address", "street address", "mailing address"}},
        {ContactColumn::Note, {"note", "notes", "comment", "comments", "remarks"}},
        {ContactColumn::Tags, {"tags", "tag", "labels", "groups", "categories", "category"}},
        {ContactColumn::Source, {"source", "how we met", "met at", "referred by"}},
    };
    ColumnMapping mapping;
    if (document.records.isEmpty()) {
        mapping.headerRecord = -1;
        return mapping;
    }
    // The header is the first of the first rows in which most cells name a known column.
    int bestRecord = -1;
    int bestHits = 0;
    QList<ContactColumn> bestColumns;
    const int last = qMin(int(document.records.size()), kHeaderSearchRecords);
    for (int r = 0; r < last; ++r) {
        const QStringList &fields = document.records.at(r).fields;
        QList<ContactColumn> columns;
        int hits = 0;
        for (const QString &field : fields) {
            // "E-mail", "email_address", "FirstName": compared without case, and without the
            // spaces, hyphens, underscores and dots between words.
            const QString name = headerWords(field);
            const QString compact = QString(name).remove(QLatin1Char(' '));
            ContactColumn found = ContactColumn::Ignore;
            for (const Synonyms &synonyms : table) {
                for (const char *candidate : synonyms.names) {
                    const QString c = headerWords(QString::fromUtf8(candidate));
                    if (name == c || compact == QString(c).remove(QLatin1Char(' '))) {
                        found = synonyms.column;
                        break;
                    }
                }
                if (found != ContactColumn::Ignore)
                    break;
            }
            // A column is only mapped once; a second "Phone" column is kept as another number.
            if (found != ContactColumn::Ignore && columns.contains(found) && found != ContactColumn::Phone
                && found != ContactColumn::Email && found != ContactColumn::Tags && found != ContactColumn::Website)
                found = ContactColumn::Ignore;
            if (found != ContactColumn::Ignore)
                ++hits;
            columns << found;
        }
        if (hits > bestHits) {
            bestHits = hits;
            bestRecord = r;
            bestColumns = columns;
        }
        if (hits >= 2)
            break;
    }
    if (bestRecord < 0) {
        mapping.headerRecord = 0;
        mapping.columns = QList<ContactColumn>(document.records.first().fields.size(), ContactColumn::Ignore);
        return mapping;
    }
    // With a full name column and separate first/last ones, the separate ones win.
    if (bestColumns.contains(ContactColumn::FullName)
        && (bestColumns.contains(ContactColumn::FirstName) || bestColumns.contains(ContactColumn::LastName)))
        bestColumns.replace(bestColumns.indexOf(ContactColumn::FullName), ContactColumn::Ignore);
    mapping.headerRecord = bestRecord;
    mapping.columns = bestColumns;
    return mapping;
}

ContactSource readMappedContacts(const CsvDocument &document, const ColumnMapping &mapping)
{
    ContactSource source;
    if (!document.ok()) {
        source.error = document.error;
        source.errorLine = document.errorLine;
        return source;
    }
    if (!mapping.isUsable()) {
        source.error = t("No column is mapped to a first name, last name or full name, so no person could be made. "
                         "Choose what the columns hold.");
        return source;
    }
    for (const CsvProblem &problem : document.problems)
        source.rejections.append({problem.line, problem.message, {}, {}, {}});
    static const QRegularExpression tagSeparator(QStringLiteral(R"(\s*(?:[,;]| ::: )\s*)"));
    const int width = int(mapping.columns.size());
    for (int i = mapping.headerRecord + 1; i < document.records.size(); ++i) {
        const CsvRecord &row = document.records.at(i);
        if (mapping.headerRecord >= 0 && !checkWidth(row, width, source))
            continue;
        ContactRecord record;
        record.line = row.line;
        QString fullName;
        for (int c = 0; c < width && c < row.fields.size(); ++c) {
            QString value = row.fields.at(c).trimmed();
            if (value.isEmpty())
                continue;
            // A cell a spreadsheet export neutralised ("'=…", "'+1 555…"): the value without its apostrophe.
            if (value.size() > 1 && value.front() == QLatin1Char('\'')) {
                const char16_t next = value.at(1).unicode();
                if (next == u'=' || next == u'+' || next == u'-' || next == u'@')
                    value.remove(0, 1);
            }
            switch (mapping.columns.at(c)) {
            case ContactColumn::Ignore:
            case ContactColumn::Count: break;
            case ContactColumn::FirstName: record.firstName = value; break;
            case ContactColumn::LastName: record.lastName = value; break;
            case ContactColumn::FullName: fullName = value; break;
            case ContactColumn::Organization: record.organization = value; break;
            case ContactColumn::Title: record.title = value; break;
            case ContactColumn::Email: record.emails << splitMulti(value); break;
            case ContactColumn::Phone:
                for (const QString &phone : splitMulti(value)) {
                    record.phones << phone;
                    record.phoneLabels << QString();
                }
                break;
            case ContactColumn::LinkedIn: record.linkedInUrl = value; break;
            case ContactColumn::Website: addWebsite(record, value); break;
            case ContactColumn::Address: record.address = value; break;
            case ContactColumn::Note: record.note = record.note.isEmpty() ? value : record.note + QLatin1Char('\n') + value; break;
            case ContactColumn::Tags:
                for (const QString &tag : value.split(tagSeparator, Qt::SkipEmptyParts))
                    record.tags << tag.trimmed();
                break;
            case ContactColumn::Source: record.source = value; break;
            }
        }
        if (!record.hasName() && !fullName.isEmpty())
            splitFullName(fullName, record.firstName, record.lastName);
        source.records.append(record);
    }
    describe(source, ContactFormat::Csv, document.encoding);
    return source;
}

ContactSource readArchiveContacts(const WorkspaceArchive &archive)
{
    ContactSource source;
    const WorkspaceArchive::Table *people = archive.table(QStringLiteral("people"));
    if (!people) {
        source.error = t("The file holds no people.");
        return source;
    }
    const auto columnIndex = [](const WorkspaceArchive::Table *table, const char *name) {
        return table ? int(table->columns.indexOf(QLatin1String(name))) : -1;
    };
    // id → name of the organizations and of the tags.
    const auto names = [&](const char *tableName) {
        QHash<qint64, QString> byId;
        if (const WorkspaceArchive::Table *table = archive.table(QLatin1String(tableName))) {
            const int id = columnIndex(table, "id");
            const int name = columnIndex(table, "name");
            for (const QVariantList &row : table->rows)
                byId.insert(row.value(id).toLongLong(), row.value(name).toString());
        }
        return byId;
    };
    const QHash<qint64, QString> organizations = names("organizations");
    const QHash<qint64, QString> tagNames = names("tags");
    QHash<qint64, QStringList> tagsOf;
    if (const WorkspaceArchive::Table *table = archive.table(QStringLiteral("person_tags"))) {
        const int person = columnIndex(table, "person_id");
        const int tag = columnIndex(table, "tag_id");
        for (const QVariantList &row : table->rows)
            tagsOf[row.value(person).toLongLong()] << tagNames.value(row.value(tag).toLongLong());
    }
    const auto text = [people](const QVariantList &row, const char *column) {
        const int i = int(people->columns.indexOf(QLatin1String(column)));
        return i >= 0 ? row.value(i).toString().trimmed() : QString();
    };
    const int idColumn = columnIndex(people, "id");
    const int organizationColumn = columnIndex(people, "organization_id");
    for (const QVariantList &row : people->rows) {
        ContactRecord record;
        const qint64 id = row.value(idColumn).toLongLong();
        record.line = int(qMin<qint64>(id, std::numeric_limits<int>::max()));
        record.firstName = text(row, "first_name");
        record.lastName = text(row, "last_name");
        record.title = text(row, "title");
        record.organization = organizations.value(row.value(organizationColumn).toLongLong());
        if (const QString email = text(row, "email"); !email.isEmpty())
            record.emails << email;
        if (const QString phone = text(row, "phone"); !phone.isEmpty()) {
            record.phones << phone;
            record.phoneLabels << QString();
        }
        record.linkedInUrl = text(row, "linkedin_url");
        record.address = text(row, "address");
        record.source = text(row, "source");
        record.tags = tagsOf.value(id);
        source.records << record;
    }
    describe(source, ContactFormat::Json, {});
    return source;
}

ContactSource readContactFile(ContactFormat format, const QByteArray &bytes)
{
    switch (format) {
    case ContactFormat::LinkedIn: return readLinkedInContacts(bytes);
    case ContactFormat::Google: return readGoogleContacts(bytes);
    case ContactFormat::VCard: return readVCardContacts(bytes);
    case ContactFormat::Csv: {
        const CsvDocument document = readCsv(bytes);
        return readMappedContacts(document, guessColumnMapping(document));
    }
    case ContactFormat::Json: {
        QString error;
        const std::optional<WorkspaceArchive> archive = readWorkspaceArchive(bytes, &error);
        if (!archive) {
            ContactSource source;
            source.error = error;
            return source;
        }
        return readArchiveContacts(*archive);
    }
    }
    return {};
}

} // namespace Inroad
