#pragma once

#include "contactrecord.h"
#include "csvreader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Inroad {

struct WorkspaceArchive;

/// The kinds of file `inroad import` and File ▸ Import Contacts read.
enum class ContactFormat { LinkedIn, Google, VCard, Csv, Json };

/// The command-line name of a format ("linkedin", "google", "vcard", "csv", "json").
QString contactFormatKey(ContactFormat format);
std::optional<ContactFormat> contactFormatFromKey(const QString &key);
/// The format's name for people ("LinkedIn connections (CSV)", …), translated.
QString contactFormatName(ContactFormat format);
/// A best guess from the file's name and first bytes: .vcf/.vcard or BEGIN:VCARD is vCard, .json or
/// "{" is JSON, a CSV whose header has LinkedIn's or Google's columns is that, else generic CSV.
ContactFormat guessContactFormat(const QString &fileName, const QByteArray &bytes);

/// LinkedIn's Connections.csv: finds the header row after the "Notes:" preamble, reads old exports
/// without the URL column, keeps "Connected On" (e.g. "15 Mar 2024") in the source, and rejects a
/// row whose date is impossible or whose e-mail address is malformed.
ContactSource readLinkedInContacts(const QByteArray &bytes);

/// Google Contacts CSV, both header generations ("Given Name"/"Family Name"/"E-mail 1 - Value" and
/// "First Name"/"Last Name"/"Organization Name"), with " ::: " separating several values in a cell;
/// groups and labels become tags (the system groups such as "* myContacts" are left out).
ContactSource readGoogleContacts(const QByteArray &bytes);

/// vCard 2.1, 3.0 and 4.0 (see vcard.h).
ContactSource readVCardContacts(const QByteArray &bytes);

/// What a column of a generic CSV file holds.
enum class ContactColumn {
    Ignore,
    FirstName,
    LastName,
    FullName, ///< "First Last" or "Last, First"
    Organization,
    Title,
    Email,
    Phone,
    LinkedIn,
    Website,
    Address,
    Note,
    Tags, ///< separated by , ; or " ::: "
    Source,
    Count
};
QString contactColumnName(ContactColumn column);

/// How a generic CSV file maps to people: the header row and what each column holds.
struct ColumnMapping
{
    int headerRecord = 0;          ///< index into CsvDocument::records of the header row; -1: no header
    QList<ContactColumn> columns;  ///< one per column of the header row
    bool isUsable() const;         ///< at least one name column is mapped
};

/// Maps columns by their header names in English and a few common variants ("Given name",
/// "Surname", "E-mail", "Company", "Job title", "Mobile", …); unknown columns are ignored.
ColumnMapping guessColumnMapping(const CsvDocument &document);

/// A generic CSV file read with @p mapping.
ContactSource readMappedContacts(const CsvDocument &document, const ColumnMapping &mapping);

/// The people of an Inroad JSON file (with their organizations and tags), for importing into a
/// workspace that already holds data; each record's line is the person's id in the file.
ContactSource readArchiveContacts(const WorkspaceArchive &archive);

/// Reads a file of @p format; a generic CSV file with the columns guessColumnMapping() finds, a
/// JSON file as its people (for a workspace that holds data already).
ContactSource readContactFile(ContactFormat format, const QByteArray &bytes);

/// Whether @p text is a day LinkedIn writes ("15 Mar 2024", "03/15/2024", "2024-03-15"); the day,
/// or an invalid date with @p ok false when it looks like a date but is impossible ("31 Feb 2024").
QDate parseContactDate(const QString &text, bool *ok);

} // namespace Inroad
