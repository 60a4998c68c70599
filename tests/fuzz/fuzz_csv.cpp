// libFuzzer target of the CSV importer: readCsv() on arbitrary bytes must neither crash nor trip
// ASan/UBSan, and every record it reads must survive being written back with csvLine() and read
// again (same number of records, same fields).
//
//   bash scripts/fuzz.sh [SECONDS]      builds and runs all fuzz targets
//   build/fuzz/tests/fuzz/fuzz_csv FILE  replays one input (e.g. a crash-… artifact)

#include "csvreader.h"

#include <cstddef>
#include <cstdint>

using namespace Inroad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvDocument doc = readCsv(bytes);

    // Whatever was read, however the file ends: a record is never empty and its line is real.
    for (const CsvRecord &record : doc.records) {
        if (record.fields.isEmpty() || record.line < 1)
            __builtin_trap();
    }
    if (!doc.ok() && doc.error.isEmpty())
        __builtin_trap();

    // Small limits reach the per-record problems (field too long, too many records) that the
    // default limits keep out of reach of small inputs; the limits must hold.
    CsvOptions small;
    small.maxFieldLength = 8;
    small.maxRecords = 4;
    const CsvDocument limited = readCsv(bytes, small);
    if (limited.records.size() > small.maxRecords)
        __builtin_trap();
    for (const CsvRecord &record : limited.records) {
        for (const QString &field : record.fields) {
            if (field.size() > small.maxFieldLength)
                __builtin_trap();
        }
    }

    // The records that were read (records with problems are left out of doc.records, and a
    // whole-file error may leave the records before it) must round-trip: csvLine() quotes what
    // needs quoting, so parsing its output with the same delimiter gives the same fields back.
    // Line numbers are not compared: quoted line breaks and skipped blank lines move them.
    // Formula neutralising is off: it changes fields on purpose.
    if (doc.records.isEmpty())
        return 0;
    QString text;
    for (const CsvRecord &record : doc.records)
        text += csvLine(record.fields, doc.delimiter, false);

    CsvOptions options;
    options.delimiter = doc.delimiter;
    const CsvDocument again = parseCsvText(text, options);
    if (!again.ok() || !again.problems.isEmpty())
        __builtin_trap();
    if (again.delimiter != doc.delimiter)
        __builtin_trap();
    if (again.records.size() != doc.records.size())
        __builtin_trap();
    for (qsizetype i = 0; i < doc.records.size(); ++i) {
        if (again.records.at(i).fields != doc.records.at(i).fields)
            __builtin_trap();
    }

    // Writing with formulas neutralised must not crash either, and still give one line per record.
    for (const CsvRecord &record : doc.records) {
        if (!csvLine(record.fields, doc.delimiter, true).endsWith(QLatin1String("\r\n")))
            __builtin_trap();
    }
    return 0;
}
