#pragma once

#include <QByteArray>
#include <QString>

namespace Inroad {

class Database;

/// The people of a workspace for address books and spreadsheets.
namespace ContactExport {

/// How many people exportCsv() and exportVCard() write.
int peopleCount(const Database &db);

/// One row per person with a header row: name, pronunciation, salutation, organization, title,
/// e-mail, phone, LinkedIn, address, source, tags, stage. UTF-8 with CRLF line ends, with a byte
/// order mark first when @p bom (Excel needs it to read UTF-8); cells that begin with = + - @ are
/// neutralised so that a spreadsheet does not run them. Empty and @p error set on failure.
QByteArray csv(const Database &db, bool bom, QString *error);

/// Every person as a vCard 3.0 (4.0 with @p version4): name, organization, title, e-mail, phone,
/// LinkedIn profile, address and a pronunciation as a note.
QByteArray vcard(const Database &db, bool version4, QString *error);

} // namespace ContactExport

} // namespace Inroad
