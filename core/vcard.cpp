#include "vcard.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::VCard", text);
}

/// A kept value (name, address, note…) longer than this makes its card a problem.
constexpr qsizetype kMaxValueChars = 1 << 20;
/// How much of the file the "does it look like text" check looks at.
constexpr qsizetype kSniffBytes = 4096;
/// Types longer than this, or after this many, are left out: real ones are short words.
constexpr qsizetype kMaxTypeLength = 32;
constexpr qsizetype kMaxTypes = 16;
/// The rank of a value without PREF; PREF=1 (most preferred) to 100 rank before it.
constexpr int kNoPref = 101;
constexpr qsizetype kMaxLineOctets = 75;

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isSpaceOrTab(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && isSpaceOrTab(bytes.back()))
        bytes.chop(1);
    return bytes;
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return QLatin1String(a.data(), a.size()).compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

/// "BEGIN:VCARD" / "END:VCARD" (any case, surrounding blanks allowed): a quoted-printable soft line
/// break never continues into one of these, so a value cut off by a stray "=" does not eat the card.
bool isCardBoundary(QByteArrayView line)
{
    line = trimmed(line);
    return equalsNoCase(line, "END:VCARD") || equalsNoCase(line, "BEGIN:VCARD");
}

/// A type as kept: ASCII letters, digits, '-' and '_' only, so that it can be written back as a
/// parameter without quoting.
bool isUsableType(const QString &type)
{
    if (type.isEmpty() || type.size() > kMaxTypeLength || type == QLatin1String("pref"))
        return false;
    return std::all_of(type.cbegin(), type.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
    });
}

void addType(QStringList &types, const QString &type)
{
    const QString lower = type.trimmed().toLower();
    if (types.size() < kMaxTypes && isUsableType(lower) && !types.contains(lower))
        types.append(lower);
}

/// The name and parameters of one property line.
struct Head
{
    QByteArray name;     ///< upper case, group left out
    QByteArray encoding; ///< upper case: "QUOTED-PRINTABLE", "B", "BASE64"… or empty
    QByteArray charset;
    QStringList types;
    int pref = kNoPref;
    qsizetype valueStart = 0; ///< where the value starts in the line (after the ':')

    bool quotedPrintable() const { return encoding == "QUOTED-PRINTABLE"; }
    bool base64() const { return encoding == "B" || encoding == "BASE64"; }
};

/// Parses "[group.]NAME *(;param) :" at the start of @p line; nothing when there is no ':' outside
/// double quotes or no name.
std::optional<Head> parseHead(QByteArrayView line)
{
    qsizetype colon = -1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == ':' && !inQuotes) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return std::nullopt;

    // Split the head at ';' outside quotes.
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    inQuotes = false;
    for (qsizetype i = 0; i <= colon; ++i) {
        const char c = i < colon ? line[i] : ';';
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == ';' && (!inQuotes || i == colon)) {
            parts.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }

    Head head;
    QByteArrayView name = trimmed(parts.constFirst());
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name = name.sliced(dot + 1); // "item1.EMAIL": the group is of no use here
    if (name.isEmpty())
        return std::nullopt;
    head.name = name.toByteArray().toUpper();
    head.valueStart = colon + 1;

    for (qsizetype p = 1; p < parts.size(); ++p) {
        const QByteArrayView param = trimmed(parts.at(p));
        const qsizetype equals = param.indexOf('=');
        if (equals < 0) {
            // vCard 2.1 bare parameter: an encoding or a type (";WORK;PREF", ";QUOTED-PRINTABLE").
            const QByteArray bare = param.toByteArray().toUpper();
            if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B")
                head.encoding = bare;
            else if (bare == "PREF")
                head.pref = 1;
            else if (bare != "7BIT" && bare != "8BIT")
                addType(head.types, QString::fromLatin1(bare));
            continue;
        }
        const QByteArray key = trimmed(param.first(equals)).toByteArray().toUpper();
        QByteArray value = trimmed(param.sliced(equals + 1)).toByteArray();
        value.replace('"', QByteArray());
        if (key == "ENCODING") {
            head.encoding = value.trimmed().toUpper();
        } else if (key == "CHARSET") {
            head.charset = value.trimmed();
        } else if (key == "PREF") {
            bool ok = false;
            const int pref = value.trimmed().toInt(&ok);
            head.pref = std::min(head.pref, ok ? std::clamp(pref, 1, 100) : 1);
        } else if (key == "TYPE") {
            for (const QByteArray &type : value.split(',')) {
                if (type.trimmed().compare("pref", Qt::CaseInsensitive) == 0)
                    head.pref = 1;
                else
                    addType(head.types, QString::fromLatin1(type));
            }
        }
    }
    return head;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// Decodes "=XX"; a '=' not followed by two hex digits is kept as it is (soft line breaks were
