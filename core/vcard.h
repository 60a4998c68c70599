#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inroad {

/// One contact as read from or written to a vCard. Lists keep the file's order; the first is the
/// preferred one unless a TYPE=PREF / PREF=1 says otherwise (then that one comes first; values are
/// ordered by PREF, 1 to 100, TYPE=PREF counting as 1, the rest after them, file order kept among equals).
struct VCardContact
{
    int line = 0;          ///< the line its BEGIN:VCARD is on (1-based)
    QString version;       ///< "2.1", "3.0" or "4.0" (as the card says; "3.0" when it has no VERSION)
    QString formattedName; ///< FN
    QString familyName, givenName, honorificPrefix; ///< N (family;given;additional;prefix;suffix)
    QString organization;  ///< ORG, first component
    QString title;         ///< TITLE
    /// One e-mail address, phone number or web address with its types.
    struct Value
    {
        QString value;
        QStringList types; ///< types lower case: "work", "home", "cell", "voice", "internet"…; never "pref"
                           ///< (only ASCII letters, digits, '-' and '_', at most 32 characters, 16 types)
    };
    QList<Value> emails, phones, urls;
    QString address; ///< the first ADR, its components joined with ", " (empty ones left out)
    QString note;    ///< NOTE (the first one), line breaks as "\n"
};

/// Something wrong with one card of a file; that card is left out.
struct VCardProblem
{
    int line = 0; ///< 1-based
    QString message;
};

/// What readVCards() made of a file.
struct VCardFile
{
    QList<VCardContact> contacts;
    /// Per-card problems: that card is left out (e.g. missing END:VCARD before the next BEGIN or at
    /// the end of the file, no usable data, a value it keeps over 1 Mi characters — a line of a
    /// property that is not kept, such as a PHOTO or an X- property, may be any length); unknown
    /// properties are NOT problems.
    QList<VCardProblem> problems;
    QString error; ///< the whole input is unusable (empty, no BEGIN:VCARD at all, binary junk: a NUL or
                   ///< over 10% control characters in the first 4 KiB), with its line where there is one
    bool ok() const { return error.isEmpty(); }
};

/// Parses vCard 2.1, 3.0 and 4.0 from raw bytes (UTF-8, with or without BOM; UTF-16 with BOM; 2.1's
/// CHARSET= parameter per property, e.g. CHARSET=ISO-8859-1 / windows-1252 / UTF-8, applied to that
/// property's bytes). Bytes without a CHARSET (or with CHARSET=UTF-8 or an unknown one) that are not
/// valid UTF-8 are read as windows-1252. In a UTF-16 file CHARSET is ignored. Trailing NULs and
/// Ctrl-Z (old phones, DOS) are ignored.
///
/// Handles: line folding (a CRLF/LF followed by a space or tab continues the line; in 2.1
/// QUOTED-PRINTABLE soft line breaks "=" at the end of line continue it), property groups
/// ("item1.EMAIL"), parameters in 2.1 style (";WORK;PREF") and 3.0/4.0 style (";TYPE=work,pref" /
/// ";TYPE=\"work,voice\""), value escapes (\\n \\N \\, \\; \\\\ and Apple's \\:; other backslashes
/// are kept), ENCODING=QUOTED-PRINTABLE (2.1) and ENCODING=b/BASE64 (decoded only for properties that
/// are kept; PHOTO/LOGO/SOUND/KEY and every other property not kept are skipped without keeping their
/// lines, 2.1 base64 lines that are not indented included),
/// case-insensitive property names, several cards in one file, blank lines between cards. Never
/// crashes on truncated or junk input; linear time.
///
/// A card is kept when it has a name, an organization, an e-mail address, a phone number or a web
/// address: a card with only an e-mail address is kept and the caller decides what to do with it.
/// Of FN, N, ORG, TITLE, ADR and NOTE the first one counts. Values other than NOTE are trimmed;
/// control characters other than tab and line break are left out; a leading "tel:" / "mailto:"
/// is left out; empty e-mail addresses, phone numbers and web addresses are left out.
VCardFile readVCards(const QByteArray &bytes);

/// Writes @p contacts as vCard 3.0 (or 4.0 with @p version4), UTF-8: CRLF line ends, lines folded at
/// 75 octets (never inside a UTF-8 sequence), values escaped, N and FN always present (an empty FN is
/// made from the name, organization, e-mail address, phone number or web address), TYPE parameters from
/// Value::types. The first of several e-mail addresses, phone numbers or web addresses is marked
/// preferred. VCardContact::line and VCardContact::version are not used; the address is written as
/// the street of one ADR.
QByteArray writeVCards(const QList<VCardContact> &contacts, bool version4 = false);

} // namespace Inroad
