#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inroad {

/// One record of a CSV file with the line it starts on (1-based, counting physical lines of the file).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// Why a file or a record could not be read.
struct CsvProblem
{
    int line = 0;
    QString message;
};

/// How a CSV file is read.
struct CsvOptions
{
    QChar delimiter;              ///< null: detect from the first lines (',' ';' '\t' '|')
    int maxFieldLength = 1 << 20; ///< longer fields are a per-record problem, not a crash
    int maxRecords = 5'000'000;   ///< records after this many are left out, with a problem
};

/// A CSV file as read: the records that could be read, the problems of the ones that could not,
/// or why the whole file is unusable.
struct CsvDocument
{
    QString encoding;           ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;
    QList<CsvRecord> records;   ///< every record that could be read, blank lines skipped
    QList<CsvProblem> problems; ///< per-record problems (that record is left out) — e.g. a field too long
    QString error;              ///< non-empty: the whole file is unusable (binary junk, unbalanced quote at EOF, empty), with its line
    int errorLine = 0;          ///< the line @ref error is about; 0 when it is about no line (an empty file)
    bool ok() const { return error.isEmpty(); }
};

/// Decodes @p bytes: BOMs (UTF-8, UTF-16 LE/BE) first; else valid UTF-8 (strict QStringDecoder
/// check, no replacement chars); else Windows-1252 (QStringDecoder for "windows-1252"; if that
/// codec is unavailable map 0x80–0x9F by table and the rest as Latin-1). Sets @p encoding.
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

/// Parses RFC 4180 CSV: quoted fields with "" escapes, delimiters and line breaks (\n, \r\n, \r)
/// inside quotes, whitespace kept, a trailing empty line ignored. An unterminated quoted field at
/// the end of the file is a whole-file error naming the line where the quote opened. NUL bytes or
/// mostly-non-text input (more than 10% control characters in the first 4 KiB other than
/// tab/CR/LF) → error "does not look like text". Linear time; no recursion.
CsvDocument readCsv(const QByteArray &bytes, const CsvOptions &options = {});

/// Splits the text into records after decoding (used by readCsv; public for tests).
CsvDocument parseCsvText(const QString &text, const CsvOptions &options = {});

/// Writes one CSV line (RFC 4180: quotes fields containing the delimiter, quotes, CR or LF),
/// ending in \r\n. With @p neutraliseFormulas, a field starting with = + - @ (or tab/CR) gets a
/// leading apostrophe ' so spreadsheets do not run it. A line of one empty field is written as ""
/// so that it is not read back as a blank line.
QString csvLine(const QStringList &fields, QChar delimiter = QLatin1Char(','), bool neutraliseFormulas = true);

/// The delimiter that splits the first lines (outside quotes) most consistently among , ; \t |;
/// ',' when unsure.
QChar detectDelimiter(const QString &text);

} // namespace Inroad