/// already joined when the lines were read).
QByteArray decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '=' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            out += char(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
        } else if (c == '=' && i + 1 == bytes.size()) {
            break; // a soft line break with nothing after it
        } else {
            out += c;
        }
    }
    return out;
}

/// The bytes of a value as text: in @p charset when given and known, else UTF-8 when they are valid
/// UTF-8, else Windows-1252.
QString decodeBytes(QByteArrayView bytes, const QByteArray &charset)
{
    const bool utf8Label = charset.isEmpty() || equalsNoCase(charset, "UTF-8") || equalsNoCase(charset, "UTF8");
    if (!utf8Label) {
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    // decodeText() would take leading bytes FF FE for a UTF-16 BOM; a space in front rules that out
    // and keeps the bytes invalid UTF-8, so it is Windows-1252.
    QByteArray guarded;
    guarded.reserve(bytes.size() + 1);
    guarded += ' ';
    guarded += bytes;
    return decodeText(guarded).mid(1);
}

/// Splits a structured value (N, ADR, ORG) at ';' not escaped by a backslash.
QStringList splitComponents(const QString &value)
{
    QStringList components;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == QLatin1Char(';')) {
            components.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    components.append(current);
    return components;
}

/// Undoes \n \N \, \; \\ and Apple's \: ; other backslashes are kept.
QString unescape(const QString &value)
{
    if (!value.contains(QLatin1Char('\\')))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const char16_t next = value.at(i + 1).unicode();
        if (next == u'n' || next == u'N')
            out += QLatin1Char('\n');
        else if (next == u',' || next == u';' || next == u'\\' || next == u':')
            out += QChar(next);
        else {
            out += c;
            continue; // the next character is read on its own
        }
        ++i;
    }
    return out;
}

/// Line breaks as "\n"; other control characters (except tab) left out. Used on both reading and
/// writing so that what is read is written back unchanged.
QString clean(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        if (u == u'\r') {
            out += QLatin1Char('\n');
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (u == u'\n' || u == u'\t' || (u >= 0x20 && u != 0x7F)) {
            out += QChar(u);
        }
    }
    return out;
}

QString field(const QString &raw)
{
    return clean(unescape(raw)).trimmed();
}

/// Leaves out a leading "tel:" / "mailto:" however often it is repeated.
QString withoutScheme(QString value, QLatin1String scheme)
{
    while (value.startsWith(scheme, Qt::CaseInsensitive))
        value = value.sliced(scheme.size()).trimmed();
    return value;
}

/// A card being read.
struct Card
{
    bool open = false;
    int line = 0;
    VCardContact contact;
    bool hasFn = false, hasN = false, hasOrg = false, hasTitle = false, hasAdr = false, hasNote = false;
    QList<std::pair<int, VCardContact::Value>> emails, phones, urls;
    int tooLongLine = 0; ///< the line of a value over kMaxValueChars; 0: none
};

/// One logical line being put together from physical lines.
struct Logical
{
    bool active = false;
    int line = 0;
    QByteArray text;          ///< unfolded; empty when skipped
    std::optional<Head> head; ///< from the first physical line, when it holds the ':'
    bool skip = false;        ///< a property not read: continuation lines are not kept
    bool qpOpen = false;      ///< quoted-printable and the last piece ends with a soft line break
};

bool isReadProperty(const QByteArray &name)
{
    static const char *const names[] = {"BEGIN", "END",   "VERSION", "FN",  "N",   "ORG",
                                        "TITLE", "EMAIL", "TEL",     "URL", "ADR", "NOTE"};
    return std::any_of(std::begin(names), std::end(names), [&](const char *n) {
        return name == n;
    });
}

class Reader
{
public:
    Reader(QByteArrayView data, bool ignoreCharset)
        : m_data(data)
        , m_ignoreCharset(ignoreCharset)
    {
    }

    VCardFile read()
    {
        int lineNo = 0;
        qsizetype pos = 0;
        const qsizetype size = m_data.size();
        while (pos < size) {
            qsizetype end = pos;
            while (end < size && m_data[end] != '\n' && m_data[end] != '\r')
                ++end;
            const QByteArrayView line = m_data.sliced(pos, end - pos);
            pos = end;
            if (pos < size)
                pos += (m_data[pos] == '\r' && pos + 1 < size && m_data[pos + 1] == '\n') ? 2 : 1;
            physicalLine(line, ++lineNo);
        }
        finishLogical();
        if (m_card.open) {
            m_file.problems.append({m_card.line, t("Line %1: the card that starts here has no END:VCARD; it is "
                                                   "left out.")
                                                     .arg(m_card.line)});
        }
        if (!m_sawBegin)
            m_file.error = t("The file holds no BEGIN:VCARD line; it is not a vCard file.");
        return m_file;
    }

private:
    void physicalLine(QByteArrayView line, int lineNo)
    {
        if (m_logical.active) {
            if (m_logical.qpOpen && !isCardBoundary(line)) {
                if (!m_logical.skip) {
                    m_logical.text.chop(1);
                    m_logical.text += line;
                }
                m_logical.qpOpen = line.endsWith('=');
                return;
            }
            if (!line.isEmpty() && isSpaceOrTab(line.front())) {
                if (!m_logical.skip)
                    m_logical.text += line.sliced(1);
                m_logical.qpOpen = m_logical.head && m_logical.head->quotedPrintable() && line.endsWith('=');
                return;
            }
            // vCard 2.1 base64 may go on over lines that are not indented, up to a blank line;
            // base64 has no ':', a property line has.
            if (m_logical.head && m_logical.head->base64() && !line.isEmpty() && !line.contains(':')) {
                if (!m_logical.skip)
                    m_logical.text += line;
                return;
            }
            finishLogical();
        }
        if (line.isEmpty() || isSpaceOrTab(line.front()))
            return; // a blank line, or a continuation with nothing to continue
        m_logical.active = true;
        m_logical.line = lineNo;
        m_logical.head = parseHead(line);
        m_logical.skip = m_logical.head && !isReadProperty(m_logical.head->name);
        m_logical.qpOpen = m_logical.head && m_logical.head->quotedPrintable() && line.endsWith('=');
        m_logical.text.clear();
        if (!m_logical.skip)
            m_logical.text = line.toByteArray();
    }

    void finishLogical()
    {
        if (!m_logical.active)
            return;
        m_logical.active = false;
        if (m_logical.skip)
            return;
        if (!m_logical.head)
            m_logical.head = parseHead(m_logical.text);
        if (m_logical.head)
            property(*m_logical.head, QByteArrayView(m_logical.text).sliced(m_logical.head->valueStart),
                     m_logical.line);
        m_logical.text.clear();
        m_logical.head.reset();
    }

    QString decodeValue(const Head &head, QByteArrayView raw) const
    {
        QByteArray bytes;
        if (head.quotedPrintable())
            bytes = decodeQuotedPrintable(raw);
        else if (head.base64())
            bytes = QByteArray::fromBase64(raw.toByteArray());
        else
            bytes = raw.toByteArray();
        return decodeBytes(bytes, m_ignoreCharset ? QByteArray() : head.charset);
    }

    /// Keeps @p value in @p target unless it is too long, which makes the card a problem.
    void keep(QString &target, QString value, int line)
    {
        if (value.size() > kMaxValueChars) {
            if (m_card.tooLongLine == 0)
                m_card.tooLongLine = line;
            return;
        }
        target = std::move(value);
    }

    void keepValue(QList<std::pair<int, VCardContact::Value>> &list, const Head &head, QString value, int line)
    {
        if (value.isEmpty())
            return;
        QString kept;
        keep(kept, std::move(value), line);
        if (!kept.isEmpty())
            list.append({head.pref, VCardContact::Value{kept, head.types}});
    }

    void property(const Head &head, QByteArrayView raw, int line)
    {
        const QByteArray &name = head.name;
        if (name == "BEGIN") {
            if (!equalsNoCase(trimmed(raw), "VCARD"))
                return;
            m_sawBegin = true;
            if (m_card.open) {
                m_file.problems.append({m_card.line, t("Line %1: the card that starts here has no END:VCARD; it "
                                                       "is left out.")
                                                         .arg(m_card.line)});
            }
            m_card = Card();
            m_card.open = true;
            m_card.line = line;
            m_card.contact.line = line;
            m_card.contact.version = QStringLiteral("3.0");
            return;
        }
        if (!m_card.open)
            return;
        if (name == "END") {
            if (equalsNoCase(trimmed(raw), "VCARD"))
                endCard();
            return;
        }
        if (m_card.tooLongLine != 0)
            return; // the card is left out anyway
        VCardContact &c = m_card.contact;
        if (name == "VERSION") {
            const QString version =
                QString::fromLatin1(trimmed(raw).first(std::min<qsizetype>(trimmed(raw).size(), 16)));
            if (!version.isEmpty())
                c.version = clean(version);
        } else if (name == "FN") {
            if (m_card.hasFn)
                return;
            keep(c.formattedName, field(decodeValue(head, raw)), line);
            m_card.hasFn = !c.formattedName.isEmpty();
        } else if (name == "N") {
            if (m_card.hasN)
                return;
            m_card.hasN = true;
            const QStringList parts = splitComponents(decodeValue(head, raw));
            keep(c.familyName, field(parts.value(0)), line);
            keep(c.givenName, field(parts.value(1)), line);
            keep(c.honorificPrefix, field(parts.value(3)), line);
        } else if (name == "ORG") {
            if (m_card.hasOrg)
                return;
            m_card.hasOrg = true;
            keep(c.organization, field(splitComponents(decodeValue(head, raw)).constFirst()), line);
        } else if (name == "TITLE") {
            if (m_card.hasTitle)
                return;
            m_card.hasTitle = true;
            keep(c.title, field(decodeValue(head, raw)), line);
        } else if (name == "EMAIL") {
            keepValue(m_card.emails, head, withoutScheme(field(decodeValue(head, raw)), QLatin1String("mailto:")),
                      line);
        } else if (name == "TEL") {
            keepValue(m_card.phones, head, withoutScheme(field(decodeValue(head, raw)), QLatin1String("tel:")), line);
        } else if (name == "URL") {
            keepValue(m_card.urls, head, field(decodeValue(head, raw)), line);
        } else if (name == "ADR") {
            if (m_card.hasAdr)
                return;
            m_card.hasAdr = true;
            QStringList parts;
            for (const QString &part : splitComponents(decodeValue(head, raw))) {
                const QString component = field(part);
                if (!component.isEmpty())
                    parts.append(component);
            }
            keep(c.address, parts.join(QStringLiteral(", ")), line);
        } else if (name == "NOTE") {
            if (m_card.hasNote)
                return;
            m_card.hasNote = true;
            keep(c.note, clean(unescape(decodeValue(head, raw))), line);
        }
    }

    static QList<VCardContact::Value> ordered(QList<std::pair<int, VCardContact::Value>> &list)
    {
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        QList<VCardContact::Value> values;
        values.reserve(list.size());
        for (auto &entry : list)
            values.append(std::move(entry.second));
        return values;
    }

    void endCard()
    {
        Card card = std::exchange(m_card, Card());
        if (card.tooLongLine != 0) {
            m_file.problems.append({card.tooLongLine, t("Line %1: a value is longer than %2 characters; the card "
                                                        "that starts on line %3 is left out.")
                                                          .arg(card.tooLongLine)
                                                          .arg(kMaxValueChars)
                                                          .arg(card.line)});
            return;
        }
        VCardContact &c = card.contact;
        c.emails = ordered(card.emails);
        c.phones = ordered(card.phones);
        c.urls = ordered(card.urls);
        const bool usable = !c.formattedName.isEmpty() || !c.familyName.isEmpty() || !c.givenName.isEmpty()
                            || !c.organization.isEmpty() || !c.emails.isEmpty() || !c.phones.isEmpty()
                            || !c.urls.isEmpty();
        if (!usable) {
            m_file.problems.append({card.line, t("Line %1: the card that starts here has no name, organization, "
                                                 "e-mail address, phone number or web address; it is left out.")
                                                   .arg(card.line)});
            return;
        }
        m_file.contacts.append(std::move(c));
    }

    QByteArrayView m_data;
    bool m_ignoreCharset = false;
    bool m_sawBegin = false;
    Logical m_logical;
    Card m_card;
    VCardFile m_file;
};

/// The 1-based line of byte @p end of @p data (\n, \r\n and \r each end a line).
int lineAt(QByteArrayView data, qsizetype end)
{
    int line = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && !(i + 1 < data.size() && data[i + 1] == '\n')))
            ++line;
    }
    return line;
}

bool isOddControl(char c)
{
    const auto b = static_cast<unsigned char>(c);
    return (b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F;
}

/// Where @p data stops looking like text (a NUL anywhere, or more than 10% control characters in
/// the first 4 KiB); -1 when it looks like text.
qsizetype notTextAt(QByteArrayView data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return nul;
    const qsizetype sniff = std::min(data.size(), kSniffBytes);
    qsizetype odd = 0;
    qsizetype firstOdd = -1;
    for (qsizetype i = 0; i < sniff; ++i) {
        if (isOddControl(data[i])) {
            ++odd;
            if (firstOdd < 0)
                firstOdd = i;
        }
    }
    return odd * 10 > sniff ? firstOdd : -1;
}

// Writing.

QByteArray escaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u';': out += QLatin1String("\\;"); break;
        default: out += c;
        }
    }
    return out.toUtf8();
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Appends @p line folded at 75 octets (never inside a UTF-8 sequence) and CRLF.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    qsizetype position = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - position > room) {
        qsizetype cut = position + room;
        while (cut > position && isUtf8Continuation(line[cut]))
            --cut;
        if (cut == position)
            cut = position + room;
        out += QByteArrayView(line).sliced(position, cut - position);
        out += "\r\n ";
        position = cut;
        room = kMaxLineOctets - 1; // the leading space counts
    }
    out += QByteArrayView(line).sliced(position);
    out += "\r\n";
}

QByteArray typeParameters(const QStringList &types, bool preferred, bool version4)
{
    QStringList kept;
    for (const QString &type : types)
        addType(kept, type);
    QByteArray params;
    if (version4) {
        if (kept.size() == 1)
            params += ";TYPE=" + kept.constFirst().toLatin1();
        else if (kept.size() > 1)
            params += ";TYPE=\"" + kept.join(QLatin1Char(',')).toLatin1() + '"';
        if (preferred)
            params += ";PREF=1";
    } else {
        if (preferred)
            kept.append(QStringLiteral("pref"));
        if (!kept.isEmpty())
            params += ";TYPE=" + kept.join(QLatin1Char(',')).toLatin1();
    }
    return params;
}

void writeValues(QByteArray &out, const char *name, const QList<VCardContact::Value> &values, bool version4)
{
    QList<QString> cleaned;
    QList<QStringList> types;
    for (const VCardContact::Value &value : values) {
        QString text = clean(value.value).trimmed();
        if (text.isEmpty())
            continue;
        cleaned.append(std::move(text));
        types.append(value.types);
    }
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const bool preferred = i == 0 && cleaned.size() > 1;
        appendFolded(out, name + typeParameters(types.at(i), preferred, version4) + ':' + escaped(cleaned.at(i)));
    }
}

/// FN when the contact has none: its name, else its organization, e-mail address, phone number or
/// web address.
QString formattedNameOf(const VCardContact &c)
{
    QString name = clean(c.formattedName).trimmed();
    if (!name.isEmpty())
        return name;
    const QString given = clean(c.givenName).trimmed();
    const QString family = clean(c.familyName).trimmed();
    if (!given.isEmpty() || !family.isEmpty()) {
        QStringList parts;
        for (const QString &part : {clean(c.honorificPrefix).trimmed(), given, family}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        name = parts.join(QLatin1Char(' '));
    } else {
        name = clean(c.organization).trimmed();
        for (const QList<VCardContact::Value> *list : {&c.emails, &c.phones, &c.urls}) {
            for (const VCardContact::Value &value : *list) {
                if (!name.isEmpty())
                    break;
                name = clean(value.value).trimmed();
            }
        }
    }
    // Kept short enough to be read back (the parts it is made of may each be that long).
    if (name.size() > kMaxValueChars) {
        name.truncate(kMaxValueChars);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    return name;
}

} // namespace

VCardFile readVCards(const QByteArray &bytes)
{
    QByteArray data = bytes;
    bool ignoreCharset = false;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Read as UTF-8 from here on; CHARSET parameters no longer say anything about these bytes.
        data = decodeText(bytes).toUtf8();
        ignoreCharset = true;
    } else if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    // Old phones and DOS tools pad the end with NULs or Ctrl-Z.
    qsizetype end = data.size();
    while (end > 0 && (data.at(end - 1) == '\0' || data.at(end - 1) == '\x1A'))
        --end;
    data.truncate(end);

    VCardFile file;
    if (data.isEmpty()) {
        file.error = t("The file is empty.");
        return file;
    }
    const qsizetype junk = notTextAt(data);
    if (junk >= 0) {
        file.error = t("Line %1: the file does not look like text.").arg(lineAt(data, junk));
        return file;
    }
    return Reader(data, ignoreCharset).read();
}

QByteArray writeVCards(const QList<VCardContact> &contacts, bool version4)
{
    QByteArray out;
    for (const VCardContact &c : contacts) {
        out += "BEGIN:VCARD\r\n";
        out += version4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        appendFolded(out, "FN:" + escaped(formattedNameOf(c)));
        appendFolded(out, "N:" + escaped(clean(c.familyName)) + ';' + escaped(clean(c.givenName)) + ";;"
                              + escaped(clean(c.honorificPrefix)) + ';');
        if (const QString org = clean(c.organization); !org.isEmpty())
            appendFolded(out, "ORG:" + escaped(org));
        if (const QString title = clean(c.title); !title.isEmpty())
            appendFolded(out, "TITLE:" + escaped(title));
        writeValues(out, "EMAIL", c.emails, version4);
        writeValues(out, "TEL", c.phones, version4);
        writeValues(out, "URL", c.urls, version4);
        if (const QString address = clean(c.address); !address.isEmpty())
            appendFolded(out, "ADR:;;" + escaped(address) + ";;;;");
        if (const QString note = clean(c.note); !note.isEmpty())
            appendFolded(out, "NOTE:" + escaped(note));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace Inroad
